/**
 * `IntakeForm` → FHIR R4 Questionnaire (https://hl7.org/fhir/R4/questionnaire.html), strict:
 * the output satisfies R4's cardinalities and invariants (que-1 … que-13). Pages are
 * top-level groups; a placed instrument is a group coded with its LOINC panel, its items
 * coded with their LOINC codes and a read-only total-score item; choices are `valueCoding`
 * with the SDC `ordinalValue` extension for scores; conditions are `enableWhen` when they
 * can be said so (see conditions.ts) — the rest is reported.
 */
import type { Expr, InstrumentId, IntakeForm, Locale, Option, Question, Text } from '../schemas/index.js';
import { localize } from '../text.js';
import { INSTRUMENT_DEFINITIONS } from '../intake/instruments/index.js';
import { exprToEnableWhen, type ExportTarget } from './conditions.js';
import { EXT, INSTRUMENT_CODES, ITEM_CONTROL_SYSTEM, KIT_CONSENT_SYSTEM, KIT_ITEM_SYSTEM, KIT_OPTION_SYSTEM, KIT_QUESTIONNAIRE_BASE, LOINC, totalLinkId } from './codes.js';
import type { AnswerOption, Coding, Extension, PrimitiveExtensions, Questionnaire, QuestionnaireItem } from './types.js';

export interface ExportOptions {
  /** The language of `text` (the other locale goes into translation extensions). Default `en`. */
  locale?: Locale;
}

export interface ExportReport {
  questionnaire: Questionnaire;
  /** What the Questionnaire cannot say in standard FHIR (kept in kit extensions). */
  notExpressed: string[];
}

const LOCALES: readonly Locale[] = ['en', 'es'];

/** A FHIR `id`: `[A-Za-z0-9\-\.]{1,64}`. */
export function fhirId(value: string): string {
  const s = value.replace(/[^A-Za-z0-9.-]/g, '-').slice(0, 64);
  return s || 'form';
}

/** A computable name (que-0: `[A-Z]([A-Za-z0-9_]){0,254}`). */
function computableName(id: string): string {
  const parts = id.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const name = parts.map((p) => p[0]!.toUpperCase() + p.slice(1)).join('');
  return /^[A-Z]/.test(name) ? name.slice(0, 255) : `Form${name}`.slice(0, 255);
}

interface Ctx {
  locale: Locale;
  notExpressed: string[];
  /** question id → its exported linkId, question and (for instrument items) the instrument. */
  targets: Map<string, { question: Question; instrument?: InstrumentId }>;
}

/** `text` in the chosen locale, non-empty; translations of the others in `_text`. */
function textOf(t: Text, ctx: Ctx): { text: string; _text?: PrimitiveExtensions } {
  const text = localize(t, ctx.locale).trim() || localize(t, 'en').trim() || '—';
  if (typeof t === 'string') return { text };
  const ext: Extension[] = [];
  for (const l of LOCALES) {
    const other = t[l]?.trim();
    if (l !== ctx.locale && other) ext.push({ url: EXT.translation, extension: [{ url: 'lang', valueCode: l }, { url: 'content', valueString: other }] });
  }
  return ext.length ? { text, _text: { extension: ext } } : { text };
}

function optionCoding(instrument: InstrumentId | undefined, option: Option, index: number, ctx: Ctx): Coding {
  const loinc = instrument ? INSTRUMENT_CODES[instrument].answers?.[index] : undefined;
  const { text, _text } = textOf(option.label, ctx);
  const coding: Coding & { _display?: PrimitiveExtensions } = { system: loinc ? LOINC : KIT_OPTION_SYSTEM, code: loinc ?? option.value, display: text };
  if (_text) coding._display = _text;
  if (option.score !== undefined) coding.extension = [{ url: EXT.ordinalValue, valueDecimal: option.score }];
  return coding;
}

function target(ctx: Ctx): (id: string) => ExportTarget | undefined {
  return (id) => {
    const t = ctx.targets.get(id);
    if (!t) return undefined;
    const q = t.question;
    return {
      linkId: id,
      question: q,
      coding: (value) => {
        const options = 'options' in q ? q.options : [];
        const i = options.findIndex((o) => o.value === value);
        const c = optionCoding(t.instrument, options[i]!, i, ctx);
        return { system: c.system, code: c.code };
      },
    };
  };
}

function conditionOf(expr: Expr | undefined, what: string, ctx: Ctx): Partial<QuestionnaireItem> & { ext?: Extension } {
  if (!expr) return {};
  const ew = exprToEnableWhen(expr, target(ctx));
  if (ew) return ew;
  ctx.notExpressed.push(`${what}: its condition cannot be written as enableWhen (kept in the ${EXT.visibleIf} extension)`);
  return { ext: { url: EXT.visibleIf, valueString: JSON.stringify(expr) } };
}

