/**
 * Conditions both ways: the kit's `Expr` ⇄ FHIR `enableWhen` + `enableBehavior`
 * (https://hl7.org/fhir/R4/questionnaire-definitions.html#Questionnaire.item.enableWhen).
 *
 * What maps: a comparison of one question's answer (`equals` `=`, `notEquals` `!=`,
 * `gt` `>`, `gte` `>=`, `lt` `<`, `lte` `<=`), `in` (several `=` with `any`), `answered`
 * (`exists true`), `not answered` (`exists false`), and one level of `and` (`all`) or
 * `or` (`any`) over those. What does not: conditions on an instrument's score or on an
 * age, nested and/or mixes, and ordered comparisons of dates or choices (the kit compares
 * numbers only). Those are reported and carried in a kit extension so a kit import keeps them.
 *
 * One difference to know: the kit's `notEquals` is true while the question is unanswered;
 * an R4 renderer may treat `!=` on an unanswered question as false.
 */
import type { Expr, Question, Scalar } from '../schemas/index.js';
import type { Coding, EnableWhen, EnableWhenOperator } from './types.js';

const OP_TO_FHIR: Record<string, EnableWhenOperator> = { equals: '=', notEquals: '!=', gt: '>', gte: '>=', lt: '<', lte: '<=' };
const FHIR_TO_OP = { '=': 'equals', '!=': 'notEquals', '>': 'gt', '>=': 'gte', '<': 'lt', '<=': 'lte' } as const;

export interface ExportTarget {
  linkId: string;
  question: Question;
  /** The coding an option value is exported as. */
  coding(value: string): Coding;
}

const CHOICE = new Set(['single', 'select', 'scale', 'multiple']);
const BOOLEAN = new Set(['yes-no', 'consent']);
const STRINGY = new Set(['text', 'long-text', 'phone', 'email', 'signature']);

function atom(e: Expr, target: (id: string) => ExportTarget | undefined): EnableWhen | undefined {
  if (e.op === 'answered') {
    const t = target(e.q);
    return t ? { question: t.linkId, operator: 'exists', answerBoolean: true } : undefined;
  }
  if (e.op === 'not' && e.expr.op === 'answered') {
    const t = target(e.expr.q);
    return t ? { question: t.linkId, operator: 'exists', answerBoolean: false } : undefined;
  }
  if (e.op === 'in' && e.values.length === 1 && e.q !== undefined) return atom({ op: 'equals', q: e.q, value: e.values[0]! }, target);
  if (!(e.op in OP_TO_FHIR) || !('value' in e) || e.q === undefined) return undefined;
  const t = target(e.q);
  if (!t) return undefined;
  const operator = OP_TO_FHIR[e.op]!;
  const ordered = operator !== '=' && operator !== '!=';
  const type = t.question.type;
  const v: Scalar = e.value;
  const base = { question: t.linkId, operator };
  if (BOOLEAN.has(type)) return typeof v === 'boolean' && !ordered ? { ...base, answerBoolean: v } : undefined;
  if (type === 'number') {
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : undefined;
    if (n === undefined) return undefined;
    return t.question.integer && Number.isInteger(n) ? { ...base, answerInteger: n } : { ...base, answerDecimal: n };
  }
  if (CHOICE.has(type)) {
    if (ordered || typeof v !== 'string' || !('options' in t.question) || !t.question.options.some((o) => o.value === v)) return undefined;
    return { ...base, answerCoding: t.coding(v) };
  }
  if (type === 'date') return !ordered && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? { ...base, answerDate: v } : undefined;
  if (STRINGY.has(type)) return !ordered && typeof v === 'string' && v !== '' ? { ...base, answerString: v } : undefined;
  return undefined;
}

/** `in` with several values as `=` atoms (only inside an `any`). */
function inAtoms(e: Expr, target: (id: string) => ExportTarget | undefined): EnableWhen[] | undefined {
  if (e.op !== 'in' || e.q === undefined) return undefined;
  const out: EnableWhen[] = [];
  for (const value of e.values) {
    const a = atom({ op: 'equals', q: e.q, value }, target);
    if (!a) return undefined;
    out.push(a);
  }
  return out;
}

export interface EnableWhenResult {
  enableWhen: EnableWhen[];
  enableBehavior?: 'all' | 'any';
}

/** The `enableWhen` form of `expr`, or `undefined` when it cannot be said so. */
export function exprToEnableWhen(expr: Expr, target: (id: string) => ExportTarget | undefined): EnableWhenResult | undefined {
  const single = atom(expr, target);
  if (single) return { enableWhen: [single] };
  const many = inAtoms(expr, target);
  if (many) return { enableWhen: many, enableBehavior: 'any' };
  if (expr.op === 'and' || expr.op === 'or') {
    const out: EnableWhen[] = [];
    for (const sub of expr.exprs) {
      const a = atom(sub, target);
      if (a) out.push(a);
      else if (expr.op === 'or' && inAtoms(sub, target)) out.push(...inAtoms(sub, target)!);
      else return undefined;
    }
    if (out.length === 0) return undefined;
    return out.length === 1 ? { enableWhen: out } : { enableWhen: out, enableBehavior: expr.op === 'and' ? 'all' : 'any' };
  }
  return undefined;
}

