import { aTimeout, expect, fixture, fixtureCleanup, html, oneEvent, unsafeStatic, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { IopElement } from '../../../src/components/base/iop-element.js';
import { defineMessages } from '../../../src/core/i18n/catalogue.js';
import '../../../src/define/provider.js';
import type { IopProvider } from '../../../src/components/provider/provider.js';
import { adapter, defineTestElement, payer } from './test-element.js';
import type { TestIopElement } from './test-element.js';

/**
 * Renders into a plain container. fixture() waits for an animation frame when its root is not a
 * Lit element, and a background test page may not get one; these roots are plain elements.
 */
const containers: HTMLElement[] = [];
function mount(template: unknown): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  render(template, container);
  return container.firstElementChild as HTMLElement;
}

const text = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim();

describe('IopElement', () => {
  let name: string;
  let tag: ReturnType<typeof unsafeStatic>;
  let documentLang: string;
  beforeEach(() => {
    name = defineTestElement();
    tag = unsafeStatic(name);
    documentLang = document.documentElement.lang;
  });
  afterEach(() => {
    document.documentElement.lang = documentLang;
    for (const c of containers.splice(0)) c.remove();
    fixtureCleanup();
  });

  it("uses the provider's backend, locale and center details", async () => {
    const data = adapter([payer('00192', 'Aetna'), payer('87726', 'UnitedHealthcare')]);
    const provider = await fixture<IopProvider>(html`
      <iop-provider locale="es" center-name="Harbor Recovery" center-phone="(555) 201-0100" .backend=${data}>
        <${tag}></${tag}>
      </iop-provider>
    `);
    const el = provider.firstElementChild as TestIopElement;
    await waitUntil(() => text(el, '.payers') === '2 aseguradoras', 'payers from the provider backend');
    expect(text(el, '.hello')).to.equal('Hola');
    expect(text(el, '.center')).to.equal('Harbor Recovery (555) 201-0100');
    expect(el.effectiveLocale).to.equal('es');
    expect(el.getAttribute('lang')).to.equal('es');
    expect(data.calls).to.deep.equal(['']);
  });

  it("re-renders when the provider's locale changes", async () => {
    const provider = await fixture<IopProvider>(html`<iop-provider locale="en"><${tag}></${tag}></iop-provider>`);
    const el = provider.firstElementChild as TestIopElement;
    expect(text(el, '.hello')).to.equal('Hello');
    provider.locale = 'es-MX';
    await waitUntil(() => text(el, '.hello') === 'Hola', 'Spanish after the provider switched');
    provider.setAttribute('locale', 'en');
    await waitUntil(() => text(el, '.hello') === 'Hello', 'English again');
  });

  it("reloads from the new backend when the provider's .backend changes", async () => {
    const first = adapter([payer('1', 'Aetna')]);
    const second = adapter([payer('1', 'Aetna'), payer('2', 'Cigna'), payer('3', 'Humana')]);
    const provider = await fixture<IopProvider>(html`<iop-provider .backend=${first}><${tag}></${tag}></iop-provider>`);
    const el = provider.firstElementChild as TestIopElement;
    await waitUntil(() => text(el, '.payers') === '1 insurer');
    provider.backend = second;
    await waitUntil(() => text(el, '.payers') === '3 insurers', 'payers from the new backend');
    expect(second.calls).to.have.length(1);
  });

  it("prefers its own attributes and backend over the provider's", async () => {
    const fromProvider = adapter([payer('1', 'Aetna')]);
    const own = adapter([payer('1', 'Aetna'), payer('2', 'Cigna')]);
    const provider = await fixture<IopProvider>(html`
      <iop-provider locale="es" center-name="Harbor Recovery" center-phone="(555) 201-0100" .backend=${fromProvider}>
        <${tag} locale="en" center-name="Harbor Evening IOP" .backend=${own}></${tag}>
        <${tag} api-base="/api"></${tag}>
        <${tag} src="/iop-data.json"></${tag}>
      </iop-provider>
    `);
    const [a, b, c] = [...provider.children] as TestIopElement[];
    await waitUntil(() => text(a!, '.payers') === '2 insurers');
    expect(text(a!, '.hello')).to.equal('Hello');
    expect(text(a!, '.center')).to.equal('Harbor Evening IOP (555) 201-0100');
    expect(b!.backendAdapter.kind).to.equal('http');
    expect(c!.backendAdapter.kind).to.equal('static');
    await aTimeout(0);
    expect(fromProvider.calls, 'the provider backend is never asked').to.deep.equal([]);
  });

  it('creates its backend once per configuration, not per render', async () => {
    const el = await fixture<TestIopElement>(html`<${tag} api-base="/api"></${tag}>`);
    const backend = el.backendAdapter;
    el.centerName = 'Harbor';
    await el.updateComplete;
    el.locale = 'es';
    await el.updateComplete;
    expect(el.backendAdapter).to.equal(backend);
    expect(el.backendChanges).to.have.length(1);
    el.apiBase = '/api/v2';
    await el.updateComplete;
    expect(el.backendAdapter).to.not.equal(backend);
    expect(el.backendChanges).to.have.length(2);
  });

  it('works without a provider: own locale and backend, or a clear error when none is configured', async () => {
    const el = await fixture<TestIopElement>(html`<${tag} locale="es" .backend=${adapter([payer('1', 'Aetna')])}></${tag}>`);
    await waitUntil(() => text(el, '.payers') === '1 aseguradora');
    const bare = await fixture<TestIopElement>(html`<${tag}></${tag}>`);
    await waitUntil(() => text(bare, '.payers').startsWith('No backend is configured'), 'configuration error shown');
    expect(text(bare, '.hello')).to.equal('Hello');
  });

  it('follows the lang of an ancestor across a shadow root, and the document lang when it changes', async () => {
    const host = mount(html`<div lang="es"><div class="host"></div></div>`);
    const shadowHost = host.querySelector('.host')!;
    const root = shadowHost.attachShadow({ mode: 'open' });
    const el = document.createElement(name) as TestIopElement;
    root.append(el);
    await el.updateComplete;
    expect(text(el, '.hello')).to.equal('Hola');

    const loose = await fixture<TestIopElement>(html`<${tag}></${tag}>`);
    document.documentElement.lang = 'es';
    await waitUntil(() => text(loose, '.hello') === 'Hola', 'document lang change picked up');
  });

  it('uses an <iop-provider> that is defined after the element connected', async () => {
    const lateTag = `iop-late-provider-${Math.random().toString(36).slice(2, 8)}`;
    const late = unsafeStatic(lateTag);
    const wrapper = mount(html`<${late} locale="es"><${tag}></${tag}></${late}>`);
    await (wrapper.firstElementChild as TestIopElement).updateComplete;
    const el = wrapper.firstElementChild as TestIopElement;
    expect(text(el, '.hello')).to.equal('Hello');
    const { IopProvider } = await import('../../../src/components/provider/provider.js');
    customElements.define(lateTag, class extends IopProvider {});
    await waitUntil(() => text(el, '.hello') === 'Hola', 'late provider found');
  });

  it('emits typed events that bubble out of shadow roots to the page', async () => {
    const outer = mount(html`<div><div class="host"></div></div>`);
    const root = outer.querySelector('.host')!.attachShadow({ mode: 'open' });
    const el = document.createElement(name) as TestIopElement;
    root.append(el);
    await el.updateComplete;
    const heard = oneEvent(outer, 'iop-test-pinged');
    el.shadowRoot!.querySelector('button')!.click();
    const event = await heard;
    expect(event.detail.times).to.equal(1);
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.target, 'retargeted to the outer host').to.equal(outer.querySelector('.host'));
  });

  it('is accessible and honours the hidden attribute', async () => {
    const el = await fixture<TestIopElement>(html`<${tag} .backend=${adapter([])}></${tag}>`);
    await waitUntil(() => text(el, '.payers') === 'No insurers');
    await expect(el).to.be.accessible();
    el.hidden = true;
    expect(getComputedStyle(el).display).to.equal('none');
  });
});

