/**
 * XSS corpus × every rendered string field of EducationModule (<iop-family-education>,
 * `.modules`: catalogue and reader), IntakeForm (<iop-intake-questionnaire>, `.form`), and
 * Payer + InsuranceCheckResult (<iop-insurance-check>, a custom `.backend`).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/family-education.js';
import '../../../src/define/intake-questionnaire.js';
import '../../../src/define/insurance-check.js';
import { createMemoryStorage } from '../../../src/core/storage/memory.js';
import type { EducationModule, IntakeForm } from '../../../src/core/schemas/index.js';
import { PAYLOADS, armTraps, assertInert, cut, injected, nextTick } from './xss-helpers.js';
import { clickIn, fillInsurance, typeInto, waitFor } from './frame.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

const EDU_FIELDS = ['title', 'summary', 'heading', 'paragraph', 'list item', 'callout title', 'callout text', 'quote', 'cite', 'image alt', 'caption', 'video title', 'check question', 'check option', 'check feedback', 'reflection prompt'];
function hostileModule(p: string, i: number): EducationModule {
  return {
    id: `xss-${i}`,
    locale: 'en',
    title: cut(p, 200),
    summary: cut(p, 1000),
    audience: 'family',
    estimatedMinutes: 5,
    blocks: [
      { type: 'heading', level: 2, text: cut(p, 200) },
      { type: 'paragraph', text: p },
      { type: 'list', items: [cut(p, 1000), 'plain'] },
      { type: 'callout', variant: 'warning', title: cut(p, 200), text: p },
      { type: 'quote', text: p, cite: cut(p, 200) },
      { type: 'image', src: '/images/x.svg', alt: cut(p, 500), caption: cut(p, 500) },
      { type: 'video', src: '/media/x.mp4', title: cut(p, 200), captions: '/media/x.vtt' },
      { type: 'check', id: 'c1', question: cut(p, 1000), multiple: false, options: [{ id: 'a', text: cut(p, 500), correct: true, feedback: cut(p, 1000) }, { id: 'b', text: 'other', correct: false, feedback: cut(p, 1000) }] },
      { type: 'reflection', id: 'r1', prompt: cut(p, 1000) },
    ],
  };
}

const INTAKE_FIELDS = ['form title', 'page title', 'page description', 'question text', 'help', 'option label', 'number unit', 'consent text', 'consent body', 'display text'];
function hostileForm(p: string): IntakeForm {
  return {
    id: 'xss',
    version: '1',
    title: p,
    locales: ['en'],
    pages: [
      {
        id: 'p1',
        title: p,
        description: p,
        items: [
          { id: 'd', type: 'display', text: p },
          { id: 't', type: 'text', text: p, help: p },
          { id: 's', type: 'single', text: p, options: [{ value: 'a', label: p }, { value: 'b', label: 'B' }] },
          { id: 'm', type: 'multiple', text: p, options: [{ value: 'a', label: p }] },
          { id: 'sel', type: 'select', text: p, options: [{ value: 'a', label: p }] },
          { id: 'n', type: 'number', text: p, unit: p },
          { id: 'c', type: 'consent', kind: 'other', version: 'v1', text: p, body: p },
        ],
      },
    ],
  };
}

describe('XSS corpus through content fields', () => {
  it('the checks themselves catch an injected handler, script and javascript: URL (control)', () => {
    const div = document.createElement('div');
    const root = div.attachShadow({ mode: 'open' });
    const a = document.createElement('a');
    a.setAttribute('href', ' JavaScript:alert(1)');
    const img = document.createElement('img');
    img.setAttribute('onerror', 'x');
    root.append(a, img, document.createElement('script'));
    expect(injected(root)).to.have.length(3);
  });

  it(`<iop-family-education>: ${PAYLOADS.length} payloads × ${EDU_FIELDS.length} fields, catalogue and reader`, async function () {
    this.timeout(90000);
    armTraps();
    const modules = PAYLOADS.map(hostileModule);
    const el = await fixture<Lit & { module?: string }>(html`<iop-family-education locale="en" .modules=${modules} .storage=${createMemoryStorage('unavailable')}></iop-family-education>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.cards, .empty, .error-state'), 'catalogue', { timeout: 5000 });
    await nextTick();
    assertInert(el, 'education catalogue');
    let opened = 0;
    for (const m of modules) {
      el.module = m.id;
      await waitUntil(() => el.shadowRoot!.querySelector('article.reader, .reader-message:not(.loading)'), `reader ${m.id}`, { timeout: 5000 });
      await el.updateComplete;
      await nextTick();
      if (el.shadowRoot!.querySelector('article.reader')) opened++;
      assertInert(el, `education reader ${m.id}`);
    }
    expect(opened, 'modules rendered in the reader').to.be.greaterThan(PAYLOADS.length * 0.9);
    console.log(`XSS family-education: ${PAYLOADS.length} payloads × ${EDU_FIELDS.length} fields = ${PAYLOADS.length * EDU_FIELDS.length} cases (${opened} modules opened)`);
  });

  it(`<iop-intake-questionnaire>: ${PAYLOADS.length} payloads × ${INTAKE_FIELDS.length} fields, the page and the review`, async function () {
    this.timeout(120000);
    armTraps();
    let rendered = 0;
    for (const p of PAYLOADS) {
      const el = await fixture<Lit & { whenReady(): Promise<void> }>(html`<iop-intake-questionnaire locale="en" .form=${hostileForm(p)} .storage=${createMemoryStorage('unavailable')}></iop-intake-questionnaire>`);
      await el.whenReady();
      await nextTick();
      if (el.shadowRoot!.querySelector('#page-heading')) rendered++;
      assertInert(el, `intake page (${p.slice(0, 30)})`);
      await clickIn(el, 'button[data-action="next"]');
      await nextTick();
      assertInert(el, `intake review (${p.slice(0, 30)})`);
      el.remove();
    }
    expect(rendered).to.equal(PAYLOADS.length);
    console.log(`XSS intake-questionnaire: ${PAYLOADS.length} payloads × ${INTAKE_FIELDS.length} fields = ${PAYLOADS.length * INTAKE_FIELDS.length} cases`);
  });

  it(`<iop-insurance-check>: payer name and alias in the typeahead; result payer, plan, carve-out and messages`, async function () {
    this.timeout(180000);
    armTraps();
    let cases = 0;
    const chunk = 10;
    for (let i = 0; i < PAYLOADS.length; i += chunk) {
      const group = PAYLOADS.slice(i, i + chunk);
      const backend = {
        async searchPayers() {
          return [
            { id: 'uhc', name: 'UnitedHealthcare', aliases: ['UHC'], kind: 'commercial', memberIdRule: 'generic' },
            ...group.map((p, k) => ({ id: `x${k}`, name: cut(`UHC ${p}`, 200), aliases: [cut(`UHC ${p}`, 200)], kind: 'commercial', memberIdRule: 'generic' })),
          ];
        },
        async checkInsurance() {
          return {
            status: 'active',
            checkedAt: '2026-01-05T10:00:00Z',
            payerName: cut(group[0]!, 200),
            planName: cut(group[1] ?? group[0]!, 200),
            carveOut: { name: cut(group[2] ?? group[0]!, 200), phone: '(800) 555-0100' },
            benefits: [{ serviceTypeCode: '30', inNetwork: 'yes', copay: 20, priorAuthRequired: 'no' }],
            messages: group.map((p) => cut(p, 1000)),
          };
        },
      };
      const el = await fixture<Lit & { backend: unknown }>(html`<iop-insurance-check locale="en" center-phone="(555) 201-0100" npi="1234567893" .backend=${backend}></iop-insurance-check>`);
      await waitFor(el, '#f-firstName');
      await fillInsurance(el, { first: 'Jordan', last: 'Rivera', dob: '1990-04-12', memberId: 'A123456789' });
      assertInert(el, `insurance form ${i}`);
      // The open typeahead, listing every hostile payer name.
      await typeInto(el, '#f-payer', 'UHC');
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[role="option"]').length > group.length, 'hostile payers listed', { timeout: 5000 });
      assertInert(el, `insurance payer list ${i}`);
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].find((o) => o.textContent!.trim() === 'UnitedHealthcare')!.click();
      await el.updateComplete;
      await clickIn(el, 'button[type="submit"]');
      await waitFor(el, '#result-heading, #failed-heading', 8000);
      await nextTick();
      assertInert(el, `insurance result ${i}`);
      expect(el.shadowRoot!.querySelector('#result-heading'), 'an active result was shown').to.exist;
      cases += group.length * 2 /* payer name + alias */ + group.length /* messages */ + 3 /* payer, plan, carve-out */;
      el.remove();
    }
    console.log(`XSS insurance-check: ${cases} payload × field cases (${PAYLOADS.length} payloads in payer name, alias and messages; ${Math.ceil(PAYLOADS.length / chunk) * 3} in payer/plan/carve-out)`);
  });
});
