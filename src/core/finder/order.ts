/**
 * Result order for large lists, the same order as `sortResults` but cheap to repeat.
 *
 * `sortResults` computes every key for every match on each call; with 25,000 programs
 * the weekly-hours key alone costs hundreds of milliseconds. `ProgramOrder` keeps each
 * key per program once (weekly hours per chosen-times mask, lazily), sorts by the first
 * key only, and breaks ties group by group, only for the part of the list that is shown
 * (`take(k)`). Without a search text, the order of *all* programs is cached per sort,
 * and a filter change only walks it, keeping the programs that match.
 */
import type { Program } from '../schemas/index.js';
import { allVersions, foldForSearch } from '../text.js';
import { timesToMask, type TimeOfDay } from './schedule.js';
import { distanceKm, fewestHours, type LatLng, type SortKey } from './sort.js';

const LAST = Number.POSITIVE_INFINITY;

/** Days since 1970 of an ISO date, without `Date` (calendar dates, no zone). */
function isoDay(iso: string | undefined): number {
  if (!iso) return LAST;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? LAST : t;
}

type Key = (i: number) => number;

/** Indices ordered by `keys` (then by index), refined lazily: only the groups that `take` reaches are tie-broken. */
export class LazyOrder {
  private readonly order: Int32Array;
  /** Start of every group of equal first key, plus the end. */
  private readonly bounds: number[];
  private refined = 0;

  constructor(indices: ArrayLike<number>, private readonly keys: Key[]) {
    const n = indices.length;
    const first = new Float64Array(n);
    const order = new Int32Array(n);
    for (let j = 0; j < n; j++) {
      order[j] = indices[j];
      first[j] = keys[0](indices[j]);
    }
    // Sort positions by (first key, index): a typed-array sort of packed pairs would lose ties, so sort a permutation.
    const perm = Array.from({ length: n }, (_, j) => j);
    perm.sort((a, b) => (first[a] < first[b] ? -1 : first[a] > first[b] ? 1 : order[a] - order[b]));
    this.order = Int32Array.from(perm, (j) => order[j]);
    const sortedFirst = Float64Array.from(perm, (j) => first[j]);
    this.bounds = [0];
    for (let j = 1; j < n; j++) if (sortedFirst[j] !== sortedFirst[j - 1]) this.bounds.push(j);
    this.bounds.push(n);
    if (keys.length === 1) this.refined = this.bounds.length - 1;
  }

  get size(): number {
    return this.order.length;
  }

  private refineGroup(g: number): void {
    const from = this.bounds[g];
    const to = this.bounds[g + 1];
    if (to - from > 1) {
      const rest = this.keys.slice(1);
      const part = Array.from(this.order.subarray(from, to));
      const cached = new Map<number, number[]>();
      const keyOf = (i: number) => {
        let k = cached.get(i);
        if (!k) cached.set(i, (k = rest.map((f) => f(i))));
        return k;
      };
      part.sort((a, b) => {
        const ka = keyOf(a);
        const kb = keyOf(b);
        for (let j = 0; j < ka.length; j++) if (ka[j] !== kb[j]) return ka[j] < kb[j] ? -1 : 1;
        return a - b;
      });
      this.order.set(part, from);
    }
  }

  /** The first `k` indices (all when `k` is omitted) that pass `accept`, in order. */
  take(k = Number.POSITIVE_INFINITY, accept?: (i: number) => boolean): number[] {
    const out: number[] = [];
    const groups = this.bounds.length - 1;
    for (let g = 0; g < groups && out.length < k; g++) {
      const from = this.bounds[g];
      const to = this.bounds[g + 1];
      if (g >= this.refined) {
        // A group nobody wants (no accepted member) need not be refined.
        if (accept) {
          let any = false;
          for (let j = from; j < to && !any; j++) any = accept(this.order[j]);
          if (!any) continue;
        }
        this.refineGroup(g);
        if (g === this.refined) this.refined++;
      }
      for (let j = from; j < to && out.length < k; j++) {
        const i = this.order[j];
        if (!accept || accept(i)) out.push(i);
      }
    }
    return out;
  }
}

