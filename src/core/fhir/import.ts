/**
 * FHIR R4 Questionnaire → `IntakeForm`, leniently: whatever can be imported is, and
 * every part that is ignored or changed comes back as a readable warning. Never throws
 * on any JSON. Question ids are the `linkId`s (made into valid ids when they are not:
 * `/44250-9` → `44250-9`); top-level groups become pages (no groups: one page); nested
 * groups are flattened into their page, their text shown as a heading and their
 * `enableWhen` combined into each item's condition.
 */
import { Expr as ExprSchema, IntakeForm, parse } from '../schemas/index.js';
import type { AnswerValue, Expr, IntakeForm as Form, Locale, Page, PageItem, Question, Text } from '../schemas/index.js';
import type * as z from '../schemas/zod.js';
import { allOf } from '../intake/expressions.js';
import { INSTRUMENT_DEFINITIONS } from '../intake/instruments/index.js';
import { EXT, INSTRUMENT_CODES, totalLinkId } from './codes.js';
import { enableWhenToExpr, type ImportTarget } from './conditions.js';
import { INSTRUMENT_NAMES, codesOf, matchInstruments, type InstrumentMatch } from './import-instruments.js';
import { isObj, list, str, toId, type Obj } from './import-read.js';
import { convertQuestion, type ItemContext } from './import-item.js';

export interface QuestionnaireImport {
  ok: true;
  form: Form;
  warnings: string[];
  /** Each imported item's original `linkId` → its question id in `form`. */
  linkIds: Record<string, string>;
  /** Per question id: an answer's code (or text) in the Questionnaire → the option value in `form`. */
  optionValues: Record<string, Record<string, string>>;
  /** Answers from `initial` / `initialSelected`, keyed by question id, to start the form with. */
  initialAnswers: Record<string, AnswerValue>;
}
export type QuestionnaireImportResult = QuestionnaireImport | { ok: false; error: string; warnings: string[] };

type Part = Expr | { raw: Obj; where: string };
interface Pending {
  parts: Part[];
  set(e: Expr | undefined): void;
}

const MAX_DEPTH = 20;
const MAX_ITEMS = 5000;

/** Reads a Questionnaire (an object, or JSON text) into an `IntakeForm`. */
export function questionnaireToForm(input: unknown): QuestionnaireImportResult {
  try {
    return importQuestionnaire(input);
  } catch (e) {
    return { ok: false, error: `the Questionnaire could not be read (${e instanceof Error ? e.message : String(e)})`, warnings: [] };
  }
}

