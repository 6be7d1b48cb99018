/** Property-based tests for the insurance form helpers and the form → request mapping. */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  CARD_IMAGE_MAX_CHARS,
  DEFAULT_SERVICE_TYPES,
  ageFromParts,
  birthDateError,
  birthDateFromParts,
  emptyInsuranceForm,
  fitWithin,
  groupNumberError,
  isMinor,
  memberIdError,
  partsFromIso,
  toInsuranceRequest,
  validateInsuranceForm,
} from '../../src/core/insurance-form.js';
import type { InsuranceFormValues } from '../../src/core/insurance-form.js';
import { InsuranceCheckRequest, parse } from '../../src/core/schemas/index.js';
import { MBI_PATTERN, isMbi, normalizeMemberId } from '../../src/core/validators.js';

const TODAY = '2026-06-15';
const consents = {
  verify: { id: 'verify-benefits', version: 'v1', text: 'I authorize the center to verify my benefits.' },
  contact: { id: 'contact-phone-text', version: 'v1', text: 'You may contact me.' },
};

/** A real calendar date between 1906-06-16 and TODAY (age 0–120). */
const birthIso = fc.date({ min: new Date(Date.UTC(1906, 5, 16)), max: new Date(Date.UTC(2026, 5, 15)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const name = (max: number) => fc.string({ minLength: 1, maxLength: max }).filter((s) => s.trim().length > 0);
const idChars = fc.constantFrom(...'ABCDEFGHJKMNPQRTUVWXYZ0123456789abcdefghjk'.split(''));
const memberIdTyped = fc
  .array(fc.oneof({ weight: 6, arbitrary: idChars }, { weight: 1, arbitrary: fc.constantFrom(' ', '-') }), { minLength: 2, maxLength: 80 })
  .map((a) => a.join(''))
  .filter((s) => s.trim() === s && normalizeMemberId(s).length >= 2);
const LETTER = 'ACDEFGHJKMNPQRTUVWXY';
const mbi = fc
  .tuple(
    fc.constantFrom(...'123456789'),
    fc.constantFrom(...LETTER),
    fc.constantFrom(...(LETTER + '0123456789')),
    fc.constantFrom(...'0123456789'),
    fc.constantFrom(...LETTER),
    fc.constantFrom(...(LETTER + '0123456789')),
    fc.constantFrom(...'0123456789'),
    fc.constantFrom(...LETTER),
    fc.constantFrom(...LETTER),
    fc.constantFrom(...'0123456789'),
    fc.constantFrom(...'0123456789'),
  )
  .map((c) => c.join(''));
const phone = fc.tuple(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 2, max: 9 }), fc.integer({ min: 0, max: 999999 })).map(([a, b, c, d]) => `(${a}${String(b).padStart(2, '0')}) ${c}${String(d).padStart(6, '0').slice(0, 2)}-${String(d).padStart(6, '0').slice(2)}`);

const validForm: fc.Arbitrary<InsuranceFormValues> = fc
  .record({
    forWhom: fc.constantFrom('me' as const, 'other' as const),
    firstName: name(35),
    lastName: name(60),
    dob: birthIso,
    holder: fc.option(fc.record({ relationship: fc.constantFrom('spouse' as const, 'child' as const, 'other-adult' as const), first: name(35), last: name(60), dob: birthIso }), { nil: undefined }),
    payer: fc.oneof(
      fc.record({ kind: fc.constant('listed' as const), id: fc.stringMatching(/^[A-Za-z0-9_.-]{1,64}$/), name: name(200) }),
      fc.record({ kind: fc.constant('free' as const), name: name(200) }),
    ),
    memberId: memberIdTyped,
    group: fc.option(fc.stringMatching(/^[A-Za-z0-9]([A-Za-z0-9 -]{0,48}[A-Za-z0-9])?$/), { nil: undefined }),
    phone: fc.option(phone, { nil: undefined }),
    email: fc.option(fc.constantFrom('a@example.org', 'jordan.rivera+iop@mail.example.com'), { nil: undefined }),
    time: fc.constantFrom('' as const, 'morning' as const, 'any' as const),
    textOk: fc.boolean(),
    contact: fc.boolean(),
  })
  .map((r) => ({
    ...emptyInsuranceForm(),
    forWhom: r.forWhom,
    firstName: r.firstName,
    lastName: r.lastName,
    dob: partsFromIso(r.dob),
    isHolder: r.holder ? ('no' as const) : ('yes' as const),
    relationship: r.holder?.relationship ?? ('' as const),
    holderFirstName: r.holder?.first ?? '',
    holderLastName: r.holder?.last ?? '',
    holderDob: r.holder ? partsFromIso(r.holder.dob) : partsFromIso(''),
    payer: r.payer.kind === 'listed' ? { id: r.payer.id, name: r.payer.name, memberIdRule: 'generic' as const } : null,
    payerQuery: r.payer.kind === 'listed' ? r.payer.name : '',
    payerNotListed: r.payer.kind === 'free',
    payerFreeText: r.payer.kind === 'free' ? r.payer.name : '',
    memberId: r.memberId,
    groupNumber: r.group ?? '',
    phone: r.phone ?? '',
    email: r.email ?? '',
    preferredTime: r.time,
    textOk: r.textOk,
    consentVerifyAt: '2026-06-15T10:00:00.000Z',
    consentContactAt: r.contact ? '2026-06-15T10:00:05.000Z' : '',
  }));

describe('insurance-form: dates of birth', () => {
  it('parts ⇄ ISO round-trip for every real date', () => {
    fc.assert(fc.property(birthIso, (iso) => birthDateFromParts(partsFromIso(iso)) === iso));
  });

  it('a plausible date of birth (age 0–120, not in the future) has no error; its age matches', () => {
    fc.assert(
      fc.property(birthIso, (iso) => {
        const parts = partsFromIso(iso);
        expect(birthDateError(parts, TODAY)).to.equal(undefined);
        const age = ageFromParts(parts, TODAY)!;
        expect(age).to.be.within(0, 120);
        expect(isMinor(parts, TODAY)).to.equal(age < 18);
      }),
    );
  });

  it('future dates, impossible days and missing parts are named', () => {
    fc.assert(fc.property(fc.integer({ min: 2027, max: 2999 }), (y) => birthDateError({ month: '1', day: '1', year: String(y) }, TODAY) === 'dateFuture'));
    fc.assert(fc.property(fc.integer({ min: 1000, max: 1905 }), (y) => birthDateError({ month: '1', day: '1', year: String(y) }, TODAY) === 'dateTooOld'));
    fc.assert(fc.property(fc.integer({ min: 1950, max: 2000 }), fc.integer({ min: 31, max: 99 }), (y, d) => birthDateError({ month: '4', day: String(d), year: String(y) }, TODAY) === 'dateInvalid'));
    fc.assert(
      fc.property(fc.constantFrom('month', 'day', 'year') as fc.Arbitrary<'month' | 'day' | 'year'>, (missing) => {
        const parts = { month: '4', day: '12', year: '1990', [missing]: '' };
        return birthDateError(parts, TODAY) === 'dateIncomplete';
      }),
    );
    expect(birthDateError({ month: '', day: '', year: '' }, TODAY)).to.equal('required');
    expect(birthDateError({ month: '4', day: '12', year: '90' }, TODAY)).to.equal('dateInvalid');
  });

  it('the 18th birthday is the day the guardian voice ends', () => {
    expect(isMinor({ month: '6', day: '15', year: '2008' }, TODAY)).to.equal(false);
    expect(isMinor({ month: '6', day: '16', year: '2008' }, TODAY)).to.equal(true);
  });
});

describe('insurance-form: member ID and group number', () => {
  it('any ID as printed (letters, digits, spaces, hyphens, 2–80) passes the generic rule', () => {
    fc.assert(fc.property(memberIdTyped, (id) => memberIdError(id) === undefined));
  });

  it('characters outside letters, digits, spaces and hyphens are refused', () => {
    fc.assert(fc.property(memberIdTyped, fc.constantFrom('!', '#', '/', '.', '_', 'é'), (id, bad) => memberIdError(`${id}${bad}`) === 'memberId'));
  });

  it('the MBI rule accepts every well-formed MBI, also printed with hyphens, and refuses the excluded letters', () => {
    fc.assert(
      fc.property(mbi, (m) => {
        expect(memberIdError(m, 'mbi')).to.equal(undefined);
        expect(memberIdError(`${m.slice(0, 4)}-${m.slice(4, 7)}-${m.slice(7)}`, 'mbi')).to.equal(undefined);
        expect(memberIdError(m.toLowerCase(), 'mbi')).to.equal(undefined);
      }),
    );
    fc.assert(fc.property(mbi, fc.constantFrom(...'SLOIBZ'.split('')), (m, bad) => memberIdError(`${m[0]}${bad}${m.slice(2)}`, 'mbi') === 'mbi'));
    fc.assert(fc.property(memberIdTyped.filter((id) => !MBI_PATTERN.test(normalizeMemberId(id))), (id) => memberIdError(id, 'mbi') === 'mbi'));
    expect(memberIdError('1EG4-TE5-MK73', 'mbi')).to.equal(undefined);
  });

  it('group number: optional, up to 50 letters/digits/spaces/hyphens', () => {
    fc.assert(fc.property(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 -]{0,49}$/), (g) => groupNumberError(g) === undefined));
    fc.assert(fc.property(fc.stringMatching(/^[A-Za-z0-9]{51,60}$/), (g) => groupNumberError(g) === 'groupNumber'));
    expect(groupNumberError('')).to.equal(undefined);
  });
});

