/**
 * Wall-clock arithmetic across IANA time zones without a date library: offsets come
 * from `Intl.DateTimeFormat`, so daylight-saving changes are honoured for the date asked.
 */
import { DAYS, type Day } from './schemas/index.js';

const partsCache = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsCache.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsCache.set(timeZone, f);
  }
  return f;
}

/** Minutes to add to UTC to get local wall time in `timeZone` at `instant` (e.g. −300 for New York in winter). */
export function zoneOffsetMinutes(timeZone: string, instant: Date): number {
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour === 24 ? 0 : p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/** The UTC instant of a wall-clock time (`YYYY-MM-DD`, minutes since midnight) in `timeZone`. */
export function zonedToInstant(date: string, minutes: number, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d, 0, minutes);
  // Two passes settle the offset even right after a DST change.
  let offset = zoneOffsetMinutes(timeZone, new Date(guess));
  let instant = guess - offset * 60000;
  offset = zoneOffsetMinutes(timeZone, new Date(instant));
  instant = guess - offset * 60000;
  return new Date(instant);
}

/** Wall-clock date, weekday and minutes of an instant in `timeZone`. */
export function instantToZoned(instant: Date, timeZone: string): { date: string; day: Day; minutes: number } {
  const p: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) p[part.type] = part.value;
  const date = `${p.year}-${p.month}-${p.day}`;
  const [y, m, d] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay(); // 0 = Sunday
  return { date, day: DAYS[(weekday + 6) % 7], minutes: (Number(p.hour) % 24) * 60 + Number(p.minute) };
}

/** `YYYY-MM-DD` of the given weekday in the week (Monday first) that contains `date`. */
export function dateOfWeekday(weekOf: string, day: Day): string {
  const [y, m, d] = weekOf.split('-').map(Number);
  const base = new Date(Date.UTC(y, m - 1, d));
  const monday = base.getUTCDate() - ((base.getUTCDay() + 6) % 7);
  const target = new Date(Date.UTC(y, m - 1, monday + DAYS.indexOf(day)));
  return target.toISOString().slice(0, 10);
}

/** The viewer's own IANA time zone. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
