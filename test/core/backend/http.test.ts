/**
 * HTTP adapter against the real reference backend (mounted by web-test-runner.config.mjs):
 * /api-fx serves test/fixtures/iop-data.json, /api-bad malformed data, /api-trouble misbehaves.
 */
import { expect } from '@open-wc/testing';
import { BackendError, createHttpBackend } from '../../../src/core/backend/index.js';
import { validatedBackend } from '../../../src/core/data/validated-backend.js';
import { insuranceRequest, intakeSubmission } from '../../fixtures/requests.js';

const api = validatedBackend(createHttpBackend({ apiBase: '/api-fx/' }));

async function rejection(p: Promise<unknown>): Promise<BackendError> {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(BackendError);
    return e as BackendError;
  }
  throw new Error('expected the call to reject');
}

async function count(base: string): Promise<number> {
  const r = await fetch(`${base}/_debug/submissions/count`);
  return ((await r.json()) as { count: number }).count;
}

describe('HTTP adapter: every route of the contract', () => {
  it('lists programs, validated, with nothing rejected', async () => {
    const { items, rejected } = await api.listPrograms();
    expect(items.map((p) => p.id)).to.deep.equal(['evening-iop', 'teen-virtual']);
    expect(items[0]!.tracks[0]!.sessions).to.have.length(3);
    expect(rejected).to.deep.equal([]);
  });

  it('gets one program by id, and says not-found for an unknown id', async () => {
    const p = await api.getProgram('teen-virtual');
    expect(p.name).to.equal('Virtual IOP for teens');
    const e = await rejection(api.getProgram('no-such-program'));
    expect(e.kind).to.equal('not-found');
    expect(e.status).to.equal(404);
    expect(e.message).to.contain('no-such-program');
  });

  it('encodes ids as one path segment (a slash cannot reach another route)', async () => {
    const seen: string[] = [];
    const spy = validatedBackend(createHttpBackend({ apiBase: '/api-fx', fetch: (input, init) => (seen.push(String(input)), fetch(input, init)) }));
    const e = await rejection(spy.getProgram('../payers'));
    expect(seen[0]).to.equal('/api-fx/programs/..%2Fpayers');
    expect(e.kind).to.equal('not-found');
  });

  it('searches payers by what people type', async () => {
    const uhc = await api.searchPayers('UHC Open Access Plus');
    expect(uhc.items.map((p) => p.name)).to.include('UnitedHealthcare');
    const bcbs = await api.searchPayers('bcbs');
    expect(bcbs.items.map((p) => p.id)).to.have.members(['84980', '00590']);
    const mediCal = await api.searchPayers('medi-cal');
    expect(mediCal.items[0]!.name).to.equal('California Medicaid');
  });

  it('checks insurance and returns a validated result', async () => {
    const r = await api.checkInsurance(insuranceRequest('A123456789'));
    expect(r.status).to.equal('active');
    expect(r.benefits.map((b) => b.serviceTypeCode)).to.deep.equal(['30', 'MH', 'AI']);
  });

  it('gets an intake form, and says not-found for an unknown one', async () => {
    const f = await api.getIntakeForm('adult-intake');
    expect(f.pages[0]!.id).to.equal('about');
    expect((await rejection(api.getIntakeForm('nope'))).kind).to.equal('not-found');
  });

  it('lists education module summaries (without blocks) and gets a module', async () => {
    const { items } = await api.listEducationModules();
    expect(items.map((m) => m.id)).to.deep.equal(['what-is-iop', 'que-es-iop']);
    expect(items[0]).to.not.have.property('blocks');
    const m = await api.getEducationModule('que-es-iop');
    expect(m.locale).to.equal('es');
    expect(m.blocks).to.have.length(1);
    expect((await rejection(api.getEducationModule('nope'))).kind).to.equal('not-found');
  });

  it('submits an intake with Idempotency-Key; the same key twice gives one record and the same receipt', async () => {
    const sub = intakeSubmission();
    const before = await count('/api-fx');
    const first = await api.submitIntake(sub);
    const second = await api.submitIntake(sub);
    expect(first.receiptId).to.match(/^IOP-/);
    expect(second.receiptId).to.equal(first.receiptId);
    expect(await count('/api-fx')).to.equal(before + 1);
  });

  it('sends the submission id as the Idempotency-Key header, and no PHI in the URL', async () => {
    const sent: { url: string; key: string | null; credentials?: RequestCredentials | undefined }[] = [];
    const spy = validatedBackend(createHttpBackend({
      apiBase: '/api-fx',
      fetch: (input, init) => {
        sent.push({ url: String(input), key: new Headers(init?.headers).get('Idempotency-Key'), credentials: init?.credentials });
        return fetch(input, init);
      },
    }));
    const sub = intakeSubmission();
    await spy.submitIntake(sub);
    await spy.checkInsurance(insuranceRequest('A987654321'));
    expect(sent[0]).to.deep.equal({ url: '/api-fx/intake-submissions', key: sub.submissionId, credentials: 'same-origin' });
    expect(sent[1]!.url).to.equal('/api-fx/insurance-checks');
  });
});

