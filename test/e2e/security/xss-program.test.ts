/**
 * XSS corpus × every rendered string field of Program, into <iop-program-finder> (`.programs`,
 * not validated again) and <iop-schedule-viewer> (`.programs`, validated): each payload in
 * name, center, description, street, city, track name, session title, therapy, accreditation.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/program-finder.js';
import '../../../src/define/schedule-viewer.js';
import type { Program } from '../../../src/core/schemas/index.js';
import { PAYLOADS, armTraps, assertInert, cut, nextTick } from './xss-helpers.js';

const FIELDS = ['name', 'center', 'description', 'street', 'city', 'trackName', 'sessionTitle', 'therapy', 'accreditation'] as const;

function hostileProgram(p: string, i: number): Program {
  return {
    id: `xss-${i}`,
    name: p,
    center: cut(p, 200),
    description: p,
    focus: 'substance-use',
    levelOfCare: 'iop',
    format: 'in-person',
    populations: ['adults'],
    languages: ['en'],
    location: { street: cut(p, 200), city: cut(p, 100), state: 'TX', zip: '78701' },
    timeZone: 'America/Chicago',
    tracks: [{ id: 'evening', name: p, sessions: [{ day: 'mon', start: '18:00', end: '21:00', type: 'group', title: p }, { day: 'wed', start: '18:00', end: '21:00', type: 'individual', title: p }, { day: 'thu', start: '18:00', end: '21:00', type: 'family' }] }],
    durationWeeks: 8,
    therapies: [cut(p, 80)],
    services: ['drug-testing'],
    payment: { options: ['self-pay'], payerIds: [] },
    accreditation: [cut(p, 80)],
    intakePhone: '(512) 555-0100',
  };
}

describe('XSS corpus through Program fields', () => {
  it(`<iop-program-finder>: ${PAYLOADS.length} payloads × ${FIELDS.length} fields render as text (results and compare table)`, async function () {
    this.timeout(60000);
    armTraps();
    const programs = PAYLOADS.map(hostileProgram);
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown>; compared: string[] }>(
      html`<iop-program-finder .programs=${programs} page-size="200" locale="en"></iop-program-finder>`,
    );
    await el.updateComplete;
    await nextTick();
    expect(el.shadowRoot!.querySelectorAll('li.card').length).to.equal(PAYLOADS.length);
    assertInert(el, 'finder results');
    expect(el.shadowRoot!.textContent, 'payloads are shown as text').to.include('<script>window.__xss=true</script>');
    // The compare table shows the same fields again, four programs at a time.
    for (let i = 0; i < programs.length; i += 4) {
      el.compared = programs.slice(i, i + 4).map((p) => p.id);
      await el.updateComplete;
      await nextTick();
      assertInert(el, `finder compare ${i}`);
    }
    console.log(`XSS program-finder: ${PAYLOADS.length} payloads × ${FIELDS.length} fields = ${PAYLOADS.length * FIELDS.length} cases`);
  });

  it(`<iop-schedule-viewer>: ${PAYLOADS.length} payloads × ${FIELDS.length} fields, week and list views`, async function () {
    this.timeout(60000);
    armTraps();
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown>; programs: Program[]; view: string }>(
      html`<iop-schedule-viewer locale="en" viewer-time-zone="America/Chicago"></iop-schedule-viewer>`,
    );
    let rendered = 0;
    for (let i = 0; i < PAYLOADS.length; i += 3) {
      el.programs = PAYLOADS.slice(i, i + 3).map((p, k) => hostileProgram(p, i + k));
      for (const view of ['week', 'list']) {
        el.view = view;
        await el.updateComplete;
        await nextTick();
        assertInert(el, `schedule ${i} ${view}`);
      }
      rendered += el.shadowRoot!.querySelectorAll('[part~="program"]').length;
    }
    expect(rendered).to.be.greaterThanOrEqual(PAYLOADS.length);
    console.log(`XSS schedule-viewer: ${PAYLOADS.length} payloads × ${FIELDS.length} fields = ${PAYLOADS.length * FIELDS.length} cases`);
  });
});
