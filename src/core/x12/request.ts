/**
 * `InsuranceCheckRequest` → an X12 270 eligibility inquiry in the JSON shape clearinghouses
 * accept (Stedi, Change Healthcare/Optum; DESIGN.md §8): `controlNumber`,
 * `tradingPartnerServiceId` (the payer id, a string: leading zeros matter), `provider`,
 * `subscriber` and — when the patient is not the policy holder — `dependents` with the X12
 * relationship code (01 spouse, 19 child, 34 other adult), `encounter.serviceTypeCodes`
 * (30 first: there is no IOP-specific code), dates of birth as `YYYYMMDD`.
 * Strict: a bad NPI or request is an error before anything is sent.
 */
import { InsuranceCheckRequest, X12_RELATIONSHIP_CODE, describeIssues, parse } from '../schemas/index.js';
import type { InsuranceCheckRequest as Request } from '../schemas/index.js';
import { isIsoDate, isNpi } from '../validators.js';

export interface EligibilityProvider {
  /** The center's 10-digit NPI (Luhn-checked). */
  npi: string;
  organizationName: string;
  /** The clearinghouse's payer id; default the request's `payer.id`. */
  tradingPartnerServiceId?: string;
  /** 9 digits; default random. */
  controlNumber?: string;
  /** `YYYY-MM-DD`; default: none (the payer answers for today). */
  dateOfService?: string;
}

export interface X12Person {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
}

export interface EligibilityRequest270 {
  controlNumber: string;
  tradingPartnerServiceId: string;
  provider: { organizationName: string; npi: string };
  subscriber: X12Person & { memberId: string; groupNumber?: string };
  dependents?: (X12Person & { individualRelationshipCode: '01' | '19' | '34' })[];
  encounter: { serviceTypeCodes: string[]; dateOfService?: string };
}

export type EligibilityRequestResult = { ok: true; request: EligibilityRequest270 } | { ok: false; errors: string[] };

/** X12 name limits (NM103 last 60, NM104 first 35) and no X12 delimiters (`~ * : ^ |`). */
export const X12_NAME_LIMITS = { firstName: 35, lastName: 60 } as const;

function x12Text(value: string): string {
  return value.normalize('NFC').replace(/[~*:^|\\\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim();
}

const yyyymmdd = (iso: string) => iso.replace(/-/g, '');

function randomControlNumber(): string {
  const n = crypto.getRandomValues(new Uint32Array(1))[0]! % 900_000_000;
  return String(100_000_000 + n);
}

function person(p: { firstName: string; lastName: string; dateOfBirth: string }, who: string, errors: string[]): X12Person {
  const firstName = x12Text(p.firstName);
  const lastName = x12Text(p.lastName);
  if (!firstName) errors.push(`${who} first name is empty`);
  if (!lastName) errors.push(`${who} last name is empty`);
  if (firstName.length > X12_NAME_LIMITS.firstName) errors.push(`${who} first name is longer than ${X12_NAME_LIMITS.firstName} characters (X12 limit)`);
  if (lastName.length > X12_NAME_LIMITS.lastName) errors.push(`${who} last name is longer than ${X12_NAME_LIMITS.lastName} characters (X12 limit)`);
  return { firstName, lastName, dateOfBirth: yyyymmdd(p.dateOfBirth) };
}

/** The 270 JSON for `request`, or every reason it cannot be sent. Never throws. */
export function toEligibilityRequest(request: unknown, provider: EligibilityProvider): EligibilityRequestResult {
  const errors: string[] = [];
  const p = (provider ?? {}) as Partial<EligibilityProvider>;
  if (typeof p.npi !== 'string' || !isNpi(p.npi)) errors.push('the NPI must be 10 digits starting with 1 or 2 and pass the NPI check digit');
  const org = typeof p.organizationName === 'string' ? x12Text(p.organizationName) : '';
  if (!org) errors.push('the organization name is required');
  if (org.length > 60) errors.push('the organization name is longer than 60 characters (X12 limit)');
  if (p.controlNumber !== undefined && !/^\d{9}$/.test(String(p.controlNumber))) errors.push('the control number must be 9 digits');
  if (p.dateOfService !== undefined && !(typeof p.dateOfService === 'string' && isIsoDate(p.dateOfService))) errors.push('the date of service must be YYYY-MM-DD');
  const parsed = parse(InsuranceCheckRequest, request);
  if (!parsed.ok) return { ok: false, errors: [...errors, `the insurance check request is not valid: ${describeIssues(parsed.issues)}`] };
  const r: Request = parsed.data;
  const payerId = typeof p.tradingPartnerServiceId === 'string' && p.tradingPartnerServiceId.trim() ? p.tradingPartnerServiceId.trim() : r.payer.id;
  if (!payerId) errors.push('the payer id (tradingPartnerServiceId) is required: the person typed a payer that is not in the list');
  else if (!/^[A-Za-z0-9_.-]{1,80}$/.test(payerId)) errors.push('the payer id must be letters, digits, "-", "_" or "."');

  const patient = person(r.patient, 'the patient’s', errors);
  const holder = r.relationship === 'self' ? patient : person(r.subscriber!, 'the policy holder’s', errors);
  if (errors.length) return { ok: false, errors };
  const subscriber: EligibilityRequest270['subscriber'] = { memberId: r.memberId, ...holder };
  if (r.groupNumber) subscriber.groupNumber = r.groupNumber.replace(/\s+/g, '');
  const codes = [...new Set(r.serviceTypeCodes)];
  // "Ask for 30 first": payers answer the plan's general coverage to 30 (DESIGN.md §8).
  codes.sort((a, b) => (a === '30' ? -1 : b === '30' ? 1 : 0));
  const out: EligibilityRequest270 = {
    controlNumber: p.controlNumber ?? randomControlNumber(),
    tradingPartnerServiceId: payerId!,
    provider: { organizationName: org, npi: p.npi! },
    subscriber,
    encounter: { serviceTypeCodes: codes, ...(p.dateOfService ? { dateOfService: yyyymmdd(p.dateOfService) } : {}) },
  };
  if (r.relationship !== 'self') {
    out.dependents = [{ ...patient, individualRelationshipCode: X12_RELATIONSHIP_CODE[r.relationship] as '01' | '19' | '34' }];
  }
  return { ok: true, request: out };
}
