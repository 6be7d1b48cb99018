/**
 * What a first visit to the built-in form fetches, with the center's API configured. Its own
 * file, and its only test: modules are fetched once per page, so any earlier test would hide
 * the answer. (The test server serves every module as its own file, so a module missing from
 * this list is not in the element's entry either.)
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/intake-questionnaire.js';
import { allText, dbName, fid, heading, mount, q, type } from './helpers.js';

const fetched = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);

/** The HTTP adapter, the schema of a form and the code that checks a form the kit did not write. */
const FOR_OTHER_FORMS = /\/src\/core\/backend\/http\.ts$|\/src\/core\/schemas\/(intake|lite|parse)\.ts$|\/src\/core\/intake\/check\.ts$|\/intake-questionnaire\/given-form\.ts$/;

describe('<iop-intake-questionnaire> with its built-in form', () => {
  it('runs the form and keeps answers without fetching the HTTP adapter or the schema of a form; the adapter comes when the API is first needed', async () => {
    const el = await mount(html`<iop-intake-questionnaire api-base="/api" storage-name=${dbName()} locale="en"></iop-intake-questionnaire>`);
    expect(heading(el)).to.equal('About you');
    await type(el, 'first-name', 'Alex');
    await waitUntil(() => allText(el).includes('Saved at'), 'the answer is saved on the device', { timeout: 8000 });
    expect((q<HTMLInputElement>(el, fid('first-name'))!).value).to.equal('Alex');
    expect(fetched().filter((p) => FOR_OTHER_FORMS.test(p))).to.deep.equal([]);

    // The same element asked for a center's form: the adapter and the checks are fetched now, and the form runs.
    el.formId = 'sample-short-intake';
    await waitUntil(() => q(el, '.form-title')?.textContent?.trim() === 'Sample short intake questionnaire', 'the form from the API', { timeout: 8000 });
    const now = fetched();
    expect(now.some((p) => p.endsWith('/src/core/backend/http.ts')), 'the HTTP adapter').to.equal(true);
    expect(now.some((p) => p.endsWith('/intake-questionnaire/given-form.ts')), 'the checks of a given form').to.equal(true);
  });
});
