/**
 * What a result card and the compare table show about a program, derived once per
 * program and locale (hours and days per week come from the sessions, never typed).
 */
import type { Day, Program, Track } from '../../core/schemas/index.js';
import { trackDays, trackHoursPerWeek } from '../../core/program.js';
import type { Formatters } from '../../core/i18n/format.js';

/** The formatters the finder uses (`ProgramFinder#format`). */
export type FinderFormatters = Pick<Formatters, 'locale' | 'date' | 'time' | 'number' | 'list'>;
import { timeToMinutes } from '../../core/validators.js';

export interface TrackSummary {
  track: Track;
  days: Day[];
  hours: number;
  /** One line per run of days sharing the same span: `[['mon','wed'], '6:00 PM–9:00 PM']`. */
  spans: { days: Day[]; times: string }[];
}

export interface ProgramSummary {
  tracks: TrackSummary[];
  /** Session types across all tracks, in first-seen order. */
  sessionTypes: string[];
  /** Short name of the program's time zone today, e.g. "CST" / "hora del centro" (as Intl gives it). */
  zone: string;
}

const cache = new WeakMap<Program, Map<string, ProgramSummary>>();
const zoneNames = new Map<string, string>();

function zoneName(timeZone: string, locale: string): string {
  const key = `${locale}|${timeZone}`;
  let name = zoneNames.get(key);
  if (name === undefined) {
    try {
      const part = new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', { timeZone, timeZoneName: 'long' })
        .formatToParts(new Date())
        .find((p) => p.type === 'timeZoneName');
      name = part?.value ?? timeZone;
    } catch {
      name = timeZone;
    }
    zoneNames.set(key, name);
  }
  return name;
}

function summarizeTrack(track: Track, format: FinderFormatters): TrackSummary {
  const days = trackDays(track);
  const spanOf = (day: Day) => {
    const sessions = track.sessions.filter((s) => s.day === day);
    const start = sessions.reduce((m, s) => (timeToMinutes(s.start) < timeToMinutes(m) ? s.start : m), sessions[0].start);
    const end = sessions.reduce((m, s) => (timeToMinutes(s.end) > timeToMinutes(m) ? s.end : m), sessions[0].end);
    return `${format.time(start)}–${format.time(end)}`;
  };
  const spans: TrackSummary['spans'] = [];
  for (const day of days) {
    const times = spanOf(day);
    const same = spans.find((s) => s.times === times);
    if (same) same.days.push(day);
    else spans.push({ days: [day], times });
  }
  return { track, days, hours: trackHoursPerWeek(track), spans };
}

export function summarize(program: Program, format: FinderFormatters): ProgramSummary {
  let byLocale = cache.get(program);
  if (!byLocale) cache.set(program, (byLocale = new Map()));
  let summary = byLocale.get(format.locale);
  if (!summary) {
    const types: string[] = [];
    for (const t of program.tracks) for (const s of t.sessions) if (!types.includes(s.type)) types.push(s.type);
    summary = { tracks: program.tracks.map((t) => summarizeTrack(t, format)), sessionTypes: types, zone: zoneName(program.timeZone, format.locale) };
    byLocale.set(format.locale, summary);
  }
  return summary;
}

/** Hours rounded for people: 9, 10.5 (never 10.4999). */
export const roundHours = (h: number) => Math.round(h * 2) / 2;
