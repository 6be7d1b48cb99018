/** Strings of "nothing matches", fetched with it (`empty-result.ts`) when filters leave no program. */
import { defineMessages } from '../../core/i18n/catalogue.js';

const en = {
  emptyHeading: 'No programs match {filters}.',
  emptyClearing: 'Clearing “{facet}” would show {count}.',
  clearFacet: 'Clear “{facet}”',
  blocker_query: 'Search',
  blocker_busy: 'Fits my week',
  short_focus: 'Focus',
  short_levelOfCare: 'Level of care',
  short_format: 'Format',
  short_times: 'Time of day',
  short_populations: 'Who it is for',
  short_languages: 'Language',
  short_payment: 'Payment',
  short_services: 'Services',
} as const;

export type English = typeof en;
export const emptyMessages = defineMessages(en, () => import('./empty.messages.es.js'));
