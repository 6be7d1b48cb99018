/**
 * Figures derived from a program's sessions. Hours and days per week are never
 * typed into the data: they are computed here, once, from the weekly sessions.
 */
import { DAYS, type Day, type Program, type Session, type Track } from './schemas/index.js';
import { timeToMinutes } from './validators.js';

export function sessionMinutes(session: Pick<Session, 'start' | 'end'>): number {
  return Math.max(0, timeToMinutes(session.end) - timeToMinutes(session.start));
}

/** Minutes of scheduled contact per week. Overlapping sessions on one day count once. */
export function trackMinutesPerWeek(track: Pick<Track, 'sessions'>): number {
  let total = 0;
  for (const day of DAYS) {
    const spans = track.sessions
      .filter((s) => s.day === day)
      .map((s) => [timeToMinutes(s.start), timeToMinutes(s.end)] as const)
      .sort((a, b) => a[0] - b[0]);
    let end = -1;
    for (const [s, e] of spans) {
      if (e <= end) continue;
      total += e - Math.max(s, end);
      end = e;
    }
  }
  return total;
}

export function trackHoursPerWeek(track: Pick<Track, 'sessions'>): number {
  return trackMinutesPerWeek(track) / 60;
}

/** The days a track meets, Monday first. */
export function trackDays(track: Pick<Track, 'sessions'>): Day[] {
  const days = new Set(track.sessions.map((s) => s.day));
  return DAYS.filter((d) => days.has(d));
}

export function trackDaysPerWeek(track: Pick<Track, 'sessions'>): number {
  return trackDays(track).length;
}

/** Smallest and largest weekly hours across a program's tracks; undefined when no schedule is published. */
export function programHoursRange(program: Pick<Program, 'tracks'>): { min: number; max: number } | undefined {
  if (program.tracks.length === 0) return undefined;
  const hours = program.tracks.map(trackHoursPerWeek);
  return { min: Math.min(...hours), max: Math.max(...hours) };
}

/**
 * ASAM Criteria levels by weekly hours: level 1 outpatient under 9 h/week; 2.1 intensive
 * outpatient 9–19 h for adults (6–19 for adolescents); 2.5 partial hospitalization 20 h or
 * more. (The ASAM Criteria, 3rd ed., dimension-independent service intensity.)
 */
export function asamLevelForHours(hoursPerWeek: number, adolescent = false): 'op' | 'iop' | 'php' {
  if (hoursPerWeek >= 20) return 'php';
  if (hoursPerWeek >= (adolescent ? 6 : 9)) return 'iop';
  return 'op';
}

/** Whether a track reaches the usual IOP intensity (ASAM 2.1: ≥ 9 h/week adults, ≥ 6 adolescents). */
export function meetsIopIntensity(track: Pick<Track, 'sessions'>, adolescent = false): boolean {
  return trackHoursPerWeek(track) >= (adolescent ? 6 : 9);
}