export interface OrderContext {
  query?: string;
  times?: readonly TimeOfDay[];
  origin?: LatLng;
}

/** Per-program sort keys of one data load, computed at most once each. */
export class ProgramOrder {
  private readonly opening: Float64Array;
  private readonly hours = new Map<number, Float64Array>();
  private readonly distances = new Map<string, Float64Array>();
  private readonly wholeLists = new Map<string, LazyOrder>();

  constructor(readonly programs: readonly Program[]) {
    this.opening = Float64Array.from(programs, (p) => isoDay(p.nextOpening));
  }

  private hoursKey(times: readonly TimeOfDay[]): Key {
    const mask = timesToMask(times);
    let cache = this.hours.get(mask);
    if (!cache) this.hours.set(mask, (cache = new Float64Array(this.programs.length).fill(Number.NaN)));
    const c = cache;
    return (i) => {
      let v = c[i];
      if (Number.isNaN(v)) c[i] = v = fewestHours(this.programs[i], times) ?? LAST;
      return v;
    };
  }

  private distanceKey(origin: LatLng | undefined): Key {
    if (!origin) return () => LAST;
    const id = `${origin.lat},${origin.lng}`;
    let cache = this.distances.get(id);
    if (!cache) this.distances.set(id, (cache = new Float64Array(this.programs.length).fill(Number.NaN)));
    const c = cache;
    return (i) => {
      let v = c[i];
      if (Number.isNaN(v)) {
        const at = this.programs[i].location?.coordinates;
        c[i] = v = at ? distanceKm(origin, at) : LAST;
      }
      return v;
    };
  }

  private keysFor(key: SortKey, ctx: OrderContext, tokens: string[]): Key[] {
    const opening: Key = (i) => this.opening[i];
    const hours = this.hoursKey(ctx.times ?? []);
    if (key === 'soonest') return [opening, hours];
    if (key === 'hours') return [hours, opening];
    if (key === 'nearest') return [this.distanceKey(ctx.origin), opening];
    if (tokens.length === 0) return [opening, hours];
    return [(i) => relevance(this.programs[i], tokens), opening, hours];
  }

  /**
   * `matches` (ascending indices, as `FinderIndex.filter` returns them) in the order `sortResults`
   * gives, lazily: call `take(k)` for the first k.
   */
  order(matches: readonly number[], key: SortKey, ctx: OrderContext = {}): { take(k?: number): number[] } {
    const tokens = foldForSearch(ctx.query ?? '').split(/\s+/).filter(Boolean);
    if (tokens.length > 0) return new LazyOrder(matches, this.keysFor(key, ctx, tokens));
    const id = `${key}|${timesToMask(ctx.times ?? [])}|${key === 'nearest' && ctx.origin ? `${ctx.origin.lat},${ctx.origin.lng}` : ''}`;
    let whole = this.wholeLists.get(id);
    if (!whole) {
      whole = new LazyOrder(Int32Array.from(this.programs, (_, i) => i), this.keysFor(key, ctx, tokens));
      this.wholeLists.set(id, whole);
    }
    if (matches.length === this.programs.length) return { take: (k) => whole.take(k) };
    const member = new Uint8Array(this.programs.length);
    for (const i of matches) member[i] = 1;
    const list = whole;
    return { take: (k) => list.take(k, (i) => member[i] === 1) };
  }
}

/** As in `sortResults`: 3 per token in the name, 2 in the center, 1 elsewhere; negated so higher sorts first. */
function relevance(p: Program, tokens: string[]): number {
  const name = foldForSearch(allVersions(p.name).join(' '));
  const center = foldForSearch(p.center);
  let score = 0;
  for (const t of tokens) score += name.includes(t) ? 3 : center.includes(t) ? 2 : 1;
  return -score;
}
