/**
 * What the schedule viewer shows for one track, computed once per (program, track,
 * locale, viewer zone, week, busy times) and never in `render()`: the table's columns
 * and rows, each session's text in the program's zone and in the viewer's own zone
 * (DST-correct for the week shown), clashes with busy times, totals, the intensity
 * note and the time-zone note. Plain TypeScript, no DOM.
 */
import type { Day, Program, Session, Track } from '../../core/schemas/index.js';
import { DAYS, SESSION_TYPES } from '../../core/schemas/index.js';
import type { Locale } from '../../core/locale.js';
import { translate } from '../../core/i18n/catalogue.js';
import { formatDate, formatTime, intlLocale } from '../../core/i18n/format.js';
import { programLabels } from '../../core/i18n/program-labels.js';
import { localize } from '../../core/text.js';
import { meetsIopIntensity, trackDays, trackHoursPerWeek } from '../../core/program.js';
import { clashingSessions, sessionInZone, type BusyBlock } from '../../core/finder/schedule.js';
import { dateOfWeekday } from '../../core/time.js';
import { todayIso, timeToMinutes } from '../../core/validators.js';
import { messages } from './messages.js';

export type SessionType = (typeof SESSION_TYPES)[number];

/**
 * A shape per session type, so types never differ by colour alone (WCAG 1.4.1).
 * Shown next to the type's name, hidden from screen readers (the name is read instead).
 */
export const SESSION_GLYPHS: Record<SessionType, string> = {
  group: '●',
  individual: '▲',
  family: '◆',
  education: '■',
  'medication-management': '✚',
  holistic: '✿',
  'peer-support': '★',
  'drug-testing': '⬟',
};

/** Shape marking a session that clashes with the person's busy times. */
export const CLASH_GLYPH = '⚠';

export interface SessionView {
  session: Session;
  dayName: string;
  typeLabel: string;
  title: string;
  /** "6:00 PM – 7:30 PM CT" */
  programTime: string;
  /** "4:00 PM – 5:30 PM your time", when the viewer's clock reads differently. */
  viewerTime?: string;
  clash: boolean;
}

export interface TrackView {
  programName: string;
  trackName: string;
  /** "Times are in Central Time." (and the viewer's own zone when it reads differently). */
  zoneNote: string;
  /** Day columns of the week table. */
  days: Day[];
  /** One row per distinct start time; `cells[i]` are the sessions on `days[i]` at that time. */
  rows: { label: string; cells: SessionView[][] }[];
  /** The list view: days with sessions, in order. */
  byDay: { dayName: string; sessions: SessionView[] }[];
  types: SessionType[];
  hours: number;
  durationWeeks?: number;
  /** Set when an IOP track is below the usual ASAM 2.1 intensity. */
  intensity?: { hours: number; minimum: number };
}

const zoneNames = new Map<string, string>();

/** "Central Time" / "hora central" (`longGeneric`), or "CT" (`shortGeneric`); the IANA id if Intl cannot name it. */
export function zoneName(timeZone: string, locale: Locale, style: 'longGeneric' | 'shortGeneric', week: string): string {
  const key = `${timeZone}|${locale}|${style}|${week}`;
  let name = zoneNames.get(key);
  if (name === undefined) {
    try {
      const at = new Date(`${dateOfWeekday(week, 'wed')}T12:00:00Z`);
      name = new Intl.DateTimeFormat(intlLocale(locale), { timeZone, timeZoneName: style }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
    } catch {
      // An unknown zone: named by its id.
    }
    zoneNames.set(key, (name ??= timeZone));
  }
  return name;
}

/**
 * The week whose daylight-saving rules apply: the `week` asked for, else the next opening
 * when it is still ahead, else this week.
 */
export function weekShown(program: Pick<Program, 'nextOpening'> | undefined, week: string | undefined, today: string = todayIso()): string {
  if (week && /^\d{4}-\d{2}-\d{2}$/.test(week)) return week;
  return program?.nextOpening && program.nextOpening >= today ? program.nextOpening : today;
}

/** Minutes since midnight (0–1440) as `HH:MM`. */
const hhmm = (minutes: number): string => new Date(minutes * 60_000).toISOString().slice(11, 16);

export interface TrackViewOptions {
  locale: Locale;
  viewerZone: string;
  week: string;
  busy: readonly BusyBlock[];
  allDays: boolean;
}

export function buildTrackView(program: Program, track: Track, o: TrackViewOptions): TrackView {
  const { locale, week, viewerZone } = o;
  const zone = program.timeZone;
  const label = (key: `day.${Day}` | `session.${SessionType}`) => translate(programLabels, locale, key);
  const range = (start: string, end: string) => translate(messages, locale, 'timeRange', { start: formatTime(start, locale), end: formatTime(end, locale) });
  const clashing = new Set(clashingSessions(track, o.busy, zone, viewerZone, week));
  const programZone = zoneName(zone, locale, 'longGeneric', week);
  const short = zoneName(zone, locale, 'shortGeneric', week);

  const sorted = [...track.sessions].sort((a, b) => DAYS.indexOf(a.day) - DAYS.indexOf(b.day) || a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  // The viewer's clock, shown for every session when it reads differently for any of them.
  const theirs = viewerZone === zone ? [] : sorted.map((s) => sessionInZone(s, zone, viewerZone, week));
  const differs = theirs.some((v, i) => v.day !== sorted[i]!.day || v.start !== timeToMinutes(sorted[i]!.start));
  const views: SessionView[] = sorted.map((s, i) => {
    const v = theirs[i]!;
    const time = differs ? range(hhmm(v.start), hhmm(v.end)) : '';
    const typeLabel = label(`session.${s.type}`);
    return {
      session: s,
      dayName: label(`day.${s.day}`),
      typeLabel,
      title: localize(s.title, locale),
      programTime: `${range(s.start, s.end)} ${short}`,
      viewerTime: !differs ? undefined : v.day === s.day ? translate(messages, locale, 'yourTime', { time }) : translate(messages, locale, 'yourTimeDay', { time, day: label(`day.${v.day}`) }),
      clash: clashing.has(s),
    };
  });

  const days = o.allDays ? [...DAYS] : trackDays(track);
  const starts = [...new Set(sorted.map((s) => s.start))].sort();
  const hours = Math.round(trackHoursPerWeek(track) * 10) / 10;
  const adolescent = program.populations.includes('adolescents');
  const types = new Set(track.sessions.map((s) => s.type));
  return {
    programName: localize(program.name, locale),
    trackName: localize(track.name, locale),
    zoneNote: differs
      ? translate(messages, locale, 'zoneNoteViewer', { zone: programZone, viewerZone: zoneName(viewerZone, locale, 'longGeneric', week), week: formatDate(dateOfWeekday(week, 'mon'), locale) })
      : translate(messages, locale, 'zoneNote', { zone: programZone }),
    days,
    rows: starts.map((start) => ({
      label: formatTime(start, locale),
      cells: days.map((d) => views.filter((v) => v.session.day === d && v.session.start === start)),
    })),
    byDay: trackDays(track).map((d) => ({ dayName: label(`day.${d}`), sessions: views.filter((v) => v.session.day === d) })),
    types: SESSION_TYPES.filter((ty) => types.has(ty)),
    hours,
    durationWeeks: program.durationWeeks,
    // ASAM level 2.1 (DESIGN.md §8): at least 9 h/week for adults, 6 for adolescents.
    intensity: program.levelOfCare === 'iop' && !meetsIopIntensity(track, adolescent) ? { hours, minimum: adolescent ? 6 : 9 } : undefined,
  };
}
