/** X12 270/271 clearinghouse JSON: the request (validated by a JSON Schema of DESIGN.md §8), the 271 mapping, property-based inputs. */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fromEligibilityResponse, toEligibilityRequest } from '../../../src/x12.js';
import { InsuranceCheckResult, parse } from '../../../src/core/schemas/index.js';
import { validate, type JsonSchema } from '../../tooling/mini-json-schema.js';
import { insuranceRequest } from '../../fixtures/requests.js';
import { aaa, activeDeductible, carveOut, coinsuranceOnly, inactive, noNetwork, twoPlans } from '../../fixtures/x12/responses-271.js';

const person = (first: number, last: number) => ({
  type: 'object',
  required: ['firstName', 'lastName', 'dateOfBirth'],
  properties: {
    firstName: { type: 'string', minLength: 1, maxLength: first, pattern: '^[^~*:^|]+$' },
    lastName: { type: 'string', minLength: 1, maxLength: last, pattern: '^[^~*:^|]+$' },
    dateOfBirth: { type: 'string', pattern: '^(19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])$' },
  },
});
/** The 270 clearinghouse JSON of DESIGN.md §8 (Stedi / Change Healthcare request shape). */
const REQUEST_270: JsonSchema = {
  type: 'object',
  required: ['controlNumber', 'tradingPartnerServiceId', 'provider', 'subscriber', 'encounter'],
  additionalProperties: false,
  properties: {
    controlNumber: { type: 'string', pattern: '^\\d{9}$' },
    tradingPartnerServiceId: { type: 'string', minLength: 1, maxLength: 80 },
    provider: { type: 'object', additionalProperties: false, required: ['organizationName', 'npi'], properties: { organizationName: { type: 'string', minLength: 1, maxLength: 60 }, npi: { type: 'string', pattern: '^[12]\\d{9}$' } } },
    subscriber: { ...person(35, 60), required: ['memberId', 'firstName', 'lastName', 'dateOfBirth'], properties: { ...person(35, 60).properties, memberId: { type: 'string', pattern: '^[A-Za-z0-9]{2,80}$' }, groupNumber: { type: 'string', minLength: 1, maxLength: 50 } } },
    dependents: { type: 'array', minItems: 1, maxItems: 1, items: { ...person(35, 60), properties: { ...person(35, 60).properties, individualRelationshipCode: { enum: ['01', '19', '34'] } }, required: ['firstName', 'lastName', 'dateOfBirth', 'individualRelationshipCode'] } },
    encounter: { type: 'object', required: ['serviceTypeCodes'], additionalProperties: false, properties: { serviceTypeCodes: { type: 'array', minItems: 1, items: { enum: ['30', 'MH', 'AI', 'CF', 'CJ', 'A6', 'A8', 'AJ', 'AK', 'BB', 'CH'] } }, dateOfService: { type: 'string', pattern: '^\\d{8}$' } } },
  },
};
const provider = { npi: '1234567893', organizationName: 'Riverbend Recovery Center' };

