/** Every result state through the reference backend's sandbox member IDs (docs/notes/backend.md), events, retry. */
import { expect, html, waitUntil } from '@open-wc/testing';
import type { InsuranceCheckRequest, InsuranceCheckResult } from '../../../src/core/schemas/index.js';
import { BackendError } from '../../../src/core/backend/index.js';
import { allText, click, fillValid, focused, mount, q, qq, submit, text, waitForResult } from './helpers.js';

describe('<iop-insurance-check> results from the /api sandbox', () => {
  it('active (A…): plan, one plain sentence per fact, prior auth for substance use, never a guarantee', async () => {
    const el = await mount();
    const results: InsuranceCheckResult[] = [];
    el.addEventListener('iop-insurance-result', (e) => results.push(e.detail));
    await fillValid(el, { memberId: 'A123-456-789' });
    await submit(el);
    expect(await waitForResult(el)).to.equal('Good news: the plan is active');
    expect(focused(el)?.id).to.equal('result-heading');
    const body = allText(el);
    expect(body).to.include('Plan: Sandbox Choice PPO');
    expect(body).to.include("Coinsurance 20%: you pay 20% of each visit's cost after your deductible.");
    expect(body).to.include('Copay $30: you pay $30 for each visit.');
    expect(body).to.include('Deductible: $650 of $1,500 left to pay this year');
    expect(body).to.include('Out-of-pocket maximum: $4,200 of $6,000 left.');
    expect(body).to.include('Prior authorization required');
    expect(body).to.include('No prior authorization needed');
    expect(text(el, '.guarantee')).to.include('Verification is not a guarantee of payment.');
    // 30/MH/CF share benefits, AI/CJ (prior auth) share theirs: two groups.
    expect(qq(el, '.benefit h4').map((h) => h.textContent!.trim())).to.deep.equal([
      'Your plan overall, Mental health care, and Outpatient mental health care',
      'Substance use (addiction) treatment and Outpatient substance use treatment',
    ]);
    expect(results).to.have.length(1);
    expect(results[0]!.status).to.equal('active');
    expect(JSON.stringify(results[0])).not.to.include('A123');
    await expect(el).to.be.accessible();
  });

  it('carve-out (C…): names the administrator and what it means, with its phone', async () => {
    const el = await mount();
    await fillValid(el, { memberId: 'C5550001' });
    await submit(el);
    await waitForResult(el);
    expect(text(el, '.carve-out')).to.include('Your plan uses Magellan Healthcare for mental health and addiction care. Our team will check with them.');
    expect(q<HTMLAnchorElement>(el, '.carve-out a')!.getAttribute('href')).to.equal('tel:+18005550134');
    await expect(el).to.be.accessible();
  });

  it('coinsurance only (K…): 30 %, network unknown, deductible not met', async () => {
    const el = await mount();
    await fillValid(el, { memberId: 'K0001' });
    await submit(el);
    await waitForResult(el);
    const body = allText(el);
    expect(body).to.include('Coinsurance 30%');
    expect(body).to.include('Network: the plan did not say whether our program is in network.');
    expect(body).to.include('Deductible: $3,000 of $3,000 left');
    expect(body).not.to.include('Copay');
    await expect(el).to.be.accessible();
  });

  for (const [id, heading] of [
    ['I0001', 'The plan shows this coverage as not active'],
    ['N0001', 'We could not match these details with the plan'],
    ['Z999', 'We could not match these details with the plan'],
  ] as const) {
    it(`${id}: "${heading}", what to check, alternatives and SAMHSA, back with everything filled in`, async () => {
      const el = await mount();
      await fillValid(el, { memberId: id, firstName: 'Ana' });
      await submit(el);
      expect(await waitForResult(el)).to.equal(heading);
      const body = allText(el);
      expect(body).to.include('The name is exactly as on the card');
      expect(body).to.include('The member ID matches the card');
      expect(text(el, '.alternatives')).to.include('Self-pay rates');
      expect(text(el, '.alternatives')).to.include('1-800-662-4357');
      expect(q<HTMLAnchorElement>(el, '.alternatives a[href="tel:+18006624357"]')).to.exist;
      expect(q<HTMLAnchorElement>(el, '.talk a')!.getAttribute('href')).to.equal('tel:+15552010100');
      await expect(el).to.be.accessible();
      await click(el, 'button[data-action="correct"]');
      expect(q<HTMLInputElement>(el, '#f-firstName')!.value).to.equal('Ana');
      expect(q<HTMLInputElement>(el, '#f-memberId')!.value).to.equal(id);
      expect(q<HTMLInputElement>(el, '#f-payer')!.value).to.equal('UnitedHealthcare');
      expect(q<HTMLInputElement>(el, '#f-consentVerify')!.checked).to.equal(true);
    });
  }

  it('needs-review (R…): our admissions team will call, with the center hours', async () => {
    const el = await mount(html`<iop-insurance-check api-base="/api" center-phone="(555) 201-0100" center-hours="Mon–Fri 8 AM–6 PM"></iop-insurance-check>`);
    await fillValid(el, { memberId: 'R0001' });
    await submit(el);
    expect(await waitForResult(el)).to.equal('Our admissions team will call you');
    expect(text(el, '.hours')).to.equal('We answer the phone Mon–Fri 8 AM–6 PM.');
    await expect(el).to.be.accessible();
  });

  it('error (E…): retry and the center phone; nothing typed is lost', async () => {
    const el = await mount();
    await fillValid(el, { memberId: 'E0001', lastName: 'Nguyen' });
    await submit(el);
    expect(await waitForResult(el)).to.equal("We couldn't get an answer from the insurance company right now");
    expect(q(el, '.talk a')).to.exist;
    await expect(el).to.be.accessible();
    await click(el, 'button[data-action="correct"]');
    expect(q<HTMLInputElement>(el, '#f-lastName')!.value).to.equal('Nguyen');
    expect(q<HTMLInputElement>(el, '#f-memberId')!.value).to.equal('E0001');
  });

  it('fields clear after a result; "Start a new check" leaves an empty form', async () => {
    const el = await mount();
    await fillValid(el, { memberId: 'A1' + '23' });
    await submit(el);
    await waitForResult(el);
    await click(el, 'button[data-action="new"]');
    expect(q<HTMLInputElement>(el, '#f-firstName')!.value).to.equal('');
    expect(q<HTMLInputElement>(el, '#f-memberId')!.value).to.equal('');
    expect(q<HTMLInputElement>(el, '#f-consentVerify')!.checked).to.equal(false);
  });

  it('sends the normalised member ID and emits iop-insurance-submitted without personal data', async () => {
    const el = await mount();
    const submitted: unknown[] = [];
    el.addEventListener('iop-insurance-submitted', (e) => submitted.push(e.detail));
    await fillValid(el, { memberId: 'a12-34 56' });
    await submit(el);
    await waitForResult(el);
    expect(submitted).to.deep.equal([{ payerId: '87726', payerName: 'UnitedHealthcare', serviceTypeCodes: ['30', 'MH', 'AI', 'CF', 'CJ'] }]);
  });
});

