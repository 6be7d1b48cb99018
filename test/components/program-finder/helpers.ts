/** Shared helpers for the program finder's tests. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/define/program-finder.js';
import type { ProgramFinder } from '../../../src/components/program-finder/program-finder.js';
import type { Program, Session } from '../../../src/core/schemas/index.js';

export const $ = <T extends Element = HTMLElement>(el: ProgramFinder, sel: string) => el.shadowRoot!.querySelector<T>(sel);
export const $$ = <T extends Element = HTMLElement>(el: ProgramFinder, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Mounts the element and waits until its programs are on screen (or an error/empty state). */
export async function mountFinder(template: TemplateResult, until: 'results' | 'error' | 'empty' | 'loaded' = 'results'): Promise<ProgramFinder> {
  const el = await fixture<ProgramFinder>(template);
  const selector = until === 'results' ? '.card' : until === 'error' ? '.state.error' : until === 'empty' ? '.state.empty' : '.layout, .state.empty';
  await waitUntil(() => $(el, selector), `finder shows ${until}`, { timeout: 8000 });
  await el.updateComplete;
  return el;
}

export const countText = (el: ProgramFinder) => text($(el, '#results-heading'));
export const cardNames = (el: ProgramFinder) => $$(el, '.card h4').map((h) => text(h));

/** The checkbox of an option, found by facet and value. */
export function option(el: ProgramFinder, facet: string, value: string): HTMLInputElement {
  const box = $<HTMLInputElement>(el, `#opt-${facet}-${value.replace(/[^A-Za-z0-9_-]/g, '_')}`);
  if (!box) throw new Error(`no option ${facet}=${value}`);
  return box;
}

/** The visible count next to an option. */
export const optionCount = (el: ProgramFinder, facet: string, value: string) => Number(text(option(el, facet, value).parentElement!.querySelector('.count')));

/** Waits until `sel` is on screen: the parts used after an action (compare, "Fits my week", "nothing matches") are fetched on demand. */
export async function shown<T extends HTMLElement = HTMLElement>(el: ProgramFinder, sel: string): Promise<T> {
  await waitUntil(() => $(el, sel), `${sel} shown`, { timeout: 5000 });
  await el.updateComplete;
  return $<T>(el, sel)!;
}

export async function click(el: ProgramFinder, node: HTMLElement | null): Promise<void> {
  if (!node) throw new Error('nothing to click');
  node.click();
  await el.updateComplete;
}

const session = (day: Session['day'], start: string, end: string): Session => ({ day, start, end, type: 'group' });

/** A valid program for `.backend` tests. */
export function program(id: string, patch: Partial<Program> = {}): Program {
  return {
    id,
    name: `Program ${id}`,
    center: 'Harbor Recovery Center',
    focus: 'substance-use',
    levelOfCare: 'iop',
    format: 'in-person',
    populations: ['adults'],
    languages: ['en'],
    location: { city: 'Austin', state: 'TX', coordinates: { lat: 30.27, lng: -97.74 } },
    timeZone: 'America/Chicago',
    tracks: [
      {
        id: 'evening',
        name: 'Evening track',
        sessions: [session('mon', '18:00', '21:00'), session('tue', '18:00', '21:00'), session('thu', '18:00', '21:00')],
      },
    ],
    durationWeeks: 8,
    therapies: ['CBT'],
    services: ['family-program'],
    payment: { options: ['self-pay'], payerIds: [] },
    accreditation: ['CARF'],
    intakePhone: '(512) 555-0100',
    nextOpening: '2026-12-01',
    ...patch,
  };
}

export const morningTrack = {
  id: 'morning',
  name: 'Morning track',
  sessions: [session('mon', '09:00', '12:00'), session('wed', '09:00', '12:00'), session('fri', '09:00', '12:00')],
};
export const weekendTrack = { id: 'weekend', name: 'Weekend track', sessions: [session('sat', '10:00', '14:00'), session('sun', '10:00', '14:00')] };

export { html };
