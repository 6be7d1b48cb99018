/** The `iop-kit` command line through `main(argv, io)` (no process spawning in the browser). */
import { expect } from '@open-wc/testing';
import { main, type CliIo } from '../../../scripts/cli/main.js';
import { insuranceRequest } from '../../fixtures/requests.js';
import { activeDeductible } from '../../fixtures/x12/responses-271.js';
import { iopRow } from '../../fixtures/locator/rows.js';
import { loincPhq9 } from '../../fixtures/fhir/questionnaires.js';
import { validateQuestionnaire, validateQuestionnaireResponse } from './r4-validator.js';

function fakeIo(files: Record<string, unknown>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: (p) => {
      if (!(p in files)) throw new Error('ENOENT');
      const f = files[p];
      return typeof f === 'string' ? f : JSON.stringify(f);
    },
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  };
  return { io, out, err, json: () => JSON.parse(out.join('\n')) as Record<string, unknown> };
}

describe('iop-kit CLI', () => {
  it('--help on the command and on every subcommand (exit 0); no command or an unknown one is a usage error (exit 2)', async () => {
    for (const argv of [['--help'], ['fhir', '--help'], ['fhir', 'questionnaire', '--help'], ['fhir', 'import', '--help'], ['fhir', 'response', '--help'], ['x12', '--help'], ['x12', 'request', '--help'], ['x12', 'result', '--help'], ['locator', '--help'], ['locator', 'import', '--help'], ['check-content', '--help']]) {
      const f = fakeIo({});
      expect(await main(argv, f.io), argv.join(' ')).to.equal(0);
      expect(f.out.join('\n')).to.contain('usage:');
    }
    for (const argv of [[], ['frobnicate'], ['fhir', 'nope'], ['fhir', 'questionnaire', '--locale', 'fr'], ['x12', 'request', 'a.json'], ['fhir', 'import', '--bogus', 'x']]) {
      const f = fakeIo({ 'a.json': {} });
      expect(await main(argv, f.io), argv.join(' ')).to.equal(2);
      expect(f.out).to.deep.equal([]);
      expect(f.err.join('\n')).to.contain('iop-kit');
    }
  });

  it('fhir questionnaire: the built-in form as a valid Questionnaire on stdout, notes on stderr', async () => {
    const f = fakeIo({});
    expect(await main(['fhir', 'questionnaire', '--locale', 'es'], f.io)).to.equal(0);
    const q = f.json();
    expect(q).to.include({ resourceType: 'Questionnaire', language: 'es' });
    expect(validateQuestionnaire(q)).to.deep.equal([]);
    expect(f.err.join('\n')).to.contain('note:');
  });

  it('fhir import: a LOINC PHQ-9 → { form, warnings, linkIds }; bad JSON and a missing file → exit 1', async () => {
    const f = fakeIo({ 'q.json': loincPhq9, 'bad.json': '{', 'patient.json': { resourceType: 'Patient' } });
    expect(await main(['fhir', 'import', 'q.json'], f.io)).to.equal(0);
    const r = f.json() as { form: { pages: { items: unknown[] }[] }; linkIds: Record<string, string> };
    expect(r.form.pages[0]!.items[0]).to.deep.equal({ type: 'instrument', instrument: 'phq9' });
    expect(r.linkIds['/44250-9']).to.equal('phq9-1');
    expect(f.err.some((l) => l.startsWith('warning: PHQ-9 recognised'))).to.equal(true);
    for (const file of ['bad.json', 'missing.json', 'patient.json']) expect(await main(['fhir', 'import', file], fakeIo({ 'bad.json': '{', 'patient.json': { resourceType: 'Patient' } }).io)).to.equal(1);
  });

  it('fhir response: answers keyed by linkId with LOINC answer codes → a valid QuestionnaireResponse with the PHQ-9 score', async () => {
    const answers = Object.fromEntries(['44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3', '44260-8'].map((c) => [`/${c}`, 'LA6570-1']));
    const f = fakeIo({ 'q.json': loincPhq9, 'a.json': { ...answers, '/69722-7': 'LA6573-5' } });
    expect(await main(['fhir', 'response', '--form', 'q.json', 'a.json', '--submitted-at', '2026-03-02T15:00:00Z'], f.io)).to.equal(0);
    const qr = f.json();
    const text = JSON.stringify(qr);
    expect(text).to.contain('"phq9-total"').and.contain('"valueInteger":18').and.contain('LA6573-5');
    expect(qr.extension).to.deep.equal([{ url: 'urn:iop-kit:fhir:extension:flag', valueCode: 'crisis' }]);
    const q = fakeIo({ 'q.json': loincPhq9 });
    await main(['fhir', 'import', 'q.json'], q.io);
    const form = (q.json() as { form: unknown }).form;
    const exported = fakeIo({ 'f.json': form });
    await main(['fhir', 'questionnaire', 'f.json'], exported.io);
    expect(validateQuestionnaireResponse(qr, exported.json())).to.deep.equal([]);
    const incomplete = fakeIo({ 'q.json': loincPhq9, 'a.json': { '/44250-9': 'LA6570-1' } });
    expect(await main(['fhir', 'response', '--form', 'q.json', 'a.json'], incomplete.io)).to.equal(1);
    expect(incomplete.err.join('\n')).to.contain('error: phq9-2');
  });

  it('x12 request and result', async () => {
    const f = fakeIo({ 'check.json': insuranceRequest('W123456789'), '271.json': activeDeductible });
    expect(await main(['x12', 'request', 'check.json', '--npi', '1234567893', '--org', 'Riverbend', '--payer-id', '00123', '--control-number', '000000001'], f.io)).to.equal(0);
    expect(f.json()).to.deep.include({ controlNumber: '000000001', tradingPartnerServiceId: '00123' });
    const bad = fakeIo({ 'check.json': insuranceRequest('W1') });
    expect(await main(['x12', 'request', 'check.json', '--npi', '1234567890', '--org', 'Riverbend'], bad.io)).to.equal(1);
    expect(bad.err.join('\n')).to.contain('NPI');
    const r = fakeIo({ '271.json': activeDeductible });
    expect(await main(['x12', 'result', '271.json', '--service-types', '30,MH'], r.io)).to.equal(0);
    expect((r.json() as { status: string; benefits: unknown[] }).benefits).to.have.length(2);
    expect(r.err).to.deep.equal(['status: active']);
    expect(await main(['x12', 'result', '271.json', '--service-types', 'ZZ'], fakeIo({ '271.json': {} }).io)).to.equal(2);
  });

  it('locator import: programs on stdout, a summary on stderr', async () => {
    const f = fakeIo({ 'rows.json': [iopRow, { name1: 'X' }] });
    expect(await main(['locator', 'import', 'rows.json'], f.io)).to.equal(0);
    expect((f.json() as { programs: unknown[] }).programs).to.have.length(1);
    expect(f.err[0]).to.equal('1 program; 1 row skipped: 1 no service setting');
    expect(await main(['locator', 'import', 'rows.json'], fakeIo({ 'rows.json': { nope: 1 } }).io)).to.equal(1);
  });
});
