/** The form session: the backend's sample form, visibility, validation keys, flags, crisis, submissions. */
import { expect } from '@open-wc/testing';
import { IntakeSession, buildSubmission, newSubmissionId, validationMessage, intakeEngineMessages } from '../../../src/core/intake/index.js';
import { loadCatalogue, placeholderMismatches } from '../../../src/core/i18n/index.js';
import { IntakeForm, IntakeSubmission, parse } from '../../../src/core/schemas/index.js';

// Spanish messages are fetched on demand; these tests read them directly.
before(() => loadCatalogue(intakeEngineMessages, 'es'));

const TODAY = '2026-03-15';
let sample: IntakeForm;

before(async () => {
  const forms = (await (await fetch('/demo/data/intake-forms.json')).json()) as unknown[];
  const r = parse(IntakeForm, forms[0]);
  if (!r.ok) throw new Error('sample form did not parse');
  sample = r.data;
});

const session = () => new IntakeSession(sample, { today: () => TODAY });
const phq = (vals: number[]) => Object.fromEntries(vals.map((v, i) => [`phq9-${i + 1}`, String(v)]));
const gad = (vals: number[]) => Object.fromEntries(vals.map((v, i) => [`gad7-${i + 1}`, String(v)]));

const adult = {
  'first-name': 'Ana',
  'last-name': 'Rivera',
  dob: '1990-05-01',
  phone: '(555) 201-3344',
  reason: 'both',
  substances: ['alcohol'],
  'withdrawal-symptoms': false,
  'crisis-now': false,
  ...phq([1, 1, 0, 0, 0, 0, 0, 0, 0]),
  ...gad([0, 0, 0, 0, 0, 0, 0]),
  'audit-c-1': '2',
  'audit-c-2': '1',
  'audit-c-3': '0',
  'consent-hipaa': true,
  'consent-part2': true,
  signature: '  Ana Rivera ',
};