describe('IopElement: Spanish messages fetched on demand', () => {
  it('renders in Spanish from the first render, waiting for the Spanish file, and never shows English first', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let loads = 0;
    const lazy = defineMessages({ title: 'Find a program' }, async () => {
      loads++;
      await gate;
      return { default: { title: 'Encuentre un programa' } };
    });
    const seen: string[] = [];
    class LazyElement extends IopElement {
      protected static override catalogues = [lazy];
      protected override render() {
        const title = this.t(lazy, 'title');
        seen.push(title);
        return html`<h2>${title}</h2>`;
      }
    }
    const name = `iop-lazy-test-${Math.random().toString(36).slice(2, 8)}`;
    customElements.define(name, LazyElement);
    const el = document.createElement(name) as LazyElement;
    el.locale = 'es';
    document.body.append(el);
    try {
      await aTimeout(20);
      expect(seen, 'nothing rendered while Spanish is loading').to.deep.equal([]);
      release();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Encuentre un programa');
      expect(seen).to.deep.equal(['Encuentre un programa']);
      expect(loads).to.equal(1);
      el.locale = 'en';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Find a program');
    } finally {
      el.remove();
    }
  });

  it('renders in English without fetching Spanish, and falls back to English if the Spanish file fails', async () => {
    let loads = 0;
    const failing = defineMessages({ title: 'Find a program' }, async () => {
      loads++;
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    class FailingElement extends IopElement {
      protected static override catalogues = [failing];
      protected override render() {
        return html`<h2>${this.t(failing, 'title')}</h2>`;
      }
    }
    const name = `iop-lazy-fail-${Math.random().toString(36).slice(2, 8)}`;
    customElements.define(name, FailingElement);
    const el = document.createElement(name) as FailingElement;
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(loads).to.equal(0);
      el.locale = 'es';
      await el.updateComplete;
      expect(loads).to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Find a program');
    } finally {
      el.remove();
    }
  });
});
