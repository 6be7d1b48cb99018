/**
 * The autoloader defines an element when its tag appears — at load or later, in the document
 * or (when asked) in a shadow root — and fetches nothing for tags the page does not use.
 * Its own page: no other import has defined any element here.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { discover } from '../../src/autoloader.js';

const fetched = (path: string) => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.endsWith(path));

describe('iop-kit/autoloader', () => {
  afterEach(() => {
    for (const el of document.querySelectorAll('[data-autoloader-test]')) el.remove();
  });

  it('defines an element added to the page, and fetches no other element', async () => {
    expect(customElements.get('iop-schedule-viewer')).to.equal(undefined);
    const viewer = document.createElement('iop-schedule-viewer');
    viewer.dataset.autoloaderTest = '';
    viewer.setAttribute('src', '/test-static/iop-data.json');
    document.body.append(viewer);
    await waitUntil(() => customElements.get('iop-schedule-viewer'), 'iop-schedule-viewer defined', { timeout: 10000 });
    await (viewer as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(viewer.shadowRoot, 'it rendered').to.exist;
    expect(customElements.get('iop-intake-questionnaire')).to.equal(undefined);
    expect(customElements.get('iop-insurance-check')).to.equal(undefined);
    expect(fetched('/define/intake-questionnaire.ts')).to.equal(false);
    expect(fetched('/define/insurance-check.ts')).to.equal(false);
  });

  it('finds elements nested in added markup', async () => {
    const wrapper = document.createElement('div');
    wrapper.dataset.autoloaderTest = '';
    wrapper.innerHTML = '<section><iop-provider><iop-family-education></iop-family-education></iop-provider></section>';
    document.body.append(wrapper);
    await waitUntil(() => customElements.get('iop-provider') && customElements.get('iop-family-education'), 'both defined', { timeout: 10000 });
  });

  it('discover(root) defines elements inside a shadow root the page made, and resolves when they are defined', async () => {
    const host = document.createElement('div');
    host.dataset.autoloaderTest = '';
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<iop-insurance-check></iop-insurance-check>';
    await new Promise((r) => setTimeout(r, 50));
    expect(customElements.get('iop-insurance-check'), 'the document observer does not see into shadow roots').to.equal(undefined);
    await discover(root);
    expect(customElements.get('iop-insurance-check')).to.not.equal(undefined);
  });
});
