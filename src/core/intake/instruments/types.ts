/**
 * Shape of a standardized screener as the kit ships it: its items (ordinary form
 * questions with fixed ids `<instrument>-<n>`), its source and licence, and its
 * published scoring. A form places one with `{ "type": "instrument", "instrument": "phq9" }`.
 *
 * Partial answers: a score is reported only when **every** item the person was asked
 * (every visible, required item) is answered; otherwise `score()` returns `undefined`
 * and the submission carries no score for that instrument. A half-answered screener
 * is not a low score.
 */
import type { AnswerValue, InstrumentId, InstrumentScore, Question } from '../../schemas/index.js';
import type { Option } from '../../schemas/index.js';
import { readAnswer } from '../expressions.js';

export type LocalText = { en: string; es: string };
export type Answers = Readonly<Record<string, AnswerValue | undefined>>;

/** Sex used for sex-specific thresholds (AUDIT-C). `undefined` when not known. */
export type ScoringSex = 'female' | 'male' | undefined;

export interface ScoreOptions {
  sex?: ScoringSex;
}

export interface InstrumentDefinition {
  readonly id: InstrumentId;
  /** Name to show above the items ("About your mood"); never a diagnosis. */
  readonly title: LocalText;
  /** Published name and citation, for the element's small print and for clinicians. */
  readonly source: string;
  /** Text that must be shown with the instrument (CRAFFT's copyright notice); `undefined` when none is required. */
  readonly attribution?: LocalText;
  /**
   * Items in order. A `display` item carries the stem ("Over the last 2 weeks…");
   * answerable items are `scale` (option values are the item's score as a string),
   * `yes-no` (stored as booleans) or `number`.
   */
  readonly items: readonly Question[];
  /** Item ids whose answer indicates a risk of self-harm (PHQ-9 item 9). */
  readonly crisisItems: readonly string[];
  /** Whether `answers` already indicate a crisis (reported at once, even before the instrument is complete). */
  crisis(answers: Answers): boolean;
  /**
   * The published score, or `undefined` unless every item the person is asked is answered
   * (CRAFFT works out from Part A which Part B items were asked).
   */
  score(answers: Answers, options?: ScoreOptions): InstrumentScore | undefined;
}

export const t = (en: string, es: string): LocalText => ({ en, es });

/** "Not at all" … "Nearly every day": the answers of PHQ-9 and GAD-7. */
export const FREQUENCY_2_WEEKS: LocalText[] = [
  t('Not at all', 'Ningún día'),
  t('Several days', 'Varios días'),
  t('More than half the days', 'Más de la mitad de los días'),
  t('Nearly every day', 'Casi todos los días'),
];

/** Scale options whose value is the item score as a string: `"0"` … `"n"`. */
export function scaleOptions(labels: readonly LocalText[]): Option[] {
  return labels.map((label, i) => ({ value: String(i), label, score: i }));
}

/** A required scale item. */
export function scaleItem(id: string, text: LocalText, options: Option[], help?: LocalText): Question {
  return { id, type: 'scale', text, options, required: true, ...(help ? { help } : {}) };
}

/** A required yes/no item (answers stored as `true`/`false`). */
export function yesNoItem(id: string, text: LocalText): Question {
  return { id, type: 'yes-no', text, required: true };
}

/** The points an item's answer is worth; `undefined` when unanswered or not a valid answer. */
export function itemPoints(item: Question, answers: Answers): number | undefined {
  const a = readAnswer(answers, item.id);
  if (item.type === 'yes-no') return typeof a === 'boolean' ? (a ? 1 : 0) : undefined;
  if (item.type === 'scale' || item.type === 'single' || item.type === 'select') {
    if (typeof a !== 'string') return undefined;
    return item.options.find((o) => o.value === a)?.score;
  }
  return undefined;
}

/** Sum of the points of `items`; `undefined` as soon as one is unanswered. */
export function sumPoints(items: readonly Question[], answers: Answers, points = itemPoints): number | undefined {
  let total = 0;
  for (const item of items) {
    if (item.type === 'display') continue;
    const p = points(item, answers);
    if (p === undefined) return undefined;
    total += p;
  }
  return total;
}

/** Picks the band whose lower bound is the highest one ≤ `total`. `bands` is in ascending order. */
export function bandFor(total: number, bands: readonly (readonly [min: number, name: string])[]): string {
  let name = bands[0]![1];
  for (const [min, n] of bands) if (total >= min) name = n;
  return name;
}
