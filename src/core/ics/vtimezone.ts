/**
 * A VTIMEZONE (RFC 5545 §3.6.5) for an IANA zone, built from the browser's own time-zone
 * data: the offset transitions in the years an event spans, each written as an observance
 * (STANDARD or DAYLIGHT) with its DTSTART in the local time before the change.
 */
import { zoneOffsetMinutes } from '../time.js';
import { localDateTime, utcOffset } from './format.js';

interface Transition {
  at: number; // UTC ms of the first instant of the new offset
  from: number;
  to: number;
}

const HOUR = 3600_000;

function transitionsIn(timeZone: string, fromYear: number, toYear: number): Transition[] {
  const out: Transition[] = [];
  let t = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  let prev = zoneOffsetMinutes(timeZone, new Date(t));
  // Step a day at a time; bisect to the minute where the offset changes.
  for (let next = t + 24 * HOUR; next <= end; t = next, next += 24 * HOUR) {
    const off = zoneOffsetMinutes(timeZone, new Date(next));
    if (off === prev) continue;
    let lo = t;
    let hi = next;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (zoneOffsetMinutes(timeZone, new Date(mid)) === prev) lo = mid;
      else hi = mid;
    }
    out.push({ at: hi, from: prev, to: off });
    prev = off;
  }
  return out;
}

/** Local wall-clock `YYYYMMDDTHHMMSS` of a UTC instant at a fixed offset. */
function wallClock(utcMs: number, offsetMinutes: number): string {
  const d = new Date(utcMs + offsetMinutes * 60_000);
  const iso = d.toISOString();
  return localDateTime(iso.slice(0, 10), d.getUTCHours() * 60 + d.getUTCMinutes());
}

/** Content lines of a VTIMEZONE covering `fromYear`–`toYear` (include the year before the first event). */
export function vtimezoneLines(timeZone: string, fromYear: number, toYear: number): string[] {
  const transitions = transitionsIn(timeZone, fromYear, toYear);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  if (transitions.length === 0) {
    const off = utcOffset(zoneOffsetMinutes(timeZone, new Date(Date.UTC(fromYear, 0, 1))));
    lines.push('BEGIN:STANDARD', `DTSTART:${fromYear}0101T000000`, `TZOFFSETFROM:${off}`, `TZOFFSETTO:${off}`, 'END:STANDARD');
  } else {
    for (const tr of transitions) {
      const kind = tr.to > tr.from ? 'DAYLIGHT' : 'STANDARD';
      lines.push(`BEGIN:${kind}`, `DTSTART:${wallClock(tr.at, tr.from)}`, `TZOFFSETFROM:${utcOffset(tr.from)}`, `TZOFFSETTO:${utcOffset(tr.to)}`, `END:${kind}`);
    }
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
