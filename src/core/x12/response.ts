/**
 * Clearinghouse 271 JSON → `InsuranceCheckResult` (DESIGN.md §8), leniently: it never
 * throws, and anything it cannot read becomes `needs-review` — never a wrong `active`.
 *
 * - Status from the EB01 codes of `benefitsInformation` (and `planStatus`): 1–4 active,
 *   6 inactive; 5, 7, 8 (pending), V (cannot process) or nothing readable → needs-review.
 * - AAA rejections (top-level `errors`, `subscriber.aaaErrors`, `dependents[].aaaErrors`):
 *   58 / 71 date of birth, 72 / 64 member ID, 73 / 65 name, 75 / 67 not found, 76 duplicate
 *   → `not-found` with the field to check; 42 / 80 (payer unavailable, no response) →
 *   `error` with "try again"; other codes (provider set-up: 41, 43, 79 …) → `error`.
 * - Per asked service type, a benefit read from lines for that code, then its neighbours
 *   (mental health: MH, CF, CH, A6, A8, BB; substance use: AI, CJ, AJ, AK), then 30, then
 *   lines without codes — see benefits.ts.
 */
import { InsuranceCheckResult, SERVICE_TYPE_CODES, parse } from '../schemas/index.js';
import type { InsuranceCheckResult as Result, Locale, ServiceTypeCode } from '../schemas/index.js';
import { isIsoDate } from '../validators.js';
import { benefitFor, carveOutOf, isObj, list, readLines, type Line } from './benefits.js';
import { X12_MESSAGES as M, say } from './messages.js';

export interface FromResponseOptions {
  /** Service types asked about (the request's); default those the response mentions, else `30`. */
  serviceTypeCodes?: readonly ServiceTypeCode[];
  locale?: Locale;
  now?: Date;
}

type Field = 'memberId' | 'name' | 'dateOfBirth';
const NOT_FOUND: Record<string, Field> = { '58': 'dateOfBirth', '71': 'dateOfBirth', '72': 'memberId', '64': 'memberId', '73': 'name', '65': 'name', '75': 'memberId', '67': 'memberId', '76': 'memberId' };
const RETRY = new Set(['42', '80']);

const ACTIVE = new Set(['1', '2', '3', '4']);
const PENDING = new Set(['5', '7', '8', 'V']);

function isoDate(x12: unknown): string | undefined {
  if (typeof x12 !== 'string') return undefined;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(x12.trim());
  const iso = m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
  return iso && isIsoDate(iso) ? iso : undefined;
}

function aaaCodes(json: Record<string, unknown>): string[] {
  const codes: string[] = [];
  const read = (v: unknown) => {
    for (const e of list(v)) if (isObj(e) && (typeof e.code === 'string' || typeof e.code === 'number')) codes.push(String(e.code).trim().toUpperCase());
  };
  read(json.errors);
  if (isObj(json.subscriber)) read(json.subscriber.aaaErrors);
  for (const d of list(json.dependents)) if (isObj(d)) read(d.aaaErrors);
  return codes;
}

function coverageOf(json: Record<string, unknown>): Result['coverage'] {
  const d = isObj(json.planDateInformation) ? json.planDateInformation : {};
  let start = isoDate(d.planBegin) ?? isoDate(d.eligibilityBegin);
  let end = isoDate(d.planEnd) ?? isoDate(d.eligibilityEnd);
  if (typeof d.plan === 'string' && d.plan.includes('-')) {
    const [a, b] = d.plan.split('-');
    start ??= isoDate(a);
    end ??= isoDate(b);
  }
  return start || end ? { ...(start ? { start } : {}), ...(end ? { end } : {}) } : undefined;
}

const clean = (s: unknown, max = 200) => (typeof s === 'string' && s.trim() ? s.trim().slice(0, max) : undefined);