function importQuestionnaire(input: unknown): QuestionnaireImportResult {
  const warnings: string[] = [];
  const warn = (m: string) => {
    if (warnings.length < 500 && !warnings.includes(m)) warnings.push(m);
  };
  let root = input;
  if (typeof root === 'string') {
    try {
      root = JSON.parse(root) as unknown;
    } catch {
      return { ok: false, error: 'this is not JSON', warnings };
    }
  }
  if (!isObj(root)) return { ok: false, error: 'a FHIR Questionnaire is a JSON object', warnings };
  if (root.resourceType !== 'Questionnaire') {
    if (root.resourceType !== undefined || !Array.isArray(root.item)) return { ok: false, error: `expected resourceType "Questionnaire", got ${JSON.stringify(root.resourceType ?? null).slice(0, 60)}`, warnings };
    warn('resourceType is missing; read as a Questionnaire');
  }
  const language = str(root.language)?.toLowerCase().split('-')[0];
  const primary: Locale = language === 'es' ? 'es' : 'en';
  if (language && language !== 'en' && language !== 'es') warn(`language "${String(root.language)}" is not English or Spanish; its texts are used as English`);
  const seen = new Set<Locale>();
  const valueSets = new Map<string, Obj>();
  for (const c of list(root.contained)) if (isObj(c) && c.resourceType === 'ValueSet' && typeof c.id === 'string') valueSets.set(`#${c.id}`, c);
  for (const key of Object.keys(root)) {
    if (['modifierExtension', 'derivedFrom'].includes(key)) warn(`Questionnaire.${key} is not supported and was ignored`);
  }

  // Pass 1: instruments by code, then an id for every item.
  const matchOf = new Map<Obj, { match: InstrumentMatch; kitId: string }>();
  const groupMatch = new Map<Obj, InstrumentMatch>();
  const dropped = new Set<Obj>();
  const linkIds: Record<string, string> = {};
  const idOf = new Map<Obj, string>();
  const used = new Set<string>();
  for (const def of Object.values(INSTRUMENT_DEFINITIONS)) {
    for (const q of def.items) used.add(q.id);
    used.add(totalLinkId(def.id));
  }
  let count = 0;
  const rootCodes = codesOf(root);
  const scan = (children: unknown[], codes: string[], group: Obj | undefined, depth: number, inInstrument = false) => {
    if (depth > MAX_DEPTH) return warn(`items nested deeper than ${MAX_DEPTH} levels were left out`);
    const matches = matchInstruments(children, codes);
    for (const m of matches) {
      const mapped: string[] = [];
      for (const [obj, kitId] of m.items) {
        matchOf.set(obj, { match: m, kitId });
        if (typeof obj.linkId === 'string') {
          linkIds[obj.linkId] ??= kitId;
          mapped.push(`${obj.linkId} → ${kitId}`);
        }
      }
      for (const t of m.totals) dropped.add(t);
      warn(`${INSTRUMENT_NAMES[m.instrument]} recognised by its ${m.by} (${mapped.join(', ')}): the kit's published wording, scoring and bands are used (the file's own texts, answers and extensions on these items are not)${m.instrument === 'phq9' ? ', and item 9 shows crisis help at once' : ''}${m.totals.size ? '; its total-score item is computed by the kit' : ''}`);
    }
    if (group && matches.length === 1) {
      const m = matches[0]!;
      const rest = children.filter((c) => isObj(c) && !m.items.has(c) && !m.totals.has(c) && c.type !== 'display');
      if (rest.length === 0) groupMatch.set(group, m);
    }
    if (group && groupMatch.has(group)) inInstrument = true;
    for (const c of children) {
      if (!isObj(c)) {
        warn('an item that is not an object was left out');
        continue;
      }
      if (++count > MAX_ITEMS) return warn(`only the first ${MAX_ITEMS} items were read`);
      const raw = typeof c.linkId === 'string' ? c.linkId : undefined;
      if (raw === undefined) warn(`an item without a linkId${str(c.text) ? ` ("${str(c.text)!.slice(0, 40)}")` : ''} was given one`);
      if (!matchOf.has(c) && !dropped.has(c) && !inInstrument) {
        const base = (raw !== undefined ? toId(raw) : undefined) ?? `item-${count}`;
        let id = base;
        for (let n = 2; used.has(id); n++) id = `${base.slice(0, 120)}-${n}`;
        if (raw !== undefined && linkIds[raw] !== undefined) warn(`linkId "${raw}" is used more than once; the later item is imported as "${id}" (conditions refer to the first)`);
        else if (raw !== undefined && id !== raw) warn(`linkId "${raw}" is imported as question id "${id}"`);
        used.add(id);
        idOf.set(c, id);
        if (raw !== undefined) linkIds[raw] ??= id;
      }
      if (Array.isArray(c.item)) scan(c.item, codesOf(c), c.type === 'group' ? c : undefined, depth + 1, inInstrument);
    }
  };
  scan(list(root.item), rootCodes, undefined, 0);

  // Pass 2: pages and questions; conditions wait until every target is known.
  const pending: Pending[] = [];
  const targets = new Map<string, ImportTarget>();
  const optionValues: Record<string, Record<string, string>> = {};
  const initialAnswers: Record<string, AnswerValue> = {};
  const extCounts = new Map<string, number>();
  const ctx: ItemContext = { primary, seen, valueSets, warn, extCounts, initialAnswers };
  const condParts = (item: Obj, where: string): Part[] => {
    const kit = str(item.extension !== undefined ? (list(item.extension).find((e) => isObj(e) && e.url === EXT.visibleIf) as Obj | undefined)?.valueString : undefined);
    if (kit) {
      const parsed = safeJson(kit);
      const r = parse(ExprSchema as z.ZodMiniType<Expr>, parsed);
      if (r.ok) return [r.data];
      warn(`${where}: the kit condition extension could not be read; ignored`);
    }
    return item.enableWhen !== undefined ? [{ raw: item, where }] : [];
  };
  const emitted = new Set<InstrumentMatch>();
  const instrumentRef = (m: InstrumentMatch, parts: Part[], out: PageItem[]) => {
    if (emitted.has(m)) return;
    emitted.add(m);
    const ref: PageItem = { type: 'instrument', instrument: m.instrument };
    out.push(ref);
    pending.push({ parts, set: (e) => e && Object.assign(ref, { visibleIf: e }) });
  };

  const flatten = (children: unknown[], inherited: Part[], out: PageItem[], depth: number) => {
    if (depth > MAX_DEPTH) return;
    for (const c of children) {
      if (!isObj(c) || dropped.has(c)) continue;
      const where = `item "${typeof c.linkId === 'string' ? c.linkId : idOf.get(c) ?? '?'}"`;
      const hit = matchOf.get(c);
      if (hit) {
        if (c.enableWhen !== undefined && hit.match.instrument !== 'crafft') warn(`${where}: a condition on one item of ${INSTRUMENT_NAMES[hit.match.instrument]} was ignored (the kit asks every item)`);
        instrumentRef(hit.match, inherited, out);
        continue;
      }
      const id = idOf.get(c);
      if (id === undefined) continue;
      if (c.type === 'group') {
        const own = [...inherited, ...condParts(c, where)];
        const gm = groupMatch.get(c);
        if (gm) {
          instrumentRef(gm, own, out);
          continue;
        }
        if (c.repeats === true) warn(`${where}: a repeating group is asked once`);
        const heading = convertQuestion({ ...c, type: 'display', item: undefined, required: undefined, repeats: undefined, code: undefined }, id, where, ctx);
        if (heading.question && str(c.text)) {
          out.push(heading.question);
          pending.push({ parts: own, set: (e) => e && Object.assign(heading.question!, { visibleIf: e }) });
        }
        if (!Array.isArray(c.item) || c.item.length === 0) warn(`${where}: a group without items`);
        flatten(list(c.item), own, out, depth + 1);
        continue;
      }
      const parts = [...inherited, ...condParts(c, where)];
      const r = convertQuestion(c, id, where, ctx);
      if (r.question) {
        out.push(r.question);
        const q = r.question;
        pending.push({ parts, set: (e) => e && Object.assign(q, { visibleIf: e }) });
        const keys = r.optionKeys ?? {};
        if (Object.keys(keys).length) optionValues[id] = keys;
        targets.set(id, { id, question: q, optionValue: ({ code, string }) => lookup(keys, q, code ?? string) });
      }
      if (r.requiredIf) {
        const q = r.question;
        const pr = parse(ExprSchema as z.ZodMiniType<Expr>, safeJson(r.requiredIf));
        if (q && q.type !== 'display' && pr.ok) Object.assign(q, { requiredIf: pr.data });
      }
      if (r.rest.length) flatten(r.rest, parts, out, depth + 1);
    }
  };

  const pages: Page[] = [];
  const pageIds = new Set<string>();
  const formTitle = textOrName(root, primary, seen) ?? 'Questionnaire';
  const pageId = (base: string) => {
    let id = base;
    for (let n = 2; pageIds.has(id); n++) id = `${base.slice(0, 120)}-${n}`;
    pageIds.add(id);
    return id;
  };
  let loose: PageItem[] = [];
  const flushLoose = () => {
    if (loose.length) pages.push({ id: pageId(`page-${pages.length + 1}`), title: formTitle, items: loose });
    loose = [];
  };
  for (const c of list(root.item)) {
    if (isObj(c) && c.type === 'group' && !matchOf.has(c) && !dropped.has(c)) {
      flushLoose();
      const where = `group "${typeof c.linkId === 'string' ? c.linkId : '?'}"`;
      const items: PageItem[] = [];
      const gm = groupMatch.get(c);
      const own = condParts(c, where);
      let description: Text | undefined;
      if (gm) instrumentRef(gm, [], items);
      else {
        const kids = list(c.item);
        const first = kids[0];
        // The kit's export writes a page description as a first display item `<page>.description`.
        if (isObj(first) && first.type === 'display' && typeof c.linkId === 'string' && first.linkId === `${c.linkId}.description`) {
          description = convertQuestion(first, 'description', where, ctx).question?.text;
          dropped.add(first);
        }
        flatten(kids, [], items, 1);
      }
      if (items.length === 0) {
        warn(`${where}: nothing in it could be imported, so it is not a page`);
        continue;
      }
      const page: Page = {
        id: pageId(toId((idOf.get(c) ?? '').replace(/\.page$/, '')) ?? `page-${pages.length + 1}`),
        title: textOrName(c, primary, seen) ?? formTitle,
        items,
      };
      if (description) page.description = description;
      pages.push(page);
      pending.push({ parts: own, set: (e) => e && Object.assign(page, { visibleIf: e }) });
    } else flatten([c], [], loose, 1);
  }
  flushLoose();

  const resolveTarget = (linkId: string): ImportTarget | undefined => {
    const id = linkIds[linkId] ?? toId(linkId);
    if (id === undefined) return undefined;
    const t = targets.get(id);
    if (t) return t;
    const kit = Object.values(INSTRUMENT_DEFINITIONS).flatMap((d) => d.items.map((q) => [d.id, q] as const)).find(([, q]) => q.id === id);
    if (!kit || ![...emitted].some((m) => m.instrument === kit[0])) return undefined;
    const [inst, q] = kit;
    const answers = INSTRUMENT_CODES[inst].answers ?? [];
    return {
      id,
      question: q,
      optionValue: ({ code, string }) => {
        const raw = typeof code === 'string' ? code : typeof string === 'string' ? string : undefined;
        if (raw === undefined || !('options' in q)) return undefined;
        const i = answers.indexOf(raw);
        if (i >= 0) return q.options[i]?.value;
        return q.options.find((o) => o.value === raw)?.value;
      },
    };
  };
  for (const p of pending) {
    const exprs: Expr[] = [];
    for (const part of p.parts) {
      if ('op' in part) exprs.push(part as Expr);
      else {
        const e = enableWhenToExpr(part.raw.enableWhen, part.raw.enableBehavior, resolveTarget, part.where, warn);
        if (e) exprs.push(e);
      }
    }
    p.set(allOf(...exprs));
  }
  for (const [url, n] of extCounts) warn(`extension ${url} is not supported and was ignored (${n} item${n === 1 ? '' : 's'})`);

  const formId = toId(str(root.id) ?? str(root.name) ?? '') ?? 'fhir-questionnaire';
  const draft: Form = {
    id: formId,
    version: (str(root.version) ?? '1').slice(0, 40),
    title: formTitle,
    locales: seen.size ? (['en', 'es'] as Locale[]).filter((l) => seen.has(l)) : [primary],
    pages,
  };
  const settings = safeJson(str((list(root.extension).find((e) => isObj(e) && e.url === EXT.flagRules) as Obj | undefined)?.valueString) ?? '');
  if (isObj(settings)) {
    if (Array.isArray(settings.flags) && settings.flags.length) draft.flags = settings.flags as NonNullable<Form["flags"]>;
    if (typeof settings.draftTtlDays === 'number') draft.draftTtlDays = settings.draftTtlDays;
  }
  if (pages.length === 0) return { ok: false, error: 'the Questionnaire has no item the kit can ask', warnings };
  const form = validateDropping(draft, warn);
  if (!form) return { ok: false, error: 'the imported form did not pass the IntakeForm schema', warnings };
  return { ok: true, form, warnings, linkIds, optionValues, initialAnswers: keepKnown(initialAnswers, form) };
}

