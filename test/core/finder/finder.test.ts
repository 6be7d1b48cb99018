import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  FACETS,
  FinderIndex,
  emptyFilters,
  filtersToParams,
  paramsToFilters,
  sessionTimeOfDay,
  sortResults,
  trackFitsTimes,
  type FinderFilters,
  type TimeOfDay,
} from '../../../src/core/finder/index.js';
import type { Program, Session } from '../../../src/core/schemas/index.js';
import { program as baseProgram } from '../schemas/examples.js';

function make(id: string, patch: Partial<Program>, sessions?: Session[][]): Program {
  const p = { ...baseProgram(), id, ...patch };
  if (sessions) p.tracks = sessions.map((s, i) => ({ id: `t${i}`, name: `Track ${i}`, sessions: s }));
  return p;
}

const evening: Session[] = [
  { day: 'mon', start: '18:00', end: '21:00', type: 'group' },
  { day: 'wed', start: '18:00', end: '21:00', type: 'group' },
  { day: 'thu', start: '18:00', end: '21:00', type: 'group' },
];
const morning: Session[] = [
  { day: 'mon', start: '09:00', end: '12:00', type: 'group' },
  { day: 'tue', start: '09:00', end: '12:00', type: 'group' },
  { day: 'fri', start: '09:00', end: '12:00', type: 'group' },
];
const weekend: Session[] = [
  { day: 'sat', start: '10:00', end: '14:00', type: 'group' },
  { day: 'sun', start: '10:00', end: '14:00', type: 'group' },
];

const programs: Program[] = [
  make('a', { focus: 'substance-use', format: 'in-person', services: ['mat', 'family-program'], name: 'Northside Evening IOP' }, [evening]),
  make('b', { focus: 'mental-health', format: 'virtual', statesServed: ['TX'], services: ['family-program'], name: { en: 'Teen Mood Program', es: 'Programa de ánimo para adolescentes' }, populations: ['adolescents'], nextOpening: '2026-12-01' }, [morning, weekend]),
  make('c', { focus: 'co-occurring', levelOfCare: 'php', services: ['mat'], payment: { options: ['medicaid'], payerIds: ['00192'] }, nextOpening: '2027-01-10' }, [morning]),
  make('d', { focus: 'substance-use', format: 'hybrid', languages: ['es'], therapies: ['mindfulness'], nextOpening: '2026-12-15' }, [weekend]),
  make('e', { focus: 'mental-health', tracks: [], name: 'Unpublished schedule program' }),
];

describe('time of day, derived from session start times', () => {
  it('puts boundaries where people expect them', () => {
    const at = (day: Session['day'], start: string) => sessionTimeOfDay({ day, start });
    expect(at('mon', '11:59')).to.equal('morning');
    expect(at('mon', '12:00')).to.equal('afternoon');
    expect(at('tue', '16:59')).to.equal('afternoon');
    expect(at('tue', '17:00')).to.equal('evening');
    expect(at('sat', '09:00')).to.equal('weekend');
    expect(at('sun', '19:00')).to.equal('weekend');
  });
  it('a track fits the times a person can attend only when every session does', () => {
    expect(trackFitsTimes({ sessions: evening }, ['evening'])).to.equal(true);
    expect(trackFitsTimes({ sessions: [...evening, ...weekend] }, ['evening'])).to.equal(false);
    expect(trackFitsTimes({ sessions: [...evening, ...weekend] }, ['evening', 'weekend'])).to.equal(true);
    expect(trackFitsTimes({ sessions: morning }, ['evening', 'weekend'])).to.equal(false);
  });
});

