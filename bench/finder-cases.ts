/**
 * The program finder's bench cases, shared by the generated directory
 * (cases/program-finder.bench.ts) and the one imported from locator rows
 * (cases/program-finder-locator.bench.ts). Times are of the work: each run awaits
 * `updateComplete`, never an animation frame.
 */
import '../src/define/program-finder.js';
import type { ProgramFinder } from '../src/components/program-finder/program-finder.js';
import type { Program } from '../src/core/schemas/index.js';
import type { BenchCase } from './harness/types.js';

export const host = (): HTMLElement => {
  const div = document.createElement('div');
  div.style.width = '1024px';
  document.body.append(div);
  return div;
};

/** Resolves once result cards (matching `selector`) are in the DOM; the list arrives after a few microtasks. */
export async function renderedResults(el: ProgramFinder, selector = '.card'): Promise<void> {
  for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('.card'); i++) await el.updateComplete.then(() => Promise.resolve());
  if (!el.shadowRoot?.querySelector(selector)) throw new Error(`no results (${selector}) rendered`);
}

/** Resolves once the filter index is built and the `facet` fieldset is shown. */
export async function untilIndexed(el: ProgramFinder, facet: string): Promise<void> {
  const ready = () => el.shadowRoot?.querySelector(`fieldset[data-facet="${facet}"]`);
  for (let i = 0; i < 500 && !ready(); i++) {
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
  }
  if (!ready()) throw new Error('filters never became ready');
}

interface MountCtx {
  container: HTMLElement;
  programs: Program[];
  el?: ProgramFinder;
}

export interface FinderCaseOptions {
  name: string;
  description: string;
  programs: () => Program[];
  budgetMs?: number;
  iterations: number;
  warmup: number;
  /** A result card must match this once rendered (default `.card`). */
  resultSelector?: string;
  /** With a facet: the case ends when the filter index is ready too. */
  indexedFacet?: string;
}

/** A new element given `.programs` → first results (and, with `indexedFacet`, every filter and count). */
export function mountCase(o: FinderCaseOptions): BenchCase<MountCtx> {
  return {
    name: o.name,
    description: o.description,
    ...(o.budgetMs !== undefined ? { budgetMs: o.budgetMs } : {}),
    iterations: o.iterations,
    warmup: o.warmup,
    setup: () => ({ container: host(), programs: o.programs() }),
    beforeEach(ctx) {
      ctx.el?.remove();
    },
    async run(ctx) {
      const el = document.createElement('iop-program-finder');
      el.programs = ctx.programs;
      ctx.container.append(el);
      ctx.el = el;
      await renderedResults(el, o.resultSelector);
      if (o.indexedFacet) await untilIndexed(el, o.indexedFacet);
    },
    teardown: (ctx) => ctx.container.remove(),
  };
}

interface FilterCtx {
  container: HTMLElement;
  el: ProgramFinder;
  box: HTMLInputElement;
}

/** Clicking one filter checkbox (on, then off, alternately) → counts, count text and results updated. */
export function filterChangeCase(o: { name: string; description: string; programs: () => Program[]; facet: string; option: string; resultSelector?: string }): BenchCase<FilterCtx> {
  return {
    name: o.name,
    description: o.description,
    budgetMs: 16,
    iterations: 30,
    warmup: 5,
    async setup() {
      const container = host();
      const el = document.createElement('iop-program-finder');
      el.programs = o.programs();
      container.append(el);
      await renderedResults(el, o.resultSelector);
      await untilIndexed(el, o.facet);
      const box = el.shadowRoot!.querySelector<HTMLInputElement>(`#opt-${o.facet}-${o.option}`);
      if (!box) throw new Error(`no "${o.option}" checkbox`);
      return { container, el, box };
    },
    async run({ el, box }) {
      box.click();
      await el.updateComplete;
      if (!el.shadowRoot!.querySelector('.card')) throw new Error('no results after the filter change');
    },
    teardown: ({ container }) => container.remove(),
  };
}
