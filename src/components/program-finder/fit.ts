/** "Fits my week" and chosen times, per program: which tracks clash, which one to suggest. */
import { clashingSessions, trackFitsTimes, tracksThatFit } from '../../core/finder/index.js';
import type { BusyBlock, TimeOfDay } from '../../core/finder/index.js';
import type { Program, Track } from '../../core/schemas/index.js';

/** Memoised per busy list (a new list is a new array) and program. */
const cache = new WeakMap<readonly BusyBlock[], Map<string, boolean[]>>();

/** For each track of `program`: whether one of its sessions meets while the person is busy. */
export function trackClashes(program: Program, busy: readonly BusyBlock[], viewerZone: string): boolean[] {
  if (busy.length === 0) return program.tracks.map(() => false);
  let byProgram = cache.get(busy);
  if (!byProgram) cache.set(busy, (byProgram = new Map()));
  const key = `${viewerZone}|${program.id}`;
  let row = byProgram.get(key);
  if (!row) {
    row = program.tracks.map((t) => clashingSessions(t, busy, program.timeZone, viewerZone).length > 0);
    byProgram.set(key, row);
  }
  return row;
}

/** The first track that fits the chosen times and the busy times, when either narrows the choice. */
export function suggestedTrack(program: Program, times: readonly TimeOfDay[], busy: readonly BusyBlock[], viewerZone: string): Track | undefined {
  if (times.length === 0 && busy.length === 0) return undefined;
  const fit = busy.length ? tracksThatFit(program, busy, viewerZone) : program.tracks;
  return fit.find((t) => times.length === 0 || trackFitsTimes(t, times));
}
