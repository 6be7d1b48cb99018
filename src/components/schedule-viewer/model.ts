/**
 * What the schedule viewer shows for one track, computed once per (program, track,
 * locale, viewer zone, week, busy times) and never in `render()`: the table's columns
 * and rows, each session's text in the program's zone and in the viewer's own zone
 * (DST-correct for the week shown), clashes with busy times, totals and the
 * intensity note. Plain TypeScript, no DOM.
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
  key: string;
  session: Session;
  day: Day;
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
  programId: string;
  trackId: string;
  programName: string;
  trackName: string;
  /** Day columns of the week table. */
  days: Day[];
  /** One row per distinct start time; `cells[i]` are the sessions on `days[i]` at that time. */
  rows: { start: string; label: string; cells: SessionView[][] }[];
  /** The list view: days with sessions, in order. */
  byDay: { day: Day; dayName: string; sessions: SessionView[] }[];
  types: SessionType[];
  hours: number;
  daysPerWeek: number;
  durationWeeks?: number;
  /** Set when an IOP track is below the usual ASAM 2.1 intensity. */
  intensity?: { hours: number; minimum: number };
  clashes: number;
  sessionCount: number;
}

export interface ZoneInfo {
  /** "Central Time" */
  programZoneName: string;
  /** "CT" */
  programZoneShort: string;
  viewerZoneName: string;
  /** Whether any session reads differently on the viewer's clock this week. */
  viewerDiffers: boolean;
  /** "March 9, 2026": Monday of the week the times are converted for. */
  weekLabel: string;
}

const zoneNameCache = new Map<string, string>();

/** "Central Time" / "hora central" (`longGeneric`), or "CT" (`shortGeneric`); the IANA id if Intl cannot name it. */
export function zoneName(timeZone: string, locale: Locale, style: 'longGeneric' | 'shortGeneric', week: string): string {
  const key = `${timeZone}|${locale}|${style}|${week}`;
  let name = zoneNameCache.get(key);
  if (name === undefined) {
    try {
      const at = new Date(`${dateOfWeekday(week, 'wed')}T12:00:00Z`);
      const part = new Intl.DateTimeFormat(intlLocale(locale), { timeZone, timeZoneName: style }).formatToParts(at).find((p) => p.type === 'timeZoneName');
      name = part?.value ?? timeZone;
    } catch {
      name = timeZone;
    }
    zoneNameCache.set(key, name);
  }
  return name;
}

/**
 * The week whose daylight-saving rules apply: the `week` asked for, else the next opening
 * when it is still ahead, else this week.
 */
export function weekShown(program: Pick<Program, 'nextOpening'> | undefined, week: string | undefined, today: string = todayIso()): string {
  if (week && /^\d{4}-\d{2}-\d{2}$/.test(week)) return week;
  if (program?.nextOpening && program.nextOpening >= today) return program.nextOpening;
  return today;
}

const hhmm = (minutes: number): string => {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** The localized label of a session for calendars and screen readers: "Group therapy: Process group". */
export function sessionSummary(session: Session, locale: Locale): string {
  const type = translate(programLabels, locale, `session.${session.type}`);
  const title = localize(session.title, locale);
  return title && title !== type ? `${type}: ${title}` : type;
}

export interface TrackViewOptions {
  locale: Locale;
  viewerZone: string;
  week: string;
  busy: readonly BusyBlock[];
  allDays: boolean;
}

export function zoneInfo(program: Program, track: Track | undefined, o: Pick<TrackViewOptions, 'locale' | 'viewerZone' | 'week'>): ZoneInfo {
  let viewerDiffers = false;
  if (track && o.viewerZone !== program.timeZone) {
    viewerDiffers = track.sessions.some((s) => {
      const v = sessionInZone(s, program.timeZone, o.viewerZone, o.week);
      return v.day !== s.day || v.start !== timeToMinutes(s.start);
    });
  }
  return {
    programZoneName: zoneName(program.timeZone, o.locale, 'longGeneric', o.week),
    programZoneShort: zoneName(program.timeZone, o.locale, 'shortGeneric', o.week),
    viewerZoneName: zoneName(o.viewerZone, o.locale, 'longGeneric', o.week),
    viewerDiffers,
    weekLabel: formatDate(dateOfWeekday(o.week, 'mon'), o.locale),
  };
}

export function buildTrackView(program: Program, track: Track, o: TrackViewOptions): TrackView {
  const { locale } = o;
  const range = (start: string, end: string) => translate(messages, locale, 'timeRange', { start, end });
  const zone = zoneInfo(program, track, o);
  const clashing = new Set(clashingSessions(track, o.busy, program.timeZone, o.viewerZone, o.week));
  const dayName = (d: Day) => translate(programLabels, locale, `day.${d}`);

  const sorted = [...track.sessions].sort((a, b) => DAYS.indexOf(a.day) - DAYS.indexOf(b.day) || a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  const views: SessionView[] = sorted.map((s, i) => {
    let viewerTime: string | undefined;
    if (zone.viewerDiffers) {
      const v = sessionInZone(s, program.timeZone, o.viewerZone, o.week);
      const span = range(formatTime(hhmm(v.start), locale), formatTime(hhmm(v.end), locale));
      viewerTime =
        v.day === s.day
          ? translate(messages, locale, 'yourTime', { time: span })
          : translate(messages, locale, 'yourTimeDay', { time: span, day: translate(programLabels, locale, `day.${v.day}`) });
    }
    const view: SessionView = {
      key: `${s.day}-${s.start}-${s.end}-${s.type}-${i}`,
      session: s,
      day: s.day,
      dayName: dayName(s.day),
      typeLabel: translate(programLabels, locale, `session.${s.type}`),
      title: localize(s.title, locale),
      programTime: `${range(formatTime(s.start, locale), formatTime(s.end, locale))} ${zone.programZoneShort}`,
      clash: clashing.has(s),
    };
    if (viewerTime) view.viewerTime = viewerTime;
    return view;
  });

  const days = o.allDays ? [...DAYS] : trackDays(track);
  const starts = [...new Set(sorted.map((s) => s.start))].sort();
  const rows = starts.map((start) => ({
    start,
    label: formatTime(start, locale),
    cells: days.map((d) => views.filter((v) => v.day === d && v.session.start === start)),
  }));
  const byDay = trackDays(track).map((d) => ({ day: d, dayName: dayName(d), sessions: views.filter((v) => v.day === d) }));
  const present = new Set(track.sessions.map((s) => s.type));
  const hours = Math.round(trackHoursPerWeek(track) * 10) / 10;
  const adolescent = program.populations.includes('adolescents');
  const view: TrackView = {
    programId: program.id,
    trackId: track.id,
    programName: localize(program.name, locale),
    trackName: localize(track.name, locale),
    days,
    rows,
    byDay,
    types: SESSION_TYPES.filter((ty) => present.has(ty)),
    hours,
    daysPerWeek: byDay.length,
    clashes: clashing.size,
    sessionCount: track.sessions.length,
  };
  if (program.durationWeeks !== undefined) view.durationWeeks = program.durationWeeks;
  // ASAM level 2.1 (DESIGN.md §8): at least 9 h/week for adults, 6 for adolescents.
  if (program.levelOfCare === 'iop' && !meetsIopIntensity(track, adolescent)) view.intensity = { hours, minimum: adolescent ? 6 : 9 };
  return view;
}
