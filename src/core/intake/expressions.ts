/**
 * Evaluates the intake form's condition trees (`visibleIf`, `requiredIf`, flag rules)
 * by walking the JSON — no `eval`, no `new Function`, so the kit runs under a strict
 * Content-Security-Policy (DESIGN.md §3).
 *
 * Semantics (decided here, relied on by forms — keep them stable):
 * - **Subjects.** `q` is a question's answer; `score` an instrument's total (only present
 *   when the instrument is complete); `ageOf` the age in whole years, on `today`, from a
 *   date answer (`YYYY-MM-DD`). An unanswered question, a missing score, or a date that
 *   is not real or lies after `today` is *no value*.
 * - **equals** compares scalars exactly, except that a number and a numeric string
 *   compare as numbers (`"2"` from a scale option equals `2`). Booleans only equal
 *   booleans. For a multiple-choice answer (an array), `equals` is true when the array
 *   **contains** the value. No value → false.
 * - **notEquals** is exactly `not(equals)`: true for no value, and for an array that
 *   does not contain the value. (So `notEquals` can show a follow-up before the
 *   question it depends on is answered; combine with `answered` when that matters.)
 * - **gt/gte/lt/lte** compare numbers; numeric strings count as numbers; anything else
 *   (no value, booleans, arrays, words) → false.
 * - **in** is true when the answer equals any of `values`; for an array answer, when
 *   any of its entries does (overlap). No value → false. `in` with one value is `equals`.
 * - **answered** is true for a non-blank string, a non-empty array, a finite number or
 *   a boolean (so a "No" is an answer).
 * - **not/and/or** as usual; an empty `and` is true, an empty `or` false.
 * Evaluation never throws: hostile answer values (null, objects, functions, NaN) are
 * treated as no value, and own properties only are read (a question id `constructor`
 * is not `Object.prototype.constructor`). Unknown operators and trees deeper than
 * {@link MAX_DEPTH} evaluate to false.
 */
import type { AnswerValue, Expr, InstrumentId, Scalar } from '../schemas/index.js';
import { ageOn, isIsoDate } from '../validators.js';

/** What an expression is evaluated against. */
export interface EvalContext {
  /** Answers keyed by question id (as stored: booleans, option value strings, string arrays, numbers, ISO dates). */
  answers: Readonly<Record<string, AnswerValue | undefined>>;
  /** Totals of the instruments that are complete. */
  scores: Readonly<Partial<Record<InstrumentId, number>>>;
  /** `YYYY-MM-DD`: the day ages are computed on. */
  today: string;
}

/** Nesting deeper than this evaluates to false (a hostile form cannot blow the stack). */
export const MAX_DEPTH = 64;

type Value = string | number | boolean | readonly unknown[] | undefined;

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** An answer read safely: own property, of an answer-like type; anything else is `undefined`. */
export function readAnswer(answers: unknown, id: unknown): Value {
  if (typeof id !== 'string' || answers === null || typeof answers !== 'object') return undefined;
  let v: unknown;
  try {
    if (!has(answers, id)) return undefined;
    v = (answers as Record<string, unknown>)[id];
  } catch {
    return undefined;
  }
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (Array.isArray(v)) return v;
  return undefined;
}

/** Whether a stored answer counts as answered (see the module comment). */
export function isAnswered(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'boolean') return true;
  if (Array.isArray(value)) return value.length > 0;
  return false;
}

const NUMERIC = /^\s*-?(\d+(\.\d*)?|\.\d+)\s*$/;

/** A number, or a string that is one; anything else `undefined`. */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && NUMERIC.test(value)) return Number(value);
  return undefined;
}

function sameScalar(a: unknown, b: unknown): boolean {
  if (typeof a === 'boolean' || typeof b === 'boolean') return a === b;
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  const x = toNumber(a);
  const y = toNumber(b);
  return x !== undefined && y !== undefined && x === y;
}

function matches(subject: Value, value: unknown): boolean {
  if (subject === undefined) return false;
  if (Array.isArray(subject)) return subject.some((s) => (typeof s === 'string' || typeof s === 'number' || typeof s === 'boolean') && sameScalar(s, value));
  return sameScalar(subject, value);
}

