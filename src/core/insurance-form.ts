/**
 * The insurance-check form without UI: what the person has typed (`InsuranceFormValues`),
 * which fields are wrong (`validateInsuranceForm`, error *codes* that the element turns
 * into words in English or Spanish) and the `InsuranceCheckRequest` built from it
 * (`toInsuranceRequest`). The rules themselves live in `validators.ts` and the
 * contract in `schemas/insurance.ts`; this file only applies them to a form.
 *
 * X12 270 (DESIGN.md §8): member ID, first and last name and date of birth — with
 * all four the payer must answer. Names: first 35, last 60 characters.
 */
import type { ConsentRecord, InsuranceCheckRequest, ServiceTypeCode } from './schemas/insurance.js';
import type { Locale } from './locale.js';
import { ageOn, isEmail, isIsoDate, isMbi, isMemberIdInput, isNanpPhone, isPlausibleBirthDate, normalizeMemberId, todayIso } from './validators.js';

/** X12 name limits (NM103 / NM104 as the 005010 eligibility guides allow). */
export const FIRST_NAME_MAX = 35;
export const LAST_NAME_MAX = 60;
export const GROUP_NUMBER_MAX = 50;
export const MEMBER_ID_MAX = 80;

/** The service types asked about by default: 30 first (no IOP-specific code), then behavioral health. */
export const DEFAULT_SERVICE_TYPES: readonly ServiceTypeCode[] = ['30', 'MH', 'AI', 'CF', 'CJ'];

/** A date typed as three fields. Strings, exactly as typed. */
export interface DateParts {
  month: string;
  day: string;
  year: string;
}

export type Relationship = 'spouse' | 'child' | 'other-adult';
export type PreferredTime = 'morning' | 'afternoon' | 'evening' | 'any';

/** The payer picked from the typeahead. */
export interface ChosenPayer {
  id: string;
  name: string;
  memberIdRule: 'generic' | 'mbi';
}

/** Everything the form holds. Kept in memory only; never written to storage. */
export interface InsuranceFormValues {
  forWhom: 'me' | 'other';
  firstName: string;
  lastName: string;
  dob: DateParts;
  /** Is the patient the policy holder? `''` until answered. */
  isHolder: '' | 'yes' | 'no';
  relationship: '' | Relationship;
  holderFirstName: string;
  holderLastName: string;
  holderDob: DateParts;
  /** Text in the typeahead. */
  payerQuery: string;
  payer: ChosenPayer | null;
  /** "I don't see my insurance": the name is typed instead. */
  payerNotListed: boolean;
  payerFreeText: string;
  memberId: string;
  groupNumber: string;
  phone: string;
  email: string;
  preferredTime: '' | PreferredTime;
  textOk: boolean;
  /** When each consent box was ticked (ISO date-time), or `''`. */
  consentVerifyAt: string;
  consentContactAt: string;
  cardFront: string;
  cardBack: string;
}

export const emptyDate = (): DateParts => ({ month: '', day: '', year: '' });

export function emptyInsuranceForm(): InsuranceFormValues {
  return {
    forWhom: 'me',
    firstName: '',
    lastName: '',
    dob: emptyDate(),
    isHolder: '',
    relationship: '',
    holderFirstName: '',
    holderLastName: '',
    holderDob: emptyDate(),
    payerQuery: '',
    payer: null,
    payerNotListed: false,
    payerFreeText: '',
    memberId: '',
    groupNumber: '',
    phone: '',
    email: '',
    preferredTime: '',
    textOk: false,
    consentVerifyAt: '',
    consentContactAt: '',
    cardFront: '',
    cardBack: '',
  };
}

/** Fields that can carry an error, in the order they appear on the form (the error summary's order). */
export const FIELD_ORDER = [
  'firstName',
  'lastName',
  'dob',
  'isHolder',
  'relationship',
  'holderFirstName',
  'holderLastName',
  'holderDob',
  'payer',
  'memberId',
  'groupNumber',
  'phone',
  'email',
  'consentVerify',
] as const;
export type InsuranceField = (typeof FIELD_ORDER)[number];

