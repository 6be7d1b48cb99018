/** Custom object adapter: whatever the center's own code returns is validated like an HTTP answer. */
import { expect } from '@open-wc/testing';
import { BackendError } from '../../../src/core/backend/index.js';
import { wrapCustomBackend } from '../../../src/core/backend/custom.js';
import { validatedBackend } from '../../../src/core/data/validated-backend.js';
import type { Program } from '../../../src/core/schemas/index.js';
import { insuranceRequest, intakeSubmission } from '../../fixtures/requests.js';

const data = (await (await fetch('/test/fixtures/iop-data.json')).json()) as { programs: Program[] };

async function rejection(p: Promise<unknown>): Promise<BackendError> {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(BackendError);
    return e as BackendError;
  }
  throw new Error('expected the call to reject');
}

describe('custom backend wrapper', () => {
  it('calls the methods the object has and validates their output (arrays or { items })', async () => {
    const b = validatedBackend(wrapCustomBackend({
      listPrograms: async () => [data.programs[0], { id: 'bad' }],
      getProgram: (id: string) => data.programs.find((p) => p.id === id),
      searchPayers: async () => ({ items: [{ id: '1', name: 'Aetna', aliases: [], kind: 'commercial', memberIdRule: 'generic' }] }),
    }));
    expect(b.kind).to.equal('custom');
    const list = await b.listPrograms();
    expect(list.items.map((p) => p.id)).to.deep.equal(['evening-iop']);
    expect(list.rejected).to.have.length(1);
    expect(list.rejected[0]!.id).to.equal('bad');
    expect((await b.getProgram('teen-virtual')).id).to.equal('teen-virtual');
    expect((await b.searchPayers('aet')).items[0]!.name).to.equal('Aetna');
  });

  it('passes arguments and the options (with the signal) to the method, with `this` bound', async () => {
    const seen: unknown[] = [];
    const adapter = {
      prefix: 'IOP-',
      async submitIntake(this: { prefix: string }, submission: { submissionId: string }, options: { signal?: AbortSignal }) {
        seen.push(submission.submissionId, options.signal instanceof AbortSignal);
        return { receiptId: `${this.prefix}42` };
      },
    };
    const sub = intakeSubmission();
    const r = await validatedBackend(wrapCustomBackend(adapter)).submitIntake(sub, { signal: new AbortController().signal });
    expect(r.receiptId).to.equal('IOP-42');
    expect(seen).to.deep.equal([sub.submissionId, true]);
  });

  it('bad data from the object is invalid-response, with the field issues', async () => {
    const b = validatedBackend(wrapCustomBackend({ getProgram: () => ({ ...data.programs[0], intakePhone: '123' }), listEducationModules: () => 'nope' }));
    const e = await rejection(b.getProgram('evening-iop'));
    expect(e.kind).to.equal('invalid-response');
    expect(e.fieldIssues.map((i) => i.path)).to.deep.equal(['intakePhone']);
    expect((await rejection(b.listEducationModules())).kind).to.equal('invalid-response');
  });

  it('a thrown plain error becomes a network error with its message; a BackendError passes through', async () => {
    const b = validatedBackend(wrapCustomBackend({
      listPrograms: () => {
        throw new Error('CRM session expired');
      },
      getProgram: () => Promise.reject(new BackendError('not-found', 'gone')),
    }));
    const e = await rejection(b.listPrograms());
    expect(e.kind).to.equal('network');
    expect(e.message).to.contain('CRM session expired');
    const nf = await rejection(b.getProgram('x'));
    expect(nf.kind).to.equal('not-found');
    expect(nf.message).to.equal('gone');
  });

  it('methods the object lacks reject with not-supported', async () => {
    const b = validatedBackend(wrapCustomBackend({}));
    const e = await rejection(b.checkInsurance(insuranceRequest('A1234')));
    expect(e.kind).to.equal('not-supported');
    expect(e.message).to.contain('checkInsurance');
    expect((await rejection(b.getIntakeForm('x'))).kind).to.equal('not-supported');
  });

  it('validates requests before calling the object', async () => {
    let called = false;
    const b = validatedBackend(wrapCustomBackend({ checkInsurance: () => ((called = true), {}) }));
    const e = await rejection(b.checkInsurance(insuranceRequest('A1', { consents: [] })));
    expect(e.kind).to.equal('invalid-request');
    expect(e.fieldIssues[0]!.path).to.equal('consents');
    expect(called).to.equal(false);
  });

  it('an abort rejects at once even if the object never settles', async () => {
    const c = new AbortController();
    const p = validatedBackend(wrapCustomBackend({ listPrograms: () => new Promise(() => {}) })).listPrograms({ signal: c.signal });
    c.abort();
    expect((await rejection(p)).kind).to.equal('aborted');
  });
});