describe('x12: InsuranceCheckRequest → 270 JSON', () => {
  it('a patient who holds the policy goes in subscriber, dates as YYYYMMDD, 30 asked first', () => {
    const r = toEligibilityRequest(insuranceRequest('W123456789', { serviceTypeCodes: ['MH', 'AI', '30'], groupNumber: 'GRP 77' }), { ...provider, controlNumber: '000000042' });
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(validate(REQUEST_270, r.request)).to.deep.equal([]);
    expect(r.request).to.deep.equal({
      controlNumber: '000000042',
      tradingPartnerServiceId: '87726',
      provider: { organizationName: 'Riverbend Recovery Center', npi: '1234567893' },
      subscriber: { memberId: 'W123456789', firstName: 'Jordan', lastName: 'Rivera', dateOfBirth: '19900412', groupNumber: 'GRP77' },
      encounter: { serviceTypeCodes: ['30', 'MH', 'AI'] },
    });
  });

  it('a child on a parent’s plan: the parent is the subscriber, the child a dependent with code 19', () => {
    const r = toEligibilityRequest(
      insuranceRequest('W1', { forSelf: false, relationship: 'child', patient: { firstName: 'Sam', lastName: 'Rivera', dateOfBirth: '2010-02-03' }, subscriber: { firstName: 'Ana', lastName: 'Rivera', dateOfBirth: '1980-07-09' } }),
      { ...provider, tradingPartnerServiceId: '00123' },
    );
    expect(r.ok && validate(REQUEST_270, r.request)).to.deep.equal([]);
    expect(r.ok && r.request.subscriber).to.deep.equal({ memberId: 'W1', firstName: 'Ana', lastName: 'Rivera', dateOfBirth: '19800709' });
    expect(r.ok && r.request.dependents).to.deep.equal([{ firstName: 'Sam', lastName: 'Rivera', dateOfBirth: '20100203', individualRelationshipCode: '19' }]);
    expect(r.ok && r.request.tradingPartnerServiceId).to.equal('00123');
  });

  it('a bad NPI, a missing payer id or an invalid request is an error before anything is sent', () => {
    expect(toEligibilityRequest(insuranceRequest('W1'), { ...provider, npi: '1234567890' })).to.deep.equal({ ok: false, errors: ['the NPI must be 10 digits starting with 1 or 2 and pass the NPI check digit'] });
    const noPayer = toEligibilityRequest(insuranceRequest('W1', { payer: { name: 'Some plan' } }), provider);
    expect(noPayer.ok === false && noPayer.errors[0]).to.contain('payer id');
    const invalid = toEligibilityRequest({ ...insuranceRequest('W1'), memberId: 'A 1' }, provider);
    expect(invalid.ok === false && invalid.errors[0]).to.contain('memberId');
  });

  it('property: any input never throws; every success matches the 270 schema', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ firstName: fc.string({ maxLength: 40 }), lastName: fc.string({ maxLength: 70 }), memberId: fc.stringMatching(/^[A-Za-z0-9]{2,20}$/) })), fc.string(), (extra, npi) => {
        const e = extra as unknown as { memberId: string; firstName: string; lastName: string };
        const input = extra && typeof extra === 'object' && 'firstName' in extra ? insuranceRequest(e.memberId, { patient: { firstName: e.firstName, lastName: e.lastName, dateOfBirth: '1990-01-01' } }) : extra;
        for (const r of [toEligibilityRequest(input, provider), toEligibilityRequest(input, { npi, organizationName: 'X' })]) {
          if (r.ok) expect(validate(REQUEST_270, r.request)).to.deep.equal([]);
          else expect(r.errors.length).to.be.greaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('x12: 271 JSON → InsuranceCheckResult', () => {
  const now = new Date('2026-03-02T15:00:00Z');
  const read = (json: unknown, codes: ('30' | 'MH' | 'AI' | 'CF' | 'CJ')[] = ['30', 'MH', 'AI', 'CJ']) => fromEligibilityResponse(json, { serviceTypeCodes: codes, now });

  it('active with a deductible partly met: in-network individual lines picked, the asked service types over generic ones', () => {
    const r = read(activeDeductible);
    expect(r).to.deep.include({ status: 'active', payerName: 'UnitedHealthcare', planName: 'Choice Plus PPO', coverage: { start: '2026-01-01', end: '2026-12-31' }, referenceId: 'X12-123456789' });
    const by = Object.fromEntries(r.benefits.map((b) => [b.serviceTypeCode, b]));
    expect(by['30']).to.deep.equal({ serviceTypeCode: '30', inNetwork: 'yes', copay: 25, deductibleTotal: 2000, deductibleRemaining: 1250.5, outOfPocketTotal: 7000, outOfPocketRemaining: 5100, priorAuthRequired: 'no', coverageLevel: 'individual' });
    expect(by.MH).to.deep.include({ copay: 40, coinsurancePercent: 10, deductibleTotal: 2000, inNetwork: 'yes' });
    expect(by.AI).to.deep.include({ coinsurancePercent: 20, priorAuthRequired: 'yes' });
    expect(by.CJ).to.deep.include({ coinsurancePercent: 20, priorAuthRequired: 'yes' });
    expect(r.messages.join(' ')).to.contain('in network').and.contain('prior authorization').and.contain('not a guarantee of payment');
  });

  it('coinsurance only; a payer that omits network status → unknown, never yes', () => {
    expect(read(coinsuranceOnly, ['30']).benefits).to.deep.equal([{ serviceTypeCode: '30', inNetwork: 'unknown', coinsurancePercent: 30, priorAuthRequired: 'unknown' }]);
    const r = read(noNetwork, ['30']);
    expect(r.benefits[0]).to.deep.include({ inNetwork: 'unknown', copay: 35, deductibleTotal: 500 });
    expect(r.messages[0]).to.contain('did not say whether our program is in network');
  });

  it('code U with a related entity is a behavioral-health carve-out with its administrator and phone', () => {
    const r = read(carveOut, ['30', 'MH']);
    expect(r.carveOut).to.deep.equal({ name: 'Optum Behavioral Health', phone: '(800) 555-0188' });
    expect(r.benefits).to.deep.equal([
      { serviceTypeCode: '30', inNetwork: 'yes', copay: 20, priorAuthRequired: 'unknown' },
      { serviceTypeCode: 'MH', inNetwork: 'unknown', priorAuthRequired: 'unknown' },
    ]);
    expect(fromEligibilityResponse(carveOut, { serviceTypeCodes: ['MH'], locale: 'es', now }).messages[0]).to.contain('Optum Behavioral Health').and.contain('(800) 555-0188');
  });

  it('inactive, with last year’s dates', () => {
    expect(read(inactive)).to.deep.include({ status: 'inactive', benefits: [], coverage: { start: '2025-01-01', end: '2025-12-31' } });
  });

  for (const [code, field] of [['72', 'member ID'], ['73', 'name'], ['58', 'date of birth'], ['75', 'member ID']] as const)
    it(`AAA ${code} → not-found, asking to check the ${field}`, () => {
      const r = read(aaa(code));
      expect(r).to.deep.include({ status: 'not-found', rejectReason: code, benefits: [] });
      expect(r.messages[0]!.toLowerCase()).to.contain(field.toLowerCase());
    });

  it('AAA 42 (payer unavailable) at the top level → error with "try again"; a set-up problem (43) → error', () => {
    const r = read(aaa('42', 'top'));
    expect(r).to.deep.include({ status: 'error', rejectReason: '42' });
    expect(r.messages[0]).to.contain('try again');
    expect(read(aaa('43')).status).to.equal('error');
  });

  it('two plans in one response are both named; a non-covered service is said', () => {
    const r = read(twoPlans, ['30', 'MH', 'AI']);
    expect(r.status).to.equal('active');
    expect(r.messages.join(' ')).to.contain('Choice Plus PPO; Behavioral Health Rider').and.contain('not covered');
    expect(r.benefits.find((b) => b.serviceTypeCode === 'MH')).to.deep.include({ copay: 15, inNetwork: 'yes' });
  });

  it('what it cannot read is needs-review, never active', () => {
    for (const json of [null, 42, 'x', {}, { benefitsInformation: 'nope' }, { benefitsInformation: [{ code: 'V' }] }, { benefitsInformation: [{ code: '1' }, { code: '5' }].slice(1) }, { benefitsInformation: [{ name: 'Active Coverage' }] }])
      expect(read(json).status).to.equal('needs-review');
  });

  it('property: arbitrary JSON never throws, always a valid result, and active only with an EB code 1–4', () => {
    const line = fc.record({ code: fc.oneof(fc.constantFrom('1', '6', 'A', 'B', 'C', 'G', 'I', 'U', 'V', '5'), fc.anything()), serviceTypeCodes: fc.array(fc.constantFrom('30', 'MH', 'AI', 'XX')), benefitAmount: fc.oneof(fc.string(), fc.double(), fc.integer()), benefitPercent: fc.oneof(fc.string(), fc.double()), inPlanNetworkIndicatorCode: fc.constantFrom('Y', 'N', 'W', 'U', 'Q'), timeQualifierCode: fc.constantFrom('23', '29', '24', 7) }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ benefitsInformation: fc.array(line, { maxLength: 8 }), errors: fc.oneof(fc.constant(undefined), fc.array(fc.record({ code: fc.constantFrom('42', '72', '75', 'zz') }))) }, { requiredKeys: [] })), (json) => {
        const r = fromEligibilityResponse(json, { now });
        expect(parse(InsuranceCheckResult, r).ok).to.equal(true);
        if (r.status === 'active') expect(JSON.stringify(json)).to.match(/"code":"[1-4]"/);
        expect(r.messages.join(' ')).to.contain('not a guarantee of payment');
      }),
      { numRuns: 300 },
    );
  });
});
