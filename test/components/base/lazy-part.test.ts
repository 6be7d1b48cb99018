/** LazyPart: a part of an element fetched on first use, with a loading state and a retry when offline. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { IopElement } from '../../../src/components/base/iop-element.js';
import { LazyPart, renderPartPending } from '../../../src/components/base/lazy-part.js';
import { commonMessages } from '../../../src/core/i18n/common.js';

interface Part {
  render(): TemplateResult;
}

let attempts = 0;
let failNext = 0;
let release: (() => void) | undefined;

class PartHost extends IopElement {
  protected static override catalogues = [commonMessages];
  open = false;
  readonly comparePart = new LazyPart<Part>(this, async () => {
    attempts++;
    if (failNext > 0) {
      failNext--;
      throw new TypeError('Failed to fetch dynamically imported module');
    }
    await new Promise<void>((r) => (release = r));
    return { render: () => html`<table class="compare"><caption>Compare</caption></table>` };
  });

  protected override render() {
    if (!this.open) return html`<button class="open" @click=${() => ((this.open = true), this.requestUpdate())}>Compare</button>`;
    const part = this.comparePart.get();
    return part ? part.render() : renderPartPending(this, this.comparePart);
  }
}
customElements.define('iop-lazy-part-host', PartHost);

const shadow = (el: Element) => el.shadowRoot!;

describe('LazyPart', () => {
  beforeEach(() => {
    attempts = 0;
    failNext = 0;
    release = undefined;
  });

  it('fetches nothing until the part is needed, says "Loading…" meanwhile, then shows the part', async () => {
    const el = await fixture<PartHost>(html`<iop-lazy-part-host></iop-lazy-part-host>`);
    expect(attempts).to.equal(0);
    shadow(el).querySelector<HTMLButtonElement>('.open')!.click();
    await el.updateComplete;
    expect(attempts).to.equal(1);
    const status = shadow(el).querySelector('[role="status"]');
    expect(status?.textContent).to.equal('Loading…');
    await expect(el).to.be.accessible();
    release!();
    await waitUntil(() => shadow(el).querySelector('table.compare'), 'the part renders once loaded');
    expect(shadow(el).querySelector('[role="status"]')).to.equal(null);
    expect(attempts).to.equal(1);
  });

  it('offline: says it could not connect, in the element language, and "Try again" fetches it', async () => {
    failNext = 1;
    const el = await fixture<PartHost>(html`<iop-lazy-part-host locale="es"></iop-lazy-part-host>`);
    shadow(el).querySelector<HTMLButtonElement>('.open')!.click();
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'the failure is announced');
    expect(shadow(el).querySelector('[role="alert"] p')!.textContent).to.contain('No pudimos conectarnos');
    await expect(el).to.be.accessible();
    const retry = shadow(el).querySelector<HTMLButtonElement>('[role="alert"] button')!;
    expect(retry.textContent).to.equal('Intentar de nuevo');
    retry.click();
    await waitUntil(() => release, 'a second attempt starts');
    release!();
    await waitUntil(() => shadow(el).querySelector('table.compare'), 'the part renders after the retry');
    expect(attempts).to.equal(2);
  });
});
