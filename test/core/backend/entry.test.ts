/** `iop-kit/backend`: the README's example, against the reference backend at /api. */
import { expect } from '@open-wc/testing';
import { BackendError, createBackend, createStaticBackend, validatedBackend } from '../../../src/backend.js';

describe('iop-kit/backend', () => {
  it('validatedBackend(createBackend({ apiBase })) lists the programs, each checked against the contract', async () => {
    const api = validatedBackend(createBackend({ apiBase: '/api' }));
    const { items, rejected } = await api.listPrograms();
    expect(items.length).to.be.greaterThan(0);
    expect(rejected).to.deep.equal([]);
    expect(items[0]!.tracks.length).to.be.greaterThan(0);
    const program = await api.getProgram(items[0]!.id);
    expect(program.name).to.equal(items[0]!.name);
  });

  it('a program that breaks the contract is reported in rejected, with the fields at fault, never as data; a missing form is a not-found error', async () => {
    const api = validatedBackend(createStaticBackend({ src: 'data:application/json,{"programs":[{"id":"x"}]}' }));
    const { items, rejected } = await api.listPrograms();
    expect(items).to.deep.equal([]);
    expect(rejected).to.have.length(1);
    expect(rejected[0]!.id).to.equal('x');
    expect(rejected[0]!.issues.map((i) => i.path)).to.include('name');
    const error = await api.getIntakeForm('nope').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(BackendError);
    expect((error as BackendError).kind).to.equal('not-found');
  });
});
