import { expect, fixture, html, unsafeStatic, waitUntil } from '@open-wc/testing';
import '../../../src/define/provider.js';
import type { IopProvider } from '../../../src/components/provider/provider.js';
import { adapter, defineTestElement, payer } from '../base/test-element.js';
import type { TestIopElement } from '../base/test-element.js';

const text = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim();

describe('<iop-provider>', () => {
  let name: string;
  let tag: ReturnType<typeof unsafeStatic>;
  beforeEach(() => {
    name = defineTestElement();
    tag = unsafeStatic(name);
  });

  it('renders only its children, without a box of its own', async () => {
    const provider = await fixture<IopProvider>(html`<iop-provider><p>Program details</p></iop-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
    expect(provider.shadowRoot!.querySelectorAll('*').length).to.equal(1);
    expect(provider.shadowRoot!.querySelector('slot')).to.exist;
    expect(provider.innerText.trim()).to.equal('Program details');
  });

  it('is accessible', async () => {
    const provider = await fixture<IopProvider>(html`
      <iop-provider locale="es" center-name="Harbor Recovery" .backend=${adapter([])}>
        <${tag}></${tag}>
      </iop-provider>
    `);
    await waitUntil(() => text(provider.firstElementChild!, '.payers') === 'Ninguna aseguradora');
    await expect(provider).to.be.accessible();
  });

  it('passes center hours and NPI to elements and updates them when attributes change', async () => {
    const provider = await fixture<IopProvider>(html`
      <iop-provider center-name="Harbor" center-phone="(555) 201-0100" center-hours="Mon–Fri 8 AM–6 PM" center-npi="1234567893">
        <${tag}></${tag}>
      </iop-provider>
    `);
    const el = provider.firstElementChild as TestIopElement;
    expect(el.center).to.deep.equal({ name: 'Harbor', phone: '(555) 201-0100', hours: 'Mon–Fri 8 AM–6 PM', npi: '1234567893' });
    provider.setAttribute('center-name', 'Harbor Recovery Center');
    provider.removeAttribute('center-phone');
    await waitUntil(() => text(el, '.center') === 'Harbor Recovery Center');
  });

  it('reaches elements inside other shadow roots', async () => {
    const provider = await fixture<IopProvider>(html`<iop-provider locale="es"><div class="host"></div></iop-provider>`);
    const root = provider.querySelector('.host')!.attachShadow({ mode: 'open' });
    const el = document.createElement(name) as TestIopElement;
    root.append(el);
    await el.updateComplete;
    expect(text(el, '.hello')).to.equal('Hola');
  });

  it('builds its backend from api-base or src, preferring .backend, and rebuilds it only when they change', async () => {
    const provider = await fixture<IopProvider>(html`<iop-provider src="/iop-data.json"><${tag}></${tag}></iop-provider>`);
    const el = provider.firstElementChild as TestIopElement;
    expect(el.backendAdapter.kind).to.equal('static');
    provider.setAttribute('api-base', '/api');
    await waitUntil(() => el.backendAdapter.kind === 'http');
    const http = el.backendAdapter;
    provider.setAttribute('locale', 'es');
    await waitUntil(() => text(el, '.hello') === 'Hola');
    expect(el.backendAdapter, 'same backend after an unrelated change').to.equal(http);
    provider.backend = adapter([payer('1', 'Aetna')]);
    await waitUntil(() => text(el, '.payers') === '1 aseguradora');
    expect(el.backendAdapter.kind).to.equal('custom');
  });

  it('inside another provider, inherits what it does not set itself', async () => {
    const outerData = adapter([payer('1', 'Aetna'), payer('2', 'Cigna')]);
    const outer = await fixture<IopProvider>(html`
      <iop-provider center-name="Harbor" center-phone="(555) 201-0100" .backend=${outerData}>
        <iop-provider locale="es" center-phone="(555) 201-0199"><${tag}></${tag}></iop-provider>
      </iop-provider>
    `);
    const el = outer.firstElementChild!.firstElementChild as TestIopElement;
    await waitUntil(() => text(el, '.payers') === '2 aseguradoras');
    expect(text(el, '.center')).to.equal('Harbor (555) 201-0199');
    (outer.firstElementChild as IopProvider).locale = undefined;
    await waitUntil(() => text(el, '.hello') === 'Hello', 'locale falls back when the inner provider drops it');
  });

  it('a provider that upgrades inside another one takes over the elements inside it; the outer one keeps the rest', async () => {
    const { IopProvider: Provider } = await import('../../../src/components/provider/provider.js');
    const lateTag = `late-provider-${Math.random().toString(36).slice(2)}`;
    const late = unsafeStatic(lateTag);
    const outer = await fixture<IopProvider>(html`
      <iop-provider center-name="Harbor" center-phone="(555) 201-0100">
        <${late} center-phone="(555) 201-0199"><${tag}></${tag}></${late}>
        <${tag} class="outside"></${tag}>
      </iop-provider>
    `);
    const inside = outer.firstElementChild!.firstElementChild as TestIopElement;
    const outside = outer.querySelector('.outside') as TestIopElement;
    await waitUntil(() => text(inside, '.center') === 'Harbor (555) 201-0100', 'the outer provider answers while the inner one is not defined');
    customElements.define(lateTag, class extends Provider {});
    await waitUntil(() => text(inside, '.center') === 'Harbor (555) 201-0199', 'the closer provider takes over once defined');
    outer.centerName = 'Bayside';
    await waitUntil(() => text(outside, '.center') === 'Bayside (555) 201-0100', 'the outer provider still updates the element outside');
    await waitUntil(() => text(inside, '.center') === 'Bayside (555) 201-0199', 'and the inner provider passes on what it inherits');
  });

  it('an element taken out of the page stops receiving updates, and gets the current ones when it comes back', async () => {
    const provider = await fixture<IopProvider>(html`<iop-provider center-name="Harbor"><${tag}></${tag}></iop-provider>`);
    const el = provider.firstElementChild as TestIopElement;
    await waitUntil(() => text(el, '.center').startsWith('Harbor'));
    el.remove();
    provider.centerName = 'Bayside';
    await provider.updateComplete;
    await el.updateComplete;
    expect(text(el, '.center').startsWith('Harbor'), 'no update while detached').to.equal(true);
    provider.append(el);
    await waitUntil(() => text(el, '.center').startsWith('Bayside'), 'current settings after reconnecting');
  });

  it('speaks the community context protocol: @lit/context’s ContextConsumer receives the settings and their changes', async () => {
    const { ContextConsumer } = await import('@lit/context');
    const { iopContext } = await import('../../../src/core/context.js');
    const { LitElement } = await import('lit');
    const consumerTag = `lit-consumer-${Math.random().toString(36).slice(2)}`;
    const seen: (string | undefined)[] = [];
    customElements.define(
      consumerTag,
      class extends LitElement {
        constructor() {
          super();
          new ContextConsumer(this, { context: iopContext, subscribe: true, callback: (s) => seen.push(s.center.name) });
        }
      },
    );
    const provider = await fixture<IopProvider>(html`<iop-provider center-name="Harbor">${unsafeStatic(`<${consumerTag}></${consumerTag}>`)}</iop-provider>`);
    await waitUntil(() => seen.includes('Harbor'));
    provider.centerName = 'Bayside';
    await waitUntil(() => seen.includes('Bayside'), 'subscribed to changes');
  });
});
