/**
 * The first screen carries no validation or search code: `checking.ts` (payer search,
 * eligibility, the contract schemas) is fetched when the person first focuses the
 * insurance-company field, and the search still works from there. Its own page, so no
 * other test has loaded the module before.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { choosePayer, mount, q } from './helpers.js';

const fetched = (name: string) => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.endsWith(`/insurance-check/${name}`));

describe('<iop-insurance-check>: search and validation code fetched on first use', () => {
  it('is not fetched to show the form, is fetched on focus of the insurance-company field, and the search works', async () => {
    const el = await mount();
    expect(q(el, '#f-payer'), 'the form is shown').to.exist;
    expect(fetched('checking.ts'), 'nothing fetched for the first screen').to.equal(false);
    q<HTMLInputElement>(el, '#f-payer')!.dispatchEvent(new FocusEvent('focus'));
    await waitUntil(() => fetched('checking.ts'), 'fetched when the field is focused', { timeout: 5000 });
    await choosePayer(el, 'aet', 'Aetna');
    expect(q<HTMLInputElement>(el, '#f-payer')!.value).to.equal('Aetna');
  });
});