describe('HTTP adapter: validation', () => {
  const bad = validatedBackend(createHttpBackend({ apiBase: '/api-bad' }));

  it('keeps good programs and reports the rejected ones with index, id and field issues', async () => {
    const { items, rejected } = await bad.listPrograms();
    expect(items.map((p) => p.id)).to.deep.equal(['evening-iop', 'teen-virtual']);
    expect(rejected.map((r) => r.index)).to.deep.equal([1, 2]);
    expect(rejected[0]!.id).to.equal('broken-program');
    const paths = rejected[0]!.issues.map((i) => i.path);
    expect(paths).to.include('name');
    expect(paths).to.include('tracks[0].sessions[0].end');
    expect(rejected[1]!.id).to.equal(undefined);
  });

  it('rejects a malformed single program as invalid-response', async () => {
    const e = await rejection(bad.getProgram('broken-program'));
    expect(e.kind).to.equal('invalid-response');
    expect(e.fieldIssues.map((i) => i.path)).to.include('name');
  });

  it('rejects a module whose image has an unsafe URL and no alt text', async () => {
    const { items, rejected } = await bad.listEducationModules();
    expect(items.map((m) => m.id)).to.deep.equal(['what-is-iop', 'broken-module']);
    expect(rejected).to.have.length(0); // a summary has no blocks …
    const e = await rejection(bad.getEducationModule('broken-module')); // … the module itself is checked
    expect(e.kind).to.equal('invalid-response');
    expect(e.fieldIssues.map((i) => i.path)).to.include.members(['blocks[0].src', 'blocks[0].alt']);
  });

  it('turns a 400 with field issues into an http error carrying fieldIssues', async () => {
    // Bypass the adapter's own check to see what the server says.
    const r = await fetch('/api-fx/insurance-checks', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ memberId: 'A1' }) });
    expect(r.status).to.equal(400);
    const loose = validatedBackend(createHttpBackend({ apiBase: '/api-fx', fetch: (input, init) => fetch(input, { ...init, body: JSON.stringify({ memberId: 'A1' }) }) }));
    const e = await rejection(loose.checkInsurance(insuranceRequest('A1')));
    expect(e.kind).to.equal('http');
    expect(e.status).to.equal(400);
    expect(e.fieldIssues.map((i) => i.path)).to.include.members(['patient', 'consents']);
    expect(e.message).to.match(/^The server answered 400/);
  });

  it('refuses to send an invalid insurance request (invalid-request, nothing sent)', async () => {
    let calls = 0;
    const spy = validatedBackend(createHttpBackend({ apiBase: '/api-fx', fetch: (i, init) => (calls++, fetch(i, init)) }));
    const e = await rejection(spy.checkInsurance(insuranceRequest('A1-23', { serviceTypeCodes: [] })));
    expect(e.kind).to.equal('invalid-request');
    expect(e.fieldIssues.map((i) => i.path)).to.include.members(['memberId', 'serviceTypeCodes']);
    expect(calls).to.equal(0);
  });
});

