import { expect } from '@open-wc/testing';
import {
  EducationModule,
  EducationModuleSummary,
  Expr,
  InsuranceCheckRequest,
  InsuranceCheckResult,
  IntakeForm,
  IntakeSubmission,
  Payer,
  Program,
  describeIssues,
  parse,
  parseList,
  summarizeModule,
  type FieldIssue,
} from '../../../src/core/schemas/index.js';
import * as ex from './examples.js';

type Mutation<T> = [what: string, mutate: (value: T) => void, path: string, message: string | RegExp];

/** Applies one mutation to a fresh example and expects one issue at `path` whose message matches. */
function rejects<T>(schema: Parameters<typeof parse>[0], make: () => T, cases: Mutation<T>[]) {
  for (const [what, mutate, path, message] of cases) {
    it(`rejects ${what} with a readable message at ${path || '(root)'}`, () => {
      const value = make();
      mutate(value);
      const result = parse(schema, value);
      expect(result.ok, `${what} should be rejected`).to.equal(false);
      const issues = (result as { issues: FieldIssue[] }).issues;
      const hit = issues.find((i) => i.path === path);
      expect(hit, `expected an issue at "${path}", got: ${describeIssues(issues, 20)}`).to.exist;
      if (typeof message === 'string') expect(hit!.message).to.contain(message);
      else expect(hit!.message).to.match(message);
      expect(hit!.message).not.to.match(/^Invalid input$/);
    });
  }
}

const accepts = (schema: Parameters<typeof parse>[0], value: unknown) => {
  const result = parse(schema, value);
  expect(result.ok, result.ok ? '' : describeIssues(result.issues, 20)).to.equal(true);
};

describe('Program schema', () => {
  it('accepts a realistic hybrid evening program', () => accepts(Program, ex.program()));
  it('accepts a virtual program with states served and no location, and one with no published schedule', () => {
    const p = ex.program();
    p.format = 'virtual';
    delete p.location;
    p.tracks = [];
    accepts(Program, p);
  });
  rejects<ReturnType<typeof ex.program>>(Program, ex.program, [
    ['a missing name', (p) => delete (p as Partial<typeof p>).name, 'name', 'is required'],
    ['an unknown focus', (p) => ((p as { focus: string }).focus = 'gambling'), 'focus', 'must be one of: "substance-use"'],
    ['an unknown level of care', (p) => ((p as { levelOfCare: string }).levelOfCare = 'residential'), 'levelOfCare', 'must be one of'],
    ['a 12-hour time', (p) => (p.tracks[0].sessions[0].start = '6:00 PM'), 'tracks[0].sessions[0].start', 'HH:MM'],
    ['a session that ends before it starts', (p) => (p.tracks[0].sessions[0].end = '17:00'), 'tracks[0].sessions[0].end', 'later than start'],
    ['an unknown weekday', (p) => ((p.tracks[0].sessions[0] as { day: string }).day = 'monday'), 'tracks[0].sessions[0].day', 'must be one of'],
    ['an unknown time zone', (p) => (p.timeZone = 'Central Time'), 'timeZone', 'IANA time zone'],
    ['a phone number outside NANP rules', (p) => (p.intakePhone = '(012) 555-0142'), 'intakePhone', '10-digit'],
    ['an impossible date', (p) => (p.nextOpening = '2026-02-30'), 'nextOpening', 'real date'],
    ['an empty language list', (p) => (p.languages = []), 'languages', 'at least one language'],
    ['a javascript: website', (p) => (p.website = 'javascript:alert(1)'), 'website', 'http(s) URL'],
    ['an in-person program without a location', (p) => ((p.format = 'in-person'), delete p.location), 'location', 'needs a location'],
    ['duplicate track ids', (p) => p.tracks.push({ ...p.tracks[0] }), 'tracks', 'unique'],
    ['a numeric payer id', (p) => ((p.payment.payerIds as unknown[])[0] = 87726), 'payment.payerIds[0]', 'must be text, not a number'],
    ['latitude out of range', (p) => (p.location!.coordinates!.lat = 123), 'location.coordinates.lat', 'between -90 and 90'],
    ['a name object with no text', (p) => (p.name = { en: ' ' }), 'name', 'at least one locale'],
  ]);
});

describe('Payer schema', () => {
  it('accepts a payer whose id has leading zeros, and keeps them', () => {
    const r = parse(Payer, ex.payer());
    expect(r.ok && r.data.id).to.equal('00192');
  });
  rejects<ReturnType<typeof ex.payer>>(Payer, ex.payer, [
    ['a numeric id', (p) => ((p as { id: unknown }).id = 192), 'id', 'must be text'],
    ['an unknown member-ID rule', (p) => ((p as { memberIdRule: string }).memberIdRule = 'ssn'), 'memberIdRule', 'must be one of'],
    ['an empty name', (p) => (p.name = ''), 'name', 'must not be empty'],
  ]);
});

