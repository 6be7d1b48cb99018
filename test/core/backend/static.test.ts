/** Static adapter: one JSON file (test/fixtures/iop-data.json, served by the test server). */
import { expect } from '@open-wc/testing';
import { BackendError } from '../../../src/core/backend/index.js';
import { createStaticBackend } from '../../../src/core/backend/static.js';
import { validatedBackend } from '../../../src/core/data/validated-backend.js';
import { insuranceRequest, intakeSubmission } from '../../fixtures/requests.js';

const SRC = '/test/fixtures/iop-data.json';

async function rejection(p: Promise<unknown>): Promise<BackendError> {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(BackendError);
    return e as BackendError;
  }
  throw new Error('expected the call to reject');
}

/** A fetch that counts calls and can serve a given body instead of the file. */
function countingFetch(body?: unknown) {
  const f = Object.assign(
    (input: RequestInfo | URL, init?: RequestInit) => {
      f.calls += 1;
      if (body !== undefined) return Promise.resolve(new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }));
      return fetch(input, init);
    },
    { calls: 0 },
  );
  return f;
}

describe('static adapter', () => {
  it('lists programs, modules (as summaries) and finds payers from one file, fetched once', async () => {
    const f = countingFetch();
    const b = validatedBackend(createStaticBackend({ src: SRC, fetch: f }));
    expect(b.kind).to.equal('static');
    const programs = await b.listPrograms();
    expect(programs.items.map((p) => p.id)).to.deep.equal(['evening-iop', 'teen-virtual']);
    const modules = await b.listEducationModules();
    expect(modules.items.map((m) => m.id)).to.deep.equal(['what-is-iop', 'que-es-iop']);
    expect(modules.items[0]).to.not.have.property('blocks');
    const payers = await b.searchPayers('uhc');
    expect(payers.items[0]!.name).to.equal('UnitedHealthcare');
    expect(f.calls).to.equal(1);
  });

  it('looks up single items by id, and says not-found for an unknown id', async () => {
    const b = validatedBackend(createStaticBackend({ src: SRC }));
    expect((await b.getProgram('teen-virtual')).format).to.equal('virtual');
    expect((await b.getEducationModule('what-is-iop')).blocks).to.have.length(3);
    expect((await b.getIntakeForm('adult-intake')).version).to.equal('1');
    const e = await rejection(b.getProgram('nope'));
    expect(e.kind).to.equal('not-found');
    expect(e.message).to.contain('"nope"');
    expect((await rejection(b.getIntakeForm('nope'))).kind).to.equal('not-found');
  });

  it('says clearly that writes are not possible on a static source', async () => {
    const b = validatedBackend(createStaticBackend({ src: SRC }));
    const check = await rejection(b.checkInsurance(insuranceRequest('A123')));
    expect(check.kind).to.equal('not-supported');
    expect(check.message).to.contain('static data file');
    expect(check.message).to.contain('call the center');
    expect((await rejection(b.submitIntake(intakeSubmission()))).kind).to.equal('not-supported');
  });

  it('validates each list on its own: a bad item is rejected, a missing list is empty, a non-list is an error for that list only', async () => {
    const b = validatedBackend(createStaticBackend({
      src: '/x.json',
      fetch: countingFetch({ programs: [{ id: 'half' }], educationModules: 'oops' }),
    }));
    const programs = await b.listPrograms();
    expect(programs.items).to.deep.equal([]);
    expect(programs.rejected[0]!.id).to.equal('half');
    const bad = await rejection(b.getProgram('half'));
    expect(bad.kind).to.equal('invalid-response');
    expect(bad.message).to.contain('does not match the contract');
    expect((await b.searchPayers('aetna')).items).to.deep.equal([]);
    expect((await rejection(b.listEducationModules())).kind).to.equal('invalid-response');
  });

  it('a file that is not an object is invalid-response', async () => {
    const b = validatedBackend(createStaticBackend({ src: '/x.json', fetch: countingFetch([1, 2]) }));
    expect((await rejection(b.listPrograms())).kind).to.equal('invalid-response');
  });

  it('a missing file is an http error naming the file', async () => {
    const e = await rejection(validatedBackend(createStaticBackend({ src: '/test/fixtures/no-such-file.json' })).listPrograms());
    expect(e.kind).to.equal('http');
    expect(e.status).to.equal(404);
    expect(e.message).to.contain('/test/fixtures/no-such-file.json');
  });

  it('retries on the next call after a failure', async () => {
    const b = validatedBackend(createStaticBackend({ src: `/api-trouble/flaky-${Date.now()}/iop-data.json` }));
    const first = await rejection(b.listPrograms());
    expect(first.status).to.equal(503);
    expect((await b.listPrograms()).items).to.have.length(2);
  });

  it('an abort cancels the caller only, not the shared load', async () => {
    const b = validatedBackend(createStaticBackend({ src: SRC }));
    const e = await rejection(b.listPrograms({ signal: AbortSignal.abort() }));
    expect(e.kind).to.equal('aborted');
    const c = new AbortController();
    const p = b.listPrograms({ signal: c.signal });
    c.abort();
    expect((await rejection(p)).kind).to.equal('aborted');
    expect((await b.listPrograms()).items).to.have.length(2);
  });

  it('works with the file the reference backend assembles (createStaticDataHandler)', async () => {
    const b = validatedBackend(createStaticBackend({ src: '/test-static/iop-data.json' }));
    expect((await b.listPrograms()).items.map((p) => p.id)).to.deep.equal(['evening-iop', 'teen-virtual']);
    expect((await b.searchPayers('medi cal')).items[0]!.id).to.equal('MCDCA');
  });
});
