import { aTimeout, expect, fixture, fixtureCleanup, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { placeholderMismatches } from '../../../src/core/i18n/catalogue.js';
import { messages } from '../../../src/components/program-finder/messages.js';
import { compareMessages } from '../../../src/components/program-finder/compare.messages.js';
import { weekMessages } from '../../../src/components/program-finder/week.messages.js';
import { emptyMessages } from '../../../src/components/program-finder/empty.messages.js';
import type { ProgramFinder } from '../../../src/components/program-finder/program-finder.js';
import { $, $$, cardNames, click, countText, html, mountFinder, option, optionCount, program, shown, text } from './helpers.js';

describe('<iop-program-finder> with the reference backend', () => {
  afterEach(() => fixtureCleanup());

  it('has every message in English and Spanish with the same placeholders', async () => {
    for (const catalogue of [messages, compareMessages, weekMessages, emptyMessages]) expect(await placeholderMismatches(catalogue)).to.deep.equal([]);
  });

  it('shows a polite loading state, then the 16 sample programs from /api', async () => {
    const el = await mountFinder(html`<iop-program-finder api-base="/api"></iop-program-finder>`, 'results');
    expect(countText(el)).to.equal('16 programs match');
    expect($$(el, '.card').length).to.equal(16);
    await waitUntil(() => text($(el, '#live')) === '16 programs match', 'count announced');
    await expect(el).to.be.accessible();
  });

  it('renders the loading state accessibly', async () => {
    const never = { listPrograms: () => new Promise(() => undefined) };
    const loading = await fixture<ProgramFinder>(html`<iop-program-finder .backend=${never}></iop-program-finder>`);
    expect(text($(loading, '.loading'))).to.equal('Loading programs…');
    expect($(loading, '.loading')!.getAttribute('role')).to.equal('status');
    await expect(loading).to.be.accessible();
  });

  it('loads the static file /test-static/iop-data.json', async () => {
    const el = await mountFinder(html`<iop-program-finder src="/test-static/iop-data.json"></iop-program-finder>`);
    expect(cardNames(el)).to.have.members(['Evening IOP for adults', 'Virtual IOP for teens']);
  });

  it('counts malformed programs from /api-bad visibly and shows the good ones', async () => {
    const el = await mountFinder(html`<iop-program-finder api-base="/api-bad"></iop-program-finder>`);
    expect(text($(el, '.rejected'))).to.equal('2 programs could not be shown because their information is incomplete.');
    expect($$(el, '.card').length).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('shows counts next to each option and narrows results when one is checked', async () => {
    const el = await mountFinder(html`<iop-program-finder api-base="/api"></iop-program-finder>`);
    expect(optionCount(el, 'format', 'virtual')).to.equal(3);
    expect(optionCount(el, 'format', 'in-person')).to.equal(10);
    expect(optionCount(el, 'levelOfCare', 'php')).to.equal(2);
    await click(el, option(el, 'format', 'virtual'));
    expect(countText(el)).to.equal('3 programs match');
    expect($$(el, '.card').length).to.equal(3);
    // Other facets' counts follow the format filter.
    expect(optionCount(el, 'levelOfCare', 'iop')).to.be.lessThan(11);
    await waitUntil(() => text($(el, '#live')) === '3 programs match', 'new count announced');
  });

  it('each filter type changes the results', async () => {
    const el = await mountFinder(html`<iop-program-finder api-base="/api"></iop-program-finder>`);
    const cases: [string, string, number][] = [
      ['focus', 'mental-health', 5],
      ['levelOfCare', 'op', 3],
      ['times', 'weekend', 3],
      ['populations', 'veterans', 1],
      ['languages', 'es', 4],
      ['payment', 'tricare', 3],
      ['services', 'sober-living-referral', 2],
    ];
    for (const [facet, value, n] of cases) {
      await click(el, option(el, facet, value));
      expect(countText(el), `${facet}=${value}`).to.equal(`${n} program${n === 1 ? '' : 's'} match${n === 1 ? 'es' : ''}`);
      await click(el, option(el, facet, value));
      expect(countText(el)).to.equal('16 programs match');
    }
  });

  it('searches names and descriptions; the search text never reaches the URL', async () => {
    const before = location.href;
    const el = await mountFinder(html`<iop-program-finder api-base="/api" url-state="query"></iop-program-finder>`);
    const search = $<HTMLInputElement>(el, '#search')!;
    search.focus();
    await sendKeys({ type: 'teen' });
    await el.updateComplete;
    expect(countText(el)).to.equal('2 programs match');
    expect(location.href).to.equal(before);
  });

  it('time of day: "evening" keeps programs with a track meeting only in the evening', async () => {
    const programs = [
      program('eve'),
      program('mixed', { tracks: [{ id: 'x', name: 'Mixed', sessions: [{ day: 'mon', start: '18:00', end: '20:00', type: 'group' }, { day: 'sat', start: '10:00', end: '12:00', type: 'group' }] }] }),
      program('none', { tracks: [] }),
    ];
    const el = await mountFinder(html`<iop-program-finder .backend=${{ listPrograms: () => programs }}></iop-program-finder>`);
    expect(optionCount(el, 'times', 'evening')).to.equal(1);
    await click(el, option(el, 'times', 'evening'));
    expect(cardNames(el)).to.deep.equal(['Program eve']);
    await click(el, option(el, 'times', 'weekend'));
    expect(cardNames(el)).to.have.members(['Program eve', 'Program mixed']);
    expect(text($(el, '[data-program-id="none"]'))).to.equal('');
  });

  it('names the filters that removed everything and clears them', async () => {
    const el = await mountFinder(html`<iop-program-finder api-base="/api"></iop-program-finder>`);
    await click(el, option(el, 'format', 'virtual'));
    await click(el, option(el, 'populations', 'veterans'));
    expect(countText(el)).to.equal('No programs match');
    expect(text(await shown(el, '.empty-result p'))).to.equal('No programs match Virtual (online) + Veterans.');
    const lines = $$(el, '.blockers li span').map(text);
    expect(lines).to.deep.equal(['Clearing “Who it is for” would show 3.', 'Clearing “Format” would show 1.']);
    await expect(el).to.be.accessible();
    await click(el, $(el, '[data-clear="format"]'));
    expect(countText(el)).to.equal('1 program matches');
    await click(el, option(el, 'format', 'virtual'));
    await click(el, await shown(el, '.empty-result .clear-all'));
    expect(countText(el)).to.equal('16 programs match');
  });

  it('compares up to 4 programs in a table with row headers, and says when full', async () => {
    const el = await mountFinder(html`<iop-program-finder api-base="/api"></iop-program-finder>`);
    const changes: string[][] = [];
    el.addEventListener('iop-compare-change', (e) => changes.push(e.detail.programIds));
    const toggles = $$<HTMLButtonElement>(el, '.compare-toggle');
    for (const b of toggles.slice(0, 5)) await click(el, b);
    expect(toggles.slice(0, 5).map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'true', 'true', 'true', 'false']);
    expect(text($(el, '#notice-live'))).to.equal('You can compare up to 4 programs. Remove one to add another.');
    expect(changes.length).to.equal(4);
    expect(changes[3]!.length).to.equal(4);
    await click(el, $(el, '.open-compare'));
    const table = await shown(el, 'table');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#compare-heading'));
    expect(text(table.querySelector('caption'))).to.equal('Side-by-side comparison of 4 programs');
    expect($$(el, 'thead th[scope="col"]').length).to.equal(4);
    expect($$(el, 'tbody th[scope="row"]').map(text)).to.include.members([
      'Hours and days per week',
      'Session types',
      'Usual length',
      'Format',
      'Payment',
      'Services',
      'Languages',
      'Accreditation',
    ]);
    expect(text(table)).to.match(/hours a week/);
    await expect(el).to.be.accessible();
    await click(el, $(el, '.remove-compare'));
    expect($$(el, 'thead th[scope="col"]').length).to.equal(3);
    expect(changes.at(-1)!.length).to.equal(3);
  });

  it('keyboard: Tab reaches the filters, Space toggles a checkbox, Enter on "View schedule" emits iop-program-select', async () => {
    const el = await mountFinder(html`<iop-program-finder api-base="/api"></iop-program-finder>`);
    $<HTMLInputElement>(el, '#search')!.focus();
    await sendKeys({ press: 'Tab' }); // "Fits my week"
    await sendKeys({ press: 'Tab' }); // first time-of-day option
    const active = () => el.shadowRoot!.activeElement as HTMLInputElement;
    expect(active().type).to.equal('checkbox');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(active().checked).to.equal(true);
    expect(countText(el)).to.not.equal('16 programs match');
    const button = $<HTMLButtonElement>(el, '.view-schedule')!;
    button.focus();
    const event = oneEvent(el, 'iop-program-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    expect(detail.programId).to.equal($(el, '.card')!.dataset['programId']);
  });

  it('"View schedule" sets the schedule viewer\'s program-id', async () => {
    const viewer = document.createElement('div');
    viewer.id = 'pf-test-viewer';
    document.body.append(viewer);
    try {
      const el = await mountFinder(html`<iop-program-finder api-base="/api" schedule-viewer="#pf-test-viewer"></iop-program-finder>`);
      await click(el, $(el, '.view-schedule'));
      await waitUntil(() => viewer.hasAttribute('program-id'), 'viewer pointed at the program');
      expect(viewer.getAttribute('program-id')).to.equal($(el, '.card')!.dataset['programId']);
    } finally {
      viewer.remove();
    }
  });

  it('renders in Spanish', async () => {
    const el = await mountFinder(html`<iop-program-finder api-base="/api" locale="es"></iop-program-finder>`);
    expect(text($(el, 'h2'))).to.equal('Encuentre un programa');
    expect(countText(el)).to.equal('16 programas coinciden');
    expect(text($(el, 'fieldset[data-facet="times"] legend'))).to.equal('¿Cuándo puede asistir?');
    expect(text(option(el, 'levelOfCare', 'iop').parentElement!.querySelector('.hint'))).to.equal(
      'Entre 9 y 19 horas de tratamiento a la semana mientras vive en su casa.',
    );
    expect(el.getAttribute('lang')).to.equal('es');
    await expect(el).to.be.accessible();
  });

  it('parts fetched on demand arrive in Spanish, never English first', async () => {
    const el = await mountFinder(html`<iop-program-finder api-base="/api" locale="es"></iop-program-finder>`);
    await click(el, $(el, '.compare-toggle'));
    await click(el, $(el, '.open-compare'));
    expect(text(await shown(el, '#compare-heading'))).to.equal('Comparar programas');
    await click(el, $(el, '.back'));
    await click(el, $(el, '.week-toggle'));
    expect(text(await shown(el, '.add-busy'))).to.equal('Agregar horario ocupado');
    await expect(el).to.be.accessible();
  });

  it('shows an error with Try again, and recovers when the backend answers', async () => {
    let calls = 0;
    const backend = {
      listPrograms: async () => {
        calls++;
        if (calls === 1) throw new TypeError('Failed to fetch');
        return [program('a'), program('b')];
      },
    };
    const el = await mountFinder(html`<iop-program-finder .backend=${backend}></iop-program-finder>`, 'error');
    expect(text($(el, '.state.error'))).to.contain("We couldn't load the programs.");
    await expect(el).to.be.accessible();
    await click(el, $(el, '.state.error button'));
    await waitUntil(() => $$(el, '.card').length === 2, 'programs after retry');
    expect(calls).to.equal(2);
  });

  it('a backend returning garbage ends in the error state', async () => {
    const el = await mountFinder(html`<iop-program-finder .backend=${{ listPrograms: () => 'not a list' }}></iop-program-finder>`, 'error');
    expect(text($(el, '.state.error'))).to.contain("We received information we couldn't read.");
  });

  it('an empty program list says so kindly', async () => {
    const el = await mountFinder(html`<iop-program-finder .backend=${{ listPrograms: () => [] }}></iop-program-finder>`, 'empty');
    expect(text($(el, '.state.empty'))).to.contain('No programs are listed right now');
    await expect(el).to.be.accessible();
  });

  it('emits iop-filter-change with the filters and the result count', async () => {
    const el = await mountFinder(html`<iop-program-finder api-base="/api"></iop-program-finder>`);
    const event = oneEvent(el, 'iop-filter-change');
    option(el, 'format', 'hybrid').click();
    const { detail } = await event;
    expect(detail.filters.format).to.deep.equal(['hybrid']);
    expect(detail.resultCount).to.equal(3);
  });

  it('shows 20 results, then "Show 20 more" adds them and moves focus to the first new one', async () => {
    const many = Array.from({ length: 45 }, (_, i) => program(`p${String(i).padStart(2, '0')}`));
    const el = await mountFinder(html`<iop-program-finder .backend=${{ listPrograms: () => many }}></iop-program-finder>`);
    expect($$(el, '.card').length).to.equal(20);
    expect(text($(el, '.show-more'))).to.equal('Show 20 more');
    await click(el, $(el, '.show-more'));
    expect($$(el, '.card').length).to.equal(40);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[data-position="20"] h4'));
    expect(text($(el, '.show-more'))).to.equal('Show 5 more');
  });

  it('collapses filters behind "Filters (n)" in a narrow container', async () => {
    const el = await mountFinder(html`<iop-program-finder api-base="/api" style="width: 320px; display: block"></iop-program-finder>`);
    const toggle = $<HTMLButtonElement>(el, '.filters-toggle')!;
    expect(getComputedStyle(toggle).display).to.not.equal('none');
    expect(getComputedStyle($(el, '#filters')!).display).to.equal('none');
    await click(el, toggle);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle($(el, '#filters')!).display).to.not.equal('none');
    await click(el, option(el, 'format', 'virtual'));
    expect(text(toggle)).to.equal('Filters (1)');
    await expect(el).to.be.accessible();
    await aTimeout(0);
  });

  it('"Use my location": nearest appears only with a location; a refusal is explained kindly', async () => {
    const proto = Object.getPrototypeOf(navigator.geolocation) as Geolocation;
    const original = proto.getCurrentPosition;
    const far = program('far', { location: { city: 'Seattle', state: 'WA', coordinates: { lat: 47.6, lng: -122.3 } }, nextOpening: '2026-01-01' });
    const near = program('near', { location: { city: 'Austin', state: 'TX', coordinates: { lat: 30.27, lng: -97.74 } }, nextOpening: '2027-01-01' });
    try {
      proto.getCurrentPosition = function (_ok: PositionCallback, fail?: PositionErrorCallback | null) {
        fail?.({ code: 1, message: 'denied', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 } as GeolocationPositionError);
      };
      const el = await mountFinder(html`<iop-program-finder .programs=${[far, near]}></iop-program-finder>`);
      const values = () => $$<HTMLOptionElement>(el, '#sort option').map((o) => o.value);
      expect(values()).to.deep.equal(['best', 'soonest', 'hours']);
      await click(el, $(el, '.locate'));
      expect(text($(el, '.location-note'))).to.contain("We couldn't use your location.");
      expect(values()).to.deep.equal(['best', 'soonest', 'hours']);
      proto.getCurrentPosition = function (ok: PositionCallback) {
        ok({ coords: { latitude: 30.3, longitude: -97.7 } } as GeolocationPosition);
      };
      await click(el, $(el, '.locate'));
      expect(values()).to.deep.equal(['best', 'soonest', 'hours', 'nearest']);
      expect($<HTMLSelectElement>(el, '#sort')!.value).to.equal('nearest');
      expect(cardNames(el)).to.deep.equal(['Program near', 'Program far']);
      expect(location.href).to.not.contain('30.3');
    } finally {
      proto.getCurrentPosition = original;
    }
  });

  it('shows programs given as .programs without asking the backend for them', async () => {
    let asked = 0;
    const backend = { listPrograms: async () => (asked++, []) };
    const el = await mountFinder(html`<iop-program-finder .backend=${backend} .programs=${[program('given')]}></iop-program-finder>`);
    expect(cardNames(el)).to.deep.equal(['Program given']);
    expect(asked).to.equal(0);
  });

  it('accepts partial filters from the host page', async () => {
    const el = await mountFinder(html`<iop-program-finder api-base="/api" .filters=${{ format: ['virtual'] }}></iop-program-finder>`);
    expect(countText(el)).to.equal('3 programs match');
    expect(option(el, 'format', 'virtual').checked).to.equal(true);
  });
});
