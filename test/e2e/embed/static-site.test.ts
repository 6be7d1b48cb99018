/**
 * The static-site example (demo/embed/static-site.html): a center with no backend, everything
 * from one JSON file (`src="/iop-data.json"`). Finder, schedule and education work; the
 * insurance check says at once that it cannot be sent from this site and gives the phone; the
 * intake can be filled, and at Send it says the same. No request ever goes to an API.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { $, $$, chooseIntake, clickIn, deleteDb, fillSampleIntakePage1, intakeNext, shadowText, tickIntake, typeIntake, waitFor } from '../security/frame.js';
import { type ExamplePage, openExample, undefinedElements } from './example-page.js';

const TAGS = ['iop-provider', 'iop-program-finder', 'iop-schedule-viewer', 'iop-family-education', 'iop-insurance-check', 'iop-intake-questionnaire'];
const PHONE = '(720) 555-0110';

describe('embedding: a site with no backend, one JSON file (demo/embed/static-site.html)', () => {
  let page: ExamplePage;
  const el = (tag: string) => page.doc.querySelector(tag)!;

  before(async function () {
    this.timeout(30000);
    const file = await fetch('/iop-data.json');
    if (!file.ok) throw new Error('/iop-data.json is not served: web-test-runner.config.mjs needs embedExamplesPlugin() from test/e2e/embed/examples-plugin.mjs');
    await deleteDb('iop-kit-static-demo');
    await deleteDb('iop-kit-static-demo-education');
    page = await openExample('/demo/embed/static-site.html');
  });
  after(() => page?.remove());

  it('every element is defined; finder, schedule and education show their data from the file', async function () {
    this.timeout(20000);
    expect(undefinedElements(page, TAGS)).to.deep.equal([]);
    await waitFor(el('iop-program-finder'), 'li.card', 10000);
    expect(shadowText(el('iop-program-finder'))).to.match(/16 programs match/);
    await waitFor(el('iop-schedule-viewer'), 'table', 10000);
    expect($(el('iop-schedule-viewer'), 'caption')!.textContent).to.match(/Young Adult/i);
    await waitFor(el('iop-family-education'), 'button.open', 10000);
    expect($$(el('iop-family-education'), 'button.open').length).to.be.greaterThan(0);
  });

  it('the insurance check says at once that it cannot be sent from this site, with the phone as a link', async function () {
    this.timeout(10000);
    const check = el('iop-insurance-check');
    await waitUntil(() => /not available on this website/i.test(shadowText(check)), 'the static-site notice', { timeout: 8000 });
    expect(shadowText(check)).to.include(`Please call ${PHONE}`);
    expect($(check, '#f-firstName'), 'no form to fill in vain').to.equal(null);
    expect($$<HTMLAnchorElement>(check, 'a[href^="tel:"]').map((a) => a.getAttribute('href'))).to.include('tel:+17205550110');
  });

  it('the intake can be filled from the file\'s form; Send says "please call" and keeps the answers', async function () {
    this.timeout(40000);
    const intake = el('iop-intake-questionnaire');
    await waitFor(intake, '#page-heading', 10000);
    expect(($(intake, '#page-heading')!.textContent ?? '').trim()).to.equal('About you');
    await fillSampleIntakePage1(intake, { first: 'Robin', last: 'Vale', dob: '1990-01-02', phone: '(720) 555-0199', email: 'robin@example.org' });
    await intakeNext(intake);
    await chooseIntake(intake, 'reason', 'mental-health');
    await chooseIntake(intake, 'crisis-now', false);
    await intakeNext(intake);
    const items = [...new Set($$<HTMLInputElement>(intake, '[data-q] input[type="radio"][value="0"]').map((i) => (i.closest('[data-q]') as HTMLElement).dataset['q']!))];
    for (const id of items) await chooseIntake(intake, id, '0');
    await intakeNext(intake);
    await tickIntake(intake, '#q-consent-hipaa');
    await tickIntake(intake, '#q-consent-part2');
    await typeIntake(intake, 'signature', 'Robin Vale');
    expect(await intakeNext(intake)).to.equal('Review your answers');
    await clickIn(intake, 'button[data-action="submit"]');
    await waitFor(intake, '.not-supported', 8000);
    expect(shadowText(intake)).to.include(`This website can't send this form online. Please call ${PHONE}.`);
    expect($$<HTMLAnchorElement>(intake, '.not-supported a[href^="tel:"]').length).to.equal(1);
  });

  it('all data came from the one file: no API request, nothing from another origin, no console error', () => {
    const urls = page.requestedUrls();
    expect(urls.filter((u) => new URL(u).pathname.startsWith('/api'))).to.deep.equal([]);
    expect(urls.filter((u) => new URL(u).pathname === '/iop-data.json').length, 'the file, fetched once for all elements').to.equal(1);
    expect(page.watchedFromStart).to.equal(true);
    expect(page.errors).to.deep.equal([]);
    expect(page.consoleErrors).to.deep.equal([]);
    expect(page.foreignRequests()).to.deep.equal([]);
    expect(page.failedRequests()).to.deep.equal([]);
  });
});
