import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { placeholderMismatches } from '../../../src/core/i18n/catalogue.js';
import { messages } from '../../../src/components/schedule-viewer/messages.js';
import { $, $$, loadFromApi, mount, settled, text } from './helpers.js';
import { lightIop, unpublished } from './fixtures.js';

describe('<iop-schedule-viewer>: loading, states and structure', () => {
  it('has every message in English and Spanish with the same placeholders', async () => {
    expect(await placeholderMismatches(messages)).to.deep.equal([]);
  });

  it('announces loading, then shows one program from /api as a week table', async () => {
    const el = await mount(html`<iop-schedule-viewer api-base="/api-trouble/slow-800" program-id="riverbend-adult-iop"></iop-schedule-viewer>`);
    expect(text($(el, '[role="status"]'))).to.equal('Loading the schedule…');
    expect(text($(el, '.program.loading'))).to.equal('Loading this program’s schedule…');
    await expect(el).to.be.accessible();

    const ok = await loadFromApi('riverbend-adult-iop');
    expect(text($(ok, 'h2'))).to.equal('Adult Substance Use IOP');
    expect(text($(ok, 'caption'))).to.equal('Adult Substance Use IOP — Morning track: weekly schedule');
    expect(text($(ok, '[role="status"]'))).to.equal('');
    await expect(ok).to.be.accessible();
  });

  it('a slow answer that is not a program ends in an error with a working Try again', async () => {
    const el = await mount(html`<iop-schedule-viewer api-base="/api-trouble/slow-50" program-id="x"></iop-schedule-viewer>`);
    await settled(el);
    expect(text($(el, '.program.error .message'))).to.equal('We couldn’t load the schedule of “x”. We received information we couldn\'t read. Please try again later.');
    await expect(el).to.be.accessible();
  });

  it('a custom backend returning garbage shows the error state; Try again loads it again', async () => {
    let calls = 0;
    const good = lightIop();
    const el = await mount(html`<iop-schedule-viewer .backend=${{ getProgram: async () => (++calls === 1 ? { garbage: true } : good) }} program-id="light-iop"></iop-schedule-viewer>`);
    await settled(el);
    expect($(el, '.program.error')).to.exist;
    $(el, 'button.retry')!.click();
    await waitUntil(() => $(el, 'table'), 'retry did not load the program');
    expect(calls).to.equal(2);
    expect(text($(el, 'h2'))).to.equal('Evening Recovery IOP');
  });

  it('a bad id says the program was not found, with the center phone as a tel: link', async () => {
    const el = await mount(html`<iop-schedule-viewer api-base="/api" program-id="no-such-program" center-phone="(512) 555-0100"></iop-schedule-viewer>`);
    await settled(el);
    expect(text($(el, '.not-found .message'))).to.contain('We couldn’t find the program “no-such-program”');
    expect($(el, '.not-found a')!.getAttribute('href')).to.equal('tel:+15125550100');
    await expect(el).to.be.accessible();
  });

  it('compares three programs from /api side by side, each with its totals', async () => {
    const el = await loadFromApi('riverbend-adult-iop,harborlight-veterans-iop,desert-bloom-virtual-iop');
    expect($$(el, 'table')).to.have.length(3);
    expect($$(el, 'h2').map(text)).to.deep.equal(['Adult Substance Use IOP', 'Veterans and First Responders IOP', 'Virtual Co-occurring IOP']);
    expect($$(el, '.totals')).to.have.length(3);
    expect($(el, '.panels')!.classList.contains('compare')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('in compare mode, a bad id fails alone while the others show', async () => {
    const el = await loadFromApi('riverbend-adult-iop,nope');
    expect($$(el, 'table')).to.have.length(1);
    expect(text($(el, '.not-found'))).to.contain('“nope”');
  });

  it('the week table has a caption, column and row headers, and sessions that say day, time and type', async () => {
    const el = await loadFromApi('riverbend-adult-iop');
    const cols = $$(el, 'thead th');
    expect(cols.every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect(cols.map(text)).to.deep.equal(['Time', 'Monday', 'Tuesday', 'Wednesday', 'Friday']);
    const rows = $$(el, 'tbody th');
    expect(rows.every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
    expect(rows.map(text)).to.deep.equal(['9:00 AM', '10:30 AM', '11:00 AM']);
    // Monday 9:00: the first body cell of the Monday column.
    const first = $(el, 'tbody tr:first-child td')!;
    expect(text(first)).to.equal('Monday, 9:00 AM – 10:30 AM CT, ● Group therapy : Recovery process group');
    expect(text($(el, '.legend'))).to.contain('Group therapy').and.contain('Education').and.contain('Individual therapy');
    expect($(el, '.legend [data-type="group"] .glyph')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('all-days shows seven columns', async () => {
    const el = await mount(html`<iop-schedule-viewer .programs=${[lightIop()]} all-days view="week" viewer-time-zone="America/Chicago"></iop-schedule-viewer>`);
    expect($$(el, 'thead th')).to.have.length(8);
  });

  it('the list view shows day headings with the sessions under them', async () => {
    const el = await loadFromApi('riverbend-adult-iop');
    const listRadio = $$(el, '.view-switch input').find((i) => (i as HTMLInputElement).value === 'list')!;
    listRadio.click();
    await el.updateComplete;
    expect($(el, 'table')).to.equal(null);
    expect($$(el, '.agenda h3').map(text)).to.deep.equal(['Monday', 'Tuesday', 'Wednesday', 'Friday']);
    expect(text($(el, '.agenda li'))).to.contain('Group therapy').and.contain('9:00 AM');
    await expect(el).to.be.accessible();
  });

  it('narrow containers default to the list', async () => {
    const wrap = document.createElement('div');
    wrap.style.width = '320px';
    document.body.append(wrap);
    const el = document.createElement('iop-schedule-viewer');
    el.programs = [lightIop()];
    el.viewerTimeZone = 'America/Chicago';
    wrap.append(el);
    after(() => wrap.remove());
    await waitUntil(() => $(el, '.agenda'), 'list view not chosen at 320 px', { timeout: 5000 });
    expect($(el, 'table')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('tracks switch with the arrow keys; the choice is announced by an event and remembered per program', async () => {
    const el = await mount(html`<iop-schedule-viewer .programs=${[lightIop()]} view="week" viewer-time-zone="America/Chicago"></iop-schedule-viewer>`);
    const events: unknown[] = [];
    el.addEventListener('iop-schedule-track-change', (e) => events.push(e.detail));
    const radios = $$(el, '.tracks input') as HTMLInputElement[];
    expect(radios.map((r) => r.checked)).to.deep.equal([true, false]);
    radios[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(radios[1]!.checked).to.equal(true);
    expect(text($(el, 'caption'))).to.equal('Evening Recovery IOP — Full evening track: weekly schedule');
    expect(events).to.deep.equal([{ programId: 'light-iop', trackId: 'full' }]);
    // Adding a second program keeps the first one's track.
    el.programs = [lightIop(), lightIop({ id: 'other', name: 'Other IOP' })];
    await el.updateComplete;
    expect($$(el, 'caption').map(text)).to.deep.equal([
      'Evening Recovery IOP — Full evening track: weekly schedule',
      'Other IOP — Three evenings: weekly schedule',
    ]);
  });

  it('totals show hours, days and length; a 6 h/week adult IOP track gets a gentle note', async () => {
    const el = await mount(html`<iop-schedule-viewer .programs=${[lightIop()]} viewer-time-zone="America/Chicago"></iop-schedule-viewer>`);
    expect(text($(el, '.totals .hours'))).to.equal('6 hours a week');
    expect(text($(el, '.totals .days'))).to.equal('3 days a week');
    expect(text($(el, '.totals .duration'))).to.equal('Usually lasts 8 weeks');
    expect(text($(el, '.intensity-note'))).to.contain('about 6 hours a week').and.contain('at least 9 hours');
    await expect(el).to.be.accessible();

    el.track = 'full';
    await el.updateComplete;
    expect(text($(el, '.totals .hours'))).to.equal('10.5 hours a week');
    expect($(el, '.intensity-note')).to.equal(null);
  });

  it('no intensity note for an adolescent track at 6 h/week, nor for a program that is not IOP', async () => {
    const el = await mount(html`<iop-schedule-viewer .programs=${[lightIop({ populations: ['adolescents'] }), lightIop({ id: 'op', levelOfCare: 'op' })]}></iop-schedule-viewer>`);
    expect($$(el, '.totals .hours').map(text)).to.deep.equal(['6 hours a week', '6 hours a week']);
    expect($(el, '.intensity-note')).to.equal(null);
  });

  it('a program without tracks says its schedule is not published and links the intake phone', async () => {
    const el = await mount(html`<iop-schedule-viewer .programs=${[unpublished()]}></iop-schedule-viewer>`);
    expect(text($(el, '.no-schedule .message'))).to.equal('This program has not published its schedule yet.');
    expect($(el, '.no-schedule a')!.getAttribute('href')).to.equal('tel:+13125550199');
    expect($(el, '.toolbar')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('an invalid .programs item is an error, not a crash', async () => {
    const el = await mount(html`<iop-schedule-viewer .programs=${[{ id: 'broken', name: 3 }, lightIop()]}></iop-schedule-viewer>`);
    expect(text($(el, '.error .message'))).to.contain('“broken”');
    expect($$(el, 'table, .agenda')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('with nothing to show, says that no program is chosen', async () => {
    const el = await mount(html`<iop-schedule-viewer></iop-schedule-viewer>`);
    expect(text($(el, '.empty'))).to.equal('No program has been chosen yet.');
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish', async () => {
    const el = await loadFromApi('desert-bloom-virtual-iop', { locale: 'es', viewerZone: 'America/Phoenix' });
    expect(el.getAttribute('lang')).to.equal('es');
    expect(text($(el, 'h2'))).to.equal('Programa intensivo virtual de salud mental y adicciones');
    expect(text($(el, 'caption'))).to.equal('Programa intensivo virtual de salud mental y adicciones — Horario de mañana: horario semanal');
    expect(text($(el, '.tracks legend'))).to.equal('Horario');
    expect(text($(el, 'thead th:nth-child(2)'))).to.equal('Martes');
    expect(text($(el, 'tbody th'))).to.equal('08:00');
    expect(text($(el, '.legend'))).to.contain('Terapia de grupo');
    expect(text($(el, '.totals .days'))).to.equal('3 días a la semana');
    expect(text($(el, '.ics'))).to.contain('Agregar al calendario');
    await expect(el).to.be.accessible();
  });

  it('has a print stylesheet and a Print button that prints the week table', async () => {
    const el = await mount(html`<iop-schedule-viewer .programs=${[lightIop()]} view="list"></iop-schedule-viewer>`);
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules]);
    const print = rules.find((r) => r instanceof CSSMediaRule && r.conditionText === 'print') as CSSMediaRule | undefined;
    expect(print, '@media print rule').to.exist;
    expect([...print!.cssRules].map((r) => r.cssText).join(' ')).to.contain('button').and.contain('display: none');
    const original = window.print;
    let tableWhenPrinted: Element | null = null;
    window.print = () => {
      tableWhenPrinted = $(el, 'table');
    };
    try {
      $(el, 'button.print')!.click();
      await waitUntil(() => tableWhenPrinted !== null, 'print was not called with the table shown');
    } finally {
      window.print = original;
    }
    await el.updateComplete;
    expect($(el, 'table')).to.equal(null);
  });
});
