/**
 * Sandbox eligibility responder of the reference backend: a deterministic stand-in
 * for a clearinghouse's X12 270/271 round trip (DESIGN.md §8), built on the kit's own
 * bridge (`iop-kit/x12`): the request becomes 270 JSON with `toEligibilityRequest`, the
 * sandbox answers with a realistic clearinghouse 271 JSON (`sandbox271`), and
 * `fromEligibilityResponse` reads it — so a center with a clearinghouse account replaces
 * one call (`sandbox271` → its clearinghouse's API). The result is chosen by the
 * normalised member ID (spaces and hyphens removed, upper case) so every result an
 * element can show is reachable by typing one ID. The table is in docs/notes/backend.md.
 *
 * | member ID                           | result |
 * |-------------------------------------|--------|
 * | a valid Medicare MBI (1EG4TE5MK73)  | active, like `A` (plan "Original Medicare") |
 * | starts with `A`                     | active, in network, copay $30, coinsurance 20 %, deductible partly met, prior auth for substance-use codes |
 * | starts with `C`                     | active; behavioral health carved out to Magellan Healthcare (phone given) |
 * | starts with `K`                     | active, coinsurance 30 % only, network unknown |
 * | starts with `I`                     | inactive (coverage ended) |
 * | starts with `N`                     | not-found, AAA 75 (subscriber not found) |
 * | starts with `R`                     | needs-review |
 * | starts with `E`                     | error (payer did not answer) |
 * | anything else                       | not-found, AAA 75, "check the ID" |
 */
import { randomUUID } from 'node:crypto';
import type { InsuranceCheckRequest, InsuranceCheckResult, ServiceTypeCode } from '../../src/core/schemas/index.js';
import { isMbi, normalizeMemberId } from '../../src/core/validators.js';
import { fromEligibilityResponse, toEligibilityRequest, type EligibilityRequest270 } from '../../src/core/x12/index.js';

export type SandboxOutcome = 'active' | 'carve-out' | 'coinsurance-only' | 'inactive' | 'not-found' | 'needs-review' | 'error' | 'unknown-id';

/** Always part of the result: verification is not a guarantee of payment. */
export const NOT_A_GUARANTEE =
  'Verification of benefits is not a guarantee of payment. Final coverage is decided by your insurance plan when claims are processed.';
export const SANDBOX_NOTE = 'This is the demo sandbox: no real insurance company was contacted.';

/** Service type codes for substance-use care (prior authorization required in the `A` profile). */
const SUBSTANCE_CODES: ReadonlySet<string> = new Set(['AI', 'AJ', 'AK', 'CJ']);
/** Behavioral-health codes (carved out in the `C` profile); `30` is the medical plan itself. */
const BEHAVIORAL_CODES: ReadonlySet<string> = new Set(['MH', 'AI', 'CF', 'CJ', 'A6', 'A8', 'AJ', 'AK', 'BB', 'CH']);

/** A fictional number (555-01xx is reserved for fiction); a real carve-out answer carries the administrator's. */
export const MAGELLAN = { name: 'Magellan Healthcare', phone: '(800) 555-0134' } as const;

/** The demo center as the 270's information receiver (NPI 1234567893 is the check-digit example). */
export const SANDBOX_PROVIDER = { npi: '1234567893', organizationName: 'iop-kit Demo Treatment Center' } as const;

export function sandboxOutcome(memberId: string): SandboxOutcome {
  const id = normalizeMemberId(memberId);
  if (isMbi(id)) return 'active';
  switch (id[0]) {
    case 'A':
      return 'active';
    case 'C':
      return 'carve-out';
    case 'K':
      return 'coinsurance-only';
    case 'I':
      return 'inactive';
    case 'N':
      return 'not-found';
    case 'R':
      return 'needs-review';
    case 'E':
      return 'error';
    default:
      return 'unknown-id';
  }
}

type Json = Record<string, unknown>;
const ymd = (y: number, md: string) => `${y}${md}`;

/** EB lines of a PPO with copay, 20 % coinsurance, a deductible partly met and an out-of-pocket maximum. */
function activeLines(code: string): Json[] {
  const common = { serviceTypeCodes: [code], coverageLevelCode: 'IND', coverageLevel: 'Individual', inPlanNetworkIndicatorCode: 'Y', inPlanNetworkIndicator: 'Yes' };
  const auth = SUBSTANCE_CODES.has(code) ? 'Y' : 'N';
  return [
    { ...common, code: 'B', name: 'Co-Payment', benefitAmount: '30', timeQualifierCode: '27', timeQualifier: 'Visit', authOrCertIndicator: auth },
    { ...common, code: 'A', name: 'Co-Insurance', benefitPercent: '0.2', authOrCertIndicator: auth },
    { ...common, code: 'C', name: 'Deductible', benefitAmount: '1500', timeQualifierCode: '23', timeQualifier: 'Calendar Year' },
    { ...common, code: 'C', name: 'Deductible', benefitAmount: '650', timeQualifierCode: '29', timeQualifier: 'Remaining' },
    { ...common, code: 'G', name: 'Out of Pocket (Stop Loss)', benefitAmount: '6000', timeQualifierCode: '23', timeQualifier: 'Calendar Year' },
    { ...common, code: 'G', name: 'Out of Pocket (Stop Loss)', benefitAmount: '4200', timeQualifierCode: '29', timeQualifier: 'Remaining' },
  ];
}

