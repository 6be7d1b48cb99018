/**
 * The reference backend over real HTTP (mounted by web-test-runner.config.mjs):
 * sandbox eligibility by member ID, request validation, JSON errors, idempotent
 * submissions that survive a restart, and the sample data in demo/data.
 */
import { expect } from '@open-wc/testing';
import { createHttpBackend } from '../../../src/core/backend/index.js';
import { validatedBackend } from '../../../src/core/data/validated-backend.js';
import type { InsuranceCheckResult } from '../../../src/core/schemas/index.js';
import { insuranceRequest, intakeSubmission } from '../../fixtures/requests.js';

const NOT_A_GUARANTEE = 'Verification of benefits is not a guarantee of payment';

async function check(memberId: string, codes: InsuranceCheckResult['benefits'][number]['serviceTypeCode'][] = ['30', 'MH', 'AI']) {
  return validatedBackend(createHttpBackend({ apiBase: '/api-fx' })).checkInsurance(insuranceRequest(memberId, { serviceTypeCodes: codes }));
}

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

describe('reference backend: sandbox eligibility by member ID', () => {
  it('A… (any case) → active, in network, copay, 20 % coinsurance, deductible partly met, prior auth for AI only', async () => {
    const r = await check('a12345678');
    expect(r.status).to.equal('active');
    const byCode = Object.fromEntries(r.benefits.map((b) => [b.serviceTypeCode, b]));
    expect(Object.keys(byCode)).to.deep.equal(['30', 'MH', 'AI']);
    expect(byCode['30']).to.include({ inNetwork: 'yes', copay: 30, coinsurancePercent: 20, deductibleTotal: 1500, deductibleRemaining: 650, priorAuthRequired: 'no' });
    expect(byCode['AI']!.priorAuthRequired).to.equal('yes');
    expect(r.messages.join(' ')).to.contain(NOT_A_GUARANTEE);
  });

  it("a valid Medicare MBI (CMS's example 1EG4TE5MK73) → active", async () => {
    const r = await check('1eg4te5mk73');
    expect(r.status).to.equal('active');
    expect(r.planName).to.contain('Medicare');
  });

  it('C… → active with a behavioral-health carve-out to Magellan Healthcare, with a phone number', async () => {
    const r = await check('C5550001', ['30', 'MH']);
    expect(r.status).to.equal('active');
    expect(r.carveOut).to.deep.equal({ name: 'Magellan Healthcare', phone: '(800) 555-0134' });
    expect(r.benefits.find((b) => b.serviceTypeCode === 'MH')!.inNetwork).to.equal('unknown');
    expect(r.benefits.find((b) => b.serviceTypeCode === '30')!.inNetwork).to.equal('yes');
  });

  it('K… → active, coinsurance only, network unknown', async () => {
    const r = await check('K0001', ['CF']);
    expect(r.status).to.equal('active');
    expect(r.benefits).to.deep.equal([
      { serviceTypeCode: 'CF', inNetwork: 'unknown', coinsurancePercent: 30, deductibleTotal: 3000, deductibleRemaining: 3000, priorAuthRequired: 'unknown', coverageLevel: 'individual' },
    ]);
  });

  it('I… → inactive; N… → not-found with AAA 75; R… → needs-review; E… → error', async () => {
    expect((await check('I0001')).status).to.equal('inactive');
    const n = await check('N0001');
    expect(n).to.include({ status: 'not-found', rejectReason: '75' });
    expect((await check('R0001')).status).to.equal('needs-review');
    const e = await check('E0001');
    expect(e.status).to.equal('error');
    expect(e.messages.join(' ')).to.contain(NOT_A_GUARANTEE);
  });

  it('any other ID → not-found (75) asking to check the ID', async () => {
    const r = await check('XYZ123');
    expect(r).to.include({ status: 'not-found', rejectReason: '75' });
    expect(r.messages[0]).to.contain('check the member ID');
    expect(r.benefits).to.deep.equal([]);
  });
});

