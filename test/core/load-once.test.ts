/** loadOnce: one load shared by every caller; a failed load is tried again on the next call. */
import { expect } from '@open-wc/testing';
import { loadOnce } from '../../src/core/load-once.js';

describe('loadOnce', () => {
  it('runs the load once and gives every caller the same result', async () => {
    let runs = 0;
    const get = loadOnce(async () => ++runs);
    const [a, b] = await Promise.all([get(), get()]);
    expect([a, b, await get()]).to.deep.equal([1, 1, 1]);
    expect(runs).to.equal(1);
  });

  it('after a failure (offline), the next call loads again', async () => {
    let runs = 0;
    const get = loadOnce(async () => {
      if (++runs === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return 'loaded';
    });
    let error: unknown;
    await get().catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(TypeError);
    expect(await get()).to.equal('loaded');
    expect(await get()).to.equal('loaded');
    expect(runs).to.equal(2);
  });
});