describe('insurance-form: validation and the request', () => {
  it('any valid form has no errors and maps to a request that passes InsuranceCheckRequest', () => {
    fc.assert(
      fc.property(validForm, (v) => {
        expect(validateInsuranceForm(v, { today: TODAY })).to.deep.equal({});
        const request = toInsuranceRequest(v, { locale: 'en', serviceTypeCodes: DEFAULT_SERVICE_TYPES, consents });
        const r = parse(InsuranceCheckRequest, request);
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        expect(request.memberId).to.equal(normalizeMemberId(v.memberId));
        expect(request.memberId).to.match(/^[A-Z0-9]{2,80}$/);
        expect(request.relationship).to.equal(v.isHolder === 'no' ? v.relationship : 'self');
        expect(request.subscriber !== undefined).to.equal(v.isHolder === 'no');
        expect(request.payer.id).to.equal(v.payer?.id);
        expect(request.consents.map((c) => c.id)).to.deep.equal(v.consentContactAt ? ['verify-benefits', 'contact-phone-text'] : ['verify-benefits']);
        expect(request.consents[0]).to.deep.equal({ ...consents.verify, givenAt: v.consentVerifyAt });
        expect(request.serviceTypeCodes).to.deep.equal(['30', 'MH', 'AI', 'CF', 'CJ']);
        expect(request.forSelf).to.equal(v.forWhom === 'me');
      }),
      { numRuns: 200 },
    );
  });

  it('with contact-required, a form without phone and e-mail is refused on the phone field', () => {
    fc.assert(
      fc.property(validForm, (v) => {
        const none = { ...v, phone: '', email: '' };
        expect(validateInsuranceForm(none, { today: TODAY, contactRequired: true }).phone).to.equal('contactRequired');
        expect(validateInsuranceForm(none, { today: TODAY })).to.deep.equal({});
      }),
      { numRuns: 50 },
    );
  });

  it('the authorization to verify benefits is required', () => {
    fc.assert(fc.property(validForm, (v) => validateInsuranceForm({ ...v, consentVerifyAt: '' }, { today: TODAY }).consentVerify === 'required'), { numRuns: 50 });
  });

  it('names over the X12 limits are refused (first 35, last 60)', () => {
    fc.assert(
      fc.property(validForm, fc.integer({ min: 36, max: 80 }), fc.integer({ min: 61, max: 100 }), (v, f, l) => {
        const e = validateInsuranceForm({ ...v, firstName: 'x'.repeat(f), lastName: 'y'.repeat(l) }, { today: TODAY });
        return e.firstName === 'tooLong' && e.lastName === 'tooLong';
      }),
      { numRuns: 50 },
    );
  });

  it('a Medicare payer applies the MBI rule to the member ID', () => {
    fc.assert(
      fc.property(validForm, mbi, (v, m) => {
        const medicare = { ...v, payerNotListed: false, payer: { id: 'CMS', name: 'Medicare', memberIdRule: 'mbi' as const } };
        expect(validateInsuranceForm({ ...medicare, memberId: m }, { today: TODAY }).memberId).to.equal(undefined);
        expect(isMbi(toInsuranceRequest({ ...medicare, memberId: m.toLowerCase() }, { locale: 'es', serviceTypeCodes: ['30'], consents }).memberId)).to.equal(true);
        expect(validateInsuranceForm({ ...medicare, memberId: 'A12345' }, { today: TODAY }).memberId).to.equal('mbi');
      }),
      { numRuns: 50 },
    );
  });

  it('typed text without a chosen payer asks to choose from the list', () => {
    const v = { ...emptyInsuranceForm(), payerQuery: 'Aet' };
    expect(validateInsuranceForm(v, { today: TODAY }).payer).to.equal('payerChoose');
    expect(validateInsuranceForm(emptyInsuranceForm(), { today: TODAY }).payer).to.equal('required');
  });
});

describe('insurance-form: card photo sizes', () => {
  it('fitWithin keeps the aspect ratio, never enlarges, and the longer side is at most max', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20000 }), fc.integer({ min: 1, max: 20000 }), fc.integer({ min: 16, max: 4000 }), (w, h, max) => {
        const r = fitWithin(w, h, max);
        expect(Math.max(r.width, r.height)).to.be.at.most(Math.max(max, 1));
        expect(r.width).to.be.at.most(w);
        expect(r.height).to.be.at.most(h);
        if (Math.max(w, h) <= max) expect(r).to.deep.equal({ width: w, height: h });
        else if (r.width > 4 && r.height > 4) expect(Math.abs(r.width / r.height - w / h) / (w / h)).to.be.below(0.25);
      }),
    );
    expect(CARD_IMAGE_MAX_CHARS).to.equal(2_000_000);
  });
});
