/**
 * The React 19 example (demo/embed/react/): React renders the kit's elements, sets objects as
 * properties (not "[object Object]" attributes), hears `iop-program-select` through the
 * `oniop-program-select` prop and `iop-compare-change` through a ref listener, and React state
 * sets the viewer's `programId`. Under the test runner, `examples-plugin.mjs` bundles main.tsx.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { $, $$, settle, waitFor } from '../security/frame.js';
import { type ExamplePage, openExample, undefinedElements } from './example-page.js';

type Finder = HTMLElement & { filters: { times: string[] }; busy: unknown[]; pageSize: number; compared: string[] };
type Viewer = HTMLElement & { programId?: string; busy: readonly unknown[]; track?: string };

describe('embedding: a React 19 app (demo/embed/react/)', () => {
  let page: ExamplePage;
  let finder: Finder;
  let viewer: Viewer;
  const output = () => page.doc.querySelector('#react-state output')?.textContent?.trim() ?? '';

  before(async function () {
    this.timeout(30000);
    const entry = await (await fetch('/demo/embed/react/main.tsx')).text();
    if (entry.includes('<StrictMode>')) {
      throw new Error('main.tsx came back untransformed: web-test-runner.config.mjs needs embedExamplesPlugin() from test/e2e/embed/examples-plugin.mjs');
    }
    page = await openExample('/demo/embed/react/index.html');
    await waitUntil(() => page.doc.querySelector('#root iop-schedule-viewer'), 'React rendered the app', { timeout: 10000 });
    finder = page.doc.querySelector('iop-program-finder') as Finder;
    viewer = page.doc.querySelector('iop-schedule-viewer') as Viewer;
  });
  after(() => page?.remove());

  it('React mounts the provider, the finder and the viewer, all defined, inside #root', () => {
    expect(undefinedElements(page, ['iop-provider', 'iop-program-finder', 'iop-schedule-viewer'])).to.deep.equal([]);
    expect(page.doc.querySelector('#root > iop-provider > section > iop-program-finder')).to.equal(finder);
    expect(page.doc.querySelector('#root iop-provider')!.getAttribute('api-base')).to.equal('/api');
  });

  it('objects arrive as properties (filters, busy), strings as attributes (page-size)', async function () {
    this.timeout(15000);
    expect(finder.filters.times).to.deep.equal(['evening']);
    expect(finder.hasAttribute('filters'), 'no "[object Object]" attribute').to.equal(false);
    expect(finder.busy).to.deep.equal([{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }]);
    expect(viewer.busy, 'one array, given to both by React').to.equal(finder.busy);
    expect(finder.getAttribute('page-size')).to.equal('5');
    expect(finder.pageSize).to.equal(5);
    // What the visitor sees: the preselected filter is counted and narrows the results.
    await waitFor(finder, 'li.card', 10000);
    await waitUntil(() => /Filters \(1\)|1 filter/i.test(finder.shadowRoot!.textContent ?? '') || $$(finder, 'input:checked').length > 0, 'the evening filter is on', { timeout: 5000 });
    const evening = $<HTMLInputElement>(finder, '#opt-times-evening');
    expect(evening?.checked, 'Evening is ticked in the finder').to.equal(true);
  });

  it('"View schedule" → oniop-program-select → React state → the viewer\'s programId', async function () {
    this.timeout(20000);
    const before = viewer.programId;
    expect(before).to.equal('harborlight-bilingual-iop');
    expect(output()).to.equal('nothing yet');
    const card = $$(finder, 'li.card').find((c) => c.dataset['programId'] !== before)!;
    const id = card.dataset['programId']!;
    card.querySelector<HTMLButtonElement>('button.view-schedule')!.click();
    await waitUntil(() => viewer.programId === id, `viewer.programId becomes ${id}`, { timeout: 5000 });
    expect(output()).to.equal(id);
    expect(viewer.getAttribute('programId'), 'set as a property, not an attribute').to.equal(null);
    await settle(viewer);
    await waitFor(viewer, 'table, [part~="list"]', 10000);
  });

  it('an event heard through a ref (iop-compare-change) updates React state', async function () {
    this.timeout(10000);
    $(finder, 'li.card button.compare-toggle')!.click();
    await waitUntil(() => /comparing 1/.test(page.doc.querySelector('#react-state')?.textContent ?? ''), 'React shows the compare count', { timeout: 5000 });
    expect(finder.compared.length).to.equal(1);
  });

  it('changing React state sets the property again (busy → [] when the checkbox is cleared)', async function () {
    this.timeout(10000);
    const box = page.doc.querySelector<HTMLInputElement>('#root input[type="checkbox"]')!;
    box.click();
    await waitUntil(() => finder.busy.length === 0 && viewer.busy.length === 0, 'busy cleared on both elements', { timeout: 5000 });
    box.click();
    await waitUntil(() => finder.busy.length === 1, 'busy set again', { timeout: 5000 });
    expect(finder.filters.times, "the visitor's filters survive React's re-render").to.deep.equal(['evening']);
  });

  it('no console error (React warnings included), no uncaught error, nothing from another origin', () => {
    expect(page.watchedFromStart, 'watchers in place before the app ran').to.equal(true);
    expect(page.errors).to.deep.equal([]);
    expect(page.consoleErrors).to.deep.equal([]);
    expect(page.foreignRequests()).to.deep.equal([]);
    expect(page.failedRequests()).to.deep.equal([]);
  });
});
