/** Shared helpers for `<iop-schedule-viewer>` tests. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/define/schedule-viewer.js';
import type { IopScheduleViewer } from '../../../src/define/schedule-viewer.js';

export type Viewer = IopScheduleViewer;

export const $ = (el: Viewer, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
export const $$ = (el: Viewer, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export async function mount(template: TemplateResult): Promise<Viewer> {
  const el = await fixture<Viewer>(template);
  await el.updateComplete;
  return el;
}

/** Waits until no program is loading any more. */
export async function settled(el: Viewer, timeout = 5000): Promise<void> {
  await waitUntil(() => $$(el, '.program').length > 0 && !$(el, '.program.loading'), 'the schedule did not finish loading', { timeout });
  await el.updateComplete;
}

/** Loads a program from the reference backend at /api. */
export async function loadFromApi(ids: string, attrs: { viewerZone?: string; locale?: string; week?: string } = {}): Promise<Viewer> {
  const el = await mount(html`<iop-schedule-viewer
    api-base="/api"
    program-ids=${ids}
    viewer-time-zone=${attrs.viewerZone ?? 'America/Chicago'}
    locale=${attrs.locale ?? 'en'}
    week=${attrs.week ?? '2026-12-07'}
    view="week"
  ></iop-schedule-viewer>`);
  await settled(el);
  return el;
}

/** The text of the session cells of the week table, by session title. */
export function sessionTexts(el: Viewer, root: ParentNode = el.shadowRoot!): string[] {
  return [...root.querySelectorAll('.session')].map((s) => text(s));
}