function lookup(keys: Record<string, string>, q: Question, raw: unknown): string | undefined {
  if (typeof raw === 'number') raw = String(raw);
  if (typeof raw !== 'string') return undefined;
  if (Object.prototype.hasOwnProperty.call(keys, raw)) return keys[raw];
  return 'options' in q ? q.options.find((o) => o.value === raw)?.value : undefined;
}

function textOrName(o: Obj, primary: Locale, seen: Set<Locale>) {
  const title = str(o.title) ?? str(o.text) ?? str(o.name);
  if (!title) return undefined;
  const tr: Partial<Record<Locale, string>> = {};
  for (const e of list(isObj(o._title) ? o._title.extension : isObj(o._text) ? o._text.extension : undefined)) {
    if (!isObj(e) || e.url !== EXT.translation) continue;
    const parts = list(e.extension).filter(isObj);
    const lang = str(parts.find((p) => p.url === 'lang')?.valueCode)?.split('-')[0];
    const content = str(parts.find((p) => p.url === 'content')?.valueString);
    if (content && (lang === 'en' || lang === 'es')) tr[lang] = content.slice(0, 5000);
  }
  tr[primary] = title.slice(0, 5000);
  for (const k of Object.keys(tr)) seen.add(k as Locale);
  return Object.keys(tr).length === 1 ? title.slice(0, 5000) : tr;
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return undefined;
  }
}

