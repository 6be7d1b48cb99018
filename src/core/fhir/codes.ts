/**
 * Code systems, extension URLs and the LOINC codes of the screeners the kit ships.
 *
 * LOINC codes, checked against LOINC's published panels:
 * - PHQ-9 panel 44249-1 and its items, in order 44250-9, 44255-8, 44259-0, 44254-1, 44251-7,
 *   44258-2, 44252-5, 44253-3, 44260-8 (item 9, thoughts of self-harm); total 44261-6.
 *   Source: https://loinc.org/44249-1 and the PHQ-SADS panel https://loinc.org/69729-2
 *   (which lists every PHQ-9 and GAD-7 item), https://loinc.org/44261-6 (total).
 *   Answers: LOINC answer list LL358-3 — LA6568-5 Not at all, LA6569-3 Several days,
 *   LA6570-1 More than half the days, LA6571-9 Nearly every day (as in LOINC's
 *   Questionnaire http://loinc.org/q/44249-1).
 * - GAD-7 panel 69737-5; items 69725-0, 68509-9, 69733-4, 69734-2, 69735-9, 69689-8,
 *   69736-7; total 70274-6 (https://loinc.org/69737-5, https://loinc.org/69729-2). Same answer list.
 * - AUDIT-C panel 72109-2 (https://loinc.org/72109-2); items 68518-0, 68519-8, 68520-6 (the
 *   first three AUDIT questions, https://loinc.org/72110-0); total 75626-2 (https://loinc.org/75626-2).
 *   AUDIT-C answer codes are not used here (the kit's own option codes are exported).
 * - DAST-10 panel 82666-9, total 82667-7 (https://loinc.org/82667-7). Per-item LOINC codes
 *   were not verified, so the items carry the kit's own item codes ({@link KIT_ITEM_SYSTEM}).
 * - CRAFFT panel 71942-7 (https://loinc.org/71942-7, "Car, Relax, Alone, Forget, Friends,
 *   Trouble Screening Test"). Whether that panel is CRAFFT 2.1 (with the days-of-use Part A)
 *   and its item and total codes were not verified: items and total carry kit codes only.
 */
import type { InstrumentId } from '../schemas/index.js';

export const LOINC = 'http://loinc.org';
/** The kit's own codes for instrument items that have no verified LOINC code (`dast10-3`, …). */
export const KIT_ITEM_SYSTEM = 'urn:iop-kit:fhir:item';
/** The kit's option codes (an option's `value`). */
export const KIT_OPTION_SYSTEM = 'urn:iop-kit:fhir:option';
export const KIT_CONSENT_SYSTEM = 'urn:iop-kit:fhir:consent';
export const KIT_SUBMISSION_SYSTEM = 'urn:iop-kit:submission';
export const KIT_QUESTIONNAIRE_BASE = 'urn:iop-kit:questionnaire:';

/** Extensions the kit writes for what FHIR Questionnaire has no element for (read back on import). */
export const EXT = {
  questionType: 'urn:iop-kit:fhir:extension:question-type',
  consentVersion: 'urn:iop-kit:fhir:extension:consent-version',
  autocomplete: 'urn:iop-kit:fhir:extension:autocomplete',
  visibleIf: 'urn:iop-kit:fhir:extension:visible-if',
  requiredIf: 'urn:iop-kit:fhir:extension:required-if',
  flagRules: 'urn:iop-kit:fhir:extension:flag-rules',
  exclusive: 'urn:iop-kit:fhir:extension:exclusive',
  flag: 'urn:iop-kit:fhir:extension:flag',
  band: 'urn:iop-kit:fhir:extension:band',
  // Standard extensions (FHIR R4 core and SDC):
  ordinalValue: 'http://hl7.org/fhir/StructureDefinition/ordinalValue',
  itemWeight: 'http://hl7.org/fhir/StructureDefinition/itemWeight',
  translation: 'http://hl7.org/fhir/StructureDefinition/translation',
  itemControl: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
  minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
  maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
  unit: 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit',
  regex: 'http://hl7.org/fhir/StructureDefinition/regex',
  hidden: 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden',
} as const;

/** Older and vendor spellings of the score extensions, accepted on import. */
export const SCORE_EXTENSIONS = new Set<string>([
  EXT.ordinalValue,
  EXT.itemWeight,
  'http://hl7.org/fhir/StructureDefinition/questionnaire-ordinalValue',
  'http://hl7.org/fhir/StructureDefinition/iso21090-CO-value',
]);

export const ITEM_CONTROL_SYSTEM = 'http://hl7.org/fhir/questionnaire-item-control';

export interface InstrumentCodes {
  panel?: string;
  /** LOINC code of each answerable item, in the kit's order; `undefined` when not verified. */
  items?: readonly string[];
  total?: string;
  /** LOINC answer codes of the options "0", "1", …; `undefined` when the kit's own codes are used. */
  answers?: readonly string[];
}

const FREQUENCY_ANSWERS = ['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9'] as const;

export const INSTRUMENT_CODES: Readonly<Record<InstrumentId, InstrumentCodes>> = {
  phq9: {
    panel: '44249-1',
    items: ['44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3', '44260-8'],
    total: '44261-6',
    answers: FREQUENCY_ANSWERS,
  },
  gad7: {
    panel: '69737-5',
    items: ['69725-0', '68509-9', '69733-4', '69734-2', '69735-9', '69689-8', '69736-7'],
    total: '70274-6',
    answers: FREQUENCY_ANSWERS,
  },
  'audit-c': { panel: '72109-2', items: ['68518-0', '68519-8', '68520-6'], total: '75626-2' },
  dast10: { panel: '82666-9', total: '82667-7' },
  crafft: { panel: '71942-7' },
};

/** PHQ-9 item 9: any answer above 0 shows crisis help at once (DESIGN.md §5). */
export const PHQ9_ITEM9_LOINC = '44260-8';

/** linkId of the total-score item the kit exports inside each instrument group. */
export const totalLinkId = (instrument: InstrumentId): string => `${instrument}-total`;
