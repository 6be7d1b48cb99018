/**
 * The plain-HTML example (demo/embed/plain-html.html): one module script and the elements, as a
 * center's static page would have them. The page loads, every element is defined and shows its
 * first state, the finder's "View schedule" drives the viewer, nothing is logged as an error and
 * nothing is requested from another origin. The same markup is also run on the built CDN file.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { $, $$, shadowText, settle, waitFor } from '../security/frame.js';
import { type ExamplePage, openExample, undefinedElements } from './example-page.js';

const TAGS = ['iop-provider', 'iop-program-finder', 'iop-schedule-viewer', 'iop-insurance-check'];

async function firstStates(page: ExamplePage): Promise<void> {
  const finder = page.doc.querySelector('iop-program-finder')!;
  const viewer = page.doc.querySelector('iop-schedule-viewer')!;
  const check = page.doc.querySelector('iop-insurance-check')!;
  await waitFor(finder, 'li.card', 10000);
  await waitFor(viewer, 'table', 10000);
  await waitFor(check, '#f-firstName', 10000);
  expect(shadowText(finder)).to.match(/programs? match/);
  expect($(viewer, 'caption')?.textContent ?? '').to.match(/Bilingual Co-occurring IOP/);
  expect(shadowText(check)).to.match(/insurance/i);
}

describe('embedding: plain HTML with one script tag (demo/embed/plain-html.html)', () => {
  let page: ExamplePage;

  before(async function () {
    this.timeout(30000);
    page = await openExample('/demo/embed/plain-html.html');
  });
  after(() => page?.remove());

  it('the page has exactly one script: a module loading the kit', () => {
    // (The test server adds its own /__web-dev-server… script to every page it serves.)
    const scripts = [...page.doc.querySelectorAll('script')].filter((s) => !s.src.includes('/__web-dev-server'));
    expect(scripts.map((s) => `${s.type} ${s.getAttribute('src')}`)).to.deep.equal(['module ./iop-kit.js']);
    expect(page.doc.querySelectorAll('script:not([src])').length, 'no inline script').to.equal(0);
  });

  it('every element is defined and shows its first state: results, the week table, the insurance form', async function () {
    this.timeout(20000);
    expect(undefinedElements(page, TAGS)).to.deep.equal([]);
    await firstStates(page);
  });

  it('"View schedule" in the finder shows that program in the viewer (schedule-viewer="#schedule")', async function () {
    this.timeout(20000);
    const finder = page.doc.querySelector('iop-program-finder')!;
    const viewer = page.doc.querySelector('iop-schedule-viewer')! as HTMLElement & { programId?: string };
    const cards = $$(finder, 'li.card');
    const card = cards.find((c) => !/Harbor Light Bilingual/i.test(c.textContent ?? '')) ?? cards[0]!;
    const button = [...card.querySelectorAll('button')].find((b) => /schedule/i.test(b.textContent ?? ''))!;
    expect(button, 'a View schedule button').to.exist;
    const before = viewer.programId;
    button.click();
    await waitUntil(() => viewer.programId !== before, 'the viewer gets another program', { timeout: 5000 });
    await settle(viewer);
    await waitFor(viewer, 'table', 10000);
    const name = card.querySelector('h3, h4')?.textContent?.trim() ?? '';
    await waitUntil(() => ($(viewer, 'caption')?.textContent ?? '').includes(name), `the viewer shows ${name}`, { timeout: 8000 });
  });

  it('an English page fetches no Spanish strings and no part a person has not asked for', () => {
    const fetched = page.requestedUrls().map((u) => new URL(u, location.href).pathname);
    expect(fetched.some((u) => /\/messages\.ts$/.test(u)), 'English strings were loaded').to.equal(true);
    expect(fetched.filter((u) => /\.es\.(ts|js)$/.test(u))).to.deep.equal([]);
    const parts = /\/(compare-table|week-editor|empty-result|result-view|card-photo|checking|calendar|write)\.(ts|js)$/;
    expect(fetched.filter((u) => parts.test(u))).to.deep.equal([]);
  });

  it('no console error, no uncaught error, nothing requested from another origin', () => {
    expect(page.watchedFromStart, 'watchers in place before the kit ran').to.equal(true);
    expect(page.errors).to.deep.equal([]);
    expect(page.consoleErrors).to.deep.equal([]);
    expect(page.foreignRequests()).to.deep.equal([]);
    expect(page.failedRequests()).to.deep.equal([]);
    expect(page.requestedUrls().some((u) => u.includes('/api/programs')), 'the finder asked the API').to.equal(true);
  });
});

describe('embedding: the same markup on the built CDN bundle (dist/cdn/iop-kit.js)', () => {
  let built = false;
  before(async () => {
    built = (await fetch('/dist/cdn/iop-kit.js', { method: 'HEAD' })).ok;
  });

  it('runs with the script pointed at dist/cdn/iop-kit.js (after `npm run build`; skipped without a build)', async function () {
    if (!built) this.skip();
    this.timeout(30000);
    const source = await (await fetch('/demo/embed/plain-html.html')).text();
    expect(source).to.include('src="./iop-kit.js"');
    // A srcdoc page resolves relative URLs against this test page, so they are made absolute.
    const html = source
      .replace('src="./iop-kit.js"', 'src="/dist/cdn/iop-kit.js"')
      .replace(/(href|src)="\.\.\//g, '$1="/demo/')
      .replace(/(href|src)="\.\//g, '$1="/demo/embed/');
    const page = await openExample('about:srcdoc', { srcdoc: html });
    try {
      expect(undefinedElements(page, TAGS)).to.deep.equal([]);
      await firstStates(page);
      expect(page.requestedUrls().some((u) => u.endsWith('/dist/cdn/iop-kit.js'))).to.equal(true);
      expect(page.requestedUrls().some((u) => /\/src\//.test(u)), 'nothing from the source tree').to.equal(false);
      expect(page.errors).to.deep.equal([]);
      expect(page.consoleErrors).to.deep.equal([]);
      expect(page.foreignRequests()).to.deep.equal([]);
      expect(page.failedRequests()).to.deep.equal([]);
    } finally {
      page.remove();
    }
  });
});

describe('embedding: the intake on its built CDN file (dist/cdn/intake-questionnaire.js)', () => {
  let built = false;
  before(async () => {
    built = (await fetch('/dist/cdn/intake-questionnaire.js', { method: 'HEAD' })).ok;
  });

  /** A page with the intake alone, as a center would write it; the files it fetched. */
  async function intakePage(attributes: string): Promise<{ page: ExamplePage; files: () => string[] }> {
    const html = `<!doctype html><html lang="en"><body>
      <script type="module" src="/dist/cdn/intake-questionnaire.js"></script>
      <iop-intake-questionnaire api-base="/api" ${attributes} storage-name="cdn-intake-${Math.random().toString(36).slice(2)}"></iop-intake-questionnaire>
    </body></html>`;
    const page = await openExample('about:srcdoc', { srcdoc: html });
    const files = () => page.requestedUrls().map((u) => new URL(u, location.href).pathname).filter((p) => p.startsWith('/dist/cdn/'));
    return { page, files };
  }

  it('the built-in form: one file at start, then only the form and its screeners; no schema and no HTTP adapter (after `npm run build`)', async function () {
    if (!built) this.skip();
    this.timeout(30000);
    const { page, files } = await intakePage('');
    try {
      const el = page.doc.querySelector('iop-intake-questionnaire')!;
      await waitFor(el, '#page-heading', 15000);
      expect(files().filter((p) => /\/chunks\/(intake-form|http)-/.test(p))).to.deep.equal([]);
      expect(files().some((p) => /\/chunks\/default-form-/.test(p)), 'the built-in form').to.equal(true);
      expect(page.errors).to.deep.equal([]);
      expect(page.failedRequests()).to.deep.equal([]);
    } finally {
      page.remove();
    }
  });

  it('a form from the API (form-id): the schema, the checks and the HTTP adapter come in one more file, and the form runs', async function () {
    if (!built) this.skip();
    this.timeout(30000);
    const { page, files } = await intakePage('form-id="sample-short-intake"');
    try {
      const el = page.doc.querySelector('iop-intake-questionnaire')!;
      await waitFor(el, '#page-heading', 15000);
      expect($(el, '.form-title')?.textContent?.trim()).to.equal('Sample short intake questionnaire');
      expect(files().filter((p) => /\/chunks\/intake-form-/.test(p))).to.have.length(1);
      expect(files().filter((p) => /\/chunks\/(http|validate|issues|given-form)-/.test(p)), 'no other file for it').to.deep.equal([]);
      expect(page.requestedUrls().some((u) => u.includes('/api/intake-forms/sample-short-intake'))).to.equal(true);
      expect(page.errors).to.deep.equal([]);
      expect(page.consoleErrors).to.deep.equal([]);
      expect(page.failedRequests()).to.deep.equal([]);
    } finally {
      page.remove();
    }
  });
});
