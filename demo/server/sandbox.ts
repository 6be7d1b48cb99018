/**
 * Sandbox eligibility responder of the reference backend: a deterministic stand-in
 * for a clearinghouse's X12 270/271 round trip (DESIGN.md §8), chosen by the
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
import type { InsuranceCheckRequest, InsuranceCheckResult, ServiceBenefit, ServiceTypeCode } from '../../src/core/schemas/index.js';
import { isMbi, normalizeMemberId } from '../../src/core/validators.js';

export type SandboxOutcome = 'active' | 'carve-out' | 'coinsurance-only' | 'inactive' | 'not-found' | 'needs-review' | 'error' | 'unknown-id';

/** Always part of the result: verification is not a guarantee of payment. */
export const NOT_A_GUARANTEE =
  'Verification of benefits is not a guarantee of payment. Final coverage is decided by your insurance plan when claims are processed.';
export const SANDBOX_NOTE = 'This is the demo sandbox: no real insurance company was contacted.';

/** Service type codes for substance-use care (prior authorization required in the `A` profile). */
const SUBSTANCE_CODES: ReadonlySet<ServiceTypeCode> = new Set(['AI', 'AJ', 'AK', 'CJ']);
/** Behavioral-health codes (carved out in the `C` profile); `30` is the medical plan itself. */
const BEHAVIORAL_CODES: ReadonlySet<ServiceTypeCode> = new Set(['MH', 'AI', 'CF', 'CJ', 'A6', 'A8', 'AJ', 'AK', 'BB', 'CH']);

/** A fictional number (555-01xx is reserved for fiction); a real carve-out answer carries the administrator's. */
export const MAGELLAN = { name: 'Magellan Healthcare', phone: '(800) 555-0134' } as const;

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

function activeBenefit(code: ServiceTypeCode): ServiceBenefit {
  return {
    serviceTypeCode: code,
    inNetwork: 'yes',
    copay: 30,
    coinsurancePercent: 20,
    deductibleTotal: 1500,
    deductibleRemaining: 650,
    outOfPocketTotal: 6000,
    outOfPocketRemaining: 4200,
    priorAuthRequired: SUBSTANCE_CODES.has(code) ? 'yes' : 'no',
    coverageLevel: 'individual',
  };
}

function coinsuranceBenefit(code: ServiceTypeCode): ServiceBenefit {
  return {
    serviceTypeCode: code,
    inNetwork: 'unknown',
    coinsurancePercent: 30,
    deductibleTotal: 3000,
    deductibleRemaining: 3000,
    priorAuthRequired: 'unknown',
    coverageLevel: 'individual',
  };
}

function carvedOutBenefit(code: ServiceTypeCode): ServiceBenefit {
  if (!BEHAVIORAL_CODES.has(code)) return activeBenefit(code);
  return { serviceTypeCode: code, inNetwork: 'unknown', priorAuthRequired: 'unknown' };
}

const unique = (codes: readonly ServiceTypeCode[]) => [...new Set(codes)];

/** The sandbox's answer to a (validated) insurance check request. Deterministic except `checkedAt` and `referenceId`. */
export function sandboxEligibility(request: InsuranceCheckRequest, now: Date = new Date()): InsuranceCheckResult {
  const outcome = sandboxOutcome(request.memberId);
  const year = now.getUTCFullYear();
  const base = {
    checkedAt: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    payerName: request.payer.name,
    referenceId: `SBX-${randomUUID().slice(0, 8).toUpperCase()}`,
  };
  const codes = unique(request.serviceTypeCodes);
  const thisYear = { start: `${year}-01-01`, end: `${year}-12-31` };
  switch (outcome) {
    case 'active':
      return {
        ...base,
        status: 'active',
        planName: isMbi(request.memberId) ? 'Original Medicare (sandbox)' : 'Sandbox Choice PPO',
        coverage: thisYear,
        benefits: codes.map(activeBenefit),
        messages: [
          'Your plan is active and our program is in network.',
          ...(codes.some((c) => SUBSTANCE_CODES.has(c)) ? ['Substance-use treatment needs prior authorization; our admissions team requests it for you.'] : []),
          NOT_A_GUARANTEE,
          SANDBOX_NOTE,
        ],
      };
    case 'carve-out':
      return {
        ...base,
        status: 'active',
        planName: 'Sandbox Select HMO',
        coverage: thisYear,
        benefits: codes.map(carvedOutBenefit),
        carveOut: { ...MAGELLAN },
        messages: [
          `Your plan is active. Mental health and substance-use benefits are managed by ${MAGELLAN.name}; our team will confirm them with ${MAGELLAN.name}, or you can call them at ${MAGELLAN.phone}.`,
          NOT_A_GUARANTEE,
          SANDBOX_NOTE,
        ],
      };
    case 'coinsurance-only':
      return {
        ...base,
        status: 'active',
        planName: 'Sandbox Basic Plan',
        coverage: thisYear,
        benefits: codes.map(coinsuranceBenefit),
        messages: ['Your plan is active. It did not say whether our program is in network; our team will check with the plan.', NOT_A_GUARANTEE, SANDBOX_NOTE],
      };
    case 'inactive':
      return {
        ...base,
        status: 'inactive',
        coverage: { start: `${year - 1}-01-01`, end: `${year - 1}-12-31` },
        benefits: [],
        messages: ['The plan says this coverage is not active. If you have newer insurance, please check that card; our team can also help you look at other ways to pay.', NOT_A_GUARANTEE, SANDBOX_NOTE],
      };
    case 'not-found':
    case 'unknown-id':
      return {
        ...base,
        status: 'not-found',
        rejectReason: '75',
        benefits: [],
        messages: [
          outcome === 'unknown-id'
            ? 'The plan could not find this member. Please check the member ID on your card (and the name and date of birth exactly as the plan has them) and try again.'
            : 'The plan could not find a member with these details. Please check the name, date of birth and member ID exactly as they appear on the card.',
          NOT_A_GUARANTEE,
          SANDBOX_NOTE,
        ],
      };
    case 'needs-review':
      return {
        ...base,
        status: 'needs-review',
        benefits: [],
        messages: ['The plan answered, but a person needs to review it. Our admissions team will look at it and contact you.', NOT_A_GUARANTEE, SANDBOX_NOTE],
      };
    case 'error':
      return {
        ...base,
        status: 'error',
        benefits: [],
        messages: ["The insurance company's system did not answer. Please try again in a little while, or call us and we will check for you.", NOT_A_GUARANTEE, SANDBOX_NOTE],
      };
  }
}
