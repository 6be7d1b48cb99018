import { expect, fixtureCleanup } from '@open-wc/testing';
import fc from 'fast-check';
import { FinderIndex, emptyFilters, paramsToFilters, sortResults, SORTS, TIMES_OF_DAY } from '../../../src/core/finder/index.js';
import { ProgramOrder } from '../../../src/core/finder/order.js';
import { FINDER_PARAM_NAMES, mergeFinderParams } from '../../../src/core/finder/url-merge.js';
import { Program as ProgramSchema, parseList, type Program } from '../../../src/core/schemas/index.js';
import { generatePrograms } from '../../../bench/fixtures/programs.js';
import { $, $$, cardNames, click, countText, html, morningTrack, mountFinder, option, program, shown, text, weekendTrack } from './helpers.js';

describe('<iop-program-finder> "Fits my week"', () => {
  afterEach(() => fixtureCleanup());

  const programs = [program('evening'), program('morning', { tracks: [morningTrack] }), program('both', { tracks: [morningTrack, weekendTrack] })];
  const mount = () =>
    mountFinder(html`<iop-program-finder time-zone="America/Chicago" .backend=${{ listPrograms: () => programs }}></iop-program-finder>`);

  it('marks clashing tracks in text when a work preset is added, without storing anything', async () => {
    const stored = localStorage.length;
    const before = location.href;
    const el = await mount();
    await click(el, $(el, '.week-toggle'));
    await click(el, await shown(el, '.preset')); // Work, Mon–Fri 9–5
    await expect(el).to.be.accessible();
    expect(text($(el, '.busy-list'))).to.contain('Mon–Fri, 9:00 AM–5:00 PM');
    expect(cardNames(el)).to.have.members(['Program evening', 'Program morning', 'Program both']);
    const card = (id: string) => $(el, `[data-program-id="${id}"]`)!;
    expect(text(card('morning').querySelector('.fit-summary'))).to.equal('No track fits your week');
    expect(text(card('morning').querySelector('.track .fit'))).to.equal('✕ Clashes with your busy times');
    expect(text(card('evening').querySelector('.fit-summary'))).to.equal('1 track fits your week');
    expect(text(card('both').querySelector('.fit-summary'))).to.equal('1 track fits your week');
    expect(localStorage.length).to.equal(stored);
    expect(location.href).to.equal(before);
    await expect(el).to.be.accessible();
  });

  it('hides programs that clash when asked, and names "Fits my week" when it removes everything', async () => {
    const el = await mount();
    await click(el, $(el, '.week-toggle'));
    await click(el, await shown(el, '.preset'));
    await click(el, $(el, '#clash-hide'));
    expect(cardNames(el)).to.have.members(['Program evening', 'Program both']);
    await click(el, option(el, 'times', 'morning'));
    expect(countText(el)).to.equal('No programs match');
    await shown(el, '.blockers');
    expect($$(el, '.blockers li span').map(text)).to.include('Clearing “Fits my week” would show 2.');
    await click(el, $(el, '[data-clear="busy"]'));
    expect(cardNames(el)).to.have.members(['Program morning', 'Program both']);
  });

  it('"View schedule" suggests the first track that fits the busy times', async () => {
    const el = await mount();
    el.busy = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }];
    await el.updateComplete;
    const event = new Promise<CustomEvent>((resolve) => el.addEventListener('iop-program-select', (e) => resolve(e), { once: true }));
    await click(el, $(el, '[data-program-id="both"] .view-schedule'));
    expect((await event).detail).to.deep.equal({ programId: 'both', trackId: 'weekend' });
  });

  it('adds a custom busy time and refuses an end before the start', async () => {
    const el = await mount();
    await click(el, $(el, '.week-toggle'));
    const to = await shown<HTMLInputElement>(el, '#busy-to');
    to.value = '08:00';
    await click(el, $(el, '.add-busy'));
    expect(text($(el, '#busy-error'))).to.equal('Choose at least one day, and a “to” time later than the “from” time.');
    expect(el.busy).to.deep.equal([]);
    to.value = '19:00';
    $<HTMLInputElement>(el, '#busy-from')!.value = '17:30';
    await click(el, $(el, '.add-busy'));
    expect(el.busy).to.deep.equal([{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '17:30', end: '19:00' }]);
    expect(text($(el, '[data-program-id="evening"] .fit-summary'))).to.equal('No track fits your week');
    await click(el, $(el, '.remove-busy'));
    expect(el.busy).to.deep.equal([]);
  });
});

