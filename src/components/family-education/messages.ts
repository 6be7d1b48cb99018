/**
 * Strings of `<iop-family-education>` that its first view needs: the catalogue and the
 * reader's frame (back button, loading, not found). The open module's strings are in
 * `reader.messages.ts`, fetched with the reader. Loading, error and help-line texts come from
 * `commonMessages`. Spanish: neutral Latin-American, "usted", warm and plain.
 */
import { defineMessages } from '../../core/i18n/catalogue.js';

/** English: the source of the keys and `{placeholders}`. */
const en = {
  catalogueHeading: 'Learning for families',
  loadingModules: 'Loading the modules…',
  loadingModule: 'Loading the module…',
  noModules: 'There are no modules to read yet.',
  otherLanguages: { one: '{count} more module is available in another language.', other: '{count} more modules are available in another language.' },
  showAllLanguages: 'Show modules in every language',
  suggestedOrder: 'Modules in the suggested reading order.',
  minutes: { one: 'About {count} minute', other: 'About {count} minutes' },
  audienceFamily: 'For families',
  audiencePatient: 'For patients',
  audienceEveryone: 'For everyone',
  notStarted: 'Not started',
  inProgress: 'In progress: {percent}% read',
  completed: '✓ Completed',
  progressLabel: 'Progress in “{title}”',
  start: 'Start reading',
  continueReading: 'Continue',
  readAgain: 'Read again',
  allModules: 'All modules',
  moduleNotFound: 'We couldn’t find this module. It may have been removed, or the link may be out of date.',
  langEn: 'English',
  langEs: 'Español',
  storageNotice: 'Your progress can’t be saved on this device; it will be lost when you leave this page.',
} as const;

/** The English catalogue's shape; `messages.es.ts` must give a Spanish message for every key. */
export type English = typeof en;

/** Spanish is fetched only when an element renders in Spanish (see `loadCatalogue`). */
export const messages = defineMessages(en, () => import('./messages.es.js'));

export type MessageKey = keyof (typeof messages)['en'] & string;
