/**
 * Parsing and validating a center's whole program list through the contract
 * (what the HTTP and static adapters do with every `GET /programs` answer).
 */
import { Program, parseList } from '../../src/core/schemas/index.js';
import { generateProgramSet } from '../fixtures/programs.js';
import type { BenchCase } from '../harness/types.js';

const COUNT = 10_000;

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const valid: BenchCase<unknown[]> = {
  name: 'schemas: parse 10,000 programs',
  description: 'parseList(Program, …) over 10,000 valid programs with 1–3 tracks each',
  iterations: 10,
  warmup: 2,
  setup() {
    const { programs } = generateProgramSet(COUNT, { seed: 2026 });
    const r = parseList(Program, programs);
    check(r.ok && r.data.items.length === COUNT && r.data.rejected.length === 0, `expected ${COUNT} valid programs, ${r.ok ? r.data.rejected.length : 'all'} rejected`);
    return programs;
  },
  run(programs) {
    const r = parseList(Program, programs);
    if (!r.ok || r.data.items.length !== COUNT) throw new Error('parse result changed between runs');
  },
};

const withMistakes: BenchCase<{ programs: unknown[]; bad: number }> = {
  name: 'schemas: parse 10,000 programs, 10 % malformed',
  description: 'the same list with one realistic mistake in about 1 in 10 programs (rejected with readable issues)',
  iterations: 10,
  warmup: 2,
  setup() {
    const { programs, malformed } = generateProgramSet(COUNT, { seed: 2027, malformedRatio: 0.1 });
    const r = parseList(Program, programs);
    check(r.ok, 'a list must parse');
    const rejected = r.data.rejected.map((x) => x.index);
    check(
      rejected.length === malformed.length && rejected.every((i, k) => i === malformed[k]),
      `expected exactly the ${malformed.length} malformed programs to be rejected, got ${rejected.length}`,
    );
    return { programs, bad: malformed.length };
  },
  run({ programs, bad }) {
    const r = parseList(Program, programs);
    if (!r.ok || r.data.rejected.length !== bad) throw new Error('parse result changed between runs');
  },
};

export default [valid, withMistakes];
