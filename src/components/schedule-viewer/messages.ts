/**
 * Strings of `<iop-schedule-viewer>`. Session types, days and levels come from
 * `programLabels` (shared with the program finder); everything else lives here.
 * Spanish: neutral Latin-American, "usted", warm and plain.
 */
import { defineMessages } from '../../core/i18n/catalogue.js';

/** English: the source of the keys and `{placeholders}`. */
const en = {
  loadingSchedule: 'Loading the schedule…',
  loadingProgram: 'Loading this program’s schedule…',
  noProgram: 'No program has been chosen yet.',
  notFound: 'We couldn’t find the program “{id}”. It may have been removed, or the link may be out of date.',
  notFoundCall: 'Please call {phone} and we will help you find the right program.',
  programError: 'We couldn’t load the schedule of “{id}”.',
  noSchedule: 'This program has not published its schedule yet.',
  noScheduleCall: 'Call {phone} to ask about session days and times.',
  tracks: 'Track',
  view: 'View',
  viewWeek: 'Week table',
  viewList: 'List',
  caption: '{program} — {track}: weekly schedule',
  listHeading: '{program} — {track}',
  timeColumn: 'Time',
  legend: 'Session types',
  clash: 'Clashes with your busy time',
  zoneNote: 'Times are in {zone}.',
  zoneNoteViewer: 'Times are in {zone}. Your own time ({viewerZone}) is shown in brackets, for the week of {week}.',
  yourTime: '{time} your time',
  yourTimeDay: '{time} {day} your time',
  timeRange: '{start} – {end}',
  totals: 'Totals for this track',
  hoursPerWeek: { one: '{count} hour a week', other: '{count} hours a week' },
  daysPerWeek: { one: '{count} day a week', other: '{count} days a week' },
  duration: { one: 'Usually lasts {count} week', other: 'Usually lasts {count} weeks' },
  durationHeading: 'Typical length',
  hoursHeading: 'Hours',
  daysHeading: 'Days',
  intensityNote:
    'This track has about {hours} hours a week. Intensive outpatient care usually means at least {minimum} hours a week. Ask the program how the rest of your care is planned.',
  addToCalendar: 'Add to calendar',
  addToCalendarFor: 'Add {track} of {program} to your calendar',
  print: 'Print',
  printFor: 'Print the weekly schedule',
} as const;

/** The English catalogue's shape; `messages.es.ts` must give a Spanish message for every key. */
export type English = typeof en;

/** Spanish is fetched only when an element renders in Spanish (see `loadCatalogue`). */
export const messages = defineMessages(en, () => import('./messages.es.js'));
