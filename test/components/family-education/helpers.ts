/** Shared helpers for `<iop-family-education>` tests. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/define/family-education.js';
import type { IopFamilyEducation } from '../../../src/define/family-education.js';
import { createMemoryStorage } from '../../../src/core/storage/memory.js';

export type Edu = IopFamilyEducation;

export const $ = <T extends Element = HTMLElement>(el: Edu, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector) as T | null;
export const $$ = <T extends Element = HTMLElement>(el: Edu, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)] as T[];
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

let n = 0;
/** A database name of its own for each test. */
export const dbName = () => `iop-edu-test-${Date.now()}-${n++}`;

export async function mount(template: TemplateResult): Promise<Edu> {
  const el = await fixture<Edu>(template);
  await el.updateComplete;
  return el;
}

/** An element on `.modules` with in-memory storage. */
export async function withModules(modules: unknown[], attrs: { module?: string; locale?: string } = {}): Promise<Edu> {
  const el = await mount(html`<iop-family-education
    locale=${attrs.locale ?? 'en'}
    .modules=${modules}
    .storage=${createMemoryStorage('unavailable')}
    center-name="Harbor Light"
    center-phone="(512) 555-0100"
    module=${attrs.module ?? ''}
  ></iop-family-education>`);
  if (attrs.module) await readerReady(el);
  return el;
}

export async function catalogueReady(el: Edu): Promise<void> {
  await waitUntil(() => $(el, '.cards, .empty, .error-state'), 'the catalogue did not load', { timeout: 5000 });
  await el.updateComplete;
}

export async function readerReady(el: Edu): Promise<void> {
  await waitUntil(() => $(el, 'article.reader, .reader-message:not(.loading)'), 'the module did not load', { timeout: 5000 });
  await el.updateComplete;
  // Progress and saved reflections are restored just after.
  await new Promise((r) => setTimeout(r, 50));
  await el.updateComplete;
}

export async function click(el: Edu, selector: string): Promise<void> {
  const b = $(el, selector);
  if (!b) throw new Error(`nothing matches ${selector}`);
  b.click();
  await el.updateComplete;
}
