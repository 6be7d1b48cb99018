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
import { allOf } from './expressions.js';
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
