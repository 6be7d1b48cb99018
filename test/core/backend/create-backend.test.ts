/** createBackend: precedence backend object → apiBase → src, and a clear error with none. */
import { expect } from '@open-wc/testing';
import { BackendError, createBackend, createHttpBackend, isUnconfiguredBackend } from '../../../src/core/backend/index.js';
import { validatedBackend } from '../../../src/core/data/validated-backend.js';

describe('createBackend', () => {
  it('prefers a backend object, then apiBase, then src', async () => {
    const custom = validatedBackend(createBackend({ backend: { listPrograms: () => [] }, apiBase: '/api-fx', src: '/test/fixtures/iop-data.json' }));
    expect(custom.kind).to.equal('custom');
    expect((await custom.listPrograms()).items).to.deep.equal([]);
    const http = validatedBackend(createBackend({ apiBase: '/api-fx', src: '/test/fixtures/iop-data.json' }));
    expect(http.kind).to.equal('http');
    expect((await http.listPrograms()).items).to.have.length(2);
    const stat = validatedBackend(createBackend({ apiBase: '  ', src: '/test/fixtures/iop-data.json' }));
    expect(stat.kind).to.equal('static');
    expect((await stat.listPrograms()).items).to.have.length(2);
  });

  it('passes a backend made by the kit through unchanged', () => {
    const made = createHttpBackend({ apiBase: '/api-fx' });
    expect(createBackend({ backend: made })).to.equal(made);
  });

  it('with nothing configured, every call rejects with a not-supported error that says so', async () => {
    const b = createBackend({});
    expect(isUnconfiguredBackend(b)).to.equal(true);
    for (const call of [() => b.listPrograms(), () => b.getProgram('x'), () => b.searchPayers('a'), () => b.listEducationModules()]) {
      try {
        await call();
        expect.fail('should reject');
      } catch (e) {
        expect(e).to.be.instanceOf(BackendError);
        expect((e as BackendError).kind).to.equal('not-supported');
        expect((e as BackendError).message).to.contain('No backend is configured');
      }
    }
  });
});
