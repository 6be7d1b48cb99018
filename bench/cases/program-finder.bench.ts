/**
 * `<iop-program-finder>` with 25,000 programs (about the size of SAMHSA's national locator),
 * from the deterministic generator in bench/fixtures. Times are of the work: each run awaits
 * `updateComplete`, never an animation frame.
 */
import type { ProgramFinder } from '../../src/components/program-finder/program-finder.js';
import { Program, parseList } from '../../src/core/schemas/index.js';
import { generatePrograms } from '../fixtures/programs.js';
import type { BenchCase } from '../harness/types.js';
import { filterChangeCase, host, mountCase } from '../finder-cases.js';

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

const firstRender = mountCase({
  name: 'program-finder: first render, 25,000 programs',
  description: 'new element given 25,000 validated programs (.programs) → first 20 results in the DOM (filter index built right after, see next case)',
  programs: () => data().programs,
  budgetMs: 100,
  iterations: 15,
  warmup: 3,
});

const ready = mountCase({
  name: 'program-finder: ready with filters and counts, 25,000 programs',
  description: 'new element → results and every filter with its counts (includes building the filter index)',
  programs: () => data().programs,
  iterations: 8,
  warmup: 2,
  indexedFacet: 'format',
});

const filterChange = filterChangeCase({
  name: 'program-finder: filter change, 25,000 programs',
  description: 'click the "Virtual" checkbox (or uncheck it) → counts, count text and first 20 results updated in the DOM',
  programs: () => data().programs,
  facet: 'format',
  option: 'virtual',
});

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