describe('InsuranceCheckRequest schema', () => {
  it('accepts a parent checking a child’s coverage', () => accepts(InsuranceCheckRequest, ex.insuranceRequest()));
  it('accepts the patient as policy holder without subscriber details', () => {
    const r = ex.insuranceRequest();
    r.relationship = 'self';
    delete r.subscriber;
    accepts(InsuranceCheckRequest, r);
  });
  rejects<ReturnType<typeof ex.insuranceRequest>>(InsuranceCheckRequest, ex.insuranceRequest, [
    ['a first name over the X12 limit of 35', (r) => (r.patient.firstName = 'A'.repeat(36)), 'patient.firstName', 'at most 35'],
    ['a last name over the X12 limit of 60', (r) => (r.patient.lastName = 'B'.repeat(61)), 'patient.lastName', 'at most 60'],
    ['a future date of birth', (r) => (r.patient.dateOfBirth = '2999-01-01'), 'patient.dateOfBirth', 'past date of birth'],
    ['a member ID with punctuation', (r) => (r.memberId = 'A12/34'), 'memberId', '2–80 letters or digits'],
    ['a dependent without policy holder', (r) => delete r.subscriber, 'subscriber', 'policy holder is required'],
    ['no consent', (r) => (r.consents = []), 'consents', 'authorization to verify benefits'],
    ['an unknown service type code', (r) => ((r.serviceTypeCodes as string[]) = ['ZZ']), 'serviceTypeCodes[0]', 'must be one of'],
    ['a bad e-mail', (r) => (r.contact!.email = 'luis@'), 'contact.email', 'e-mail address'],
    ['a card image that is not a data URL', (r) => (r.cardImages = { front: 'https://evil.example/x.jpg' }), 'cardImages.front', 'data: image URL'],
  ]);
});

describe('InsuranceCheckResult schema', () => {
  it('accepts an active result with benefits', () => accepts(InsuranceCheckResult, ex.insuranceResult()));
  it('accepts a not-found result with an AAA reason', () =>
    accepts(InsuranceCheckResult, { status: 'not-found', checkedAt: '2026-11-23T17:05:02Z', benefits: [], rejectReason: '75', messages: ['Check the member ID on your card.'] }));
  rejects<ReturnType<typeof ex.insuranceResult>>(InsuranceCheckResult, ex.insuranceResult, [
    ['an unknown status', (r) => ((r as { status: string }).status = 'covered'), 'status', 'must be one of'],
    ['coinsurance as a fraction above 100', (r) => (r.benefits[0].coinsurancePercent = 120), 'benefits[0].coinsurancePercent', '0–100'],
    ['a negative copay', (r) => (r.benefits[0].copay = -5), 'benefits[0].copay', 'negative'],
    ['a copay as a string', (r) => ((r.benefits[0] as { copay: unknown }).copay = '$30'), 'benefits[0].copay', 'must be a number, not text'],
    ['a date-time without zone', (r) => (r.checkedAt = '2026-11-23 17:05'), 'checkedAt', 'date-time'],
  ]);
});

describe('IntakeForm schema and expressions', () => {
  it('accepts a form with choices, an instrument, conditions, consents and flags', () => accepts(IntakeForm, ex.intakeForm()));
  it('accepts nested and/or/not expressions of every operator', () =>
    accepts(Expr, {
      op: 'or',
      exprs: [
        { op: 'and', exprs: [{ op: 'equals', q: 'focus', value: 'both' }, { op: 'gte', score: 'phq9', value: 10 }] },
        { op: 'not', expr: { op: 'answered', q: 'dob' } },
        { op: 'in', q: 'substances', values: ['alcohol', 'opioids'] },
        { op: 'lt', ageOf: 'dob', value: 18 },
        { op: 'notEquals', q: 'x', value: true },
        { op: 'lte', q: 'y', value: 3 },
      ],
    }));
  rejects<ReturnType<typeof ex.intakeForm>>(IntakeForm, ex.intakeForm, [
    ['duplicate question ids across pages', (f) => f.pages[2].items.push({ id: 'firstName', type: 'text', text: 'Again' }), 'pages', 'question ids must be unique'],
    ['an unknown question type', (f) => ((f.pages[0].items[0] as { type: string }).type = 'slider'), 'pages[0].items[0].type', 'must be one of: "instrument", "text"'],
    ['a choice question without options', (f) => ((f.pages[0].items[2] as { options: unknown[] }).options = []), 'pages[0].items[2].options', 'needs options'],
    ['duplicate option values', (f) => (f.pages[0].items[2] as { options: { value: string; label: string }[] }).options.push({ value: 'both', label: 'Again' }), 'pages[0].items[2].options', 'unique'],
    ['an unknown instrument', (f) => ((f.pages[1].items[0] as { instrument: string }).instrument = 'bdi'), 'pages[1].items[0].instrument', 'must be one of'],
    ['an empty page', (f) => (f.pages[1].items = []), 'pages[1].items', 'at least one item'],
    ['an unknown flag', (f) => ((f.flags![0] as { flag: string }).flag = 'urgent'), 'flags[0].flag', 'must be one of'],
  ]);
  it('rejects a comparison with two subjects, naming the rule', () => {
    const r = parse(Expr, { op: 'equals', q: 'a', score: 'phq9', value: 1 });
    expect(r.ok).to.equal(false);
    expect(describeIssues((r as { issues: FieldIssue[] }).issues)).to.contain('exactly one of "q", "score" or "ageOf"');
  });
  it('rejects an unknown operator deep in a tree with its path', () => {
    const r = parse(Expr, { op: 'and', exprs: [{ op: 'not', expr: { op: 'matches', q: 'a', value: '.*' } }] });
    expect(r.ok).to.equal(false);
    expect((r as { issues: FieldIssue[] }).issues[0].path).to.match(/^exprs\[0\]\.expr/);
  });
});

