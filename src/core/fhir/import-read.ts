/**
 * Reading pieces of an untrusted Questionnaire: texts with translations, answer options
 * (inline or from a contained ValueSet) with their scores, extensions. Never throws;
 * everything not understood becomes a warning.
 */
import type { Locale, Option, Text } from '../schemas/index.js';
import { EXT, SCORE_EXTENSIONS } from './codes.js';

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/** An id the contract accepts (`[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}`), or `undefined`. */
export function toId(raw: string): string | undefined {
  const s = raw.replace(/[^A-Za-z0-9_.:-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 128);
  return s || undefined;
}

/** An option value (`[A-Za-z0-9_.:-]{1,64}`), or `undefined`. */
export function toValue(raw: string): string | undefined {
  const s = raw.trim().replace(/[^A-Za-z0-9_.:-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64);
  return s || undefined;
}

export function extensionsOf(o: Obj): Obj[] {
  return list(o.extension).filter(isObj);
}

export function findExt(o: Obj, url: string): Obj | undefined {
  return extensionsOf(o).find((e) => e.url === url);
}

/** The first number in `value[x]` of an extension. */
export function extNumber(e: Obj | undefined): number | undefined {
  if (!e) return undefined;
  for (const k of ['valueDecimal', 'valueInteger', 'valueString']) {
    const v = e[k];
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : undefined;
    if (n !== undefined && Number.isFinite(n)) return n;
  }
  return undefined;
}

/** A score from ordinalValue / itemWeight (and older spellings) on any of `holders`. */
export function scoreOf(...holders: unknown[]): number | undefined {
  for (const h of holders) {
    if (!isObj(h)) continue;
    for (const e of extensionsOf(h)) if (typeof e.url === 'string' && SCORE_EXTENSIONS.has(e.url)) {
      const n = extNumber(e);
      if (n !== undefined) return n;
    }
  }
  return undefined;
}

/** Translations in a primitive's `_x` element: locale → text. */
export function translations(primitive: unknown): Partial<Record<Locale, string>> {
  const out: Partial<Record<Locale, string>> = {};
  if (!isObj(primitive)) return out;
  for (const e of extensionsOf(primitive)) {
    if (e.url !== EXT.translation) continue;
    const parts = extensionsOf(e);
    const lang = str(parts.find((p) => p.url === 'lang')?.valueCode);
    const content = str(parts.find((p) => p.url === 'content')?.valueString);
    const locale = lang?.toLowerCase().split('-')[0];
    if (content && (locale === 'en' || locale === 'es')) out[locale] = content.slice(0, 5000);
  }
  return out;
}

/** A `Text` from a string in `primary` and its translations; `undefined` when empty. */
export function textFrom(value: unknown, primitive: unknown, primary: Locale, seen: Set<Locale>): Text | undefined {
  const main = str(value)?.slice(0, 5000);
  const tr = translations(primitive);
  if (main) tr[primary] = main;
  const keys = Object.keys(tr) as Locale[];
  if (keys.length === 0) return undefined;
  for (const k of keys) seen.add(k);
  return keys.length === 1 && keys[0] === primary ? tr[primary]! : tr;
}

/** One answer a question offers, with every spelling that may refer to it. */
export interface ReadOption {
  option: Option;
  /** Codes / strings / integers an answer or enableWhen may use for it. */
  keys: string[];
}

export interface ConceptSource {
  code?: unknown;
  display?: unknown;
  _display?: unknown;
  holders: unknown[];
}

export function optionFrom(src: ConceptSource, primary: Locale, seen: Set<Locale>): ReadOption | undefined {
  const code = typeof src.code === 'number' ? String(src.code) : str(src.code);
  const label = textFrom(src.display, src._display, primary, seen) ?? code;
  const value = toValue(code ?? (typeof label === 'string' ? label : '') ?? '');
  if (!value || label === undefined) return undefined;
  const score = scoreOf(...src.holders);
  const exclusive = src.holders.some((h) => isObj(h) && findExt(h, EXT.exclusive)?.valueCode === 'true');
  const option: Option = { value, label, ...(score !== undefined ? { score } : {}), ...(exclusive ? { exclusive: true } : {}) };
  const keys = [code, typeof label === 'string' ? label : label.en ?? label.es].filter((k): k is string => typeof k === 'string');
  return { option, keys };
}

/** answerOption[] → options (valueCoding, valueString, valueInteger, valueDate). */
export function readAnswerOptions(raw: unknown, primary: Locale, seen: Set<Locale>, warn: (m: string) => void): ReadOption[] {
  const out: ReadOption[] = [];
  for (const a of list(raw)) {
    if (!isObj(a)) continue;
    let r: ReadOption | undefined;
    if (isObj(a.valueCoding)) {
      const c = a.valueCoding;
      r = optionFrom({ code: c.code, display: c.display, _display: c._display, holders: [a, c] }, primary, seen);
    } else if (typeof a.valueString === 'string') r = optionFrom({ code: a.valueString, display: a.valueString, _display: a._valueString, holders: [a] }, primary, seen);
    else if (typeof a.valueInteger === 'number') r = optionFrom({ code: a.valueInteger, display: String(a.valueInteger), holders: [a] }, primary, seen);
    else if (typeof a.valueDate === 'string') r = optionFrom({ code: a.valueDate, display: a.valueDate, holders: [a] }, primary, seen);
    else {
      const kind = Object.keys(a).find((k) => k.startsWith('value')) ?? 'no value';
      warn(`an answerOption with ${kind} is not supported and was left out`);
      continue;
    }
    if (r) out.push(r);
    else warn('an answerOption without a code or text was left out');
  }
  return out;
}

/** Concepts of a contained ValueSet (compose.include.concept and expansion.contains). */
export function valueSetOptions(vs: Obj, primary: Locale, seen: Set<Locale>): ReadOption[] {
  const out: ReadOption[] = [];
  for (const inc of list(isObj(vs.compose) ? vs.compose.include : undefined)) {
    if (!isObj(inc)) continue;
    for (const c of list(inc.concept)) if (isObj(c)) {
      const r = optionFrom({ code: c.code, display: c.display, _display: c._display, holders: [c] }, primary, seen);
      if (r) out.push(r);
    }
  }
  const walk = (items: unknown[], depth: number) => {
    if (depth > 10) return;
    for (const c of items) if (isObj(c)) {
      if (c.code !== undefined) {
        const r = optionFrom({ code: c.code, display: c.display, _display: c._display, holders: [c] }, primary, seen);
        if (r) out.push(r);
      }
      walk(list(c.contains), depth + 1);
    }
  };
  walk(list(isObj(vs.expansion) ? vs.expansion.contains : undefined), 0);
  return out;
}

/** Makes option values unique (`-2`, `-3` …), warning about each clash. */
export function uniqueOptions(options: ReadOption[], where: string, warn: (m: string) => void): ReadOption[] {
  const seenValues = new Set<string>();
  const out: ReadOption[] = [];
  for (const r of options.slice(0, 200)) {
    let v = r.option.value;
    for (let n = 2; seenValues.has(v); n++) v = `${r.option.value.slice(0, 60)}-${n}`;
    if (v !== r.option.value) warn(`${where}: two answers share the code "${r.option.value}"; the second is stored as "${v}"`);
    seenValues.add(v);
    out.push({ option: { ...r.option, value: v }, keys: r.keys });
  }
  if (options.length > 200) warn(`${where}: only the first 200 answers were kept`);
  return out;
}
