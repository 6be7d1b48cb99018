/** Orders for the finder's results. Every sort is stable and puts unknowns last. */
import type { Program } from '../schemas/index.js';
import { trackHoursPerWeek } from '../program.js';
import { allVersions, foldForSearch } from '../text.js';
import { trackFitsTimes, type TimeOfDay } from './schedule.js';

export const SORTS = ['best', 'soonest', 'hours', 'nearest'] as const;
export type SortKey = (typeof SORTS)[number];

export interface LatLng {
  lat: number;
  lng: number;
}

/** Great-circle distance in kilometres (haversine, mean Earth radius 6371 km). */
export function distanceKm(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Fewest weekly hours among the tracks that fit the chosen times (all tracks when none chosen). */
export function fewestHours(program: Program, times: readonly TimeOfDay[] = []): number | undefined {
  const tracks = times.length ? program.tracks.filter((t) => trackFitsTimes(t, times)) : program.tracks;
  if (tracks.length === 0) return undefined;
  return Math.min(...tracks.map(trackHoursPerWeek));
}

export interface SortContext {
  query?: string;
  times?: readonly TimeOfDay[];
  origin?: LatLng;
}

const last = Number.POSITIVE_INFINITY;

function relevance(p: Program, tokens: string[]): number {
  if (tokens.length === 0) return 0;
  const name = foldForSearch(allVersions(p.name).join(' '));
  const center = foldForSearch(p.center);
  let score = 0;
  for (const t of tokens) {
    if (name.includes(t)) score += 3;
    else if (center.includes(t)) score += 2;
    else score += 1;
  }
  return -score;
}

/** Returns `indices` reordered (a new array); `programs[i]` is the program at index i. */
export function sortResults(indices: readonly number[], programs: readonly Program[], key: SortKey, ctx: SortContext = {}): number[] {
  const opening = (p: Program) => (p.nextOpening ? Date.parse(p.nextOpening) : last);
  const hours = (p: Program) => fewestHours(p, ctx.times) ?? last;
  const distance = (p: Program) => (ctx.origin && p.location?.coordinates ? distanceKm(ctx.origin, p.location.coordinates) : last);
  const tokens = foldForSearch(ctx.query ?? '').split(/\s+/).filter(Boolean);
  const keys: ((p: Program) => number)[] =
    key === 'soonest'
      ? [opening, hours]
      : key === 'hours'
        ? [hours, opening]
        : key === 'nearest'
          ? [distance, opening]
          : [(p) => relevance(p, tokens), opening, hours];
  const decorated = indices.map((i) => ({ i, k: keys.map((f) => f(programs[i])) }));
  decorated.sort((a, b) => {
    for (let j = 0; j < a.k.length; j++) if (a.k[j] !== b.k[j]) return a.k[j] < b.k[j] ? -1 : 1;
    return a.i - b.i;
  });
  return decorated.map((d) => d.i);
}
