/**
 * One Questionnaire item → one kit `Question` (R4 item types: group and display,
 * boolean, decimal, integer, date, dateTime, time, string, text, url, choice,
 * open-choice; attachment, reference and quantity are not supported).
 */
import type { AnswerValue, Locale, Question, Text } from '../schemas/index.js';
import { EXT, ITEM_CONTROL_SYSTEM, KIT_CONSENT_SYSTEM } from './codes.js';
import {
  extNumber, extensionsOf, findExt, isObj, list, readAnswerOptions, str, textFrom, toValue, uniqueOptions, valueSetOptions,
  type Obj, type ReadOption,
} from './import-read.js';

export interface ItemContext {
  primary: Locale;
  seen: Set<Locale>;
  valueSets: Map<string, Obj>;
  warn(m: string): void;
  /** Unsupported extension URL → how many items carried it (reported once at the end). */
  extCounts: Map<string, number>;
  initialAnswers: Record<string, AnswerValue>;
}

export interface Converted {
  question?: Question;
  /** Code / text of each answer → option value. */
  optionKeys?: Record<string, string>;
  /** The kit's `requiredIf` extension (JSON), parsed by the caller. */
  requiredIf?: string;
  /** Nested items that are neither help text nor a consent body: imported after this one. */
  rest: unknown[];
}

const KNOWN_KEYS = new Set([
  'id', 'linkId', 'type', 'text', '_text', 'prefix', '_prefix', 'code', 'required', 'repeats', 'readOnly', 'maxLength',
  'enableWhen', 'enableBehavior', 'answerOption', 'answerValueSet', 'initial', 'extension', 'item', 'definition',
]);

/** Extensions read here or by the importer; anything else is counted as ignored. */
const HANDLED_EXT = new Set<string>([
  EXT.questionType, EXT.consentVersion, EXT.autocomplete, EXT.visibleIf, EXT.requiredIf, EXT.itemControl, EXT.minValue, EXT.maxValue,
  EXT.unit, EXT.regex, `${EXT.questionType}-min`, `${EXT.questionType}-max`, `${EXT.questionType}-min-selected`, `${EXT.questionType}-max-selected`,
  'http://hl7.org/fhir/StructureDefinition/questionnaire-unitOption', EXT.hidden,
]);

const EXPRESSION_EXT = /(calculatedExpression|enableWhenExpression|initialExpression|answerExpression|candidateExpression|contextExpression|variable|cqf-expression)$/;

function itemControlCode(item: Obj): string | undefined {
  const e = findExt(item, EXT.itemControl);
  const cc = e && isObj(e.valueCodeableConcept) ? e.valueCodeableConcept : undefined;
  const c = list(cc?.coding).find((x) => isObj(x) && (x.system === ITEM_CONTROL_SYSTEM || x.system === undefined));
  return isObj(c) && typeof c.code === 'string' ? c.code : undefined;
}

/** Typed initial value, by item type. */
function initialOf(item: Obj): AnswerValue | undefined {
  const first = list(item.initial).find(isObj);
  if (!first) return undefined;
  for (const [k, v] of Object.entries(first)) {
    if (!k.startsWith('value')) continue;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
    if (isObj(v) && typeof v.code === 'string') return v.code;
  }
  return undefined;
}

