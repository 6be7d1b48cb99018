/**
 * No PHI anywhere but the backend — the insurance check, completed with the sandbox's active
 * member and distinctive names, date of birth, phone and e-mail.
 */
import './phi-watch.js'; // first: the watchers must be in place before any kit code runs
import { expect, fixture, html } from '@open-wc/testing';
import { PERSON, leaks, requested, sharedChecks } from './phi-watch.js';
import { clickIn, fillInsurance, waitFor } from './frame.js';

describe('no PHI anywhere but the backend: the insurance check', () => {
  let check: HTMLElement;

  before(async function () {
    this.timeout(20000);
    localStorage.clear();
    sessionStorage.clear();
    await import('../../../src/index.js');
    const provider = await fixture(html`<iop-provider api-base="/api" center-name="Harbor Recovery" center-phone="(555) 201-0100" center-npi="1234567893">
      <iop-insurance-check consent-version="phi-test"></iop-insurance-check>
    </iop-provider>`);
    check = provider.querySelector('iop-insurance-check')!;
  });

  it('the check is completed with the sandbox member (a result is shown)', async function () {
    this.timeout(20000);
    await waitFor(check, '#f-firstName');
    await fillInsurance(check, { first: PERSON.first, last: PERSON.last, dob: PERSON.dob, memberId: PERSON.memberId, phone: PERSON.phone, email: PERSON.email });
    await clickIn(check, 'button[type="submit"]');
    const heading = await waitFor(check, '#result-heading', 10000);
    expect(heading.textContent!.trim()).to.not.equal('');
    // After the answer the form's fields are not left on the page.
    expect(check.shadowRoot!.querySelector<HTMLInputElement>('#f-firstName')?.value ?? '').to.not.include(PERSON.first);
  });

  it('the backend received the values (so the checks look for the right strings)', () => {
    const insurance = requested.find((r) => r.method === 'POST' && r.url.endsWith('/api/insurance-checks'));
    expect(insurance && leaks(insurance.body)).to.include.members(['zyxwvutsrq', 'qponmlkjih', '1987-06-05', 'a123456789']);
  });

  sharedChecks(it, /\/api\/insurance-checks$/);
});
