/** The built-in default intake form: valid, sound, bilingual, with the pages and flags issue 5 asks for. */
import { expect } from '@open-wc/testing';
import { IntakeSession, buildSubmission, checkForm, defaultIntakeForm } from '../../../src/core/intake/index.js';
import { IntakeForm, parse } from '../../../src/core/schemas/index.js';
import type { Question } from '../../../src/core/schemas/index.js';

const TODAY = '2026-03-15';
const s = () => new IntakeSession(defaultIntakeForm, { today: () => TODAY });

function texts(value: unknown, out: { en?: string; es?: string }[] = []): { en?: string; es?: string }[] {
  if (Array.isArray(value)) value.forEach((v) => texts(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('en' in o && typeof o['en'] === 'string') out.push(o as { en: string; es?: string });
    else Object.values(o).forEach((v) => texts(v, out));
  }
  return out;
}

const complete = {
  'first-name': 'Luis', 'last-name': 'Gómez', dob: '1985-02-10', phone: '555-201-3344', reason: 'substance-use', substances: ['alcohol'],
  'withdrawal-history': ['none'], 'crisis-now': false, 'home-safe': 'yes', 'time-of-day': ['evening'], format: 'virtual', 'has-insurance': 'no',
  ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`phq9-${i + 1}`, '0'])),
  ...Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`gad7-${i + 1}`, '1'])),
  'audit-c-1': '3', 'audit-c-2': '2', 'audit-c-3': '1',
  ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`dast10-${i + 1}`, false])),
  'consent-hipaa': true, 'consent-part2': true, signature: 'Luis Gómez',
};

describe('default IOP intake form', () => {
  it('validates against the IntakeForm schema', () => {
    const r = parse(IntakeForm, defaultIntakeForm);
    expect(r.ok ? [] : r.issues).to.deep.equal([]);
  });

  it('every expression references questions that exist (and ageOf a date)', () => {
    expect(checkForm(defaultIntakeForm, { dobQuestion: 'dob' })).to.deep.equal([]);
  });

  it('has every text in English and Spanish', () => {
    const missing = texts(defaultIntakeForm).filter((t) => !t.en?.trim() || !t.es?.trim());
    expect(missing).to.deep.equal([]);
  });

  it('has the pages of issue 5, with the screeners placed', () => {
    expect(defaultIntakeForm.pages.map((p) => p.id)).to.deep.equal([
      'about', 'reason', 'substance-use', 'mental-health', 'alcohol-drugs', 'health', 'past-treatment', 'home', 'scheduling', 'insurance', 'emergency-contact', 'consents',
    ]);
    expect(s().instruments).to.deep.equal(['phq9', 'gad7', 'crafft', 'audit-c', 'dast10']);
    const kinds = defaultIntakeForm.pages.flatMap((p) => p.items).filter((i): i is Extract<Question, { type: 'consent' }> => i.type === 'consent').map((c) => c.kind);
    expect(kinds).to.have.members(['42-cfr-part-2', 'hipaa-notice']);
  });

  it('raises withdrawal-risk for past seizures or DTs, needs-24h-support when home is not safe, crisis on the direct question', () => {
    expect(s().flags({ ...complete, 'withdrawal-history': ['shakes', 'seizures'] })).to.deep.equal(['withdrawal-risk']);
    expect(s().flags({ ...complete, 'withdrawal-history': ['dts'] })).to.deep.equal(['withdrawal-risk']);
    expect(s().flags({ ...complete, 'withdrawal-history': ['shakes'] })).to.deep.equal([]);
    expect(s().flags({ ...complete, 'home-safe': 'no' })).to.deep.equal(['needs-24h-support']);
    expect(s().flags({ ...complete, 'home-safe': 'not-sure' })).to.deep.equal([]);
    expect(s().flags({ ...complete, 'crisis-now': true })).to.deep.equal(['crisis']);
  });

  it('a teenager gets CRAFFT instead of AUDIT-C and DAST-10, and the adolescent flag', () => {
    const teen = { ...complete, dob: '2011-01-01' };
    const ids = s().visibleItems('alcohol-drugs', teen).map((i) => i.question.id);
    expect(ids[0]).to.equal('crafft-stem');
    expect(ids.some((id) => id.startsWith('audit-c') || id.startsWith('dast10'))).to.equal(false);
    expect(s().flags(teen)).to.include('adolescent');
  });

  it('a complete adult answer set builds a valid submission with the four screens scored', () => {
    const r = buildSubmission({ form: defaultIntakeForm, answers: complete, locale: 'en', now: new Date('2026-03-15T12:00:00Z'), sessionOptions: { today: () => TODAY } });
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.submission.scores.map((x) => [x.instrument, x.total, x.positive])).to.deep.equal([
      ['phq9', 0, false], ['gad7', 7, false], ['audit-c', 6, true], ['dast10', 1, false],
    ]);
    expect(r.submission.consents.map((c) => c.id)).to.deep.equal(['consent-hipaa', 'consent-part2']);
  });

  it('an exclusive "None of these" cannot be combined with other answers', () => {
    const errors = s().validatePage('substance-use', { ...complete, 'withdrawal-history': ['none', 'seizures'] });
    expect(errors.map((e) => [e.questionId, e.key])).to.deep.equal([['withdrawal-history', 'invalidOption']]);
  });
});
