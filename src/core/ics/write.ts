/**
 * "Add to calendar": an RFC 5545 iCalendar file for one track of a program — one
 * VEVENT per weekly session with a weekly RRULE, DTSTART/DTEND in the program's zone
 * (TZID + VTIMEZONE), stable UIDs, escaped text, folded lines, CRLF.
 */
import type { Day, Program, Session } from '../schemas/index.js';
import { DAYS } from '../schemas/index.js';
import { localize } from '../text.js';
import { timeToMinutes } from '../validators.js';
import { todayIso } from '../validators.js';
import { escapeText, localDateTime, serializeLines, utcDateTime } from './format.js';
import { vtimezoneLines } from './vtimezone.js';

const BYDAY: Record<Day, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };

export interface TrackIcsOptions {
  locale?: 'en' | 'es';
  /** First date the schedule applies (default: the program's next opening, else today). */
  startDate?: string;
  /** Number of weekly occurrences (default: the program's duration in weeks; none = no end). */
  weeks?: number;
  /** DTSTAMP (default: now). */
  now?: Date;
  /** The summary of a session (default: its title, else its type). */
  summary?: (session: Session) => string;
  /** Text for the location of a virtual program (default "Online"). */
  onlineLabel?: string;
}

/** The first date on or after `from` that falls on `day`. */
export function firstOnOrAfter(from: string, day: Day): string {
  const [y, m, d] = from.split('-').map(Number);
  const base = new Date(Date.UTC(y, m - 1, d));
  const have = (base.getUTCDay() + 6) % 7;
  const want = DAYS.indexOf(day);
  base.setUTCDate(base.getUTCDate() + ((want - have + 7) % 7));
  return base.toISOString().slice(0, 10);
}

/** A filename people recognise: `evening-track-riverbend-iop.ics`. */
export function icsFilename(program: Program, trackId: string): string {
  const slug = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug(trackId)}-${slug(program.id)}.ics`.slice(0, 120);
}

export function trackToIcs(program: Program, trackId: string, options: TrackIcsOptions = {}): string {
  const track = program.tracks.find((t) => t.id === trackId);
  if (!track) throw new RangeError(`Program ${program.id} has no track ${trackId}`);
  const locale = options.locale ?? 'en';
  const start = options.startDate ?? (program.nextOpening && program.nextOpening > todayIso() ? program.nextOpening : todayIso());
  const weeks = options.weeks ?? program.durationWeeks;
  const stamp = utcDateTime(options.now ?? new Date());
  const tz = program.timeZone;
  const programName = localize(program.name, locale);
  const trackName = localize(track.name, locale);
  const place = program.location
    ? [program.location.street, program.location.city, program.location.state, program.location.zip].filter(Boolean).join(', ')
    : (options.onlineLabel ?? 'Online');
  const startYear = Number(start.slice(0, 4));
  const endYear = startYear + Math.ceil((weeks ?? 52) / 52) + 1;

  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//iop-kit//Schedule//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  lines.push(`X-WR-CALNAME:${escapeText(`${programName} — ${trackName}`)}`);
  lines.push(...vtimezoneLines(tz, startYear - 1, endYear));
  const sessions = [...track.sessions].sort((a, b) => DAYS.indexOf(a.day) - DAYS.indexOf(b.day) || a.start.localeCompare(b.start));
  for (const s of sessions) {
    const date = firstOnOrAfter(start, s.day);
    const summary = options.summary?.(s) ?? (s.title ? localize(s.title, locale) : s.type);
    const rrule = `RRULE:FREQ=WEEKLY;BYDAY=${BYDAY[s.day]}${weeks ? `;COUNT=${weeks}` : ''}`;
    const description = [programName, trackName, program.center, program.intakePhone].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      // Stable: the same program, track and weekly slot always gets the same UID, so a re-import updates instead of duplicating.
      `UID:${escapeText(`${program.id}.${track.id}.${s.day}.${s.start.replace(':', '')}-${s.end.replace(':', '')}.${s.type}`)}@iop-kit`,
      `DTSTAMP:${stamp}`,
      `DTSTART;TZID=${tz}:${localDateTime(date, timeToMinutes(s.start))}`,
      `DTEND;TZID=${tz}:${localDateTime(date, timeToMinutes(s.end))}`,
      rrule,
      `SUMMARY:${escapeText(summary)}`,
      `LOCATION:${escapeText(place)}`,
      `DESCRIPTION:${escapeText(description)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return serializeLines(lines);
}
