/**
 * Time-of-day and "fits my week", derived from session times (never typed labels).
 * A weekday session is morning when it starts before 12:00, afternoon before 17:00,
 * evening from 17:00; any Saturday or Sunday session is weekend.
 */
import type { Day, Program, Session, Track } from '../schemas/index.js';
import { dateOfWeekday, instantToZoned, zonedToInstant } from '../time.js';
import { timeToMinutes } from '../validators.js';

export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening', 'weekend'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

const BIT: Record<TimeOfDay, number> = { morning: 1, afternoon: 2, evening: 4, weekend: 8 };

export function sessionTimeOfDay(session: Pick<Session, 'day' | 'start'>): TimeOfDay {
  if (session.day === 'sat' || session.day === 'sun') return 'weekend';
  const start = timeToMinutes(session.start);
  if (start < 12 * 60) return 'morning';
  if (start < 17 * 60) return 'afternoon';
  return 'evening';
}

/** Bit mask of the times of day a track meets (morning 1, afternoon 2, evening 4, weekend 8). */
export function trackTimeMask(track: Pick<Track, 'sessions'>): number {
  let mask = 0;
  for (const s of track.sessions) mask |= BIT[sessionTimeOfDay(s)];
  return mask;
}

export function timesToMask(times: readonly TimeOfDay[]): number {
  let mask = 0;
  for (const t of times) mask |= BIT[t];
  return mask;
}

export function maskToTimes(mask: number): TimeOfDay[] {
  return TIMES_OF_DAY.filter((t) => (mask & BIT[t]) !== 0);
}

/**
 * Whether every session of the track falls in times the person can attend
 * ("I can come evenings and weekends" → a Mon–Thu 18:00 track fits, a 10:00 one does not).
 */
export function trackFitsTimes(track: Pick<Track, 'sessions'>, times: readonly TimeOfDay[]): boolean {
  const mask = trackTimeMask(track);
  return mask !== 0 && (mask & ~timesToMask(times)) === 0;
}

/** A time the person is not free, in their own time zone: e.g. work, Mon–Fri 09:00–17:00. */
export interface BusyBlock {
  days: Day[];
  start: string;
  end: string;
}

/** A reference week for converting weekly times between zones (DST as in that week). */
export function referenceWeek(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * A session's day and minutes in another time zone for the given week. Virtual programs
 * meet across zones; a 18:00 Eastern group is 15:00 for a viewer in Los Angeles.
 */
export function sessionInZone(
  session: Pick<Session, 'day' | 'start' | 'end'>,
  fromZone: string,
  toZone: string,
  week: string = referenceWeek(),
): { day: Day; start: number; end: number } {
  const date = dateOfWeekday(week, session.day);
  const startAt = instantToZoned(zonedToInstant(date, timeToMinutes(session.start), fromZone), toZone);
  const endAt = instantToZoned(zonedToInstant(date, timeToMinutes(session.end), fromZone), toZone);
  const end = endAt.day === startAt.day ? endAt.minutes : 24 * 60;
  return { day: startAt.day, start: startAt.minutes, end };
}

/**
 * The sessions of a track that clash with the person's busy times. Busy blocks are in
 * `viewerZone` (default: the program's own zone, for in-person programs).
 */
export function clashingSessions(
  track: Pick<Track, 'sessions'>,
  busy: readonly BusyBlock[],
  programZone: string,
  viewerZone: string = programZone,
  week?: string,
): Session[] {
  if (busy.length === 0) return [];
  const out: Session[] = [];
  for (const s of track.sessions as Session[]) {
    const local = programZone === viewerZone ? { day: s.day, start: timeToMinutes(s.start), end: timeToMinutes(s.end) } : sessionInZone(s, programZone, viewerZone, week);
    const clash = busy.some((b) => b.days.includes(local.day) && local.start < timeToMinutes(b.end) && timeToMinutes(b.start) < local.end);
    if (clash) out.push(s);
  }
  return out;
}

/** Tracks of a program with no clash against the busy times. */
export function tracksThatFit(program: Pick<Program, 'tracks' | 'timeZone'>, busy: readonly BusyBlock[], viewerZone?: string): Track[] {
  return program.tracks.filter((t) => clashingSessions(t, busy, program.timeZone, viewerZone ?? program.timeZone).length === 0);
}
