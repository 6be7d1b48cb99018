/** Strings of the "Fits my week" panel, fetched with it (`week-editor.ts`) once a person opens it. */
import { defineMessages } from '../../core/i18n/catalogue.js';

const en = {
  weekIntro: 'Add the times you are not free, such as work or school. They stay on this page only: they are not saved or sent anywhere.',
  presetWork: 'Work, Mon–Fri 9–5',
  presetSchool: 'School, Mon–Fri 8–3',
  busyDays: 'Days',
  busyFrom: 'From',
  busyTo: 'To',
  busyAdd: 'Add busy time',
  busyInvalid: 'Choose at least one day, and a “to” time later than the “from” time.',
  busyList: 'Times you are not free',
  busyNone: 'No busy times yet.',
  busyRemove: 'Remove {label}',
  busyLabel: '{days}, {from}–{to}',
  busyAdded: 'Busy time added: {label}.',
  clashMode: 'Programs that clash with these times',
  clashMark: 'Show them, marked',
  clashHide: 'Hide them',
} as const;

export type English = typeof en;
export const weekMessages = defineMessages(en, () => import('./week.messages.es.js'));
