/**
 * `<iop-program-finder>` strings in English and Spanish (neutral Latin-American Spanish,
 * "usted", warm and plain). Vocabulary labels (focus, level, days…) come from
 * `programLabels`; shared texts (loading, errors, try again) from `commonMessages`.
 */
import { defineMessages } from '../../core/i18n/catalogue.js';

/** English: the source of the keys and `{placeholders}`. */
const en = {
  heading: 'Find a program',
  loadingPrograms: 'Loading programs…',
  preparingFilters: 'Preparing filters…',
  loadingMore: 'Showing the first {count} programs while the rest load…',
  errorHeading: "We couldn't load the programs.",
  noPrograms: 'No programs are listed right now. Please call us and we will help you find care.',
  rejected: { one: '{count} program could not be shown because its information is incomplete.', other: '{count} programs could not be shown because their information is incomplete.' },
  filters: 'Filters',
  filtersButton: { zero: 'Filters', one: 'Filters ({count})', other: 'Filters ({count})' },
  search: 'Search by name, place or therapy',
  facet_focus: 'What would you like help with?',
  facet_levelOfCare: 'Level of care',
  facet_format: 'How do you want to attend?',
  facet_times: 'When can you attend?',
  facet_populations: 'Who is it for?',
  facet_languages: 'Language',
  facet_payment: 'Ways to pay',
  facet_payers: 'Insurance plans accepted',
  facet_services: 'Services (all selected)',
  payersHint: 'Only plans we can name are listed; a program may accept others. Please call to check yours.',
  timesHint: 'Shows programs with a track that meets only at the times you choose.',
  optionCount: { one: '{count} program', other: '{count} programs' },
  clearAll: 'Clear all filters',
  sortLabel: 'Sort by',
  sort_best: 'Best match',
  sort_soonest: 'Soonest opening',
  sort_hours: 'Fewest hours per week',
  sort_nearest: 'Nearest to me',
  useLocation: 'Use my location',
  locating: 'Finding your location…',
  locationOn: 'Sorted by distance from your location. Your location stays on this page and is not sent anywhere.',
  locationDenied: "We couldn't use your location. That's okay: you can still sort by best match, soonest opening or fewest hours.",
  results: { zero: 'No programs match', one: '{count} program matches', other: '{count} programs match' },
  showing: 'Showing {shown} of {total}',
  showMore: { one: 'Show {count} more', other: 'Show {count} more' },
  format: 'Format',
  level: 'Level of care',
  tracks: 'Schedule',
  trackLine: '{days}, {times}',
  timesNote: 'Times are {zone}.',
  hoursPerWeek: { one: '{count} hour a week', other: '{count} hours a week' },
  daysPerWeek: { one: '{count} day a week', other: '{count} days a week' },
  duration: 'Usual length',
  payment: 'Payment',
  acceptsPlans: 'Plans accepted: {plans}',
  morePlans: { one: '{count} more', other: '{count} more' },
  nextOpening: 'Next opening',
  noOpening: 'Call to ask',
  noSchedule: 'Schedule not published — call {phone}',
  notListed: 'Not listed',
  viewSchedule: 'View schedule',
  viewScheduleOf: 'View schedule: {name}',
  compare: 'Compare',
  compareThis: 'Compare {name}',
  compareFull: 'You can compare up to {max} programs. Remove one to add another.',
  compareAdded: '{name} added to compare ({count} of {max}).',
  compareRemoved: '{name} removed from compare.',
  compareOpen: { one: 'Compare {count} program', other: 'Compare {count} programs' },
  remove: 'Remove',
  weekOpen: 'Fits my week',
  clashes: 'Clashes with your busy times',
  fits: 'Fits your week',
  tracksFit: { zero: 'No track fits your week', one: '{count} track fits your week', other: '{count} tracks fit your week' },
} as const;

/** The English catalogue's shape; `messages.es.ts` must give a Spanish message for every key. */
export type English = typeof en;

/** Spanish is fetched only when an element renders in Spanish (see `loadCatalogue`). */
export const messages = defineMessages(en, () => import('./messages.es.js'));

export type FinderMessages = typeof messages;
