import { expect } from '@open-wc/testing';
import { closestLang, normalizeLocale, resolveLocale } from '../../../src/core/locale.js';

/** `h('div', { lang: 'es' }, child)`: a small DOM builder. */
function h(tag: string, attrs: Record<string, string> = {}, ...children: Element[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}
/** Attaches `el` to the page (removed after each test). */
function mount(el: HTMLElement): HTMLElement {
  document.body.append(el);
  mounted.push(el);
  return el;
}
const mounted: HTMLElement[] = [];

describe('locale resolution', () => {
  let documentLang: string;
  beforeEach(() => {
    documentLang = document.documentElement.lang;
  });
  afterEach(() => {
    document.documentElement.lang = documentLang;
    for (const el of mounted.splice(0)) el.remove();
  });

  it('normalises regional tags and rejects languages the kit does not speak', () => {
    expect(normalizeLocale('es-MX')).to.equal('es');
    expect(normalizeLocale('ES_us')).to.equal('es');
    expect(normalizeLocale(' en-GB ')).to.equal('en');
    expect(normalizeLocale('fr')).to.equal(undefined);
    expect(normalizeLocale('english')).to.equal(undefined);
    expect(normalizeLocale('')).to.equal(undefined);
    expect(normalizeLocale(null)).to.equal(undefined);
  });

  it("uses the element's own locale first", () => {
    const el = mount(h('div', { lang: 'en' }, h('span')));
    expect(resolveLocale(el.firstElementChild, 'es-MX', 'en')).to.equal('es');
  });

  it("uses the provider's locale when the element has none (or one the kit does not speak)", () => {
    const el = mount(h('div', { lang: 'en' }, h('span')));
    expect(resolveLocale(el.firstElementChild, undefined, 'es')).to.equal('es');
    expect(resolveLocale(el.firstElementChild, 'fr', 'es')).to.equal('es');
  });

  it('uses the closest ancestor lang, crossing a shadow root to its host', () => {
    const outer = mount(h('section', { lang: 'es' }, h('div', { lang: 'en' }, h('div', { class: 'host' }))));
    const host = outer.querySelector('.host')!;
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    expect(resolveLocale(inner)).to.equal('en');
    host.parentElement!.removeAttribute('lang');
    expect(resolveLocale(inner)).to.equal('es');
  });

  it('skips an ancestor lang the kit does not speak and keeps looking upwards', () => {
    const outer = mount(h('div', { lang: 'es' }, h('blockquote', { lang: 'fr' }, h('span'))));
    expect(resolveLocale(outer.querySelector('span'))).to.equal('es');
  });

  it("ignores the element's own lang (kit elements set it to what they render)", () => {
    const outer = mount(h('div', { lang: 'en' }, h('span', { lang: 'es' })));
    expect(resolveLocale(outer.querySelector('span'))).to.equal('en');
    expect(closestLang(outer.querySelector('span'))).to.equal('es');
  });

  it("falls back to the document's lang, then to English", () => {
    const detached = document.createElement('span');
    document.documentElement.lang = 'es-419';
    expect(resolveLocale(detached)).to.equal('es');
    document.documentElement.lang = 'de';
    expect(resolveLocale(detached)).to.equal('en');
    document.documentElement.removeAttribute('lang');
    expect(resolveLocale(detached)).to.equal('en');
    expect(resolveLocale(null)).to.equal('en');
  });
});