describe('FinderIndex', () => {
  const index = new FinderIndex(programs);
  const ids = (f: Partial<FinderFilters>, extra = {}) => index.filter({ ...emptyFilters(), ...f }, extra).matches.map((i) => programs[i].id);

  it('with no filters shows everything', () => expect(ids({})).to.deep.equal(['a', 'b', 'c', 'd', 'e']));
  it('treats options within a facet as alternatives and facets as all-required', () => {
    expect(ids({ focus: ['substance-use', 'co-occurring'] })).to.deep.equal(['a', 'c', 'd']);
    expect(ids({ focus: ['substance-use', 'co-occurring'], format: ['in-person'] })).to.deep.equal(['a']);
  });
  it('requires every chosen service', () => {
    expect(ids({ services: ['mat'] })).to.deep.equal(['a', 'c']);
    expect(ids({ services: ['mat', 'family-program'] })).to.deep.equal(['a']);
  });
  it('matches times by tracks that fit, and never matches an unpublished schedule', () => {
    expect(ids({ times: ['evening'] })).to.deep.equal(['a']);
    expect(ids({ times: ['weekend'] })).to.deep.equal(['b', 'd']);
    expect(ids({ times: ['morning'] })).to.deep.equal(['b', 'c']);
  });
  it('finds payers and payment options in one facet', () => {
    expect(ids({ payment: ['payer:00192'] })).to.deep.equal(['c']);
    expect(ids({ payment: ['medicaid', 'payer:60054'] })).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
  });
  it('searches names in both languages, accents ignored, all words required', () => {
    expect(ids({ query: 'animo' })).to.deep.equal(['b']);
    expect(ids({ query: 'EVENING northside' })).to.deep.equal(['a']);
    expect(ids({ query: 'mindfulness' })).to.deep.equal(['d']);
    expect(ids({ query: 'evening unicorn' })).to.deep.equal([]);
  });
  it('"fits my week": work Mon–Fri 9–5 removes programs whose every track clashes', () => {
    const busy = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'] as Session['day'][], start: '09:00', end: '17:00' }];
    expect(ids({}, { busy })).to.deep.equal(['a', 'b', 'd']);
    expect(ids({ times: ['morning'] }, { busy })).to.deep.equal([]);
  });
  it('says which filters emptied the list and what clearing each gives back', () => {
    const r = index.filter({ ...emptyFilters(), focus: ['co-occurring'], format: ['virtual'] });
    expect(r.matches).to.deep.equal([]);
    expect(r.blockers).to.deep.equal([
      { facet: 'focus', countWithout: 1 },
      { facet: 'format', countWithout: 1 },
    ]);
  });
  it('offers only options that occur in the data, in a stable order', () => {
    expect(index.options('focus')).to.deep.equal(['substance-use', 'mental-health', 'co-occurring']);
    expect(index.options('times')).to.deep.equal(['morning', 'evening', 'weekend']);
  });

  it('agrees with a naive filter on results and on every option count (property)', () => {
    const pick = <T,>(xs: readonly T[]) => fc.subarray([...xs], { maxLength: Math.min(3, xs.length) });
    const filtersArb = fc.record({
      focus: pick(index.options('focus')),
      levelOfCare: pick(index.options('levelOfCare')),
      format: pick(index.options('format')),
      times: pick(index.options('times')) as fc.Arbitrary<TimeOfDay[]>,
      populations: pick(index.options('populations')),
      languages: pick(index.options('languages')),
      payment: pick(index.options('payment')),
      services: pick(index.options('services')),
      query: fc.constantFrom('', 'evening', 'programa', 'riverbend'),
    });
    const naive = (p: Program, f: FinderFilters): boolean => {
      const any = (sel: string[], vals: string[]) => sel.length === 0 || sel.some((s) => vals.includes(s));
      const pay = [...p.payment.options, ...p.payment.payerIds.map((x) => `payer:${x}`)];
      const text = JSON.stringify([p.name, p.center, p.description, p.location?.city, p.location?.state, p.therapies]).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      return (
        any(f.focus, [p.focus]) &&
        any(f.levelOfCare, [p.levelOfCare]) &&
        any(f.format, [p.format]) &&
        any(f.populations, p.populations) &&
        any(f.languages, p.languages) &&
        any(f.payment, pay) &&
        f.services.every((s) => (p.services as string[]).includes(s)) &&
        (f.times.length === 0 || p.tracks.some((t) => trackFitsTimes(t, f.times))) &&
        f.query.split(/\s+/).filter(Boolean).every((w) => text.includes(w))
      );
    };
    fc.assert(
      fc.property(filtersArb, (f) => {
        const r = index.filter(f);
        expect(r.matches.map((i) => programs[i].id)).to.deep.equal(programs.filter((p) => naive(p, f)).map((p) => p.id));
        for (const facet of FACETS) {
          for (const option of index.options(facet)) {
            const values = facet === 'services' || facet === 'times' ? [...new Set([...(f[facet] as string[]), option])] : [option];
            const expected = programs.filter((p) => naive(p, { ...f, [facet]: values })).length;
            expect(r.counts[facet][option], `${facet}=${option}`).to.equal(expected);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('sorting results', () => {
  const all = programs.map((_, i) => i);
  const order = (key: Parameters<typeof sortResults>[2], ctx = {}) => sortResults(all, programs, key, ctx).map((i) => programs[i].id);
  it('soonest opening first, ties in data order', () => expect(order('soonest')).to.deep.equal(['b', 'a', 'e', 'd', 'c']));
  it('unknown openings last', () => {
    const list = [make('x', { nextOpening: undefined }, [evening]), ...programs];
    expect(sortResults(list.map((_, i) => i), list, 'soonest').map((i) => list[i].id).at(-1)).to.equal('x');
  });
  it('fewest hours per week first, no schedule last', () => expect(order('hours')).to.deep.equal(['b', 'd', 'a', 'c', 'e']));
  it('nearest first from a location; without coordinates last', () => {
    const far = make('far', { location: { city: 'El Paso', state: 'TX', coordinates: { lat: 31.76, lng: -106.49 } } }, [evening]);
    const list = [far, ...programs];
    const r = sortResults(list.map((_, i) => i), list, 'nearest', { origin: { lat: 30.2, lng: -97.7 } }).map((i) => list[i].id);
    expect(r[r.length - 1]).to.equal('far');
  });
  it('best match puts name hits above other hits', () => expect(order('best', { query: 'teen' })[0]).to.equal('b'));
});

describe('filters in the URL', () => {
  it('round-trips every facet and the sort', () => {
    const f: FinderFilters = { ...emptyFilters(), focus: ['substance-use'], times: ['evening', 'weekend'], payment: ['medicaid', 'payer:00192'], services: ['mat'] };
    const params = filtersToParams(f, 'hours');
    const back = paramsToFilters(new URLSearchParams(params.toString()), emptyFilters());
    expect(back.filters).to.deep.equal(f);
    expect(back.sort).to.equal('hours');
  });
  it('never writes the search text into the URL', () => {
    const params = filtersToParams({ ...emptyFilters(), query: 'heroin detox near me' });
    expect(params.toString()).to.equal('');
  });
  it('ignores hostile or unknown values instead of throwing', () => {
    const back = paramsToFilters(new URLSearchParams('focus=<script>,mental-health&time=midnight,evening&sort=evil'), emptyFilters());
    expect(back.filters.focus).to.deep.equal(['mental-health']);
    expect(back.filters.times).to.deep.equal(['evening']);
    expect(back.sort).to.equal(undefined);
  });
});
