/**
 * `<iop-program-finder>` with 25,000 programs (about the size of SAMHSA's national locator),
 * from the deterministic generator in bench/fixtures. Times are of the work: each run awaits
 * `updateComplete`, never an animation frame.
 */
import '../../src/define/program-finder.js';
import type { ProgramFinder } from '../../src/components/program-finder/program-finder.js';
import { Program, parseList } from '../../src/core/schemas/index.js';
import { generatePrograms } from '../fixtures/programs.js';
import type { BenchCase } from '../harness/types.js';

const COUNT = 25_000;

let validated: Program[] | undefined;
let raw: unknown[] | undefined;

function data(): { raw: unknown[]; programs: Program[] } {
  raw ??= generatePrograms(COUNT, { seed: 2026 });
  if (!validated) {
    const r = parseList(Program, raw);
    if (!r.ok || r.data.items.length !== COUNT) throw new Error('expected 25,000 valid programs');
    validated = r.data.items;
  }
  return { raw, programs: validated };
}

const host = () => {
  const div = document.createElement('div');
  div.style.width = '1024px';
  document.body.append(div);
  return div;
};

async function renderedResults(el: ProgramFinder): Promise<void> {
  // The list arrives after a few microtasks (backend promise, then one update); no frames involved.
  for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('.card'); i++) await el.updateComplete.then(() => Promise.resolve());
  if (!el.shadowRoot?.querySelector('.card')) throw new Error('no results rendered');
}

interface MountCtx {
  container: HTMLElement;
  programs: Program[];
  el?: ProgramFinder;
}

const firstRender: BenchCase<MountCtx> = {
  name: 'program-finder: first render, 25,000 programs',
  description: 'new element given 25,000 validated programs (.programs) → first 20 results in the DOM (filter index built right after, see next case)',
  budgetMs: 100,
  iterations: 15,
  warmup: 3,
  setup: () => ({ container: host(), programs: data().programs }),
  beforeEach(ctx) {
    ctx.el?.remove();
  },
  async run(ctx) {
    const el = document.createElement('iop-program-finder');
    el.programs = ctx.programs;
    ctx.container.append(el);
    ctx.el = el;
    await renderedResults(el);
  },
  teardown: (ctx) => ctx.container.remove(),
};

const untilIndexed = async (el: ProgramFinder) => {
  for (let i = 0; i < 500 && !el.shadowRoot?.querySelector('fieldset[data-facet="format"]'); i++) {
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
  }
  if (!el.shadowRoot?.querySelector('fieldset[data-facet="format"]')) throw new Error('filters never became ready');
};

const ready: BenchCase<MountCtx> = {
  name: 'program-finder: ready with filters and counts, 25,000 programs',
  description: 'new element → results and every filter with its counts (includes building the filter index)',
  iterations: 8,
  warmup: 2,
  setup: () => ({ container: host(), programs: data().programs }),
  beforeEach(ctx) {
    ctx.el?.remove();
  },
  async run(ctx) {
    const el = document.createElement('iop-program-finder');
    el.programs = ctx.programs;
    ctx.container.append(el);
    ctx.el = el;
    await renderedResults(el);
    await untilIndexed(el);
  },
  teardown: (ctx) => ctx.container.remove(),
};

interface FilterCtx {
  container: HTMLElement;
  el: ProgramFinder;
  box: HTMLInputElement;
}

const filterChange: BenchCase<FilterCtx> = {
  name: 'program-finder: filter change, 25,000 programs',
  description: 'click the "Virtual" checkbox (or uncheck it) → counts, count text and first 20 results updated in the DOM',
  budgetMs: 16,
  iterations: 30,
  warmup: 5,
  async setup() {
    const container = host();
    const el = document.createElement('iop-program-finder');
    el.programs = data().programs;
    container.append(el);
    await renderedResults(el);
    await untilIndexed(el);
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('#opt-format-virtual');
    if (!box) throw new Error('no "Virtual" checkbox');
    return { container, el, box };
  },
  async run({ el, box }) {
    box.click();
    await el.updateComplete;
    const first = el.shadowRoot!.querySelector('.card');
    if (!first) throw new Error('no results after the filter change');
  },
  teardown: ({ container }) => container.remove(),
};

const withValidation: BenchCase<{ container: HTMLElement; el?: ProgramFinder }> = {
  name: 'program-finder: first render from .backend, 25,000 programs',
  description: '.backend returning the raw list: loadPrograms validates all 25,000 programs against the contract (zod/mini), then the first render',
  budgetMs: 100,
  iterations: 3,
  warmup: 1,
  setup: () => {
    data();
    return { container: host() };
  },
  beforeEach(ctx) {
    ctx.el?.remove();
  },
  async run(ctx) {
    const el = document.createElement('iop-program-finder');
    el.backend = { listPrograms: async () => raw };
    ctx.container.append(el);
    ctx.el = el;
    for (let i = 0; i < 3000 && !el.shadowRoot?.querySelector('.card'); i++) await new Promise((r) => setTimeout(r, 10));
    if (!el.shadowRoot?.querySelector('.card')) throw new Error('no results rendered');
  },
  teardown: (ctx) => ctx.container.remove(),
};

export default [firstRender, ready, filterChange, withValidation];