export type FieldErrorCode =
  | 'required'
  | 'tooLong'
  | 'dateIncomplete'
  | 'dateInvalid'
  | 'dateFuture'
  | 'dateTooOld'
  | 'payerChoose'
  | 'memberId'
  | 'mbi'
  | 'groupNumber'
  | 'phone'
  | 'email'
  | 'contactRequired';

export type InsuranceFormErrors = Partial<Record<InsuranceField, FieldErrorCode>>;

/** `{month:'4', day:'12', year:'1990'}` → `'1990-04-12'`; `''` when a part is missing or not a number. */
export function birthDateFromParts(parts: DateParts): string {
  const m = parts.month.trim();
  const d = parts.day.trim();
  const y = parts.year.trim();
  if (!/^\d{1,2}$/.test(m) || !/^\d{1,2}$/.test(d) || !/^\d{4}$/.test(y)) return '';
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** `'1990-04-12'` → `{month:'4', day:'12', year:'1990'}` (what a person would type). */
export function partsFromIso(iso: string): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return emptyDate();
  return { year: m[1]!, month: String(Number(m[2])), day: String(Number(m[3])) };
}

/** The date-of-birth error for three fields, or `undefined` when it is a plausible date of birth. */
export function birthDateError(parts: DateParts, today: string = todayIso()): FieldErrorCode | undefined {
  const filled = [parts.month, parts.day, parts.year].filter((p) => p.trim() !== '').length;
  if (filled === 0) return 'required';
  if (filled < 3) return 'dateIncomplete';
  const iso = birthDateFromParts(parts);
  if (!iso || !isIsoDate(iso)) return 'dateInvalid';
  if (iso > today) return 'dateFuture';
  if (!isPlausibleBirthDate(iso, today)) return 'dateTooOld';
  return undefined;
}

/** Age in whole years from three fields; `undefined` until they form a plausible date of birth. */
export function ageFromParts(parts: DateParts, today: string = todayIso()): number | undefined {
  if (birthDateError(parts, today)) return undefined;
  return ageOn(birthDateFromParts(parts), today);
}

/** Under 18 on `today` (the parent/guardian voice). */
export function isMinor(parts: DateParts, today: string = todayIso()): boolean {
  const age = ageFromParts(parts, today);
  return age !== undefined && age < 18;
}

function nameError(value: string, max: number): FieldErrorCode | undefined {
  if (value.trim() === '') return 'required';
  if (value.trim().length > max) return 'tooLong';
  return undefined;
}

/**
 * The member-ID error for the chosen payer's rule, or `undefined`.
 * `mbi`: Medicare's 11-character Beneficiary Identifier (spaces and hyphens as printed are allowed).
 */
export function memberIdError(value: string, rule: 'generic' | 'mbi' = 'generic'): FieldErrorCode | undefined {
  if (value.trim() === '') return 'required';
  if (!isMemberIdInput(value.trim())) return 'memberId';
  if (rule === 'mbi' && !isMbi(value)) return 'mbi';
  return undefined;
}

/** Group number: optional; up to 50 letters, digits, spaces or hyphens. */
export function groupNumberError(value: string): FieldErrorCode | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  return /^[A-Za-z0-9 -]{1,50}$/.test(v) ? undefined : 'groupNumber';
}

export interface ValidateOptions {
  /** The center requires a phone number or an e-mail address (`contact-required`). */
  contactRequired?: boolean;
  /** Today as `YYYY-MM-DD` (tests pin it). */
  today?: string;
}