describe('reference backend: requests and errors', () => {
  it('400 with field issues for an invalid insurance request', async () => {
    const res = await post('/api/insurance-checks', JSON.stringify({ ...insuranceRequest('A1'), relationship: 'child', memberId: 'A 1' }));
    expect(res.status).to.equal(400);
    const body = (await res.json()) as { error: string; issues: { path: string; message: string }[] };
    expect(body.error).to.be.a('string');
    expect(body.issues.map((i) => i.path)).to.have.members(['memberId', 'subscriber']);
  });

  it('400 JSON for malformed JSON, 415 for a non-JSON body, 413 over 3 MB', async () => {
    const bad = await post('/api/insurance-checks', '{"memberId":');
    expect(bad.status).to.equal(400);
    expect(((await bad.json()) as { error: string }).error).to.contain('not valid JSON');
    const form = await fetch('/api/insurance-checks', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hi' });
    expect(form.status).to.equal(415);
    const big = await post('/api/intake-submissions', JSON.stringify({ pad: 'x'.repeat(3 * 1024 * 1024 + 10) }), { 'Idempotency-Key': 'abcdefgh' });
    expect(big.status).to.equal(413);
    expect(big.headers.get('content-type')).to.contain('application/json');
  });

  it('404 JSON for unknown paths and ids, 405 with Allow for a wrong method', async () => {
    const unknown = await fetch('/api/nothing-here');
    expect(unknown.status).to.equal(404);
    expect(((await unknown.json()) as { error: string }).error).to.contain('nothing at');
    expect((await fetch('/api/programs/%E0%A4%A')).status).to.equal(400);
    const wrong = await fetch('/api/programs', { method: 'DELETE' });
    expect(wrong.status).to.equal(405);
    expect(wrong.headers.get('allow')).to.equal('GET');
    expect((await fetch('/api/intake-submissions')).status).to.equal(405);
  });

  it('intake submission: Idempotency-Key is required and must equal the submissionId', async () => {
    const sub = intakeSubmission();
    const none = await post('/api-fx/intake-submissions', JSON.stringify(sub));
    expect(none.status).to.equal(400);
    expect(((await none.json()) as { error: string }).error).to.contain('Idempotency-Key');
    const other = await post('/api-fx/intake-submissions', JSON.stringify(sub), { 'Idempotency-Key': 'another-key-123' });
    expect(other.status).to.equal(400);
    const invalid = await post('/api-fx/intake-submissions', JSON.stringify({ ...sub, locale: 'fr' }), { 'Idempotency-Key': sub.submissionId });
    expect(invalid.status).to.equal(400);
    expect(((await invalid.json()) as { issues: { path: string }[] }).issues[0]!.path).to.equal('locale');
  });

  it('first submission → 201, repeat → 200 with the same receipt, one record, and this survives a restart', async () => {
    const sub = intakeSubmission();
    const count = async (base: string) => ((await (await fetch(`${base}/_debug/submissions/count`)).json()) as { count: number }).count;
    const before = await count('/api-idem-a');
    const first = await post('/api-idem-a/intake-submissions', JSON.stringify(sub), { 'Idempotency-Key': sub.submissionId });
    expect(first.status).to.equal(201);
    const receipt = (await first.json()) as { receiptId: string };
    const again = await post('/api-idem-a/intake-submissions', JSON.stringify(sub), { 'Idempotency-Key': sub.submissionId });
    expect(again.status).to.equal(200);
    expect(((await again.json()) as { receiptId: string }).receiptId).to.equal(receipt.receiptId);
    // /api-idem-b is a second server on the same data dir: a restart.
    const afterRestart = await post('/api-idem-b/intake-submissions', JSON.stringify(sub), { 'Idempotency-Key': sub.submissionId });
    expect(afterRestart.status).to.equal(200);
    expect(((await afterRestart.json()) as { receiptId: string }).receiptId).to.equal(receipt.receiptId);
    expect(await count('/api-idem-b')).to.equal(before + 1);
  });

  it('concurrent repeats of one key still make one record', async () => {
    const sub = intakeSubmission();
    const before = ((await (await fetch('/api-idem-a/_debug/submissions/count')).json()) as { count: number }).count;
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => post('/api-idem-a/intake-submissions', JSON.stringify(sub), { 'Idempotency-Key': sub.submissionId })),
    );
    expect(answers.map((a) => a.status).sort()).to.deep.equal([200, 200, 200, 200, 201]);
    const ids = new Set(await Promise.all(answers.map(async (a) => ((await a.json()) as { receiptId: string }).receiptId)));
    expect(ids.size).to.equal(1);
    expect(((await (await fetch('/api-idem-a/_debug/submissions/count')).json()) as { count: number }).count).to.equal(before + 1);
  });

  it('the debug count exists only where enabled', async () => {
    expect((await fetch('/api-bad/_debug/submissions/count')).status).to.equal(404);
  });
});

describe('reference backend: the sample data in demo/data', () => {
  const api = validatedBackend(createHttpBackend({ apiBase: '/api' }));

  it('every program, payer and module is valid', async () => {
    const programs = await api.listPrograms();
    expect(programs.items.length, 'programs').to.be.greaterThan(0);
    expect(programs.rejected, 'rejected programs').to.deep.equal([]);
    const payers = await api.searchPayers('');
    expect(payers.items.length, 'payers').to.be.greaterThan(0);
    expect(payers.rejected).to.deep.equal([]);
    const modules = await api.listEducationModules();
    expect(modules.items.length).to.be.greaterThan(0);
    expect(modules.rejected).to.deep.equal([]);
    expect(new Set(modules.items.map((m) => m.locale))).to.deep.equal(new Set(['en', 'es']));
    for (const m of modules.items) await api.getEducationModule(m.id);
    for (const p of programs.items.slice(0, 3)) expect((await api.getProgram(p.id)).id).to.equal(p.id);
  });
});