describe('HTTP adapter: failures a person can read', () => {
  it('503 → http error, retryable, with a readable message', async () => {
    const e = await rejection(validatedBackend(createHttpBackend({ apiBase: '/api-trouble/503' })).listPrograms());
    expect(e.kind).to.equal('http');
    expect(e.status).to.equal(503);
    expect(e.retryable).to.equal(true);
    expect(e.message).to.match(/^The server answered 503/);
    expect(e.message).to.contain('Maintenance in progress');
    expect(e.message).to.not.contain('    at ');
  });

  it('a plain-text 404 on a list is an http error, not a crash', async () => {
    const e = await rejection(validatedBackend(createHttpBackend({ apiBase: '/api-trouble/text-404' })).listPrograms());
    expect(e.kind).to.equal('http');
    expect(e.status).to.equal(404);
    expect(e.retryable).to.equal(false);
  });

  it('HTML instead of JSON → invalid-response', async () => {
    const e = await rejection(validatedBackend(createHttpBackend({ apiBase: '/api-trouble/html' })).listPrograms());
    expect(e.kind).to.equal('invalid-response');
    expect(e.message).to.contain('not JSON (text/html)');
  });

  it('an empty body → invalid-response', async () => {
    expect((await rejection(validatedBackend(createHttpBackend({ apiBase: '/api-trouble/empty' })).listEducationModules())).kind).to.equal('invalid-response');
  });

  it('a single object where a list belongs, or a list where an object belongs → invalid-response', async () => {
    const wrong = validatedBackend(createHttpBackend({ apiBase: '/api-fx', fetch: (_i, init) => fetch('/api-fx/programs/evening-iop', init) }));
    expect((await rejection(wrong.listPrograms())).kind).to.equal('invalid-response');
    const list = validatedBackend(createHttpBackend({ apiBase: '/api-fx', fetch: (_i, init) => fetch('/api-fx/programs', init) }));
    expect((await rejection(list.getProgram('evening-iop'))).kind).to.equal('invalid-response');
  });

  it('times out after timeoutMs', async () => {
    const started = performance.now();
    const e = await rejection(validatedBackend(createHttpBackend({ apiBase: '/api-trouble/slow-3000', timeoutMs: 150 })).listPrograms());
    expect(e.kind).to.equal('timeout');
    expect(e.retryable).to.equal(true);
    expect(e.message).to.contain('0.2 seconds');
    expect(performance.now() - started).to.be.below(2000);
  });

  it("honours the caller's AbortSignal", async () => {
    const controller = new AbortController();
    const p = validatedBackend(createHttpBackend({ apiBase: '/api-trouble/slow-3000' })).listPrograms({ signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const e = await rejection(p);
    expect(e.kind).to.equal('aborted');
    expect(e.retryable).to.equal(false);
  });

  it('an already-aborted signal rejects without a request', async () => {
    let calls = 0;
    const spy = validatedBackend(createHttpBackend({ apiBase: '/api-fx', fetch: (i, init) => (calls++, fetch(i, init)) }));
    const e = await rejection(spy.listPrograms({ signal: AbortSignal.abort() }));
    expect(e.kind).to.equal('aborted');
    expect(calls).to.equal(0);
  });

  it('nothing listening → network error', async () => {
    const e = await rejection(validatedBackend(createHttpBackend({ apiBase: 'http://127.0.0.1:9/' })).listPrograms());
    expect(e.kind).to.equal('network');
    expect(e.retryable).to.equal(true);
    expect(e.message).to.contain('Could not reach');
  });
});