/** A plan that sends coinsurance and deductible only, and omits network status (as some payers do). */
function coinsuranceLines(code: string): Json[] {
  const common = { serviceTypeCodes: [code], coverageLevelCode: 'IND', coverageLevel: 'Individual' };
  return [
    { ...common, code: 'A', name: 'Co-Insurance', benefitPercent: 0.3 },
    { ...common, code: 'C', name: 'Deductible', benefitAmount: 3000, timeQualifierCode: '23', timeQualifier: 'Calendar Year' },
    { ...common, code: 'C', name: 'Deductible', benefitAmount: 3000, timeQualifierCode: '29', timeQualifier: 'Remaining' },
  ];
}

/**
 * The clearinghouse 271 JSON the sandbox "payer" returns for a 270 (Stedi/Change Healthcare
 * `benefitsInformation` shape). Deterministic for a given request and date.
 */
export function sandbox271(request: EligibilityRequest270, payerName: string, now: Date = new Date()): Json {
  const outcome = sandboxOutcome(request.subscriber.memberId);
  const year = now.getUTCFullYear();
  const codes = [...new Set(request.encounter.serviceTypeCodes)];
  const base: Json = {
    controlNumber: request.controlNumber,
    tradingPartnerServiceId: request.tradingPartnerServiceId,
    provider: { providerName: request.provider.organizationName, npi: request.provider.npi },
    payer: { name: payerName },
    subscriber: { memberId: request.subscriber.memberId, firstName: request.subscriber.firstName, lastName: request.subscriber.lastName, dateOfBirth: request.subscriber.dateOfBirth },
  };
  const thisYear = { planBegin: ymd(year, '0101'), planEnd: ymd(year, '1231') };
  const status = (planCoverage: string, code = '1') => ({ code, name: code === '1' ? 'Active Coverage' : 'Inactive', serviceTypeCodes: codes, planCoverage, insuranceTypeCode: 'PR' });
  switch (outcome) {
    case 'active': {
      const plan = isMbi(request.subscriber.memberId) ? 'Original Medicare (sandbox)' : 'Sandbox Choice PPO';
      return { ...base, planDateInformation: thisYear, planStatus: [{ statusCode: '1', status: 'Active Coverage', planDetails: plan, serviceTypeCodes: codes }], benefitsInformation: [status(plan), ...codes.flatMap(activeLines)] };
    }
    case 'carve-out': {
      const medical = codes.filter((c) => !BEHAVIORAL_CODES.has(c));
      const carved = codes.filter((c) => BEHAVIORAL_CODES.has(c));
      const entity = {
        entityIdentifier: 'Third-Party Administrator',
        entityType: 'Non-Person Entity',
        entityName: MAGELLAN.name,
        contactInformation: { contacts: [{ communicationMode: 'Telephone', communicationNumber: MAGELLAN.phone.replace(/\D/g, '') }] },
      };
      return {
        ...base,
        planDateInformation: thisYear,
        benefitsInformation: [
          status('Sandbox Select HMO'),
          ...(medical.length ? medical : ['30']).flatMap(activeLines),
          { code: 'U', name: 'Contact Following Entity for Eligibility or Benefit Information', serviceTypeCodes: carved.length ? carved : ['MH', 'AI'], benefitsRelatedEntities: [entity] },
        ],
      };
    }
    case 'coinsurance-only':
      return { ...base, planDateInformation: thisYear, benefitsInformation: [status('Sandbox Basic Plan'), ...codes.flatMap(coinsuranceLines)] };
    case 'inactive':
      return { ...base, planDateInformation: { planBegin: ymd(year - 1, '0101'), planEnd: ymd(year - 1, '1231') }, benefitsInformation: [status('Sandbox Choice PPO', '6')] };
    case 'not-found':
    case 'unknown-id':
      return { ...base, subscriber: { ...(base.subscriber as Json), aaaErrors: [{ field: 'AAA', code: '75', description: 'Subscriber/Insured Not Found', followupAction: 'Please Correct and Resubmit' }] } };
    case 'needs-review':
      return { ...base, benefitsInformation: [{ code: 'V', name: 'Cannot Process', serviceTypeCodes: codes }] };
    case 'error':
      return { controlNumber: request.controlNumber, errors: [{ field: 'AAA', code: '42', description: 'Unable to Respond at Current Time', followupAction: 'Resubmission Allowed' }] };
  }
}

/** The sandbox's answer to a (validated) insurance check request. Deterministic except `checkedAt` and `referenceId`. */
export function sandboxEligibility(request: InsuranceCheckRequest, now: Date = new Date()): InsuranceCheckResult {
  const referenceId = `SBX-${randomUUID().slice(0, 8).toUpperCase()}`;
  const built = toEligibilityRequest(request, { ...SANDBOX_PROVIDER, tradingPartnerServiceId: request.payer.id ?? 'SANDBOX' });
  const checkedAt = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (!built.ok) {
    return { status: 'needs-review', checkedAt, referenceId, benefits: [], messages: ['Our admissions team will check this plan for you and contact you.', NOT_A_GUARANTEE, SANDBOX_NOTE] };
  }
  const json = sandbox271(built.request, request.payer.name, now);
  const result = fromEligibilityResponse(json, { serviceTypeCodes: request.serviceTypeCodes as ServiceTypeCode[], locale: request.locale, now });
  return { ...result, payerName: result.payerName ?? request.payer.name, referenceId, messages: [...result.messages, SANDBOX_NOTE] };
}
