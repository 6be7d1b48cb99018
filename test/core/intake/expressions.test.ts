/** The condition evaluator: documented semantics, algebraic laws (fast-check), and robustness against hostile data. */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { evaluate, referencedQuestions, referencedScores } from '../../../src/core/intake/expressions.js';
import type { EvalContext } from '../../../src/core/intake/expressions.js';
import type { Expr } from '../../../src/core/schemas/index.js';

const ctx = (answers: Record<string, unknown>, scores: Record<string, number> = {}, today = '2026-03-15'): EvalContext =>
  ({ answers, scores, today }) as EvalContext;

describe('evaluate: operators', () => {
  it('equals: exact for strings, numbers and numeric strings compare as numbers, booleans only equal booleans', () => {
    expect(evaluate({ op: 'equals', q: 'a', value: 'x' }, ctx({ a: 'x' }))).to.equal(true);
    expect(evaluate({ op: 'equals', q: 'a', value: 2 }, ctx({ a: '2' }))).to.equal(true);
    expect(evaluate({ op: 'equals', q: 'a', value: true }, ctx({ a: 'true' }))).to.equal(false);
    expect(evaluate({ op: 'equals', q: 'a', value: true }, ctx({ a: true }))).to.equal(true);
    expect(evaluate({ op: 'equals', q: 'a', value: false }, ctx({}))).to.equal(false);
  });

  it('equals on a multiple answer means "contains"; notEquals is its negation (true when unanswered)', () => {
    expect(evaluate({ op: 'equals', q: 'm', value: 'b' }, ctx({ m: ['a', 'b'] }))).to.equal(true);
    expect(evaluate({ op: 'equals', q: 'm', value: 'c' }, ctx({ m: ['a', 'b'] }))).to.equal(false);
    expect(evaluate({ op: 'notEquals', q: 'm', value: 'c' }, ctx({ m: ['a', 'b'] }))).to.equal(true);
    expect(evaluate({ op: 'notEquals', q: 'm', value: 'c' }, ctx({}))).to.equal(true);
  });

  it('comparisons read numbers and numeric strings; unanswered, words and arrays are false', () => {
    expect(evaluate({ op: 'gt', q: 'n', value: 0 }, ctx({ n: 1 }))).to.equal(true);
    expect(evaluate({ op: 'gte', q: 'n', value: 2 }, ctx({ n: '2' }))).to.equal(true);
    expect(evaluate({ op: 'lt', q: 'n', value: 2 }, ctx({}))).to.equal(false);
    expect(evaluate({ op: 'lte', q: 'n', value: 2 }, ctx({ n: 'two' }))).to.equal(false);
    expect(evaluate({ op: 'gt', q: 'n', value: 0 }, ctx({ n: ['5'] }))).to.equal(false);
    expect(evaluate({ op: 'gt', q: 'n', value: 0 }, ctx({ n: true }))).to.equal(false);
  });

  it('in: membership for scalars, overlap for arrays', () => {
    expect(evaluate({ op: 'in', q: 'r', values: ['a', 'b'] }, ctx({ r: 'b' }))).to.equal(true);
    expect(evaluate({ op: 'in', q: 'r', values: ['a', 'b'] }, ctx({ r: ['c', 'a'] }))).to.equal(true);
    expect(evaluate({ op: 'in', q: 'r', values: ['a', 'b'] }, ctx({ r: ['c'] }))).to.equal(false);
    expect(evaluate({ op: 'in', q: 'r', values: ['a'] }, ctx({}))).to.equal(false);
  });

  it('answered: a "No" and a 0 are answers; blank text and empty lists are not', () => {
    const answered = (v: unknown) => evaluate({ op: 'answered', q: 'x' }, ctx({ x: v }));
    expect([false, 0, 'a', ['a']].map(answered)).to.deep.equal([true, true, true, true]);
    expect(['', '   ', [], null, undefined, Number.NaN, {}].map(answered)).to.deep.equal([false, false, false, false, false, false, false]);
  });

  it('score subject reads the instrument total; a missing score is false', () => {
    expect(evaluate({ op: 'gte', score: 'phq9', value: 10 }, ctx({}, { phq9: 10 }))).to.equal(true);
    expect(evaluate({ op: 'gte', score: 'phq9', value: 10 }, ctx({}))).to.equal(false);
  });

  it('ageOf: whole years on today; the day before the 18th birthday is 17', () => {
    const under18: Expr = { op: 'lt', ageOf: 'dob', value: 18 };
    expect(evaluate(under18, ctx({ dob: '2008-03-16' }))).to.equal(true);
    expect(evaluate(under18, ctx({ dob: '2008-03-15' }))).to.equal(false);
    expect(evaluate(under18, ctx({ dob: '2008-02-30' }))).to.equal(false);
    expect(evaluate(under18, ctx({ dob: '2030-01-01' }))).to.equal(false);
    expect(evaluate(under18, ctx({}))).to.equal(false);
    expect(evaluate({ op: 'not', expr: under18 }, ctx({}))).to.equal(true);
  });

  it('reads own properties only: a question called "constructor" is unanswered', () => {
    expect(evaluate({ op: 'answered', q: 'constructor' }, ctx({}))).to.equal(false);
    expect(evaluate({ op: 'answered', q: '__proto__' }, ctx({}))).to.equal(false);
  });

  it('deeply nested hostile trees and unknown operators evaluate to false instead of throwing', () => {
    let deep: Expr = { op: 'answered', q: 'x' };
    for (let i = 0; i < 10000; i++) deep = { op: 'not', expr: deep };
    expect(evaluate(deep, ctx({ x: 'y' }))).to.equal(false);
    expect(evaluate({ op: 'matches', q: 'x' } as unknown as Expr, ctx({ x: 'y' }))).to.equal(false);
  });

  it('lists the questions and scores an expression reads', () => {
    const e: Expr = { op: 'and', exprs: [{ op: 'in', q: 'a', values: ['x'] }, { op: 'not', expr: { op: 'lt', ageOf: 'dob', value: 18 } }, { op: 'gte', score: 'gad7', value: 10 }, { op: 'answered', q: 'b' }] };
    expect([...referencedQuestions(e)].sort()).to.deep.equal(['a', 'b', 'dob']);
    expect([...referencedScores(e)]).to.deep.equal(['gad7']);
  });
});