describe('<iop-program-finder> URL state', () => {
  let original: string;
  beforeEach(() => (original = location.href));
  afterEach(() => {
    history.replaceState(history.state, '', original);
    fixtureCleanup();
  });

  it('off by default: the URL does not change', async () => {
    const el = await mountFinder(html`<iop-program-finder api-base="/api"></iop-program-finder>`);
    await click(el, option(el, 'format', 'virtual'));
    expect(location.href).to.equal(original);
  });

  it('query: writes filters (not the search) with replaceState and restores them in a new element', async () => {
    history.replaceState(history.state, '', `${location.pathname}?page=keep${location.hash}`);
    const length = history.length;
    const el = await mountFinder(html`<iop-program-finder api-base="/api" url-state="query"></iop-program-finder>`);
    await click(el, option(el, 'format', 'virtual'));
    await click(el, option(el, 'times', 'evening'));
    const search = $<HTMLInputElement>(el, '#search')!;
    search.value = 'my private words';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const params = new URLSearchParams(location.search);
    expect(params.get('format')).to.equal('virtual');
    expect(params.get('time')).to.equal('evening');
    expect(params.get('page')).to.equal('keep');
    expect(location.href).to.not.contain('private');
    expect(history.length).to.equal(length);
    fixtureCleanup();
    const again = await mountFinder(html`<iop-program-finder api-base="/api" url-state="query"></iop-program-finder>`);
    expect(option(again, 'format', 'virtual').checked).to.equal(true);
    expect(option(again, 'times', 'evening').checked).to.equal(true);
    expect(countText(again)).to.equal('2 programs match');
  });

  it('hash: keeps the filters after #', async () => {
    const el = await mountFinder(html`<iop-program-finder api-base="/api" url-state="hash"></iop-program-finder>`);
    await click(el, option(el, 'levelOfCare', 'php'));
    expect(new URLSearchParams(location.hash.slice(1)).get('level')).to.equal('php');
    expect(location.search).to.equal(new URL(original).search);
  });
});

describe('finder helpers', () => {
  it('mergeFinderParams replaces only the finder parameters', () => {
    const merged = mergeFinderParams(new URLSearchParams('utm=x&format=virtual&time=morning'), { ...emptyFilters(), focus: ['mental-health'] }, 'soonest');
    expect(merged.toString()).to.equal('utm=x&focus=mental-health&sort=soonest');
    expect(FINDER_PARAM_NAMES).to.include.members(['focus', 'level', 'format', 'time', 'for', 'lang', 'pay', 'svc', 'sort']);
    expect(paramsToFilters(merged, emptyFilters()).filters.focus).to.deep.equal(['mental-health']);
  });

  const parsed = parseList(ProgramSchema, generatePrograms(300, { seed: 7 }));
  const programs: Program[] = parsed.ok ? parsed.data.items : [];
  const index = new FinderIndex(programs);

  it('ProgramOrder gives the order sortResults gives, for any filters, sort and window', () => {
    const order = new ProgramOrder(programs);
    fc.assert(
      fc.property(
        fc.constantFrom(...SORTS),
        fc.subarray([...TIMES_OF_DAY]),
        fc.subarray(['in-person', 'virtual', 'hybrid']),
        fc.constantFrom('', 'teen', 'harbor recovery', 'cbt'),
        fc.integer({ min: 1, max: 320 }),
        fc.option(fc.record({ lat: fc.double({ min: 25, max: 48, noNaN: true }), lng: fc.double({ min: -120, max: -70, noNaN: true }) }), { nil: undefined }),
        (sort, times, format, query, k, origin) => {
          const { matches } = index.filter({ ...emptyFilters(), times, format, query });
          const ctx = { times, query, origin };
          const expected = sortResults(matches, programs, sort, ctx).slice(0, k);
          expect(order.order(matches, sort, ctx).take(k)).to.deep.equal(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});
