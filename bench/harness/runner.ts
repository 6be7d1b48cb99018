/** Runs one case in the page: setup, warmup, timed iterations, teardown. */
import type { BenchCase, CaseSamples } from './types.js';

/** A macrotask between runs (untimed) so pending work and GC do not land inside a timing. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function runCase<Ctx>(c: BenchCase<Ctx>): Promise<CaseSamples> {
  const iterations = c.iterations ?? 20;
  const warmup = c.warmup ?? 3;
  if (!(iterations >= 1)) throw new Error(`${c.name}: iterations must be at least 1`);
  const ctx = await c.setup();
  const samples: number[] = [];
  try {
    for (let i = 0; i < warmup + iterations; i++) {
      await c.beforeEach?.(ctx);
      await breathe();
      const start = performance.now();
      const pending = c.run(ctx);
      if (pending) await pending;
      const elapsed = performance.now() - start;
      if (i >= warmup) samples.push(elapsed);
    }
  } finally {
    await c.teardown?.(ctx);
  }
  const { name, description, budgetMs, anchor } = c;
  return { name, description, budgetMs, anchor, samples };
}