// --- property-based laws ---
const ids = ['a', 'b', 'c', 'dob'];
const scalar = fc.oneof(fc.constantFrom('x', 'y', '0', '1', '2', '10'), fc.integer({ min: -3, max: 20 }), fc.boolean());
const answer = fc.oneof(scalar, fc.array(fc.constantFrom('x', 'y', '1', '2'), { maxLength: 3 }), fc.constant(''), fc.date({ min: new Date('1900-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
const answersArb = fc.dictionary(fc.constantFrom(...ids), answer);
const subject = fc.oneof(
  fc.constantFrom(...ids).map((q) => ({ q })),
  fc.constantFrom('phq9', 'gad7').map((score) => ({ score })),
  fc.constant({ ageOf: 'dob' }),
);
const leaf: fc.Arbitrary<Expr> = fc.oneof(
  fc.tuple(fc.constantFrom('equals', 'notEquals', 'gt', 'gte', 'lt', 'lte'), subject, scalar).map(([op, s, value]) => ({ op, ...s, value }) as Expr),
  fc.tuple(subject, fc.array(scalar, { minLength: 1, maxLength: 3 })).map(([s, values]) => ({ op: 'in', ...s, values }) as Expr),
  fc.constantFrom(...ids).map((q) => ({ op: 'answered', q }) as Expr),
);
const { expr } = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    tie('expr').map((e) => ({ op: 'not', expr: e }) as Expr),
    fc.tuple(fc.constantFrom('and', 'or'), fc.array(tie('expr'), { minLength: 1, maxLength: 3 })).map(([op, exprs]) => ({ op, exprs }) as Expr),
  ),
}));
const ctxArb = fc.record({ answers: answersArb, scores: fc.record({ phq9: fc.integer({ min: 0, max: 27 }), gad7: fc.integer({ min: 0, max: 21 }) }, { requiredKeys: [] }), today: fc.constant('2026-03-15') });