function subjectValue(e: { q?: unknown; score?: unknown; ageOf?: unknown }, ctx: EvalContext): Value {
  if (e.q !== undefined) return readAnswer(ctx.answers, e.q);
  if (e.score !== undefined) {
    const s = readAnswer(ctx.scores, e.score);
    return typeof s === 'number' ? s : undefined;
  }
  if (e.ageOf !== undefined) {
    const d = readAnswer(ctx.answers, e.ageOf);
    if (typeof d !== 'string' || !isIsoDate(d) || typeof ctx.today !== 'string') return undefined;
    const age = ageOn(d, ctx.today);
    return Number.isFinite(age) && age >= 0 ? age : undefined;
  }
  return undefined;
}

function compare(op: string, subject: Value, value: unknown): boolean {
  const a = Array.isArray(subject) ? undefined : toNumber(subject);
  const b = toNumber(value);
  if (a === undefined || b === undefined) return false;
  switch (op) {
    case 'gt':
      return a > b;
    case 'gte':
      return a >= b;
    case 'lt':
      return a < b;
    default:
      return a <= b;
  }
}

/** Thrown (and caught by `evaluate`) when a tree is too deep: the whole expression is then false. */
const TOO_DEEP = Symbol('too deep');

function walk(expr: unknown, ctx: EvalContext, depth: number): boolean {
  if (depth > MAX_DEPTH) throw TOO_DEEP;
  if (expr === null || typeof expr !== 'object') return false;
  const e = expr as Record<string, unknown>;
  switch (e['op']) {
    case 'equals':
      return matches(subjectValue(e, ctx), e['value']);
    case 'notEquals':
      return !matches(subjectValue(e, ctx), e['value']);
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return compare(e['op'], subjectValue(e, ctx), e['value']);
    case 'in': {
      const values = e['values'];
      if (!Array.isArray(values)) return false;
      const s = subjectValue(e, ctx);
      return values.some((v) => matches(s, v));
    }
    case 'answered':
      return isAnswered(readAnswer(ctx.answers, e['q']));
    case 'not':
      return !walk(e['expr'], ctx, depth + 1);
    case 'and': {
      const xs = e['exprs'];
      return Array.isArray(xs) && xs.every((x) => walk(x, ctx, depth + 1));
    }
    case 'or': {
      const xs = e['exprs'];
      return Array.isArray(xs) && xs.some((x) => walk(x, ctx, depth + 1));
    }
    default:
      return false;
  }
}

/** Evaluates `expr` against answers, scores and today's date. Never throws. */
export function evaluate(expr: Expr, ctx: EvalContext): boolean {
  try {
    return walk(expr, ctx, 0);
  } catch {
    // Too deep, or exotic objects (proxies, throwing getters on arrays): not a condition that holds.
    return false;
  }
}

/** Question ids an expression reads (`q`, `ageOf`, `answered`), for dependency tracking. */
export function referencedQuestions(expr: Expr): Set<string> {
  const out = new Set<string>();
  collect(expr, out, undefined, 0);
  return out;
}

/** Instruments whose score an expression reads. */
export function referencedScores(expr: Expr): Set<InstrumentId> {
  const out = new Set<InstrumentId>();
  collect(expr, undefined, out, 0);
  return out;
}

function collect(expr: unknown, qs: Set<string> | undefined, scores: Set<InstrumentId> | undefined, depth: number): void {
  if (depth > MAX_DEPTH || expr === null || typeof expr !== 'object') return;
  const e = expr as Record<string, unknown>;
  if (qs && typeof e['q'] === 'string') qs.add(e['q']);
  if (qs && typeof e['ageOf'] === 'string') qs.add(e['ageOf']);
  if (scores && typeof e['score'] === 'string') scores.add(e['score'] as InstrumentId);
  if (e['op'] === 'not') collect(e['expr'], qs, scores, depth + 1);
  if ((e['op'] === 'and' || e['op'] === 'or') && Array.isArray(e['exprs'])) for (const x of e['exprs']) collect(x, qs, scores, depth + 1);
}

/** `and` of the given conditions, skipping `undefined`; `undefined` when none are left. */
export function allOf(...exprs: (Expr | undefined)[]): Expr | undefined {
  const xs = exprs.filter((x): x is Expr => x !== undefined);
  if (xs.length === 0) return undefined;
  return xs.length === 1 ? xs[0] : { op: 'and', exprs: xs };
}

export type { Scalar };
