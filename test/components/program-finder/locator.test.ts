/**
 * Programs from SAMHSA's treatment locator (`fromLocatorRows`) have no published schedule:
 * cards and the compare table say "Schedule not published — call …" with a `tel:` link, and
 * such programs never count as fitting a time-of-day or "Fits my week" filter.
 */
import { expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { fromLocatorRows } from '../../../src/core/locator/index.js';
import '../../../src/define/schedule-viewer.js';
import { iopRow, noPhone, noSetting, phpRow, residentialOnly } from '../../fixtures/locator/rows.js';
import { $, $$, cardNames, click, countText, html, mountFinder, option, optionCount, program, shown, text } from './helpers.js';

const imported = fromLocatorRows([iopRow, noPhone, noSetting, phpRow, residentialOnly]);
const [riverbend, lakeside] = imported.programs;
/** Locator programs are named in one language (a string). */
const rName = riverbend!.name as string;
const lName = lakeside!.name as string;
/** Two locator programs (no schedules) next to one program with an evening track. */
const mixed = [riverbend!, program('evening', { name: 'Harbor Evening IOP' }), lakeside!];

const card = (el: HTMLElement, id: string) => el.shadowRoot!.querySelector(`[data-program-id="${id}"]`)!;

describe('<iop-program-finder> with programs from the locator (no schedules)', () => {
  afterEach(() => fixtureCleanup());

  it('the fixture rows import as two programs without tracks (the rest are skipped with a reason)', () => {
    expect(imported.programs.map((p) => p.tracks.length)).to.deep.equal([0, 0]);
    expect(imported.skipped).to.have.length(3);
    expect(riverbend!.intakePhone).to.equal('(512) 555-0102');
  });

  it('each card says "Schedule not published — call" with the program’s intake phone as a tel: link, never an empty track list', async () => {
    const el = await mountFinder(html`<iop-program-finder locale="en" .programs=${imported.programs}></iop-program-finder>`);
    expect(countText(el)).to.equal('2 programs match');
    for (const p of imported.programs) {
      const c = card(el, p.id);
      expect(text(c.querySelector('.no-schedule'))).to.equal(`Schedule not published — call ${p.intakePhone}`);
      expect(c.querySelector('.tracks')).to.equal(null);
      expect(c.querySelector('.zone')).to.equal(null);
    }
    expect(card(el, riverbend!.id).querySelector<HTMLAnchorElement>('.no-schedule a')!.getAttribute('href')).to.equal('tel:+15125550102');
    expect(card(el, lakeside!.id).querySelector<HTMLAnchorElement>('.no-schedule a')!.getAttribute('href')).to.equal('tel:+12185550110');
    await expect(el).to.be.accessible();
  });

  it('in Spanish: "Horario no publicado — llame al …"', async () => {
    const el = await mountFinder(html`<iop-program-finder locale="es" .programs=${imported.programs}></iop-program-finder>`);
    expect(text(card(el, lakeside!.id).querySelector('.no-schedule'))).to.equal('Horario no publicado — llame al (218) 555-0110');
    await expect(el).to.be.accessible();
  });

  it('the compare table says the same in the schedule row, with the tel: link, next to a program that has one', async () => {
    const el = await mountFinder(html`<iop-program-finder locale="en" .programs=${mixed}></iop-program-finder>`);
    for (const b of $$<HTMLButtonElement>(el, '.compare-toggle')) await click(el, b);
    await click(el, $(el, '.open-compare'));
    await shown(el, 'table');
    const row = $$(el, 'tbody tr').find((tr) => text(tr.querySelector('th')) === 'Hours and days per week')!;
    const columns = $$(el, 'thead .col-name').map(text);
    const cell = (name: string) => row.querySelectorAll('td')[columns.indexOf(name)]!;
    expect(columns).to.have.members([rName, 'Harbor Evening IOP', lName]);
    expect(text(cell(rName))).to.equal('Schedule not published — call (512) 555-0102');
    expect(cell(rName).querySelector('a')!.getAttribute('href')).to.equal('tel:+15125550102');
    expect(text(cell('Harbor Evening IOP'))).to.include('Evening track');
    expect(text(cell(lName))).to.equal('Schedule not published — call (218) 555-0110');
    await expect(el).to.be.accessible();
  });

  it('time-of-day filters count and show only programs with a published schedule', async () => {
    const el = await mountFinder(html`<iop-program-finder locale="en" .programs=${mixed}></iop-program-finder>`);
    await waitUntil(() => $(el, 'fieldset[data-facet="times"]'), 'time filter', { timeout: 5000 });
    expect(optionCount(el, 'times', 'evening')).to.equal(1);
    await click(el, option(el, 'times', 'evening'));
    expect(cardNames(el)).to.deep.equal(['Harbor Evening IOP']);
  });

  it('"Fits my week": locator programs are never hidden as fitting nor labelled as fitting', async () => {
    const el = await mountFinder(html`<iop-program-finder locale="en" time-zone="America/Chicago" .programs=${mixed}></iop-program-finder>`);
    el.busy = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }];
    await el.updateComplete;
    // Marked (the default): all shown; only the scheduled program gets a fit line.
    expect(text(card(el, 'evening').querySelector('.fit-summary'))).to.equal('1 track fits your week');
    expect(card(el, riverbend!.id).querySelector('.fit-summary, .fit')).to.equal(null);
    expect(text(card(el, riverbend!.id).querySelector('.no-schedule'))).to.include('Schedule not published');
    // Hidden: programs that cannot be shown to fit are left out.
    el.clashMode = 'hide';
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Harbor Evening IOP']);
  });

  it('the schedule viewer’s own no-schedule state says the same, with the same tel: link', async () => {
    const viewer = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<iop-schedule-viewer locale="en" program-id=${riverbend!.id} .programs=${imported.programs}></iop-schedule-viewer>`,
    );
    await waitUntil(() => viewer.shadowRoot!.textContent!.includes('not published'), 'no-schedule state', { timeout: 5000 });
    const shown = viewer.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(shown).to.include('This program has not published its schedule yet.');
    expect(shown).to.include('Call (512) 555-0102 to ask about session days and times.');
    expect(viewer.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+15125550102');
  });
});