describe('IntakeSession on the sample backend form (demo/data/intake-forms.json)', () => {
  it('expands instruments into their items on the screeners page', () => {
    const ids = session().visibleItems('screeners', adult).map((i) => i.question.id);
    expect(ids.slice(0, 2)).to.deep.equal(['phq9-stem', 'phq9-1']);
    expect(ids).to.include.members(['gad7-7', 'audit-c-3']);
    expect(ids.some((id) => id.startsWith('crafft'))).to.equal(false);
  });

  it('follows visibleIf: substances appear only for substance use or both, and become required then', () => {
    const s = session();
    expect(s.isVisible('substances', { reason: 'mental-health' })).to.equal(false);
    expect(s.visibleItems('reason', { reason: 'substance-use' }).find((i) => i.question.id === 'substances')?.required).to.equal(true);
  });

  it('shows CRAFFT instead of AUDIT-C for a 15-year-old, in the same place', () => {
    const teen = { ...adult, dob: '2010-06-01' };
    const ids = session().visibleItems('screeners', teen).map((i) => i.question.id);
    expect(ids).to.include('crafft-a1');
    expect(ids.some((id) => id.startsWith('audit-c'))).to.equal(false);
    expect(ids.indexOf('crafft-a1')).to.be.greaterThan(ids.indexOf('gad7-7'));
    expect(session().flags(teen)).to.include('adolescent');
    // The switch reads the date the form names, and can be turned off.
    const off = new IntakeSession(sample, { today: () => TODAY, adolescentSwitch: false });
    expect(off.visibleItems('screeners', teen).some((i) => i.question.id.startsWith('crafft'))).to.equal(false);
  });

  it('turns 18 on the birthday: adult screens from that day', () => {
    const ids = (dob: string) => session().visibleItems('screeners', { ...adult, dob }).map((i) => i.question.id);
    expect(ids('2008-03-16')).to.include('crafft-a1');
    expect(ids('2008-03-15')).to.include('audit-c-1');
  });

  it('validates a page with message keys and params, in page order', () => {
    const errors = session().validatePage('contact', { 'first-name': ' ', dob: '2030-01-01', phone: '123', email: 'no-at-sign', 'ok-to-leave-message': 'yes' });
    expect(errors.map((e) => [e.questionId, e.key])).to.deep.equal([
      ['first-name', 'required'],
      ['last-name', 'required'],
      ['dob', 'dateInFuture'],
      ['phone', 'invalidPhone'],
      ['email', 'invalidEmail'],
      ['ok-to-leave-message', 'invalidAnswer'],
    ]);
    expect(validationMessage(errors[3]!, 'es')).to.contain('10 dígitos');
  });

  it('consents must be checked and the signature typed', () => {
    const keys = session().validatePage('consents', { 'consent-hipaa': false, signature: 'A' }).map((e) => e.key);
    expect(keys).to.deep.equal(['consentRequired', 'consentRequired', 'invalidSignature']);
    expect(session().validatePage('consents', adult)).to.deep.equal([]);
  });

  it('computes scores and flags from visible answers', () => {
    const s = session();
    expect(s.scores(adult).map((x) => [x.instrument, x.total])).to.deep.equal([['phq9', 2], ['gad7', 0], ['audit-c', 3]]);
    expect(s.flags({ ...adult, 'withdrawal-symptoms': true })).to.deep.equal(['withdrawal-risk']);
    // Hidden: with mental-health only, the withdrawal answer and AUDIT-C no longer count.
    const mh = { ...adult, reason: 'mental-health', 'withdrawal-symptoms': true };
    expect(s.flags(mh)).to.deep.equal([]);
    expect(s.scores(mh).map((x) => x.instrument)).to.deep.equal(['phq9', 'gad7']);
  });

  it('crisisNow: the moment PHQ-9 item 9 is above 0 or the crisis question is yes — and says where', () => {
    const s = session();
    expect(s.crisisNow({})).to.equal(false);
    expect(s.crisisNow({ 'phq9-9': '1' })).to.equal(true);
    expect(s.crisisSources({ 'phq9-9': '1' })).to.deep.equal(['phq9-9']);
    expect(s.item('phq9-9')!.pageId).to.equal('screeners');
    expect(s.crisisNow({ 'crisis-now': true })).to.equal(true);
    expect(s.crisisSources({ 'crisis-now': true })).to.deep.equal(['crisis-now']);
    expect(s.flags({ ...adult, 'phq9-9': '1' })).to.include('crisis');
    expect(s.crisisNow({ 'phq9-9': '0', 'crisis-now': false })).to.equal(false);
    // Sticky for safety: an answer a later change hid still raises the crisis (the flag carries no answer).
    const hidden = new IntakeSession({ ...sample, pages: sample.pages.map((p) => (p.id === 'screeners' ? { ...p, visibleIf: { op: 'equals', q: 'reason', value: 'both' } } : p)) }, { today: () => TODAY });
    expect(hidden.isVisible('phq9-9', { reason: 'mental-health', 'phq9-9': '2' })).to.equal(false);
    expect(hidden.flags({ ...adult, reason: 'mental-health', 'phq9-9': '2' })).to.include('crisis');
  });

  it('builds a valid submission: visible answers only, trimmed, scores, flags, consents with versions, signature, timestamps', () => {
    const now = new Date('2026-03-15T17:05:00Z');
    const r = buildSubmission({
      form: sample,
      answers: { ...adult, reason: 'mental-health', 'not-a-question': 'x' },
      locale: 'es',
      consentsAgreedAt: { 'consent-hipaa': '2026-03-15T17:01:00Z' },
      startedAt: '2026-03-15T16:40:00Z',
      now,
      submissionId: 'sub_12345678',
      sessionOptions: { today: () => TODAY },
    });
    if (!r.ok) throw new Error(JSON.stringify(r));
    const sub = r.submission;
    expect(parse(IntakeSubmission, sub).ok).to.equal(true);
    expect(sub.answers).to.not.have.any.keys('substances', 'withdrawal-symptoms', 'audit-c-1', 'not-a-question', 'phq9-stem');
    expect(sub.answers['signature']).to.equal('Ana Rivera');
    expect(sub.answers['phq9-1']).to.equal('1');
    expect(sub.scores.map((s) => s.instrument)).to.deep.equal(['phq9', 'gad7']);
    expect(sub.consents).to.deep.equal([
      { id: 'consent-hipaa', version: 'npp-2026-02', agreedAt: '2026-03-15T17:01:00Z', signature: 'Ana Rivera' },
      { id: 'consent-part2', version: 'part2-2026-02', agreedAt: now.toISOString(), signature: 'Ana Rivera' },
    ]);
    expect(sub).to.include({ submissionId: 'sub_12345678', formId: 'sample-short-intake', formVersion: '2026-11-01', locale: 'es', submittedAt: now.toISOString() });
  });

  it('refuses to build while a visible required question is unanswered', () => {
    const { signature: _s, ...rest } = adult;
    const r = buildSubmission({ form: sample, answers: rest, locale: 'en', sessionOptions: { today: () => TODAY } });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.errors.map((e) => e.questionId)).to.deep.equal(['signature']);
  });

  it('newSubmissionId: 22 base64url characters, different every time', () => {
    const ids = new Set(Array.from({ length: 200 }, newSubmissionId));
    expect(ids.size).to.equal(200);
    for (const id of ids) expect(id).to.match(/^[A-Za-z0-9_-]{22}$/);
  });
});

describe('intakeEngineMessages', () => {
  it('Spanish uses the same placeholders as English for every key', async () => {
    expect(await placeholderMismatches(intakeEngineMessages)).to.deep.equal([]);
    expect(Object.keys(intakeEngineMessages.es!).sort()).to.deep.equal(Object.keys(intakeEngineMessages.en).sort());
  });
  it('formats plural and date params for the locale', () => {
    expect(validationMessage({ questionId: 'x', key: 'tooFewSelected', params: { count: 2 } }, 'es')).to.equal('Por favor, elija al menos 2 respuestas.');
    expect(validationMessage({ questionId: 'x', key: 'tooFewSelected', params: { count: 1 } }, 'en')).to.equal('Please choose at least 1 answer.');
  });
});