export function convertQuestion(item: Obj, id: string, where: string, ctx: ItemContext): Converted {
  const { warn } = ctx;
  for (const k of Object.keys(item)) if (!KNOWN_KEYS.has(k)) warn(`${where}: "${k}" is not supported and was ignored`);
  for (const e of extensionsOf(item)) {
    const url = typeof e.url === 'string' ? e.url : '(no url)';
    if (EXPRESSION_EXT.test(url)) warn(`${where}: FHIRPath/CQL expressions (${url.split('/').pop()}) are not evaluated; ignored`);
    else if (!HANDLED_EXT.has(url)) ctx.extCounts.set(url, (ctx.extCounts.get(url) ?? 0) + 1);
  }
  const kitType = str(findExt(item, EXT.questionType)?.valueCode);
  const type = typeof item.type === 'string' ? item.type : undefined;
  const children = list(item.item);
  let help: Text | undefined;
  let body: Text | undefined;
  const rest: unknown[] = [];
  for (const c of children) {
    if (isObj(c) && c.type === 'display' && (itemControlCode(c) === 'help' || c.linkId === `${String(item.linkId)}.help`) && type !== 'display') {
      help = textFrom(c.text, c._text, ctx.primary, ctx.seen);
    } else if (isObj(c) && c.type === 'display' && kitType === 'consent' && c.linkId === `${String(item.linkId)}.body`) {
      body = textFrom(c.text, c._text, ctx.primary, ctx.seen);
    } else rest.push(c);
  }
  if (type === 'display' && children.length) warn(`${where}: a display item cannot have nested items; they were imported after it`);

  let text = textFrom(item.text, item._text, ctx.primary, ctx.seen);
  const prefix = str(item.prefix);
  if (prefix && text !== undefined) text = typeof text === 'string' ? `${prefix} ${text}` : Object.fromEntries(Object.entries(text).map(([l, v]) => [l, `${prefix} ${v}`]));
  if (text === undefined) {
    if (type !== 'display') warn(`${where}: has no text; its linkId is shown instead`);
    text = typeof item.linkId === 'string' && item.linkId.trim() ? item.linkId.slice(0, 200) : id;
  }
  const base: Record<string, unknown> = { id, text };
  if (help) base.help = help;
  const autocomplete = str(findExt(item, EXT.autocomplete)?.valueString);
  if (autocomplete && /^[a-z][a-z0-9 -]{0,60}$/.test(autocomplete)) base.autocomplete = autocomplete;
  const requiredIf = str(findExt(item, EXT.requiredIf)?.valueString);

  if (item.readOnly === true && type !== 'display' && type !== 'group') {
    const init = initialOf(item);
    warn(`${where}: a read-only ${type ?? 'item'} is shown as text${init !== undefined ? ' with its initial value' : ''}`);
    const shown = init === undefined ? text : typeof text === 'string' ? `${text}: ${String(init)}` : Object.fromEntries(Object.entries(text).map(([l, v]) => [l, `${v}: ${String(init)}`]));
    return { question: { id, type: 'display', text: shown } as Question, rest };
  }
  if (type === 'display') {
    if (list(item.code).length) warn(`${where}: codes on a display item were ignored`);
    return { question: { id, type: 'display', text } as Question, rest };
  }
  if (item.required === true) base.required = true;
  else if (item.required !== undefined && typeof item.required !== 'boolean') warn(`${where}: "required" is not true/false; ignored`);
  const init = initialOf(item);
  const maxLength = typeof item.maxLength === 'number' && Number.isInteger(item.maxLength) && item.maxLength >= 1 ? item.maxLength : undefined;
  if (item.maxLength !== undefined && maxLength === undefined) warn(`${where}: maxLength is not a positive whole number; ignored`);
  const setInitial = (v: AnswerValue | undefined) => {
    if (v !== undefined) ctx.initialAnswers[id] = v;
  };

  switch (type) {
    case 'boolean': {
      if (kitType === 'consent') {
        const kindCode = list(item.code).find((c) => isObj(c) && c.system === KIT_CONSENT_SYSTEM);
        const kind = isObj(kindCode) && ['42-cfr-part-2', 'hipaa-notice', 'telehealth', 'contact', 'other'].includes(String(kindCode.code)) ? kindCode.code : 'other';
        const version = str(findExt(item, EXT.consentVersion)?.valueString) ?? '1';
        return { question: { ...base, type: 'consent', kind, version: version.slice(0, 40), body: body ?? text } as Question, requiredIf, rest };
      }
      if (typeof init === 'boolean') setInitial(init);
      return { question: { ...base, type: 'yes-no' } as Question, requiredIf, rest };
    }
    case 'decimal':
    case 'integer': {
      const q: Record<string, unknown> = { ...base, type: 'number' };
      if (type === 'integer') q.integer = true;
      const min = extNumber(findExt(item, EXT.minValue));
      const max = extNumber(findExt(item, EXT.maxValue));
      if (min !== undefined) q.min = min;
      if (max !== undefined) q.max = max;
      const unit = findExt(item, EXT.unit);
      const unitText = isObj(unit?.valueCoding) ? str(unit.valueCoding.display) ?? str(unit.valueCoding.code) : undefined;
      if (unitText) q.unit = unitText.slice(0, 200);
      if (typeof init === 'number') setInitial(init);
      return { question: q as Question, requiredIf, rest };
    }
    case 'date':
    case 'dateTime': {
      if (type === 'dateTime') warn(`${where}: a date and time is asked as a date (the time is not asked)`);
      const q: Record<string, unknown> = { ...base, type: 'date' };
      for (const [key, url] of [['min', EXT.minValue], ['max', EXT.maxValue]] as const) {
        const v = str(findExt(item, url)?.valueDate) ?? str(findExt(item, `${EXT.questionType}-${key}`)?.valueString);
        if (v && (v === 'today' || /^\d{4}-\d{2}-\d{2}$/.test(v))) q[key] = v;
      }
      if (typeof init === 'string') setInitial(init.slice(0, 10));
      return { question: q as Question, requiredIf, rest };
    }
    case 'time':
    case 'url':
    case 'string':
    case 'text': {
      if (type === 'time') warn(`${where}: a time is asked as text (HH:MM)`);
      if (type === 'url') warn(`${where}: a web address is asked as text`);
      const kind = type === 'text' ? 'long-text' : kitType === 'phone' || kitType === 'email' || kitType === 'signature' ? kitType : 'text';
      const q: Record<string, unknown> = { ...base, type: kind };
      if (maxLength !== undefined && (kind === 'text' || kind === 'long-text')) q.maxLength = Math.min(maxLength, kind === 'text' ? 5000 : 20000);
      if (typeof init === 'string') setInitial(init);
      return { question: q as Question, requiredIf, rest };
    }
    case 'choice':
    case 'open-choice': {
      let options: ReadOption[] = readAnswerOptions(item.answerOption, ctx.primary, ctx.seen, (m) => warn(`${where}: ${m}`));
      const vsRef = str(item.answerValueSet);
      if (vsRef) {
        const vs = ctx.valueSets.get(vsRef);
        if (vs) options = options.concat(valueSetOptions(vs, ctx.primary, ctx.seen));
        else warn(`${where}: the value set ${vsRef} is not contained in the Questionnaire and cannot be loaded (the kit makes no outside requests)`);
      }
      options = uniqueOptions(options, where, warn);
      if (type === 'open-choice') warn(`${where}: open-choice is asked as a choice; a typed "other" answer is not offered`);
      if (options.length === 0) {
        warn(`${where}: a choice with no readable answers is asked as free text`);
        return { question: { ...base, type: 'text' } as Question, requiredIf, rest };
      }
      const repeats = item.repeats === true;
      const kind = repeats ? 'multiple' : kitType === 'scale' ? 'scale' : kitType === 'select' || itemControlCode(item) === 'drop-down' ? 'select' : 'single';
      const q: Record<string, unknown> = { ...base, type: kind, options: options.map((o) => o.option) };
      if (repeats) {
        const min = extNumber(findExt(item, `${EXT.questionType}-min-selected`));
        const max = extNumber(findExt(item, `${EXT.questionType}-max-selected`));
        if (min !== undefined && Number.isInteger(min) && min >= 0) q.minSelected = min;
        if (max !== undefined && Number.isInteger(max) && max >= 1) q.maxSelected = max;
      }
      const optionKeys: Record<string, string> = {};
      for (const o of options) for (const k of o.keys) if (!Object.prototype.hasOwnProperty.call(optionKeys, k)) optionKeys[k] = o.option.value;
      const selected = list(item.answerOption).flatMap((a, i) => (isObj(a) && a.initialSelected === true && options[i] ? [options[i]!.option.value] : []));
      const initKey = init === undefined ? undefined : optionKeys[String(init)] ?? toValue(String(init));
      const initValues = selected.length ? selected : initKey && options.some((o) => o.option.value === initKey) ? [initKey] : [];
      if (initValues.length) setInitial(repeats ? initValues : initValues[0]);
      return { question: q as Question, optionKeys, requiredIf, rest };
    }
    default:
      warn(`${where}: item type ${JSON.stringify(type ?? null).slice(0, 40)} is not supported and was left out`);
      return { rest };
  }
}
