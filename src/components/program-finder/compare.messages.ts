/** Strings of the compare table, fetched with it (`compare-table.ts`) once a person opens the comparison. */
import { defineMessages } from '../../core/i18n/catalogue.js';

const en = {
  compareHeading: 'Compare programs',
  compareCaption: 'Side-by-side comparison of {count} programs',
  compareEmpty: 'Choose “Compare” on up to 4 programs to see them side by side.',
  backToResults: 'Back to results',
  removeFromCompare: 'Remove {name} from compare',
  row_center: 'Center',
  row_tracks: 'Hours and days per week',
  row_sessionTypes: 'Session types',
  row_duration: 'Usual length',
  row_format: 'Format',
  row_level: 'Level of care',
  row_payment: 'Payment',
  row_services: 'Services',
  row_languages: 'Languages',
  row_accreditation: 'Accreditation',
  row_nextOpening: 'Next opening',
  none: 'None listed',
} as const;

export type English = typeof en;
export const compareMessages = defineMessages(en, () => import('./compare.messages.es.js'));