/** Validates; an item the schema rejects is left out with a warning (then its page, if empty). */
function validateDropping(form: Form, warn: (m: string) => void): Form | undefined {
  let current = form;
  for (let attempt = 0; attempt < 100; attempt++) {
    const r = parse(IntakeForm, current);
    if (r.ok) return r.data;
    const issue = r.issues[0]!;
    const m = /^pages\.(\d+)(?:\.items\.(\d+))?/.exec(issue.path);
    if (!m) {
      if (current.flags && /^flags/.test(issue.path)) {
        warn(`the kit flag rules could not be read (${issue.message}); ignored`);
        const { flags: _f, ...rest } = current;
        current = rest as Form;
        continue;
      }
      return undefined;
    }
    const pi = Number(m[1]);
    const pages = current.pages.map((p) => ({ ...p, items: [...p.items] }));
    const page = pages[pi];
    if (!page) return undefined;
    if (m[2] !== undefined) {
      const [gone] = page.items.splice(Number(m[2]), 1);
      warn(`${gone && 'id' in gone ? `question "${gone.id}"` : 'an item'} was left out: ${issue.message}`);
    } else page.items = [];
    current = { ...current, pages: pages.filter((p) => p.items.length > 0) };
    if (current.pages.length === 0) return undefined;
  }
  return undefined;
}

function keepKnown(answers: Record<string, AnswerValue>, form: Form): Record<string, AnswerValue> {
  const ids = new Set(form.pages.flatMap((p) => p.items.flatMap((i) => ('id' in i ? [i.id] : []))));
  return Object.fromEntries(Object.entries(answers).filter(([k]) => ids.has(k)));
}
