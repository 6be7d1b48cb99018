/**
 * Insurance check: what an X12 270 eligibility inquiry needs (member ID, first and
 * last name, date of birth — with all four the payer must answer) and a
 * plain-language reading of the 271 answer. Codes and limits: DESIGN.md §8.
 */
import * as z from './zod.js';
import { Email, Id, IsoDate, IsoDateTime, Locale, Phone, Usd, nonEmpty } from './common.js';
import { isPlausibleBirthDate } from '../validators.js';
import { SERVICE_TYPE_CODES } from '../insurance-codes.js';

export { SERVICE_TYPE_CODES };
export const ServiceTypeCode = /* @__PURE__ */ z.enum(SERVICE_TYPE_CODES);
export type ServiceTypeCode = z.infer<typeof ServiceTypeCode>;

/** Patient's relationship to the policy holder; X12: self 18, spouse 01, child 19, other adult 34. */
export const RELATIONSHIPS = ['self', 'spouse', 'child', 'other-adult'] as const;
export const X12_RELATIONSHIP_CODE = { self: '18', spouse: '01', child: '19', 'other-adult': '34' } as const;

/** A person as the payer has them on file. X12 name limits: first 35, last 60. */
export const Person = /* @__PURE__ */ z.object({
  firstName: nonEmpty(35, 'first name'),
  lastName: nonEmpty(60, 'last name'),
  dateOfBirth: IsoDate.check(z.refine((d) => isPlausibleBirthDate(d), 'must be a past date of birth (age 0–120)')),
});

/** A consent as the person saw it: id, exact text and its version. */
export const ConsentRecord = /* @__PURE__ */ z.object({
  id: Id,
  version: nonEmpty(40, 'version'),
  text: nonEmpty(5000, 'text'),
  givenAt: IsoDateTime,
});
export type ConsentRecord = z.infer<typeof ConsentRecord>;

export const InsuranceCheckRequest = /* @__PURE__ */ z
  .object({
    /** Client-generated id of this check (for support calls; never the member ID). */
    checkId: z.optional(Id),
    locale: Locale,
    forSelf: z.boolean(),
    patient: Person,
    relationship: z.enum(RELATIONSHIPS),
    /** The policy holder, when the patient is not. */
    subscriber: z.optional(Person),
    payer: z.object({
      /** Absent when the person typed a payer that is not in the list. */
      id: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_.-]{1,64}$/, 'must be a payer id'))),
      name: nonEmpty(200, 'payer name'),
    }),
    /** Normalised: spaces and hyphens removed. */
    memberId: z.string().check(z.regex(/^[A-Za-z0-9]{2,80}$/, 'must be 2–80 letters or digits (spaces and hyphens removed)')),
    groupNumber: z.optional(z.string().check(z.regex(/^[A-Za-z0-9 -]{1,50}$/, 'must be up to 50 letters, digits, spaces or hyphens'))),
    contact: z.optional(
      z.object({
        phone: z.optional(Phone),
        email: z.optional(Email),
        preferredTime: z.optional(z.enum(['morning', 'afternoon', 'evening', 'any'])),
        textOk: z.optional(z.boolean()),
      }),
    ),
    consents: z.array(ConsentRecord).check(z.minLength(1, 'the authorization to verify benefits is required'), z.maxLength(10)),
    serviceTypeCodes: z.array(ServiceTypeCode).check(z.minLength(1, 'ask about at least one service type'), z.maxLength(SERVICE_TYPE_CODES.length)),
    /** Optional card photos as downscaled `data:image/jpeg;base64,…` URLs. */
    cardImages: z.optional(
      z.object({
        front: z.optional(z.string().check(z.regex(/^data:image\/(jpeg|png|webp);base64,/, 'must be a data: image URL'), z.maxLength(2_000_000))),
        back: z.optional(z.string().check(z.regex(/^data:image\/(jpeg|png|webp);base64,/, 'must be a data: image URL'), z.maxLength(2_000_000))),
      }),
    ),
    programId: z.optional(Id),
  })
  .check(
    z.refine((r) => r.relationship === 'self' || r.subscriber !== undefined, {
      message: 'the policy holder is required when the patient is not the policy holder',
      path: ['subscriber'],
    }),
  );
export type InsuranceCheckRequest = z.infer<typeof InsuranceCheckRequest>;

export const INSURANCE_STATUSES = ['active', 'inactive', 'not-found', 'needs-review', 'error'] as const;
export const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'] as const;

/** What the plan says about one service type (from the 271's benefit lines). */
export const ServiceBenefit = /* @__PURE__ */ z.object({
  serviceTypeCode: ServiceTypeCode,
  inNetwork: z.enum(YES_NO_UNKNOWN),
  /** Per visit, USD. */
  copay: z.optional(Usd),
  /** Percent the patient pays, 0–100 (a 271's `benefitPercent` 0.2 is 20). */
  coinsurancePercent: z.optional(z.number().check(z.gte(0, 'must be 0–100'), z.lte(100, 'must be 0–100'))),
  deductibleTotal: z.optional(Usd),
  deductibleRemaining: z.optional(Usd),
  outOfPocketTotal: z.optional(Usd),
  outOfPocketRemaining: z.optional(Usd),
  priorAuthRequired: z.enum(YES_NO_UNKNOWN),
  coverageLevel: z.optional(z.enum(['individual', 'family'])),
});
export type ServiceBenefit = z.infer<typeof ServiceBenefit>;

export const InsuranceCheckResult = /* @__PURE__ */ z.object({
  status: z.enum(INSURANCE_STATUSES),
  checkedAt: IsoDateTime,
  payerName: z.optional(nonEmpty(200, 'payer name')),
  planName: z.optional(nonEmpty(200, 'plan name')),
  coverage: z.optional(z.object({ start: z.optional(IsoDate), end: z.optional(IsoDate) })),
  benefits: z.array(ServiceBenefit).check(z.maxLength(50)),
  /** Behavioral health managed by another company (271 EB01 `U`, e.g. Magellan). */
  carveOut: z.optional(z.object({ name: nonEmpty(200, 'name'), phone: z.optional(Phone) })),
  /** X12 AAA rejection reason when the payer could not match the person (58, 72, 73, 75, …). */
  rejectReason: z.optional(z.string().check(z.regex(/^[0-9A-Z]{2}$/, 'must be a two-character AAA reason code'))),
  /** Plain-language messages from the center or payer for the person. */
  messages: z.array(nonEmpty(1000, 'message')).check(z.maxLength(20)),
  /** Reference for a support call; never the member ID. */
  referenceId: z.optional(Id),
});
export type InsuranceCheckResult = z.infer<typeof InsuranceCheckResult>;