/** What the importer knows about the question an `enableWhen` points at. */
export interface ImportTarget {
  id: string;
  question: Question;
  /** The option value for an answer code / string / integer / date, if the question has options. */
  optionValue(raw: { code?: unknown; string?: unknown }): string | undefined;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One `enableWhen` as an `Expr`, or a warning. */
function ewToExpr(ew: unknown, resolve: (linkId: string) => ImportTarget | undefined, where: string): Expr | string {
  if (!isObj(ew)) return `${where}: an enableWhen that is not an object was ignored`;
  const question = ew.question;
  const operator = ew.operator;
  if (typeof question !== 'string') return `${where}: an enableWhen without "question" was ignored`;
  const t = resolve(question);
  if (!t) return `${where}: enableWhen refers to "${question}", which is not a question the kit imported; the condition was ignored`;
  const keys = Object.keys(ew).filter((k) => k.startsWith('answer'));
  if (keys.length !== 1) return `${where}: enableWhen on "${question}" needs exactly one answer[x]; ignored`;
  const key = keys[0]!;
  const raw = ew[key];
  if (operator === 'exists') {
    if (typeof raw !== 'boolean') return `${where}: enableWhen "exists" needs answerBoolean; ignored`;
    return raw ? { op: 'answered', q: t.id } : { op: 'not', expr: { op: 'answered', q: t.id } };
  }
  if (typeof operator !== 'string' || !(operator in FHIR_TO_OP)) return `${where}: enableWhen operator ${JSON.stringify(operator)} is not an R4 operator; ignored`;
  const op = FHIR_TO_OP[operator as keyof typeof FHIR_TO_OP];
  const ordered = op !== 'equals' && op !== 'notEquals';
  let value: Scalar | undefined;
  switch (key) {
    case 'answerBoolean':
      value = typeof raw === 'boolean' ? raw : undefined;
      break;
    case 'answerDecimal':
    case 'answerInteger':
      value = typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined;
      break;
    case 'answerCoding':
      value = isObj(raw) ? t.optionValue({ code: raw.code }) : undefined;
      if (value === undefined) return `${where}: enableWhen on "${question}" names an answer code the question does not offer; ignored`;
      break;
    case 'answerString':
      value = typeof raw !== 'string' ? undefined : 'options' in t.question ? t.optionValue({ string: raw }) : raw;
      break;
    case 'answerDate':
    case 'answerDateTime':
    case 'answerTime':
      if (ordered) return `${where}: enableWhen "${operator}" on a ${key.slice(6).toLowerCase()} cannot be expressed (the kit compares numbers only); the condition was ignored`;
      value = typeof raw === 'string' ? (key === 'answerDateTime' ? raw.slice(0, 10) : raw) : undefined;
      break;
    default:
      return `${where}: enableWhen ${key} is not supported; the condition was ignored`;
  }
  if (value === undefined || value === '') return `${where}: enableWhen on "${question}" has an unreadable ${key}; ignored`;
  if (ordered && typeof value !== 'number' && !(typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value))) {
    return `${where}: enableWhen "${operator}" on a non-numeric answer cannot be expressed; the condition was ignored`;
  }
  if (ordered && typeof value === 'string') value = Number(value);
  return { op, q: t.id, value } as Expr;
}

/**
 * `enableWhen` (+ `enableBehavior`) as one `Expr`. Unreadable parts are dropped with a
 * warning. Under `all` the rest still applies; under `any` the whole condition is
 * dropped. Either way the item shows more often than the file meant, never less.
 */
export function enableWhenToExpr(
  list: unknown,
  behavior: unknown,
  resolve: (linkId: string) => ImportTarget | undefined,
  where: string,
  warn: (m: string) => void,
): Expr | undefined {
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) {
    warn(`${where}: enableWhen is not a list; ignored`);
    return undefined;
  }
  const exprs: Expr[] = [];
  let dropped = false;
  for (const ew of list) {
    const r = ewToExpr(ew, resolve, where);
    if (typeof r === 'string') {
      warn(r);
      dropped = true;
    } else exprs.push(r);
  }
  if (exprs.length === 0) return undefined;
  if (exprs.length === 1) return exprs[0];
  let how = behavior;
  if (how !== 'all' && how !== 'any') {
    warn(`${where}: several enableWhen without enableBehavior "all" or "any"; read as "all"`);
    how = 'all';
  }
  if (how === 'any' && dropped) {
    warn(`${where}: with enableBehavior "any", an ignored enableWhen could have shown the item, so the item is always shown`);
    return undefined;
  }
  // Several "=" on one question under "any" read back as the kit's `in`.
  const q = exprs[0]!.op === 'equals' ? (exprs[0] as { q?: string }).q : undefined;
  if (how === 'any' && q !== undefined && exprs.every((e) => e.op === 'equals' && e.q === q)) {
    return { op: 'in', q, values: exprs.map((e) => (e as { value: Scalar }).value) };
  }
  return { op: how === 'all' ? 'and' : 'or', exprs };
}
