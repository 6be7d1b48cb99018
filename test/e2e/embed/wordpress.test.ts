/**
 * The WordPress example (demo/embed/wordpress.html): the contents of one "Custom HTML" block
 * inside a page shaped like a WordPress theme. The block works as pasted, matches the snippet
 * the page tells editors to paste, and the theme's font carries in while its button rules do not.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { $, $$, shadowText, waitFor } from '../security/frame.js';
import { type ExamplePage, openExample, undefinedElements } from './example-page.js';

/** Tags and attributes of the elements in `root` (what an editor's paste produces), with the two site-specific values normalised. */
function shape(root: ParentNode): string[] {
  return [...root.querySelectorAll('script[type="module"], iop-provider, iop-provider *')]
    .filter((e) => !(e as HTMLScriptElement).src?.includes('/__web-dev-server'))
    .map((e) => {
      const attrs = [...e.attributes]
        .map((a) => `${a.name}=${a.name === 'src' ? '<kit>' : a.name === 'api-base' ? '<api>' : a.value}`)
        .sort()
        .join(' ');
      return `${e.localName} ${attrs}`;
    });
}

describe('embedding: a WordPress "Custom HTML" block (demo/embed/wordpress.html)', () => {
  let page: ExamplePage;

  before(async function () {
    this.timeout(30000);
    page = await openExample('/demo/embed/wordpress.html');
  });
  after(() => page?.remove());

  it('the block on the page is exactly the snippet editors are told to paste (but for the script and API addresses)', async () => {
    // The page as served (the live elements add their own `lang`).
    const served = new DOMParser().parseFromString(await (await fetch('/demo/embed/wordpress.html')).text(), 'text/html');
    const content = served.querySelector('.entry-content')!;
    const snippet = new DOMParser().parseFromString(page.doc.querySelector('.block-editor-hint pre code')!.textContent!, 'text/html');
    expect(shape(content)).to.deep.equal(shape(snippet));
    expect(shape(content).length).to.equal(4);
  });

  it('the elements are defined; the finder lists programs and the viewer asks for a choice', async function () {
    this.timeout(20000);
    expect(undefinedElements(page, ['iop-provider', 'iop-program-finder', 'iop-schedule-viewer'])).to.deep.equal([]);
    const finder = page.doc.querySelector('iop-program-finder')!;
    const viewer = page.doc.querySelector('iop-schedule-viewer')!;
    await waitFor(finder, 'li.card', 10000);
    await waitUntil(() => /No program has been chosen/i.test(shadowText(viewer)), 'the viewer says no program is chosen yet', { timeout: 8000 });
    $<HTMLButtonElement>(finder, 'li.card button.view-schedule')!.click();
    await waitFor(viewer, 'table, [part~="list"]', 10000);
  });

  it("the theme's font and colour carry into the elements; its button rules stop at the shadow root", () => {
    const finder = page.doc.querySelector('iop-program-finder')!;
    const card = $(finder, 'li.card')!;
    expect(getComputedStyle(card).fontFamily).to.match(/Georgia/);
    const button = $$(finder, 'button')[0]!;
    expect(getComputedStyle(button).textTransform, 'the theme uppercases .entry-content buttons').to.equal('none');
    const themed = page.doc.createElement('button');
    page.doc.querySelector('.entry-content')!.append(themed);
    expect(page.win.getComputedStyle(themed).textTransform, 'the control: a light-DOM button is uppercased').to.equal('uppercase');
    themed.remove();
  });

  it('no console error, no uncaught error, nothing requested from another origin', () => {
    expect(page.watchedFromStart).to.equal(true);
    expect(page.errors).to.deep.equal([]);
    expect(page.consoleErrors).to.deep.equal([]);
    expect(page.foreignRequests()).to.deep.equal([]);
    expect(page.failedRequests()).to.deep.equal([]);
  });
});