describe('IntakeSubmission schema', () => {
  it('accepts a submission with answers, scores, flags and consents', () => accepts(IntakeSubmission, ex.submission()));
  rejects<ReturnType<typeof ex.submission>>(IntakeSubmission, ex.submission, [
    ['a too-short submission id', (s) => (s.submissionId = 'abc'), 'submissionId', '8–64'],
    ['an answer that is an object', (s) => ((s.answers as Record<string, unknown>).focus = { x: 1 }), 'answers.focus', /allowed shapes|must be/],
    ['an unknown flag', (s) => ((s.flags as string[]) = ['vip']), 'flags[0]', 'must be one of'],
    ['a consent without timestamp', (s) => delete (s.consents[0] as Partial<(typeof s.consents)[0]>).agreedAt, 'consents[0].agreedAt', 'is required'],
  ]);
});

describe('EducationModule schema', () => {
  it('accepts a module with every block type', () => accepts(EducationModule, ex.educationModule()));
  it('summarizes a module for the catalogue without its blocks', () => {
    const s = summarizeModule(ex.educationModule());
    expect(s).not.to.have.property('blocks');
    accepts(EducationModuleSummary, s);
  });
  rejects<ReturnType<typeof ex.educationModule>>(EducationModule, ex.educationModule, [
    ['an image without alt text', (m) => ((m.blocks[5] as { alt: string }).alt = ''), 'blocks[5].alt', 'alt text must not be empty'],
    ['a video without captions', (m) => delete (m.blocks[6] as { captions?: string }).captions, 'blocks[6].captions', 'is required'],
    ['a javascript: image', (m) => ((m.blocks[5] as { src: string }).src = 'javascript:alert(1)'), 'blocks[5].src', 'http(s) URL'],
    ['a knowledge check with no correct option', (m) => (m.blocks[7] as { options: { correct: boolean }[] }).options.forEach((o) => (o.correct = false)), 'blocks[7].options', 'at least one option correct'],
    ['an unknown callout variant', (m) => ((m.blocks[3] as { variant: string }).variant = 'danger'), 'blocks[3].variant', 'must be one of'],
    ['a heading level 1', (m) => ((m.blocks[0] as { level: number }).level = 1), 'blocks[0].level', /allowed shapes|must be/],
  ]);
});

describe('parseList', () => {
  it('keeps valid items and reports each rejected one with index and id', () => {
    const bad = { ...ex.program(), id: 'broken', timeZone: 'Mars/Olympus' };
    const r = parseList(Program, [ex.program(), bad, 'nonsense']);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.data.items.map((p) => p.id)).to.deep.equal(['riverbend-iop-evening']);
    expect(r.data.rejected.map((x) => [x.index, x.id])).to.deep.equal([
      [1, 'broken'],
      [2, undefined],
    ]);
    expect(r.data.rejected[0].issues[0]).to.deep.equal({ path: 'timeZone', message: 'must be an IANA time zone such as America/New_York' });
  });
  it('says so when the data is not a list at all', () => {
    const r = parseList(Program, { programs: [] });
    expect(r.ok).to.equal(false);
    expect(describeIssues((r as { issues: FieldIssue[] }).issues)).to.equal('must be a list, not an object');
  });
  it('never throws on hostile input (getters that throw, cycles)', () => {
    const hostile = {};
    Object.defineProperty(hostile, 'id', { enumerable: true, get: () => { throw new Error('boom'); } });
    const cyclic: Record<string, unknown> = { id: 'x' };
    cyclic.self = cyclic;
    expect(() => parse(Program, hostile)).not.to.throw();
    expect(parse(Program, hostile).ok).to.equal(false);
    expect(parse(Program, cyclic).ok).to.equal(false);
  });
});
