/**
 * Expands an `IntakeForm` into the pages and items the person actually sees:
 * instrument references become their items (ids `<instrument>-<n>`), each item's
 * `visibleIf` is combined with its instrument reference's, and the adolescent switch
 * is applied.
 *
 * **Adolescent switch** (on by default, `adolescentSwitch: false` turns it off). It needs
 * a date question for the date of birth — id `dob` unless `dobQuestion` names another.
 * When the form has one:
 * - AUDIT-C and DAST-10 are shown only when the age from that date is *not* under 18
 *   (an unanswered date counts as an adult, so the adult screens show by default);
 * - CRAFFT 2.1 is shown only when the age is under 18. If the form places no CRAFFT
 *   itself, the kit inserts it just before the first AUDIT-C or DAST-10 reference,
 *   with that reference's own `visibleIf`, so teens see it in the same place.
 * Without a date-of-birth question nothing is switched.
 */
import type { Expr, InstrumentId, IntakeForm, Page, PageItem, Question, Text } from '../schemas/index.js';
import { allOf, referencedQuestions } from './expressions.js';
import { instrumentItemTypes } from './instruments/load.js';
import type { InstrumentSet } from './instruments/load.js';
import type { InstrumentDefinition } from './instruments/types.js';

export interface ExpandOptions {
  /** The date-of-birth question (a `date`) the adolescent switch reads. Default `'dob'`. */
  dobQuestion?: string;
  /** Replace AUDIT-C and DAST-10 by CRAFFT under 18. Default `true`. */
  adolescentSwitch?: boolean;
}

/** One question on a page, ready to render: its `visibleIf` already includes its instrument reference's. */
export interface IntakeItem {
  readonly question: Question;
  readonly pageId: string;
  /** Set for the items (and stem) of a standardized screener… */
  readonly instrument?: InstrumentId;
  /** …with its definition (title, attribution, scoring). */
  readonly definition?: InstrumentDefinition;
}

export interface IntakePage {
  readonly id: string;
  readonly title: Text;
  readonly description?: Text;
  readonly visibleIf?: Expr;
  readonly items: readonly IntakeItem[];
}

export const ADOLESCENT_AGE = 18;

const SUBSTANCE_ADULT: readonly InstrumentId[] = ['audit-c', 'dast10'];

function instrumentItems(instruments: InstrumentSet, instrument: InstrumentId, pageId: string, refVisibleIf: Expr | undefined): IntakeItem[] {
  const definition = instruments[instrument];
  if (!definition) throw new Error(`instrument "${instrument}" is not loaded (see loadInstruments)`);
  return definition.items.map((q) => {
    const visibleIf = allOf(refVisibleIf, q.visibleIf);
    const question = { ...q, ...(visibleIf ? { visibleIf } : {}) } as Question;
    return { question, pageId, instrument, definition };
  });
}

function hasDateQuestion(form: IntakeForm, id: string): boolean {
  return form.pages.some((p) => p.items.some((i) => i.type === 'date' && i.id === id));
}

/**
 * Pages with instruments expanded and the adolescent switch applied. `instruments` must hold
 * every instrument in `instrumentsNeeded(form)` (all of them: `INSTRUMENT_DEFINITIONS`).
 */
