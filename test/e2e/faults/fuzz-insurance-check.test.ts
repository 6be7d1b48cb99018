/**
 * Bad backend data fuzz (issue 7): <iop-insurance-check>, payer search and check result,
 * 1,000 hostile custom backends each. One bug is recorded as a skipped test below.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../../src/define/insurance-check.js';
import type { IopInsuranceCheck } from '../../../src/components/insurance-check/insurance-check.js';
import type { InsuranceCheckResult } from '../../../src/core/schemas/index.js';
import { fillValid, submit, type } from '../../components/insurance-check/helpers.js';
import { behaviour, customBackend, listAnswer, oneAnswer } from './hostile.js';
import { fixtureData, report, runFuzz, type Outcome } from './fuzz-harness.js';

const isAbortError = (v: unknown) => v instanceof DOMException && v.name === 'AbortError';

const q = (el: IopInsuranceCheck, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);

function resultOutcome(el: IopInsuranceCheck): Outcome {
  if (q(el, '#sending')) return 'loading';
  if (q(el, '#failed-heading')) return 'error';
  if (q(el, '#result-heading')) return q(el, '[data-action="retry"]') ? 'error' : 'ready';
  if (q(el, '#notice-heading')) return 'notice';
  return 'loading'; // still on the form: the check has not been sent yet
}

function payerOutcome(el: IopInsuranceCheck): Outcome {
  if (q(el, '.combobox .hint.warn')) return 'notice'; // "We could not load the list … type the name instead"
  const said = (q(el, '[data-payer-status]')?.textContent ?? '').trim();
  if (!said || /Searching|Buscando/.test(said)) return 'loading';
  return 'ready';
}

/** Mounts the check, fills it in completely against the reference backend, and returns the real result. */
async function filledCheck(): Promise<{ el: IopInsuranceCheck; valid: InsuranceCheckResult }> {
  const el = await fixture<IopInsuranceCheck>(html`<iop-insurance-check api-base="/api" locale="en" center-name="Harbor Recovery" center-phone="(555) 201-0100"></iop-insurance-check>`);
  await el.updateComplete;
  let valid: InsuranceCheckResult | undefined;
  el.addEventListener('iop-insurance-result', (e) => (valid ??= e.detail), { once: true });
  await fillValid(el);
  await submit(el);
  await waitUntil(() => valid, 'a real result from the reference backend', { timeout: 8000 });
  return { el, valid: valid! };
}

/** Sends the check again the way a person would: Try again, or Edit details then Check. */
async function resend(el: IopInsuranceCheck): Promise<void> {
  const retry = q(el, '[data-action="retry"]');
  if (retry) {
    retry.click();
    return;
  }
  const correct = q(el, '[data-action="correct"]');
  if (correct) {
    correct.click();
    await el.updateComplete;
  }
  await submit(el);
}

describe('fuzz: <iop-insurance-check> with hostile backends', () => {
  it('check result, 1,000 cases: never an uncaught error, always a rendered state, never frozen', async function () {
    this.timeout(120_000);
    const { el, valid } = await filledCheck();
    // `hang` is left out here: see the skipped test below (a check that never answers cannot be left).
    const arb = fc.record({ checkInsurance: behaviour(oneAnswer(valid), { hang: false }) });
    const result = await runFuzz(
      { name: 'insurance-check result', el, trigger: (e) => resend(e), outcome: () => resultOutcome(el), hangs: () => false },
      arb,
      { seed: 7003 },
    );
    report('insurance-check (result)', result);
    expect(result.cases).to.be.at.least(1000);
    expect(result.uncaught).to.deep.equal([]);
    expect(result.outcomes.error ?? 0).to.be.greaterThan(0);
    expect(result.outcomes.ready ?? 0).to.be.greaterThan(0);
  });

  it('payer search, 1,000 cases: never an uncaught error, always a rendered state, never frozen', async function () {
    this.timeout(120_000);
    const data = await fixtureData();
    const el = await fixture<IopInsuranceCheck>(html`<iop-insurance-check api-base="/api" locale="en"></iop-insurance-check>`);
    await type(el, 'f-payer', 'blue', false);
    // A backend that itself rejects with an AbortError is left out here: see the skipped test below.
    const arb = fc.record({ searchPayers: behaviour(listAnswer(data.payers)).filter((b) => !('value' in b && isAbortError(b.value))) });
    const result = await runFuzz(
      {
        name: 'insurance-check payers',
        el,
        // ArrowDown on the closed combobox searches at once (no typing debounce), as for a keyboard user.
        trigger(e) {
          q(e, '#f-payer')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
        },
        outcome: () => payerOutcome(el),
        hangs: (m) => m.searchPayers!.t === 'hang',
        check(e, o) {
          if (o === 'ready') for (const opt of e.shadowRoot!.querySelectorAll('[role="option"]')) if (!opt.textContent!.trim()) throw new Error('an empty payer option');
          // The form itself keeps working whatever the payer list did.
          if (!q(e, 'button[type="submit"]')) throw new Error('the form is gone');
        },
      },
      arb,
      { seed: 7013 },
    );
    report('insurance-check (payer search)', result);
    expect(result.cases).to.be.at.least(1000);
    expect(result.uncaught).to.deep.equal([]);
    expect(result.outcomes.notice ?? 0, 'search failures shown').to.be.greaterThan(0);
    expect(result.outcomes.ready ?? 0).to.be.greaterThan(0);
  });

  // Found by this suite: a check that never settled left "Checking…" for ever. Now custom adapters time out
  // like HTTP ones (src/core/backend/custom.ts) and a backend change abandons the pending check.
  it('a check that never answers can be left: changing the backend brings back the form or a Try again', async () => {
    const { el } = await filledCheck();
    el.backend = customBackend({ checkInsurance: { t: 'hang' } });
    await el.updateComplete;
    q(el, '[data-action="correct"], [data-action="new"]')!.click();
    await el.updateComplete;
    await submit(el);
    expect(resultOutcome(el)).to.equal('loading');
    el.backend = customBackend({ checkInsurance: { t: 'resolve', value: null, delay: 0 } });
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(q(el, '#sending'), 'still "Checking…" with no way out').to.equal(null);
    // Back on the form with what was typed, ready to send again.
    expect(q(el, 'form'), 'the form is back').to.not.equal(null);
  });

  // Found by the payer fuzz (seed 7013, case 38): a backend's own AbortError was mistaken for the
  // combobox cancelling its search, leaving "Searching…" for ever. Now only the combobox's own signal counts.
  it('a payer search whose backend rejects with its own AbortError ends in the failure hint, not "Searching…" for ever', async () => {
    const el = await fixture<IopInsuranceCheck>(html`<iop-insurance-check api-base="/api" locale="en"></iop-insurance-check>`);
    await type(el, 'f-payer', 'blue', false);
    el.backend = customBackend({ searchPayers: { t: 'reject', value: new DOMException('The operation was aborted.', 'AbortError'), delay: 0 } });
    await el.updateComplete;
    q(el, '#f-payer')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    expect(payerOutcome(el)).to.equal('notice');
  });
});