describe('<iop-insurance-check> with a custom .backend', () => {
  it('a network failure, then retry: the same details are sent again and nothing is lost', async () => {
    const sent: InsuranceCheckRequest[] = [];
    let calls = 0;
    const el = await mount(html`<iop-insurance-check center-phone="(555) 201-0100"></iop-insurance-check>`);
    el.backend = {
      searchPayers: () => [{ id: '87726', name: 'UnitedHealthcare', aliases: ['UHC'], kind: 'commercial', memberIdRule: 'generic' }],
      checkInsurance: (r: InsuranceCheckRequest) => {
        sent.push(r);
        calls++;
        if (calls === 1) throw new BackendError('network', 'offline');
        return { status: 'active', checkedAt: '2026-01-05T10:00:00Z', planName: 'Retry Plan', benefits: [], messages: [] };
      },
    };
    await el.updateComplete;
    await fillValid(el, { memberId: 'A55', firstName: 'Sam' });
    await submit(el);
    expect(await waitForResult(el)).to.equal("We couldn't send your details");
    expect(allText(el)).to.include("We couldn't connect");
    expect(allText(el)).to.include('Nothing you typed has been lost.');
    expect(focused(el)?.id).to.equal('failed-heading');
    await expect(el).to.be.accessible();
    await click(el, 'button[data-action="retry"]');
    await waitUntil(() => q(el, '#result-heading'), 'result after retry', { timeout: 5000 });
    expect(text(el, '#result-heading')).to.equal('Good news: the plan is active');
    expect(sent).to.have.length(2);
    expect(sent[1]).to.deep.equal(sent[0]);
    expect(sent[0]!.patient.firstName).to.equal('Sam');
    // Back to the form: still filled in.
    await click(el, 'button[data-action="correct"]');
    expect(q<HTMLInputElement>(el, '#f-firstName')!.value).to.equal('Sam');
  });

  it('records the exact consent text and version with givenAt (consent-version attribute)', async () => {
    const sent: InsuranceCheckRequest[] = [];
    const el = await mount(html`<iop-insurance-check center-name="Harbor Recovery" consent-version="2026-03"></iop-insurance-check>`);
    el.backend = {
      searchPayers: () => [{ id: '87726', name: 'UnitedHealthcare', aliases: ['UHC'], kind: 'commercial', memberIdRule: 'generic' }],
      checkInsurance: (r: InsuranceCheckRequest) => {
        sent.push(r);
        return { status: 'needs-review', checkedAt: '2026-01-05T10:00:00Z', benefits: [], messages: [] };
      },
    };
    await el.updateComplete;
    await fillValid(el);
    await click(el, '#f-consentContact');
    const verifyText = text(el, 'label[data-consent="verify"]');
    const contactText = text(el, 'label[data-consent="contact"]');
    await submit(el);
    await waitForResult(el);
    const consents = sent[0]!.consents;
    expect(consents.map((c) => [c.id, c.version, c.text])).to.deep.equal([
      ['verify-benefits', '2026-03', verifyText],
      ['contact-phone-text', '2026-03', contactText],
    ]);
    expect(verifyText).to.include('I authorize Harbor Recovery to contact my insurance company');
    for (const c of consents) expect(Date.parse(c.givenAt)).to.be.closeTo(Date.now(), 60_000);
  });

  it('without consent-version, the default version; contact consent only when ticked', async () => {
    const sent: InsuranceCheckRequest[] = [];
    const el = await mount(html`<iop-insurance-check></iop-insurance-check>`);
    el.backend = {
      searchPayers: () => [{ id: '87726', name: 'UnitedHealthcare', aliases: ['UHC'], kind: 'commercial', memberIdRule: 'generic' }],
      checkInsurance: (r: InsuranceCheckRequest) => {
        sent.push(r);
        return { status: 'needs-review', checkedAt: '2026-01-05T10:00:00Z', benefits: [], messages: [] };
      },
    };
    await el.updateComplete;
    await fillValid(el);
    await submit(el);
    await waitForResult(el);
    expect(sent[0]!.consents.map((c) => [c.id, c.version])).to.deep.equal([['verify-benefits', 'iop-kit-2025-1']]);
  });

  it('a backend that returns garbage ends in the error state with retry', async () => {
    const el = await mount(html`<iop-insurance-check></iop-insurance-check>`);
    el.backend = {
      searchPayers: () => [{ id: '87726', name: 'UnitedHealthcare', aliases: [], kind: 'commercial', memberIdRule: 'generic' }],
      checkInsurance: () => ({ status: 'maybe', benefits: 'lots' }),
    };
    await el.updateComplete;
    await fillValid(el);
    await submit(el);
    expect(await waitForResult(el)).to.equal("We couldn't send your details");
    expect(allText(el)).to.include("We received information we couldn't read");
    expect(q(el, 'button[data-action="retry"]')).to.exist;
  });

  it('a backend without checkInsurance (not-supported) says so, with the center phone', async () => {
    const el = await mount(html`<iop-insurance-check center-phone="(555) 201-0100"></iop-insurance-check>`);
    el.backend = { searchPayers: () => [{ id: '87726', name: 'UnitedHealthcare', aliases: [], kind: 'commercial', memberIdRule: 'generic' }] };
    await el.updateComplete;
    await fillValid(el);
    await submit(el);
    await waitUntil(() => q(el, '#notice-heading'), 'notice');
    expect(text(el, '#notice-heading')).to.equal('Insurance checks are not available on this website');
    expect(allText(el)).to.include("This website can't send this form online. Please call (555) 201-0100.");
  });
});

describe('<iop-insurance-check> on a static file', () => {
  it('shows the notice with the center phone instead of a form', async () => {
    const el = await mount(html`<iop-insurance-check src="/test-static/iop-data.json" center-phone="(555) 201-0100"></iop-insurance-check>`);
    expect(q(el, 'form')).to.equal(null);
    expect(text(el, '#notice-heading')).to.equal('Insurance checks are not available on this website');
    expect(q<HTMLAnchorElement>(el, '.talk a')!.getAttribute('href')).to.equal('tel:+15552010100');
    await expect(el).to.be.accessible();
  });
});
