/**
 * Pure helpers for the reader: how far a family member got in a module (`module-progress.ts`), how a
 * knowledge-check answer scores, and the `iop-education-progress` event detail.
 * Nothing here identifies the reader: no names, no ids of people, no free text they typed.
 */
import type { Block } from '../schemas/education.js';

export type { ModuleProgressView, ModuleStatus, ProgressLike } from './module-progress.js';
export { moduleProgress } from './module-progress.js';

export type CheckBlock = Extract<Block, { type: 'check' }>;

export interface OptionFeedback {
  optionId: string;
  correct: boolean;
  /** The option's feedback text (inline markup: render it with `parseInline`). */
  feedback: string;
}

export interface CheckResult {
  /** The chosen options are exactly the correct ones. */
  correct: boolean;
  /** Feedback for each chosen option, in the order the options are shown. */
  feedback: OptionFeedback[];
  /**
   * 0–1. Single choice: 1 when right, else 0. Multiple choice: (correct options chosen −
   * wrong options chosen) / number of correct options, never below 0 — so choosing every
   * option does not score.
   */
  score: number;
}

/** Scores an answer. Unknown option ids are ignored; a repeated id counts once. */
export function checkResult(block: CheckBlock, selectedOptionIds: readonly string[]): CheckResult {
  const chosen = new Set(selectedOptionIds);
  const picked = block.options.filter((o) => chosen.has(o.id));
  const correctCount = block.options.filter((o) => o.correct).length;
  const hits = picked.filter((o) => o.correct).length;
  const misses = picked.length - hits;
  const feedback = picked.map((o) => ({ optionId: o.id, correct: o.correct, feedback: o.feedback }));
  if (!block.multiple) {
    const correct = picked.length === 1 && picked[0]!.correct;
    return { correct, feedback, score: correct ? 1 : 0 };
  }
  const correct = misses === 0 && hits === correctCount;
  const score = correctCount === 0 ? 0 : Math.max(0, (hits - misses) / correctCount);
  return { correct, feedback, score };
}

/**
 * The `progress` store keeps one string per knowledge check (`answers[checkId]`). Several
 * chosen options are joined with spaces, which an id can never contain.
 */
export function encodeAnswer(optionIds: readonly string[]): string {
  return [...new Set(optionIds)].join(' ');
}

export function decodeAnswer(answer: string | undefined): string[] {
  return answer ? answer.split(' ').filter(Boolean) : [];
}

export type ProgressVerb = 'experienced' | 'answered' | 'completed';

/** ADL's xAPI verb IRIs, so a center can forward the detail to an LRS as is. */
export const XAPI_VERBS: Record<ProgressVerb, string> = {
  experienced: 'http://adlnet.gov/expapi/verbs/experienced',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
};

/** `detail` of the `iop-education-progress` event: xAPI-like, without an actor. */
export interface EducationProgressDetail {
  verb: { id: string; display: ProgressVerb };
  object: { moduleId: string; blockId?: string };
  result?: { score?: { scaled: number }; success?: boolean; completion?: boolean };
  /** ISO 8601. */
  timestamp: string;
}

/**
 * Builds the event detail. `result` is the knowledge check's result for `answered`;
 * `completed` always carries `completion: true`.
 */
export function progressEvent(
  verb: ProgressVerb,
  moduleId: string,
  blockId?: string,
  result?: Pick<CheckResult, 'score' | 'correct'>,
  now: Date = new Date(),
): EducationProgressDetail {
  const detail: EducationProgressDetail = {
    verb: { id: XAPI_VERBS[verb], display: verb },
    object: blockId === undefined ? { moduleId } : { moduleId, blockId },
    timestamp: now.toISOString(),
  };
  const out: NonNullable<EducationProgressDetail['result']> = {};
  if (result) {
    const scaled = Number.isFinite(result.score) ? Math.min(1, Math.max(0, result.score)) : 0;
    out.score = { scaled };
    out.success = result.correct;
  }
  if (verb === 'completed') out.completion = true;
  if (Object.keys(out).length > 0) detail.result = out;
  return detail;
}
