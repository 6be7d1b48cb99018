/** The standardized screeners the kit ships, by id (DESIGN.md §8). */
import type { InstrumentId } from '../../schemas/index.js';
import { auditC } from './audit-c.js';
import { crafft } from './crafft.js';
import { dast10 } from './dast10.js';
import { gad7 } from './gad7.js';
import { phq9 } from './phq9.js';
import type { InstrumentDefinition } from './types.js';

export const INSTRUMENT_DEFINITIONS: Readonly<Record<InstrumentId, InstrumentDefinition>> = Object.freeze({
  phq9,
  gad7,
  'audit-c': auditC,
  dast10,
  crafft,
});

export function instrumentDefinition(id: InstrumentId): InstrumentDefinition {
  return INSTRUMENT_DEFINITIONS[id];
}

/** The instrument an item id belongs to (`phq9-9` → `phq9`), or `undefined`. */
export function instrumentOfItem(questionId: string): InstrumentId | undefined {
  for (const def of Object.values(INSTRUMENT_DEFINITIONS)) if (def.items.some((i) => i.id === questionId)) return def.id;
  return undefined;
}

export type { Answers, InstrumentDefinition, LocalText, ScoreOptions, ScoringSex } from './types.js';
export { auditC, auditCThreshold, AUDIT_C_POSITIVE_AT } from './audit-c.js';
export { crafft, CRAFFT_ANY_USE, CRAFFT_ATTRIBUTION, CRAFFT_POSITIVE_AT } from './crafft.js';
export { dast10, DAST10_BANDS, DAST10_POSITIVE_AT, DAST10_REVERSED_ITEM } from './dast10.js';
export { gad7, GAD7_BANDS, GAD7_POSITIVE_AT } from './gad7.js';
export { phq9, PHQ9_BANDS, PHQ9_CRISIS_ITEM, PHQ9_POSITIVE_AT, FREQUENCY_2_WEEKS } from './phq9.js';
