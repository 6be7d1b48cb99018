/**
 * Recognising the kit's screeners in an imported Questionnaire by their codes, so an
 * imported PHQ-9 gets the kit's published scoring, bands and — for item 9 (LOINC
 * 44260-8) — the intake element's crisis safety, exactly like the built-in form.
 *
 * Inside one container (the Questionnaire's top level, or one group), an instrument is
 * recognised when
 * 1. every one of its items' LOINC codes is on an item there (PHQ-9, GAD-7, AUDIT-C), or
 * 2. every one of its items' kit codes (`urn:iop-kit:fhir:item`, written by the kit's own
 *    export for DAST-10 and CRAFFT) is, or
 * 3. the container (or the Questionnaire) carries the instrument's LOINC panel code and
 *    has exactly as many answerable items as the instrument: they are matched in order.
 * Total-score items (the instrument's total code, or read-only number items in a
 * recognised container) are dropped: the kit computes the score itself.
 */
import type { InstrumentId } from '../schemas/index.js';
import { INSTRUMENT_DEFINITIONS } from '../intake/instruments/index.js';
import { INSTRUMENT_CODES, totalLinkId } from './codes.js';
import { isObj, list, type Obj } from './import-read.js';

export interface InstrumentMatch {
  instrument: InstrumentId;
  /** Item → the kit's item id (`phq9-1` …). */
  items: Map<Obj, string>;
  /** Total-score items to drop. */
  totals: Set<Obj>;
  /** How it was recognised (for the warning). */
  by: 'LOINC item codes' | 'kit item codes' | 'LOINC panel code';
}

export const codesOf = (item: Obj): string[] =>
  list(item.code).flatMap((c) => (isObj(c) && typeof c.code === 'string' ? [c.code] : []));

const ANSWERABLE = new Set(['boolean', 'decimal', 'integer', 'choice', 'open-choice', 'string', 'text', 'date']);

const answerableIds = (id: InstrumentId) => INSTRUMENT_DEFINITIONS[id].items.filter((q) => q.type !== 'display').map((q) => q.id);

function isTotal(item: Obj, id: InstrumentId): boolean {
  const codes = codesOf(item);
  const total = INSTRUMENT_CODES[id].total;
  return (total !== undefined && codes.includes(total)) || codes.includes(totalLinkId(id));
}

/** Instruments found among `children` (direct items of one container). */
export function matchInstruments(children: readonly unknown[], containerCodes: readonly string[]): InstrumentMatch[] {
  const items = children.filter(isObj);
  const taken = new Set<Obj>();
  const matches: InstrumentMatch[] = [];
  for (const id of Object.keys(INSTRUMENT_DEFINITIONS) as InstrumentId[]) {
    const codes = INSTRUMENT_CODES[id];
    const kitIds = answerableIds(id);
    const byCode = (wanted: readonly string[]): Map<Obj, string> | undefined => {
      const map = new Map<Obj, string>();
      wanted.forEach((code, i) => {
        const hit = items.find((it) => !taken.has(it) && !map.has(it) && codesOf(it).includes(code));
        if (hit) map.set(hit, kitIds[i]!);
      });
      return map.size === wanted.length ? map : undefined;
    };
    let found: Map<Obj, string> | undefined;
    let by: InstrumentMatch['by'] = 'LOINC item codes';
    if (codes.items) found = byCode(codes.items);
    if (!found) {
      found = byCode(kitIds);
      by = 'kit item codes';
    }
    if (!found && codes.panel && containerCodes.includes(codes.panel)) {
      const candidates = items.filter((it) => !taken.has(it) && typeof it.type === 'string' && ANSWERABLE.has(it.type) && !isTotal(it, id) && it.readOnly !== true);
      if (candidates.length === kitIds.length) {
        found = new Map(candidates.map((it, i) => [it, kitIds[i]!]));
        by = 'LOINC panel code';
      }
    }
    if (!found) continue;
    for (const it of found.keys()) taken.add(it);
    const totals = new Set(items.filter((it) => !taken.has(it) && (isTotal(it, id) || (by === 'LOINC panel code' && it.readOnly === true && (it.type === 'integer' || it.type === 'decimal')))));
    for (const t of totals) taken.add(t);
    matches.push({ instrument: id, items: found, totals, by });
  }
  return matches;
}

export const INSTRUMENT_NAMES: Record<InstrumentId, string> = { phq9: 'PHQ-9', gad7: 'GAD-7', 'audit-c': 'AUDIT-C', dast10: 'DAST-10', crafft: 'CRAFFT' };
