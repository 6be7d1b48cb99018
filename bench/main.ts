/// <reference types="vite/client" />
/**
 * The benchmark page: finds every `cases/*.bench.ts` at build time and exposes
 * `window.iopBench` for scripts/bench.ts to drive case by case.
 */
import { runCase } from './harness/runner.js';
import type { BenchCase, BenchPageApi, CaseInfo } from './harness/types.js';

type CaseModule = { default: BenchCase<any> | BenchCase<any>[] };

const modules = import.meta.glob<CaseModule>('./cases/*.bench.ts');

let loaded: Promise<Map<string, BenchCase<any>>> | undefined;

/** Every case of every module, by name (names must be unique). */
function allCases(): Promise<Map<string, BenchCase<any>>> {
  loaded ??= (async () => {
    const byName = new Map<string, BenchCase<any>>();
    for (const [path, load] of Object.entries(modules).sort(([a], [b]) => a.localeCompare(b))) {
      const mod = await load();
      const cases = Array.isArray(mod.default) ? mod.default : [mod.default];
      for (const c of cases) {
        if (!c || typeof c.name !== 'string' || typeof c.run !== 'function' || typeof c.setup !== 'function') {
          throw new Error(`${path}: default export must be a case { name, setup, run } or a list of cases`);
        }
        if (byName.has(c.name)) throw new Error(`${path}: a case named "${c.name}" already exists`);
        byName.set(c.name, c);
      }
    }
    for (const c of byName.values()) {
      if (c.anchor && !byName.has(c.anchor)) throw new Error(`case "${c.name}" names anchor "${c.anchor}", which is not a case`);
    }
    return byName;
  })();
  return loaded;
}

const info = ({ name, description, budgetMs, anchor }: BenchCase<any>): CaseInfo => ({ name, description, budgetMs, anchor });

const api: BenchPageApi = {
  async list(filter) {
    const cases = [...(await allCases()).values()];
    const needle = filter?.toLowerCase() ?? '';
    const chosen = new Set(cases.filter((c) => c.name.toLowerCase().includes(needle)).map((c) => c.name));
    for (const c of cases) if (chosen.has(c.name) && c.anchor) chosen.add(c.anchor);
    return cases.filter((c) => chosen.has(c.name)).map(info);
  },
  async run(name) {
    const c = (await allCases()).get(name);
    if (!c) throw new Error(`no case named "${name}"`);
    return runCase(c);
  },
};

declare global {
  interface Window {
    iopBench: BenchPageApi;
  }
}

window.iopBench = api;