function withCondition(item: QuestionnaireItem, expr: Expr | undefined, what: string, ctx: Ctx): QuestionnaireItem {
  const { ext, ...ew } = conditionOf(expr, what, ctx);
  if (ext) item.extension = [...(item.extension ?? []), ext];
  return Object.assign(item, ew);
}

const typeExt = (type: string): Extension => ({ url: EXT.questionType, valueCode: type });
const itemControl = (code: string): Extension => ({ url: EXT.itemControl, valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_SYSTEM, code }] } });

function questionItem(q: Question, ctx: Ctx, instrument?: InstrumentId, code?: Coding): QuestionnaireItem {
  const item: QuestionnaireItem = { linkId: q.id, type: 'display', ...textOf(q.text, ctx) };
  const ext: Extension[] = [];
  const children: QuestionnaireItem[] = [];
  if (code && q.type !== 'display') item.code = [code];
  switch (q.type) {
    case 'display':
      break;
    case 'text':
    case 'phone':
    case 'email':
    case 'signature':
      item.type = 'string';
      if (q.type !== 'text') ext.push(typeExt(q.type));
      if (q.type === 'text' && q.maxLength) item.maxLength = q.maxLength;
      break;
    case 'long-text':
      item.type = 'text';
      if (q.maxLength) item.maxLength = q.maxLength;
      break;
    case 'number': {
      item.type = q.integer ? 'integer' : 'decimal';
      const bound = (url: string, v: number | undefined) => {
        if (v !== undefined) ext.push(q.integer && Number.isInteger(v) ? { url, valueInteger: v } : { url, valueDecimal: v });
      };
      bound(EXT.minValue, q.min);
      bound(EXT.maxValue, q.max);
      if (q.unit) ext.push({ url: EXT.unit, valueCoding: { display: textOf(q.unit, ctx).text } });
      break;
    }
    case 'date':
      item.type = 'date';
      for (const [url, v] of [[EXT.minValue, q.min], [EXT.maxValue, q.max]] as const) {
        if (v === undefined) continue;
        if (/^\d{4}-\d{2}-\d{2}$/.test(v)) ext.push({ url, valueDate: v });
        else ext.push({ url: `${EXT.questionType}-${url === EXT.minValue ? 'min' : 'max'}`, valueString: v });
      }
      break;
    case 'yes-no':
      item.type = 'boolean';
      break;
    case 'consent':
      item.type = 'boolean';
      ext.push(typeExt('consent'), { url: EXT.consentVersion, valueString: q.version });
      item.code = [{ system: KIT_CONSENT_SYSTEM, code: q.kind }];
      children.push({ linkId: `${q.id}.body`, type: 'display', ...textOf(q.body, ctx) });
      break;
    case 'single':
    case 'select':
    case 'scale':
    case 'multiple':
      item.type = 'choice';
      if (q.type === 'multiple') item.repeats = true;
      if (q.type === 'select') ext.push(typeExt('select'), itemControl('drop-down'));
      if (q.type === 'scale') ext.push(typeExt('scale'));
      if (q.type === 'multiple') {
        if (q.minSelected !== undefined) ext.push({ url: `${EXT.questionType}-min-selected`, valueInteger: q.minSelected });
        if (q.maxSelected !== undefined) ext.push({ url: `${EXT.questionType}-max-selected`, valueInteger: q.maxSelected });
      }
      item.answerOption = q.options.map((o, i): AnswerOption => {
        const a: AnswerOption = { valueCoding: optionCoding(instrument, o, i, ctx) };
        if (o.exclusive) a.extension = [{ url: EXT.exclusive, valueCode: 'true' }];
        return a;
      });
      break;
  }
  if (q.type !== 'display') {
    if (q.required) item.required = true;
    if (q.autocomplete) ext.push({ url: EXT.autocomplete, valueString: q.autocomplete });
    if (q.requiredIf) {
      ext.push({ url: EXT.requiredIf, valueString: JSON.stringify(q.requiredIf) });
      ctx.notExpressed.push(`question "${q.id}": "required if" has no FHIR R4 element (kept in the ${EXT.requiredIf} extension)`);
    }
    if (q.help) children.push({ linkId: `${q.id}.help`, type: 'display', ...textOf(q.help, ctx), extension: [itemControl('help')] });
  }
  if (ext.length) item.extension = ext;
  if (children.length) item.item = children;
  return withCondition(item, q.visibleIf, `question "${q.id}"`, ctx);
}