/** Reads a 271 response (clearinghouse JSON). Never throws. */
export function fromEligibilityResponse(json: unknown, options: FromResponseOptions = {}): Result {
  const locale = options.locale ?? 'en';
  const checkedAt = (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const review = (extra: string[] = []): Result => ({ status: 'needs-review', checkedAt, benefits: [], messages: [...extra, say(M.review, locale), say(M.notAGuarantee, locale)] });
  try {
    if (!isObj(json)) return review();
    const base: Omit<Result, 'status' | 'benefits' | 'messages'> = { checkedAt };
    const payerName = isObj(json.payer) ? clean(json.payer.name) : undefined;
    if (payerName) base.payerName = payerName;
    if (typeof json.controlNumber === 'string' && /^[A-Za-z0-9]{1,40}$/.test(json.controlNumber)) base.referenceId = `X12-${json.controlNumber}`;
    const notice = say(M.notAGuarantee, locale);

    const aaa = aaaCodes(json);
    if (aaa.length) {
      const code = aaa.find((c) => NOT_FOUND[c]) ?? aaa[0]!;
      const rejectReason = /^[0-9A-Z]{2}$/.test(code) ? { rejectReason: code } : {};
      const field = NOT_FOUND[code];
      if (field) return finish({ ...base, ...rejectReason, status: 'not-found', benefits: [], messages: [say(M.notFound[field], locale), notice] }, review);
      return finish({ ...base, ...rejectReason, status: 'error', benefits: [], messages: [say(RETRY.has(code) ? M.retry : M.setup, locale), notice] }, review);
    }

    const lines: Line[] = readLines(json.benefitsInformation);
    const statusCodes = [...lines.map((l) => l.code), ...list(json.planStatus).flatMap((s) => (isObj(s) && typeof s.statusCode === 'string' ? [s.statusCode.trim()] : []))];
    const coverage = coverageOf(json);
    if (coverage) base.coverage = coverage;
    if (!statusCodes.some((c) => ACTIVE.has(c))) {
      if (statusCodes.includes('6') && !statusCodes.some((c) => PENDING.has(c))) return finish({ ...base, status: 'inactive', benefits: [], messages: [say(M.inactive, locale), notice] }, review);
      return review();
    }

    const activeLines = lines.filter((l) => ACTIVE.has(l.code));
    const plans = [...new Set(activeLines.map((l) => l.planCoverage).filter((p): p is string => !!p))];
    const planName = plans[0] ?? clean(isObj(json.planInformation) ? json.planInformation.planDescription : undefined);
    if (planName) base.planName = planName;

    const asked = options.serviceTypeCodes?.length
      ? [...new Set(options.serviceTypeCodes)]
      : (() => {
          const seen = SERVICE_TYPE_CODES.filter((c) => lines.some((l) => l.serviceTypeCodes.includes(c)));
          return seen.length ? seen : (['30'] as ServiceTypeCode[]);
        })();
    const carveOut = carveOutOf(lines);
    const benefits = asked.map((code) => benefitFor(code, lines, carveOut !== undefined));
    const messages: string[] = [];
    if (carveOut) {
      const phone = carveOut.phone ? say(M.carveOutPhone, locale, { phone: carveOut.phone }) : '';
      messages.push(say(M.carveOut, locale, { name: carveOut.name, phone }));
    } else if (benefits.some((b) => b.inNetwork === 'yes')) messages.push(say(M.activeInNetwork, locale));
    else if (benefits.every((b) => b.inNetwork === 'unknown')) messages.push(say(M.networkUnknown, locale));
    else messages.push(say(M.active, locale));
    if (benefits.some((b) => b.priorAuthRequired === 'yes')) messages.push(say(M.priorAuth, locale));
    if (lines.some((l) => l.code === 'I' && (l.serviceTypeCodes.length === 0 || l.serviceTypeCodes.some((c) => asked.includes(c as ServiceTypeCode))))) messages.push(say(M.notCovered, locale));
    if (plans.length > 1) messages.push(say(M.twoPlans, locale, { plans: plans.slice(0, 3).join('; ') }));
    messages.push(notice);
    return finish({ ...base, status: 'active', benefits, ...(carveOut ? { carveOut } : {}), messages }, review);
  } catch {
    return review();
  }
}

/** The result if the contract accepts it; anything else is a review, never a wrong status. */
function finish(result: Result, review: () => Result): Result {
  const r = parse(InsuranceCheckResult, result);
  return r.ok ? r.data : review();
}
