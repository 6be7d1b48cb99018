import { expect } from '@open-wc/testing';
import { generatePrograms } from '../../../bench/fixtures/programs.js';
import { wrapCustomBackend } from '../../../src/core/backend/custom.js';
import { BackendError } from '../../../src/core/backend/types.js';
import { loadPrograms, loadProgramsProgressively } from '../../../src/core/data/programs.js';

describe('loading a large program directory in slices', () => {
  const raw = generatePrograms(2500, { seed: 7, malformedRatio: 0.1 });
  const backend = wrapCustomBackend({ listPrograms: () => raw });

  it('gives the same programs and the same rejected indices as loading in one go', async () => {
    const whole = await loadPrograms(backend);
    const sliced = await loadProgramsProgressively(backend, { first: 100, slice: 700 });
    expect(sliced.items.map((p) => p.id)).to.deep.equal(whole.items.map((p) => p.id));
    expect(sliced.rejected.map((r) => [r.index, r.id])).to.deep.equal(whole.rejected.map((r) => [r.index, r.id]));
    expect(whole.rejected.length).to.be.greaterThan(100);
  });

  it('hands over the first valid programs once, before the rest are checked', async () => {
    const calls: number[] = [];
    let finishedBeforeFirst = false;
    let done = false;
    const result = loadProgramsProgressively(backend, {
      first: 200,
      onFirst: (items) => {
        calls.push(items.length);
        finishedBeforeFirst = done;
      },
    }).then((r) => ((done = true), r));
    const final = await result;
    expect(calls).to.have.length(1);
    expect(calls[0]).to.be.within(150, 200);
    expect(finishedBeforeFirst).to.equal(false);
    expect(final.items.length).to.be.greaterThan(calls[0]!);
  });

  it('does not call onFirst for a list that fits in the first slice', async () => {
    let called = false;
    const r = await loadProgramsProgressively(wrapCustomBackend({ listPrograms: () => raw.slice(0, 50) }), { onFirst: () => (called = true) });
    expect(called).to.equal(false);
    expect(r.items.length + r.rejected.length).to.equal(50);
  });

  it('stops with an aborted error when cancelled between slices', async () => {
    const controller = new AbortController();
    const p = loadProgramsProgressively(backend, { first: 10, slice: 10, signal: controller.signal, onFirst: () => controller.abort() });
    try {
      await p;
      expect.fail('should reject');
    } catch (e) {
      expect(e).to.be.instanceOf(BackendError);
      expect((e as BackendError).kind).to.equal('aborted');
    }
  });

  it('reports a non-list answer as invalid-response, like loadPrograms', async () => {
    try {
      await loadProgramsProgressively(wrapCustomBackend({ listPrograms: () => ({ programs: [] }) }));
      expect.fail('should reject');
    } catch (e) {
      expect((e as BackendError).kind).to.equal('invalid-response');
    }
  });
});