function instrumentGroup(id: InstrumentId, visibleIf: Expr | undefined, linkId: string, ctx: Ctx): QuestionnaireItem {
  const def = INSTRUMENT_DEFINITIONS[id];
  const codes = INSTRUMENT_CODES[id];
  let n = 0;
  const items = def.items.map((q) => {
    if (q.type === 'display') return questionItem(q, ctx, id);
    const loinc = codes.items?.[n++];
    return questionItem(q, ctx, id, loinc ? { system: LOINC, code: loinc } : { system: KIT_ITEM_SYSTEM, code: q.id });
  });
  items.push({
    linkId: totalLinkId(id),
    type: 'integer',
    text: ctx.locale === 'es' ? 'Puntuación total' : 'Total score',
    code: [codes.total ? { system: LOINC, code: codes.total } : { system: KIT_ITEM_SYSTEM, code: totalLinkId(id) }],
    readOnly: true,
  });
  const group: QuestionnaireItem = { linkId, type: 'group', ...textOf(def.title, ctx), item: items };
  group.code = [codes.panel ? { system: LOINC, code: codes.panel } : { system: KIT_ITEM_SYSTEM, code: id }];
  return withCondition(group, visibleIf, `instrument "${id}"`, ctx);
}

/** The Questionnaire and what it could not express in standard FHIR. */
export function formToQuestionnaireWithReport(form: IntakeForm, options: ExportOptions = {}): ExportReport {
  const ctx: Ctx = { locale: options.locale ?? 'en', notExpressed: [], targets: new Map() };
  for (const page of form.pages)
    for (const it of page.items) {
      if (it.type === 'instrument') for (const q of INSTRUMENT_DEFINITIONS[it.instrument].items) ctx.targets.set(q.id, { question: q, instrument: it.instrument });
      else ctx.targets.set(it.id, { question: it });
    }
  const used = new Set<string>(ctx.targets.keys());
  for (const id of ctx.targets.keys()) {
    if (ctx.targets.get(id)!.question.type === 'consent') used.add(`${id}.body`);
    used.add(`${id}.help`);
  }
  const unique = (id: string, suffix: string) => {
    const linkId = used.has(id) ? `${id}.${suffix}` : id;
    used.add(linkId);
    return linkId;
  };
  const pages = form.pages.map((page) => {
    const items: QuestionnaireItem[] = [];
    if (page.description) items.push({ linkId: unique(`${page.id}.description`, 'x'), type: 'display', ...textOf(page.description, ctx) });
    for (const it of page.items) {
      if (it.type === 'instrument') {
        items.push(instrumentGroup(it.instrument, it.visibleIf, unique(it.instrument, 'instrument'), ctx));
        for (const q of INSTRUMENT_DEFINITIONS[it.instrument].items) used.add(q.id);
        used.add(totalLinkId(it.instrument));
      } else items.push(questionItem(it, ctx));
    }
    const group: QuestionnaireItem = { linkId: unique(page.id, 'page'), type: 'group', ...textOf(page.title, ctx), item: items };
    return withCondition(group, page.visibleIf, `page "${page.id}"`, ctx);
  });
  const extension: Extension[] = [];
  if (form.flags?.length || form.draftTtlDays !== undefined) {
    extension.push({ url: EXT.flagRules, valueString: JSON.stringify({ flags: form.flags ?? [], draftTtlDays: form.draftTtlDays }) });
    if (form.flags?.length) ctx.notExpressed.push(`flag rules (${form.flags.map((f) => f.flag).join(', ')}) have no FHIR element (kept in the ${EXT.flagRules} extension)`);
  }
  const title = textOf(form.title, ctx);
  const questionnaire: Questionnaire = {
    resourceType: 'Questionnaire',
    id: fhirId(form.id),
    ...(extension.length ? { extension } : {}),
    url: `${KIT_QUESTIONNAIRE_BASE}${form.id}`,
    version: form.version,
    name: computableName(form.id),
    title: title.text,
    ...(title._text ? { _title: title._text } : {}),
    status: 'active',
    language: ctx.locale,
    subjectType: ['Patient'],
    item: pages,
  };
  return { questionnaire, notExpressed: ctx.notExpressed };
}

/** `form` as a FHIR R4 Questionnaire in `locale` (other locales as translation extensions). */
export function formToQuestionnaire(form: IntakeForm, options: ExportOptions = {}): Questionnaire {
  return formToQuestionnaireWithReport(form, options).questionnaire;
}
