/**
 * The intake form engine: one session per form. Pure with respect to answers —
 * every method takes the current answers (a plain object, treated as immutable: pass a
 * new object after each change) and returns what to show, what is wrong, the scores and
 * the flags. The last resolution is memoised by the identity of the answers object, so
 * calling several methods for one render does the work once.
 *
 * @example
 * const session = new FormSession(form, await loadInstruments(instrumentsNeeded(form)));
 * const pages = session.visiblePages(answers);
 * const items = session.visibleItems(pages[0], answers);
 * const errors = session.validatePage(pages[0], answers, 'es');
 * if (session.crisisNow(answers)) showCrisisHelp();
 */
import type { Flag, InstrumentId, InstrumentScore, IntakeForm, Question } from '../schemas/index.js';
import { FLAGS } from '../schemas/flags.js';
import type { Locale } from '../locale.js';
import { ageOn, todayIso } from '../validators.js';
import { evaluate, isAnswered, readAnswer, referencedQuestions } from './expressions.js';
import { ADOLESCENT_AGE, expandFormWith } from './expand.js';
import type { IntakeItem, IntakePage } from './expand.js';
import type { InstrumentSet } from './instruments/load.js';
import type { InstrumentDefinition } from './instruments/types.js';
import type { ValidationError } from './messages.js';
import { definitionsOf, resolve } from './resolve.js';
import type { Answers, Resolution } from './resolve.js';
import { validateAnswer } from './validate.js';

export interface IntakeSessionOptions {
  /** Today's date (`YYYY-MM-DD`) for ages and "not in the future" checks. Default: the device's local date. */
  today?: () => string;
  /** The date-of-birth question for ages, the adolescent switch and the `adolescent` flag. Default `'dob'`. */
  dobQuestion?: string;
  /**
   * Questions whose answer `female` / `male` sets AUDIT-C's threshold (first answered wins).
   * Default `['sex-at-birth', 'sex']`. Unknown sex uses the lower threshold (see audit-c.ts).
   */
  sexQuestions?: readonly string[];
  /** CRAFFT instead of AUDIT-C and DAST-10 under 18 (see form-model.ts). Default `true`. */
  adolescentSwitch?: boolean;
}

/** A visible item with whether it must be answered now (`required` or a true `requiredIf`). */
export interface VisibleItem extends IntakeItem {
  readonly required: boolean;
}

/**
 * The engine session for a form whose instruments are at hand: `instruments` holds every one
 * in `instrumentsNeeded(form)` (the element fetches just those, see instruments/load.ts).
 * `IntakeSession` (engine.ts) is this with every instrument the kit ships.
 */
export class FormSession {
  readonly form: IntakeForm;
  /** Every page, instruments expanded (visible or not). */
  readonly pages: readonly IntakePage[];
  /** Instruments placed on the form, in order (CRAFFT included when the adolescent switch added it). */
  readonly instruments: readonly InstrumentId[];
  readonly dobQuestion: string;
  private readonly todayFn: () => string;
  private readonly sexQuestions: readonly string[];
  private readonly definitions: readonly InstrumentDefinition[];
  private readonly byId = new Map<string, IntakeItem>();
  private readonly pageById = new Map<string, IntakePage>();
  private memo: { answers: Answers; today: string; result: Resolution } | undefined;

  constructor(form: IntakeForm, instruments: InstrumentSet, options: IntakeSessionOptions = {}) {
    this.form = form;
    this.dobQuestion = options.dobQuestion ?? 'dob';
    this.todayFn = options.today ?? (() => todayIso());
    this.sexQuestions = options.sexQuestions ?? ['sex-at-birth', 'sex'];
    this.pages = expandFormWith(form, instruments, { dobQuestion: this.dobQuestion, ...(options.adolescentSwitch !== undefined ? { adolescentSwitch: options.adolescentSwitch } : {}) });
    this.definitions = definitionsOf(this.pages);
    this.instruments = this.definitions.map((d) => d.id);
    for (const page of this.pages) {
      this.pageById.set(page.id, page);
      for (const item of page.items) this.byId.set(item.question.id, item);
    }
  }

  /** Today as the session sees it. */
  today(): string {
    return this.todayFn();
  }

  /** Visibility, counted answers and scores for `answers` (memoised on the object's identity and today's date). */
  resolve(answers: Answers): Resolution {
    const today = this.todayFn();
    if (this.memo && this.memo.answers === answers && this.memo.today === today) return this.memo.result;
    const result = resolve(this.pages, answers ?? {}, { today, sexQuestions: this.sexQuestions });
    this.memo = { answers, today, result };
    return result;
  }

  page(id: string): IntakePage | undefined {
    return this.pageById.get(id);
  }

  /** The item (question, page, instrument) with this id, visible or not. */
  item(questionId: string): IntakeItem | undefined {
    return this.byId.get(questionId);
  }

  question(questionId: string): Question | undefined {
    return this.byId.get(questionId)?.question;
  }

  /** Pages whose `visibleIf` holds, in order. A page whose items are all hidden is left out too. */
  visiblePages(answers: Answers): IntakePage[] {
    const r = this.resolve(answers);
    return this.pages.filter((p) => r.visiblePages.has(p.id) && p.items.some((i) => r.visibleQuestions.has(i.question.id)));
  }