/** Every field's error; an empty object when the form can be sent. */
export function validateInsuranceForm(v: InsuranceFormValues, options: ValidateOptions = {}): InsuranceFormErrors {
  const today = options.today ?? todayIso();
  const errors: InsuranceFormErrors = {};
  const set = (field: InsuranceField, code: FieldErrorCode | undefined) => {
    if (code) errors[field] = code;
  };
  set('firstName', nameError(v.firstName, FIRST_NAME_MAX));
  set('lastName', nameError(v.lastName, LAST_NAME_MAX));
  set('dob', birthDateError(v.dob, today));
  set('isHolder', v.isHolder === '' ? 'required' : undefined);
  if (v.isHolder === 'no') {
    set('relationship', v.relationship === '' ? 'required' : undefined);
    set('holderFirstName', nameError(v.holderFirstName, FIRST_NAME_MAX));
    set('holderLastName', nameError(v.holderLastName, LAST_NAME_MAX));
    set('holderDob', birthDateError(v.holderDob, today));
  }
  if (v.payerNotListed) {
    if (v.payerFreeText.trim() === '') set('payer', 'required');
    else if (v.payerFreeText.trim().length > 200) set('payer', 'tooLong');
  } else if (!v.payer) {
    set('payer', v.payerQuery.trim() === '' ? 'required' : 'payerChoose');
  }
  const rule = !v.payerNotListed && v.payer ? v.payer.memberIdRule : 'generic';
  set('memberId', memberIdError(v.memberId, rule));
  set('groupNumber', groupNumberError(v.groupNumber));
  const phone = v.phone.trim();
  const email = v.email.trim();
  if (phone && !isNanpPhone(phone)) set('phone', 'phone');
  if (email && !isEmail(email)) set('email', 'email');
  if (options.contactRequired && !phone && !email) set('phone', 'contactRequired');
  set('consentVerify', v.consentVerifyAt === '' ? 'required' : undefined);
  return errors;
}

/** The consents as the person saw them (text in their language, version) — added to the request with the time they were given. */
export interface ConsentTexts {
  verify: { id: string; version: string; text: string };
  contact: { id: string; version: string; text: string };
}

export interface ToRequestOptions {
  locale: Locale;
  serviceTypeCodes: readonly ServiceTypeCode[];
  consents: ConsentTexts;
  checkId?: string;
  programId?: string;
}

const trimmed = (s: string) => s.trim();

/**
 * The request for a form that `validateInsuranceForm` accepts. The member ID is normalised
 * (spaces and hyphens removed, upper case); empty optional fields are left out.
 * Callers still `parse(InsuranceCheckRequest, …)` it before sending.
 */
export function toInsuranceRequest(v: InsuranceFormValues, options: ToRequestOptions): InsuranceCheckRequest {
  const holder = v.isHolder === 'no';
  const request: InsuranceCheckRequest = {
    locale: options.locale,
    forSelf: v.forWhom === 'me',
    patient: { firstName: trimmed(v.firstName), lastName: trimmed(v.lastName), dateOfBirth: birthDateFromParts(v.dob) },
    relationship: holder && v.relationship ? v.relationship : 'self',
    payer: v.payerNotListed || !v.payer ? { name: trimmed(v.payerFreeText) } : { id: v.payer.id, name: v.payer.name },
    memberId: normalizeMemberId(v.memberId.trim()),
    consents: [],
    serviceTypeCodes: [...new Set(options.serviceTypeCodes)],
  };
  if (options.checkId) request.checkId = options.checkId;
  if (options.programId) request.programId = options.programId;
  if (holder) {
    request.subscriber = { firstName: trimmed(v.holderFirstName), lastName: trimmed(v.holderLastName), dateOfBirth: birthDateFromParts(v.holderDob) };
  }
  const group = v.groupNumber.trim();
  if (group) request.groupNumber = group;
  const contact: NonNullable<InsuranceCheckRequest['contact']> = {};
  if (v.phone.trim()) contact.phone = v.phone.trim();
  if (v.email.trim()) contact.email = v.email.trim();
  if (v.preferredTime) contact.preferredTime = v.preferredTime;
  if (contact.phone && v.textOk) contact.textOk = true;
  if (Object.keys(contact).length) request.contact = contact;
  const consents: ConsentRecord[] = [];
  if (v.consentVerifyAt) consents.push({ ...options.consents.verify, givenAt: v.consentVerifyAt });
  if (v.consentContactAt) consents.push({ ...options.consents.contact, givenAt: v.consentContactAt });
  request.consents = consents;
  if (v.cardFront || v.cardBack) {
    request.cardImages = {};
    if (v.cardFront) request.cardImages.front = v.cardFront;
    if (v.cardBack) request.cardImages.back = v.cardBack;
  }
  return request;
}

/** Largest card photo the contract accepts (characters of the data: URL). */
export const CARD_IMAGE_MAX_CHARS = 2_000_000;

/** Width and height that fit `max` on the longer side, never enlarged. */
export function fitWithin(width: number, height: number, max: number): { width: number; height: number } {
  if (!(width > 0) || !(height > 0)) return { width: 0, height: 0 };
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
