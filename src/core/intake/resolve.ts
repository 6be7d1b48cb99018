/**
 * Which pages and questions are visible for a set of answers, which answers count,
 * and the instrument scores — worked out together, because they depend on each other:
 * an answer to a hidden question does not count, and a question whose condition reads
 * a hidden question sees it as unanswered. The engine iterates until nothing changes
 * (at most {@link MAX_PASSES} passes; forms in practice settle in one or two).
 */
import type { AnswerValue, InstrumentId, InstrumentScore, Question } from '../schemas/index.js';
import { evaluate, isAnswered, readAnswer, toNumber } from './expressions.js';
import type { EvalContext } from './expressions.js';
import type { IntakePage } from './expand.js';
import type { InstrumentDefinition, ScoringSex } from './instruments/types.js';

export const MAX_PASSES = 8;

export type Answers = Readonly<Record<string, AnswerValue | undefined>>;

export interface Resolution {
  /** Answers of visible questions, in the shape their type expects; unanswered ones absent. */
  readonly answers: Readonly<Record<string, AnswerValue>>;
  readonly visiblePages: ReadonlySet<string>;
  readonly visibleQuestions: ReadonlySet<string>;
  /** Scores of the visible, complete instruments, in form order. */
  readonly scores: readonly InstrumentScore[];
  readonly scoreTotals: Readonly<Partial<Record<InstrumentId, number>>>;
  readonly context: EvalContext;
}

/**
 * The answer if it fits the question's type (numeric strings are accepted for numbers,
 * other strings are kept as typed), else `undefined`. Blank text and empty lists are unanswered.
 */
export function typedAnswer(question: Question, raw: unknown): AnswerValue | undefined {
  if (!isAnswered(raw)) return undefined;
  switch (question.type) {
    case 'display':
      return undefined;
    case 'yes-no':
    case 'consent':
      return typeof raw === 'boolean' ? raw : undefined;
    case 'number':
      return toNumber(raw);
    case 'multiple':
      return Array.isArray(raw) && raw.every((v) => typeof v === 'string') ? (raw as string[]) : undefined;
    default:
      return typeof raw === 'string' ? raw : undefined;
  }
}

export interface ResolveOptions {
  today: string;
  /** Question whose answer (`female` / `male`) sets AUDIT-C's threshold. */
  sexQuestions: readonly string[];
}

/** The sex used for AUDIT-C, read from the first of `questions` answered `female` or `male`. */
export function scoringSex(answers: Answers, questions: readonly string[]): ScoringSex {
  for (const q of questions) {
    const v = readAnswer(answers, q);
    if (v === 'female' || v === 'male') return v;
  }
  return undefined;
}

function computeScores(answers: Answers, sex: ScoringSex, instruments: readonly InstrumentDefinition[]) {
  const scores: InstrumentScore[] = [];
  const totals: Partial<Record<InstrumentId, number>> = {};
  for (const def of instruments) {
    const s = def.score(answers, { sex });
    if (s) {
      scores.push(s);
      totals[def.id] = s.total;
    }
  }
  return { scores, totals };
}

/** Instruments placed on the pages (expanded with their definitions), in order. */
export function definitionsOf(pages: readonly IntakePage[]): InstrumentDefinition[] {
  const out: InstrumentDefinition[] = [];
  for (const p of pages) for (const i of p.items) if (i.definition && !out.includes(i.definition)) out.push(i.definition);
  return out;
}

/** Ids of the instruments placed on the pages, in order. */
export function instrumentsOf(pages: readonly IntakePage[]): InstrumentId[] {
  return definitionsOf(pages).map((d) => d.id);
}

export function resolve(pages: readonly IntakePage[], raw: Answers, options: ResolveOptions): Resolution {
  const instruments = definitionsOf(pages);
  const all = new Map<string, Question>();
  for (const p of pages) for (const i of p.items) all.set(i.question.id, i.question);

  const typed = (keep: (id: string) => boolean): Record<string, AnswerValue> => {
    const out: Record<string, AnswerValue> = {};
    for (const [id, q] of all) {
      if (!keep(id)) continue;
      const v = typedAnswer(q, readAnswer(raw, id));
      if (v !== undefined) out[id] = v;
    }
    return out;
  };

  let answers = typed(() => true);
  let result: Resolution | undefined;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { scores, totals } = computeScores(answers, scoringSex(answers, options.sexQuestions), instruments);
    const context: EvalContext = { answers, scores: totals, today: options.today };
    const visiblePages = new Set<string>();
    const visibleQuestions = new Set<string>();
    for (const page of pages) {
      if (page.visibleIf && !evaluate(page.visibleIf, context)) continue;
      visiblePages.add(page.id);
      for (const item of page.items) if (!item.question.visibleIf || evaluate(item.question.visibleIf, context)) visibleQuestions.add(item.question.id);
    }
    const next = typed((id) => visibleQuestions.has(id));
    result = { answers: next, visiblePages, visibleQuestions, scores, scoreTotals: totals, context };
    if (sameKeys(next, answers)) break;
    answers = next;
  }
  return result!;
}

function sameKeys(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k));
}