export function expandFormWith(form: IntakeForm, instruments: InstrumentSet, options: ExpandOptions = {}): IntakePage[] {
  const dob = options.dobQuestion ?? 'dob';
  const switching = options.adolescentSwitch !== false && hasDateQuestion(form, dob);
  const teen: Expr = { op: 'lt', ageOf: dob, value: ADOLESCENT_AGE };
  const adult: Expr = { op: 'not', expr: teen };
  const formHasCrafft = form.pages.some((p) => p.items.some((i) => i.type === 'instrument' && i.instrument === 'crafft'));
  let crafftPlaced = formHasCrafft;
  const seen = new Set<InstrumentId>();

  return form.pages.map((page: Page) => {
    const items: IntakeItem[] = [];
    for (const item of page.items as PageItem[]) {
      if (item.type !== 'instrument') {
        items.push({ question: item, pageId: page.id });
        continue;
      }
      if (seen.has(item.instrument)) continue; // a second copy would repeat the same item ids
      const adultScreen = SUBSTANCE_ADULT.includes(item.instrument);
      if (switching && adultScreen && !crafftPlaced) {
        crafftPlaced = true;
        seen.add('crafft');
        items.push(...instrumentItems(instruments, 'crafft', page.id, allOf(item.visibleIf, teen)));
      }
      seen.add(item.instrument);
      const gate = !switching ? undefined : adultScreen ? adult : item.instrument === 'crafft' ? teen : undefined;
      items.push(...instrumentItems(instruments, item.instrument, page.id, allOf(item.visibleIf, gate)));
    }
    return {
      id: page.id,
      title: page.title,
      ...(page.description !== undefined ? { description: page.description } : {}),
      ...(page.visibleIf !== undefined ? { visibleIf: page.visibleIf } : {}),
      items,
    };
  });
}

/** A problem that makes a form misbehave although it passes the schema. */
export interface FormProblem {
  /** Where: `pages[2].items[0].visibleIf`, `flags[1].when`. */
  path: string;
  message: string;
}

/**
 * Checks what the schema cannot: every expression names questions that exist (and
 * `ageOf` names a date question), no form question reuses an instrument item id, no
 * instrument is placed twice. An empty list means the form is sound.
 */
export function checkForm(form: IntakeForm, options: ExpandOptions = {}): FormProblem[] {
  const problems: FormProblem[] = [];
  const instrumentTypes = instrumentItemTypes();
  const types = new Map<string, Question['type']>();
  const placed = new Set<InstrumentId>();
  form.pages.forEach((page, p) =>
    page.items.forEach((item, i) => {
      if (item.type === 'instrument') {
        if (placed.has(item.instrument)) problems.push({ path: `pages[${p}].items[${i}]`, message: `instrument "${item.instrument}" is placed more than once` });
        placed.add(item.instrument);
      } else {
        if (instrumentTypes.has(item.id)) problems.push({ path: `pages[${p}].items[${i}].id`, message: `"${item.id}" is an instrument item id; choose another` });
        types.set(item.id, item.type);
      }
    }),
  );
  for (const [id, type] of instrumentTypes) types.set(id, type);

  const check = (expr: Expr | undefined, path: string) => {
    if (!expr) return;
    for (const id of referencedQuestions(expr)) {
      const type = types.get(id);
      if (type === undefined) problems.push({ path, message: `refers to question "${id}", which the form does not have` });
      else if (type === 'display') problems.push({ path, message: `refers to "${id}", which is display text and has no answer` });
    }
    for (const id of ageOfIds(expr)) if (types.has(id) && types.get(id) !== 'date') problems.push({ path, message: `ageOf "${id}" must name a date question` });
  };
  form.pages.forEach((page, p) => {
    check(page.visibleIf, `pages[${p}].visibleIf`);
    page.items.forEach((item, i) => {
      check(item.visibleIf, `pages[${p}].items[${i}].visibleIf`);
      if (item.type !== 'instrument' && item.type !== 'display') check(item.requiredIf, `pages[${p}].items[${i}].requiredIf`);
    });
  });
  (form.flags ?? []).forEach((rule, f) => check(rule.when, `flags[${f}].when`));
  const dob = options.dobQuestion;
  if (dob !== undefined && types.get(dob) !== 'date') problems.push({ path: 'dobQuestion', message: `"${dob}" is not a date question of this form` });
  return problems;
}

function ageOfIds(expr: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 64 || !expr || typeof expr !== 'object') return out;
  const e = expr as Record<string, unknown>;
  if (typeof e['ageOf'] === 'string') out.push(e['ageOf']);
  if (e['op'] === 'not') ageOfIds(e['expr'], out, depth + 1);
  if (Array.isArray(e['exprs'])) for (const x of e['exprs']) ageOfIds(x, out, depth + 1);
  return out;
}
