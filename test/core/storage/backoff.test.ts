import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { backoffDelay } from '../../../src/core/storage/index.js';

describe('backoffDelay', () => {
  const noJitter = { random: () => 0 };

  it('doubles from 2 s after each failure up to a 5-minute cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => backoffDelay(n, noJitter))).to.deep.equal([
      2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000, 300_000, 300_000,
    ]);
    expect(backoffDelay(10_000, noJitter)).to.equal(300_000);
  });

  it('treats zero, negative and non-finite attempts as the first failure', () => {
    for (const n of [0, -3, Number.NaN, Number.POSITIVE_INFINITY]) expect(backoffDelay(n, noJitter)).to.equal(2_000);
  });

  it('jitters down by up to the given share of the delay', () => {
    expect(backoffDelay(3, { random: () => 0.999999 })).to.equal(4_000);
    expect(backoffDelay(3, { random: () => 0.5, jitter: 0.5 })).to.equal(6_000);
    expect(backoffDelay(3, { random: () => 0.5, jitter: 1 })).to.equal(4_000);
    expect(backoffDelay(3, { random: () => 0.5, jitter: 0 })).to.equal(8_000);
  });

  it('honours custom base, factor and cap', () => {
    expect(backoffDelay(3, { baseMs: 100, factor: 3, capMs: 10_000, random: () => 0 })).to.equal(900);
    expect(backoffDelay(30, { baseMs: 100, factor: 10, capMs: 10_000, random: () => 0 })).to.equal(10_000);
  });

  it('property: always within [(1 − jitter)·d, d] and never above the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.9999, noNaN: true }), (n, jitter, r) => {
        const d = Math.min(300_000, 2_000 * 2 ** Math.min(n - 1, 1000));
        const delay = backoffDelay(n, { jitter, random: () => r });
        expect(delay).to.be.at.most(d);
        expect(delay).to.be.at.least(Math.floor((1 - jitter) * d));
      }),
    );
  });
});
