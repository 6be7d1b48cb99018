/**
 * The kit validates with its own small runtime of the zod/mini API (src/core/schemas/lite.ts).
 * Here every schema of the contract is also rebuilt as a real zod schema (`toZod`), both are
 * run on the same generated values — valid samples with one or more random mutations, and
 * arbitrary JSON — and must agree on everything a person or a backend sees: accepted or not,
 * the data kept (unknown keys dropped), and each issue's path and message, in order.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as zod from 'zod/mini';
import {
  EducationModule,
  EducationModuleSummary,
  Expr,
  InsuranceCheckRequest,
  InsuranceCheckResult,
  IntakeForm,
  IntakeReceipt,
  IntakeSubmission,
  Payer,
  Program,
  Text,
  errorMap,
  formatPath,
  parse,
} from '../../../src/core/schemas/index.js';
import { toZod } from '../../../src/core/schemas/to-zod.js';
import { defaultIntakeForm } from '../../../src/core/intake/default-form.js';
import * as ex from './examples.js';

zod.config({ jitless: true });

/** What zod says about `value`, in the shape `parse` answers. */
function viaZod(schema: zod.ZodMiniType, value: unknown) {
  const r = zod.safeParse(schema, value, { error: errorMap as never });
  return r.success ? { ok: true, data: r.data } : { ok: false, issues: r.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
}

/** Values that break things: wrong types, empty and huge strings, astral characters, odd numbers. */
const odd = fc.constantFrom<unknown>(
  undefined,
  null,
  '',
  ' ',
  'x',
  'X'.repeat(600),
  'y'.repeat(5001),
  '😀'.repeat(2600),
  '😀'.repeat(40),
  'no spaces allowed!',
  '2026-02-30',
  '2026-11-23',
  '25:00',
  '09:30',
  'Mars/Olympus',
  'America/New_York',
  'en',
  'es',
  'fr',
  0,
  -1,
  1.5,
  3,
  105,
  2 ** 53,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  [],
  [1, 2],
  ['a'],
  {},
  { en: '' },
  { en: 'Hello', fr: 'Bonjour' },
  { es: 'Hola' },
  Array.from({ length: 201 }, (_, i) => `v${i}`),
);

type Json = unknown;
/** Every path into a JSON value (objects and lists), the root included. */
function paths(value: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

/** A copy of `value` with the thing at `path` replaced, removed, duplicated or given an extra key. */
function mutate(value: Json, path: (string | number)[], how: number, replacement: unknown): Json {
  const copy = structuredClone(value);
  if (!path.length) return replacement;
  const parent = path.slice(0, -1).reduce<any>((o, k) => o[k], copy);
  const key = path[path.length - 1];
  if (how === 0) delete parent[key];
  else if (how === 1 && Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
  else if (how === 2 && parent[key] && typeof parent[key] === 'object' && !Array.isArray(parent[key])) parent[key].unexpected = replacement;
  else parent[key] = replacement;
  return copy;
}

/** 1–3 mutations of a valid sample. */
const mutations = (sample: Json) =>
  fc.array(fc.tuple(fc.nat(), fc.nat(3), odd), { minLength: 1, maxLength: 3 }).map((steps) =>
    steps.reduce((v, [p, how, replacement]) => {
      const all = paths(v);
      return mutate(v, all[p % all.length], how, replacement);
    }, sample),
  );

const CASES: [string, unknown, () => Json[]][] = [
  ['Program', Program, () => [ex.program(), { ...ex.program(), format: 'virtual', location: undefined, statesServed: ['TX'] }]],
  ['Payer', Payer, () => [ex.payer()]],
  ['InsuranceCheckRequest', InsuranceCheckRequest, () => [ex.insuranceRequest()]],
  ['InsuranceCheckResult', InsuranceCheckResult, () => [ex.insuranceResult()]],
  ['IntakeForm', IntakeForm, () => [ex.intakeForm(), structuredClone(defaultIntakeForm) as Json]],
  ['IntakeSubmission', IntakeSubmission, () => [ex.submission()]],
  ['IntakeReceipt', IntakeReceipt, () => [{ receiptId: 'r-1', receivedAt: '2026-11-23T17:05:00Z' }]],
  ['EducationModule', EducationModule, () => [ex.educationModule()]],
  ['EducationModuleSummary', EducationModuleSummary, () => [ex.educationModule()]],
  ['Expr', Expr, () => [{ op: 'and', exprs: [{ op: 'gte', score: 'phq9', value: 10 }, { op: 'not', expr: { op: 'in', q: 'a', values: ['x', 2, true] } }] }]],
  ['Text', Text, () => ['Evening track', { en: 'Evening', es: 'Tarde' }]],
];

const RUNS = 150;

describe('the kit’s zod/mini runtime gives zod’s answers', () => {
  for (const [name, schema, samples] of CASES) {
    const real = toZod(schema);

    it(`${name}: every sample is accepted by both, with the same data`, () => {
      for (const sample of samples()) {
        const ours = parse(schema as never, sample);
        expect(ours.ok, JSON.stringify(ours).slice(0, 400)).to.equal(true);
        expect(ours).to.deep.equal(viaZod(real, sample));
      }
    });

    it(`${name}: ${RUNS} mutated samples and ${RUNS} arbitrary values get the same verdict, data and issues`, () => {
      const values = fc.oneof(fc.constantFrom(...samples()).chain(mutations), fc.jsonValue({ maxDepth: 3 }), odd);
      fc.assert(
        fc.property(values, (value) => {
          expect(parse(schema as never, value)).to.deep.equal(viaZod(real, value));
        }),
        { numRuns: RUNS * 2, seed: 2026 },
      );
    });
  }

  it('rejections are really exercised (most mutated samples fail)', () => {
    let failed = 0;
    fc.assert(
      fc.property(mutations(ex.program()), (value) => {
        if (!parse(Program, value).ok) failed++;
      }),
      { numRuns: 200, seed: 7 },
    );
    expect(failed).to.be.greaterThan(100);
  });
});