  /** The visible items of a page, in order, each with whether it is required now. */
  visibleItems(page: IntakePage | string, answers: Answers): VisibleItem[] {
    const p = typeof page === 'string' ? this.pageById.get(page) : page;
    if (!p) return [];
    const r = this.resolve(answers);
    if (!r.visiblePages.has(p.id)) return [];
    return p.items.filter((i) => r.visibleQuestions.has(i.question.id)).map((i) => ({ ...i, required: this.requiredIn(i.question, r) }));
  }

  isVisible(questionId: string, answers: Answers): boolean {
    return this.resolve(answers).visibleQuestions.has(questionId);
  }

  /** Whether a visible question must be answered now. Hidden questions are never required. */
  isRequired(questionId: string, answers: Answers): boolean {
    const r = this.resolve(answers);
    const q = this.question(questionId);
    return !!q && r.visibleQuestions.has(questionId) && this.requiredIn(q, r);
  }

  private requiredIn(q: Question, r: Resolution): boolean {
    if (q.type === 'display') return false;
    return q.required === true || (q.requiredIf !== undefined && evaluate(q.requiredIf, r.context));
  }

  /**
   * Problems with the answers on one page, one per question at most, in page order
   * (the order of an error summary). Message keys and params; dates in params are
   * formatted for `locale`. Translate with `validationMessage(error, locale)`.
   */
  validatePage(page: IntakePage | string, answers: Answers, locale: Locale = 'en'): ValidationError[] {
    const today = this.todayFn();
    const errors: ValidationError[] = [];
    for (const item of this.visibleItems(page, answers)) {
      const q = item.question;
      const e = validateAnswer(q, readAnswer(answers, q.id), {
        today,
        locale,
        required: item.required,
        isBirthDate: q.type === 'date' && (q.id === this.dobQuestion || q.autocomplete === 'bday'),
      });
      if (e) errors.push(e);
    }
    return errors;
  }

  /** Problems on every visible page (for the review page and before submitting). */
  validateAll(answers: Answers, locale: Locale = 'en'): ValidationError[] {
    return this.visiblePages(answers).flatMap((p) => this.validatePage(p, answers, locale));
  }

  /** The first visible page with a problem, or `undefined` when the whole form is ready to submit. */
  firstInvalidPage(answers: Answers): IntakePage | undefined {
    return this.visiblePages(answers).find((p) => this.validatePage(p, answers).length > 0);
  }

  /** Answers of visible questions only, typed; what a submission carries (before trimming). */
  visibleAnswers(answers: Answers): Readonly<Record<string, string | number | boolean | string[]>> {
    return this.resolve(answers).answers;
  }

  /** Scores of visible instruments whose every asked item is answered. */
  scores(answers: Answers): InstrumentScore[] {
    return [...this.resolve(answers).scores];
  }

  /** Age in whole years from the date-of-birth answer, or `undefined`. */
  age(answers: Answers, today = this.todayFn()): number | undefined {
    const dob = readAnswer(answers, this.dobQuestion);
    if (typeof dob !== 'string') return undefined;
    const age = ageOn(dob, today);
    return Number.isFinite(age) && age >= 0 ? age : undefined;
  }

  /**
   * Flags for the submission, in the contract's order: the form's flag rules (on visible
   * answers), `crisis` from any crisis-indicating answer (see {@link crisisNow}), and
   * `adolescent` when the age from the date of birth is under 18.
   */
  flags(answers: Answers, today = this.todayFn()): Flag[] {
    const r = today === this.todayFn() ? this.resolve(answers) : resolve(this.pages, answers, { today, sexQuestions: this.sexQuestions });
    const raised = new Set<Flag>();
    for (const rule of this.form.flags ?? []) if (evaluate(rule.when, r.context)) raised.add(rule.flag);
    if (this.crisisNow(answers)) raised.add('crisis');
    const age = this.age(r.answers, today);
    if (age !== undefined && age < ADOLESCENT_AGE) raised.add('adolescent');
    return FLAGS.filter((f) => raised.has(f));
  }

  /**
   * Whether any answer indicates a risk of self-harm **right now**: PHQ-9 item 9 above 0
   * or a true `crisis` flag rule. Deliberately sticky for safety: it reads visible answers
   * *and* stored answers that a later change hid (someone who said it and then changed an
   * earlier answer still said it). Changing the crisis answer itself clears it.
   */
  crisisNow(answers: Answers): boolean {
    return this.crisis(answers).raised;
  }

  /**
   * Question ids whose answers raised the crisis, so the element can show help on the
   * page where it was said (`session.item(id).pageId`). Empty when there is no crisis.
   */
  crisisSources(answers: Answers): string[] {
    return this.crisis(answers).sources;
  }

  private crisis(answers: Answers): { raised: boolean; sources: string[] } {
    const r = this.resolve(answers);
    const stored = answers ?? {};
    const all = { answers: stored, scores: r.scoreTotals, today: r.context.today };
    let raised = false;
    const sources = new Set<string>();
    for (const def of this.definitions) {
      if (!def.crisis(stored) && !def.crisis(r.answers)) continue;
      raised = true;
      for (const q of def.crisisItems) sources.add(q);
    }
    for (const rule of this.form.flags ?? []) {
      if (rule.flag !== 'crisis' || !(evaluate(rule.when, r.context) || evaluate(rule.when, all))) continue;
      raised = true;
      for (const q of referencedQuestions(rule.when)) if (this.byId.has(q) && isAnswered(readAnswer(stored, q))) sources.add(q);
    }
    return { raised, sources: [...sources] };
  }
}
