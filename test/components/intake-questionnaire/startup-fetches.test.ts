/**
 * What a first visit to the questionnaire fetches. Its own file, and its only test: modules
 * are fetched once per page, so any earlier test would hide the answer.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/define/intake-questionnaire.js';
import { allText, allTypesForm, mountForm, type } from './helpers.js';

const fetched = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);

describe('<iop-intake-questionnaire> on a first visit', () => {
  it('shows the form and saves answers without fetching the outbox or the send views (nothing is waiting to be sent)', async () => {
    const el = await mountForm(allTypesForm());
    await type(el, 'name', 'Alex');
    await waitUntil(() => allText(el).includes('Saved at'), 'the answer is saved on the device', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('#page-heading')?.textContent?.trim()).to.not.equal('');
    const paths = fetched();
    expect(paths.some((p) => p.endsWith('/src/core/storage/drafts.ts')), 'the draft store is used at once').to.equal(true);
    expect(paths.filter((p) => /\/src\/core\/storage\/outbox\.ts$|\/intake-questionnaire\/send\.ts$|\/core\/intake\/outbox-sender\.ts$/.test(p))).to.deep.equal([]);
  });
});
