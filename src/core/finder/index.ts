/**
 * The program finder's filter engine, without UI. Programs are indexed once into
 * bitsets per facet value, so a filter change with 25,000 programs is a handful of
 * word-wise ANDs plus, when there is a search text, one pass over prepared strings.
 *
 * Semantics: options within a facet are alternatives (OR) — except services, which
 * the person wants together (AND); facets combine with AND. Time of day means
 * "times I can attend": a program matches when one of its tracks meets only then.
 * Programs without a published schedule never match a time or "fits my week" filter.
 */
import {
  FOCUSES,
  FORMATS,
  LEVELS_OF_CARE,
  PAYMENT_OPTIONS,
  POPULATIONS,
  SERVICES,
  type Program,
} from '../schemas/index.js';
import { allVersions, foldForSearch } from '../text.js';
import { Bitset } from './bitset.js';
import { FACETS, type Facet, type FinderFilters } from './filters.js';
import { TIMES_OF_DAY, clashingSessions, timesToMask, trackFitsTimes, trackTimeMask, type BusyBlock, type TimeOfDay } from './schedule.js';

export { Bitset } from './bitset.js';
export * from './schedule.js';
export * from './sort.js';
export * from './url-state.js';
export * from './filters.js';

export interface FilterResult {
  /** Indices into `index.programs` of the matching programs, in data order. */
  matches: number[];
  /** For each facet option: how many programs would match with it selected (other facets as they are). */
  counts: Record<Facet, Record<string, number>>;
  /** When nothing matches: the active filters and how many programs clearing each alone would give back. */
  blockers: { facet: Facet | 'query' | 'busy'; countWithout: number }[];
}

/** Canonical option order per facet (values that occur in the data, in this order, then others A–Z). */
const CANONICAL: Record<Facet, readonly string[]> = {
  focus: FOCUSES,
  levelOfCare: LEVELS_OF_CARE,
  format: FORMATS,
  times: TIMES_OF_DAY,
  populations: POPULATIONS,
  languages: ['en', 'es'],
  payment: PAYMENT_OPTIONS,
  services: SERVICES,
};

function valuesOf(program: Program, facet: Exclude<Facet, 'times'>): string[] {
  switch (facet) {
    case 'focus':
      return [program.focus];
    case 'levelOfCare':
      return [program.levelOfCare];
    case 'format':
      return [program.format];
    case 'populations':
      return program.populations;
    case 'languages':
      return program.languages.map((l) => l.split('-')[0]);
    case 'payment':
      return [...program.payment.options, ...program.payment.payerIds.map((id) => `payer:${id}`)];
    case 'services':
      return program.services;
  }
}

export class FinderIndex {
  readonly programs: readonly Program[];
  private readonly bits = new Map<string, Bitset>();
  /** For each mask of allowed times (0–15): programs with a track that fits within it. */
  private readonly timeBits: Bitset[] = [];
  private readonly haystacks: string[];
  private readonly optionLists = new Map<Facet, string[]>();
  private readonly all: Bitset;

  constructor(programs: readonly Program[]) {
    this.programs = programs;
    const n = programs.length;
    this.all = Bitset.full(n);
    for (let mask = 0; mask < 16; mask++) this.timeBits.push(new Bitset(n));
    this.haystacks = new Array(n);
    const seen = new Map<Facet, Set<string>>(FACETS.map((f) => [f, new Set<string>()]));
    programs.forEach((p, i) => {
      for (const facet of FACETS) {
        if (facet === 'times') continue;
        for (const v of valuesOf(p, facet)) {
          const key = `${facet}\u0000${v}`;
          let b = this.bits.get(key);
          if (!b) this.bits.set(key, (b = new Bitset(n)));
          b.add(i);
          seen.get(facet)!.add(v);
        }
      }
      const trackMasks = p.tracks.map(trackTimeMask);
      for (const m of trackMasks) for (const t of TIMES_OF_DAY) if (m & timesToMask([t])) seen.get('times')!.add(t);
      for (let allowed = 1; allowed < 16; allowed++) if (trackMasks.some((m) => m !== 0 && (m & ~allowed) === 0)) this.timeBits[allowed].add(i);
      this.haystacks[i] = foldForSearch(
        [...allVersions(p.name), p.center, ...allVersions(p.description), p.location?.city ?? '', p.location?.state ?? '', ...p.therapies].join(' \u0001 '),
      );
    });
    for (const facet of FACETS) {
      const present = seen.get(facet)!;
      const canonical = CANONICAL[facet].filter((v) => present.has(v));
      const others = [...present].filter((v) => !CANONICAL[facet].includes(v)).sort();
      this.optionLists.set(facet, [...canonical, ...others]);
    }
  }