describe('evaluate: laws (property-based)', () => {
  it('De Morgan: not(a and b) = not a or not b; not(a or b) = not a and not b', () => {
    fc.assert(
      fc.property(expr, expr, ctxArb, (a, b, c) => {
        const notA: Expr = { op: 'not', expr: a };
        const notB: Expr = { op: 'not', expr: b };
        expect(evaluate({ op: 'not', expr: { op: 'and', exprs: [a, b] } }, c)).to.equal(evaluate({ op: 'or', exprs: [notA, notB] }, c));
        expect(evaluate({ op: 'not', expr: { op: 'or', exprs: [a, b] } }, c)).to.equal(evaluate({ op: 'and', exprs: [notA, notB] }, c));
      }),
    );
  });

  it('double negation: not(not e) = e', () => {
    fc.assert(fc.property(expr, ctxArb, (e, c) => evaluate({ op: 'not', expr: { op: 'not', expr: e } }, c) === evaluate(e, c)));
  });

  it('identities: and[e] = or[e] = e; e and not e is false; e or not e is true; and/or commute', () => {
    fc.assert(
      fc.property(expr, expr, ctxArb, (e, f, c) => {
        const v = evaluate(e, c);
        expect(evaluate({ op: 'and', exprs: [e] }, c)).to.equal(v);
        expect(evaluate({ op: 'or', exprs: [e] }, c)).to.equal(v);
        expect(evaluate({ op: 'and', exprs: [e, { op: 'not', expr: e }] }, c)).to.equal(false);
        expect(evaluate({ op: 'or', exprs: [e, { op: 'not', expr: e }] }, c)).to.equal(true);
        expect(evaluate({ op: 'and', exprs: [e, f] }, c)).to.equal(evaluate({ op: 'and', exprs: [f, e] }, c));
        expect(evaluate({ op: 'or', exprs: [e, f] }, c)).to.equal(evaluate({ op: 'or', exprs: [f, e] }, c));
      }),
    );
  });

  it('notEquals is exactly not(equals), and `in` with one value is `equals` (scalars and arrays)', () => {
    fc.assert(
      fc.property(subject, scalar, ctxArb, (s, value, c) => {
        const eq = evaluate({ op: 'equals', ...s, value } as Expr, c);
        expect(evaluate({ op: 'notEquals', ...s, value } as Expr, c)).to.equal(!eq);
        expect(evaluate({ op: 'in', ...s, values: [value] } as Expr, c)).to.equal(eq);
      }),
    );
  });

  it('never throws, whatever the answers object holds (hostile types included)', () => {
    const hostile = fc.oneof(
      fc.anything(),
      fc.constant(null),
      fc.constant(Number.NaN),
      fc.constant(() => 1),
      fc.constant(Symbol('s')),
      fc.constant(new Date()),
      fc.constant(Object.create(null)),
      fc.constant({ toString: () => { throw new Error('no'); }, valueOf: () => { throw new Error('no'); } }),
      fc.constant(new Proxy([], { get: () => { throw new Error('trap'); } })),
    );
    const hostileAnswers = fc.oneof(fc.dictionary(fc.constantFrom(...ids, 'constructor', '__proto__'), hostile), fc.anything(), fc.constant(null));
    fc.assert(
      fc.property(expr, hostileAnswers, fc.anything(), (e, answers, scores) => {
        const r = evaluate(e, { answers, scores, today: '2026-03-15' } as unknown as EvalContext);
        expect(typeof r).to.equal('boolean');
      }),
    );
  });
});
