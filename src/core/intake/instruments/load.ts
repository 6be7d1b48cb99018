/**
 * The screeners a form uses, fetched with the form: each instrument (its items in English and
 * Spanish and its scoring) is its own chunk, so a page whose form has no PHQ-9 never downloads
 * it. The element loads `instrumentsNeeded(form)` together with the form, before its first
 * page is shown; a form is never run without the scoring and crisis rules of a screener it
 * places (a chunk that cannot be fetched fails the load, like the form itself).
 *
 * Everything else about the instruments that the engine needs before they are loaded (which
 * item ids are reserved, of which type) is in the small table below, checked against the
 * definitions by test/core/intake/instruments.test.ts.
 */
import type { InstrumentId, IntakeForm } from '../../schemas/index.js';
import type { InstrumentDefinition } from './types.js';

/** Instrument definitions by id: the ones a form uses (see {@link loadInstruments}) or all of them. */
export type InstrumentSet = Readonly<Partial<Record<InstrumentId, InstrumentDefinition>>>;

const LOADERS: Record<InstrumentId, () => Promise<InstrumentDefinition>> = {
  phq9: async () => (await import('./phq9.js')).phq9,
  gad7: async () => (await import('./gad7.js')).gad7,
  'audit-c': async () => (await import('./audit-c.js')).auditC,
  dast10: async () => (await import('./dast10.js')).dast10,
  crafft: async () => (await import('./crafft.js')).crafft,
};

/**
 * The instruments a form places, plus CRAFFT when it places AUDIT-C or DAST-10 (the adolescent
 * switch may put CRAFFT in their place; see expand.ts).
 */
export function instrumentsNeeded(form: IntakeForm): InstrumentId[] {
  const ids = new Set<InstrumentId>();
  for (const page of form.pages) for (const item of page.items) if (item.type === 'instrument') ids.add(item.instrument);
  if (ids.has('audit-c') || ids.has('dast10')) ids.add('crafft');
  return [...ids];
}

/** Fetches the definitions of `ids`. Rejects when a chunk cannot be fetched (offline): the caller retries. */
export async function loadInstruments(ids: Iterable<InstrumentId>): Promise<InstrumentSet> {
  const list = [...ids];
  const defs = await Promise.all(list.map((id) => LOADERS[id]()));
  return Object.fromEntries(defs.map((d) => [d.id, d]));
}