  /** Options to offer for a facet: the values that occur in the data. */
  options(facet: Facet): string[] {
    return this.optionLists.get(facet) ?? [];
  }

  private facetMask(facet: Facet, selected: readonly string[]): Bitset | undefined {
    if (selected.length === 0) return undefined;
    if (facet === 'times') return this.timeBits[timesToMask(selected as TimeOfDay[])].clone();
    const empty = new Bitset(this.programs.length);
    if (facet === 'services') {
      const m = this.all.clone();
      for (const v of selected) m.and(this.bits.get(`${facet}\u0000${v}`) ?? empty);
      return m;
    }
    const m = new Bitset(this.programs.length);
    for (const v of selected) {
      const b = this.bits.get(`${facet}\u0000${v}`);
      if (b) m.or(b);
    }
    return m;
  }

  private queryMask(query: string): Bitset | undefined {
    const tokens = foldForSearch(query).split(/\s+/).filter(Boolean);
    if (tokens.length === 0) return undefined;
    const m = new Bitset(this.programs.length);
    for (let i = 0; i < this.haystacks.length; i++) {
      const h = this.haystacks[i];
      if (tokens.every((t) => h.includes(t))) m.add(i);
    }
    return m;
  }

  /** Programs with a track that fits both the chosen times (if any) and the busy times. */
  private busyMask(busy: readonly BusyBlock[], times: readonly TimeOfDay[], viewerZone?: string): Bitset | undefined {
    if (busy.length === 0) return undefined;
    const m = new Bitset(this.programs.length);
    this.programs.forEach((p, i) => {
      const fits = p.tracks.some(
        (t) => (times.length === 0 || trackFitsTimes(t, times)) && clashingSessions(t, busy, p.timeZone, viewerZone ?? p.timeZone).length === 0,
      );
      if (fits) m.add(i);
    });
    return m;
  }

  filter(filters: FinderFilters, options: { busy?: readonly BusyBlock[]; viewerZone?: string } = {}): FilterResult {
    const masks = new Map<Facet | 'query' | 'busy', Bitset>();
    for (const f of FACETS) {
      const m = this.facetMask(f, filters[f]);
      if (m) masks.set(f, m);
    }
    const q = this.queryMask(filters.query);
    if (q) masks.set('query', q);
    const b = this.busyMask(options.busy ?? [], filters.times, options.viewerZone);
    if (b) masks.set('busy', b);

    const except = (skip: string): Bitset => {
      const m = this.all.clone();
      for (const [k, mask] of masks) if (k !== skip) m.and(mask);
      return m;
    };
    const result = except('');
    const counts = {} as Record<Facet, Record<string, number>>;
    for (const facet of FACETS) {
      const base = except(facet);
      const row: Record<string, number> = {};
      for (const v of this.options(facet)) {
        if (facet === 'times') {
          row[v] = base.countAnd(this.timeBits[timesToMask([...(filters.times as string[]), v] as TimeOfDay[])]);
        } else if (facet === 'services') {
          row[v] = base.countAnd(this.facetMask('services', [...new Set([...filters.services, v])])!);
        } else {
          row[v] = base.countAnd(this.bits.get(`${facet}\u0000${v}`)!);
        }
      }
      counts[facet] = row;
    }
    const matches = result.toArray();
    const blockers = matches.length > 0 ? [] : [...masks.keys()].map((facet) => ({ facet, countWithout: except(facet).count() }));
    return { matches, counts, blockers };
  }
}
