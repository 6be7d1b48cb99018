/**
 * No PHI anywhere but the backend — the whole intake. The reference backend's
 * `sample-short-intake` is filled on every page with distinctive values, reviewed and sent.
 * The raw IndexedDB records are read while the draft exists, while the submission waits in
 * the outbox (the request is held back until it has been read) and after the receipt.
 */
import './phi-watch.js'; // first: the watchers must be in place before any kit code runs
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { PERSON, leaks, rawIdbText, requested, setHold, sharedChecks } from './phi-watch.js';
import { $, $$, chooseIntake, fillSampleIntakePage1, intakeNext, tickIntake, typeIntake, waitFor, sleep } from './frame.js';

describe('no PHI anywhere but the backend: the whole intake', () => {
  const dbName = `iop-kit-phi-${Date.now().toString(36)}`;
  let intake: HTMLElement;
  let release: () => void = () => {};

  before(async function () {
    this.timeout(20000);
    localStorage.clear();
    sessionStorage.clear();
    await import('../../../src/define/intake-questionnaire.js');
    intake = await fixture(html`<iop-intake-questionnaire api-base="/api" form-id="sample-short-intake" storage-name=${dbName} center-phone="(555) 201-0100"></iop-intake-questionnaire>`);
  });

  after(() => release());

  it('every page filled, reviewed and sent; the draft and the outbox never hold a typed value in the clear', async function () {
    this.timeout(40000);
    await waitFor(intake, '#page-heading', 10000);
    await fillSampleIntakePage1(intake, PERSON);
    expect(await intakeNext(intake)).to.not.equal('About you');
    await chooseIntake(intake, 'reason', 'mental-health');
    await chooseIntake(intake, 'crisis-now', false);
    const h3 = await intakeNext(intake);
    expect(h3, $(intake, '#error-summary')?.textContent ?? '').to.match(/feeling|mood|screen/i);
    // Screeners: "Not at all" (0) for every item on the page.
    const items = [...new Set($$<HTMLInputElement>(intake, '[data-q] input[type="radio"][value="0"]').map((i) => (i.closest('[data-q]') as HTMLElement).dataset['q']!))];
    expect(items.length).to.be.greaterThanOrEqual(16); // PHQ-9 + GAD-7
    for (const id of items) await chooseIntake(intake, id, '0');
    await intakeNext(intake);
    await tickIntake(intake, '#q-consent-hipaa');
    await tickIntake(intake, '#q-consent-part2');
    await typeIntake(intake, 'signature', PERSON.signature);
    expect(await intakeNext(intake), $(intake, '#error-summary')?.textContent ?? '').to.equal('Review your answers');
    // The review shows the answers back to the person (on the page, as it should be).
    expect($(intake, '[part~="review"]')!.textContent).to.include(PERSON.first);

    const snaps: { when: string; records: Record<string, number>; leaked: string[] }[] = [];
    await waitUntil(async () => ((await rawIdbText(dbName)).records['drafts'] ?? 0) > 0, 'the draft is saved', { timeout: 6000, interval: 200 });
    let snap = await rawIdbText(dbName);
    snaps.push({ when: 'draft', records: snap.records, leaked: leaks(snap.text) });

    // Send, holding the request back until the outbox record has been read.
    setHold(new Promise<void>((r) => (release = r)));
    const submit = $<HTMLButtonElement>(intake, 'button[data-action="submit"]')!;
    submit.click();
    await waitUntil(async () => ((await rawIdbText(dbName)).records['outbox'] ?? 0) > 0, 'the submission is in the outbox', { timeout: 8000, interval: 100 });
    snap = await rawIdbText(dbName);
    snaps.push({ when: 'outbox (in flight)', records: snap.records, leaked: leaks(snap.text) });
    release();
    setHold(undefined);
    await waitFor(intake, '.receipt', 10000);
    await sleep(300);
    snap = await rawIdbText(dbName);
    snaps.push({ when: 'after receipt', records: snap.records, leaked: leaks(snap.text) });
    console.log(`PHI test: IndexedDB snapshots ${snaps.map((s) => `${s.when} ${JSON.stringify(s.records)}`).join('; ')}`);
    expect(snaps.map((s) => `${s.when}: ${s.leaked.join(',')}`)).to.deep.equal(snaps.map((s) => `${s.when}: `));
    expect(snaps[2]!.records, 'nothing left on the device after the receipt').to.deep.include({ drafts: 0, outbox: 0 });
  });

  it('the backend received the values (so the checks look for the right strings)', () => {
    const submission = requested.find((r) => r.method === 'POST' && r.url.endsWith('/api/intake-submissions'));
    expect(submission && leaks(submission.body)).to.include.members(['zyxwvutsrq', 'qponmlkjih', '1987-06-05']);
  });

  sharedChecks(it, /\/api\/intake-submissions$/);
});
