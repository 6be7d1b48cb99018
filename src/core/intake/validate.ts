/**
 * Checks one answer against its question: required, type, format (NANP phone, e-mail,
 * real date), ranges, selection counts. Returns a message key and parameters
 * ({@link ValidationError}), never English text.
 *
 * Decisions:
 * - A date question with `max: "today"` (or `min: "today"`) is checked against the
 *   person's own today. The date-of-birth question is also checked for plausibility
 *   (not in the future, age at most 120).
 * - A signature needs at least two letters. It is deliberately **not** compared with
 *   the name typed earlier: people sign with their legal name, which may differ from
 *   the name they go by, and a mismatch must not block someone from asking for care.
 * - Optional questions are only checked when answered.
 */
import type { Question } from '../schemas/index.js';
import type { Locale } from '../locale.js';
import { formatDate, formatNumber } from '../i18n/index.js';
import { isEmail, isIsoDate, isNanpPhone, isPlausibleBirthDate } from '../validators.js';
import { isAnswered, toNumber } from './expressions.js';
import type { ValidationError, ValidationKey } from './messages.js';

export interface ValidateContext {
  today: string;
  locale: Locale;
  /** Whether the question holds a date of birth (plausibility check). */
  isBirthDate: boolean;
  required: boolean;
}

const SIGNATURE_LETTERS = /\p{L}/gu;

function err(questionId: string, key: ValidationKey, params?: Record<string, string | number>): ValidationError {
  return params ? { questionId, key, params } : { questionId, key };
}

function requiredKey(q: Question): ValidationKey {
  if (q.type === 'consent') return 'consentRequired';
  if (q.type === 'signature') return 'invalidSignature';
  if (q.type === 'multiple') return 'chooseAtLeastOne';
  if (q.type === 'single' || q.type === 'select' || q.type === 'scale' || q.type === 'yes-no') return 'chooseOne';
  return 'required';
}

function resolveDateBound(bound: string | undefined, today: string): string | undefined {
  if (bound === 'today') return today;
  return bound !== undefined && isIsoDate(bound) ? bound : undefined;
}

/** The first problem with `raw` as an answer to `q`, or `undefined`. */
export function validateAnswer(q: Question, raw: unknown, ctx: ValidateContext): ValidationError | undefined {
  if (q.type === 'display') return undefined;
  const id = q.id;
  if (q.type === 'consent') return ctx.required && raw !== true ? err(id, 'consentRequired') : raw === undefined || typeof raw === 'boolean' ? undefined : err(id, 'invalidAnswer');
  if (!isAnswered(raw)) return ctx.required ? err(id, requiredKey(q)) : undefined;

  switch (q.type) {
    case 'yes-no':
      return typeof raw === 'boolean' ? undefined : err(id, 'invalidAnswer');
    case 'single':
    case 'select':
    case 'scale':
      if (typeof raw !== 'string') return err(id, 'invalidAnswer');
      return q.options.some((o) => o.value === raw) ? undefined : err(id, 'invalidOption');
    case 'multiple': {
      if (!Array.isArray(raw) || !raw.every((v) => typeof v === 'string')) return err(id, 'invalidAnswer');
      const values = raw as string[];
      if (values.some((v) => !q.options.some((o) => o.value === v)) || new Set(values).size !== values.length) return err(id, 'invalidOption');
      const exclusive = q.options.filter((o) => o.exclusive).map((o) => o.value);
      if (values.length > 1 && values.some((v) => exclusive.includes(v))) return err(id, 'invalidOption');
      if (q.minSelected !== undefined && values.length < q.minSelected) return err(id, 'tooFewSelected', { count: q.minSelected });
      if (q.maxSelected !== undefined && values.length > q.maxSelected) return err(id, 'tooManySelected', { count: q.maxSelected });
      return undefined;
    }
    case 'number': {
      const n = toNumber(raw);
      if (n === undefined) return err(id, 'invalidNumber');
      if (q.integer && !Number.isInteger(n)) return err(id, 'wholeNumber');
      const fmt = (v: number) => formatNumber(v, ctx.locale);
      const low = q.min !== undefined && n < q.min;
      const high = q.max !== undefined && n > q.max;
      if ((low || high) && q.min !== undefined && q.max !== undefined) return err(id, 'numberBetween', { min: fmt(q.min), max: fmt(q.max) });
      if (low) return err(id, 'numberMin', { min: fmt(q.min!) });
      if (high) return err(id, 'numberMax', { max: fmt(q.max!) });
      return undefined;
    }
    case 'date': {
      if (typeof raw !== 'string' || !isIsoDate(raw)) return err(id, 'invalidDate');
      if (ctx.isBirthDate && !isPlausibleBirthDate(raw, ctx.today)) return err(id, raw > ctx.today ? 'dateInFuture' : 'invalidBirthDate');
      const min = resolveDateBound(q.min, ctx.today);
      const max = resolveDateBound(q.max, ctx.today);
      if (max !== undefined && raw > max) return q.max === 'today' ? err(id, 'dateInFuture') : err(id, 'dateTooLate', { date: formatDate(max, ctx.locale) });
      if (min !== undefined && raw < min) return q.min === 'today' ? err(id, 'dateInPast') : err(id, 'dateTooEarly', { date: formatDate(min, ctx.locale) });
      return undefined;
    }
    case 'phone':
      return typeof raw === 'string' && isNanpPhone(raw.trim()) ? undefined : err(id, typeof raw === 'string' ? 'invalidPhone' : 'invalidAnswer');
    case 'email':
      return typeof raw === 'string' && isEmail(raw.trim()) ? undefined : err(id, typeof raw === 'string' ? 'invalidEmail' : 'invalidAnswer');
    case 'signature':
      if (typeof raw !== 'string') return err(id, 'invalidAnswer');
      return (raw.match(SIGNATURE_LETTERS)?.length ?? 0) >= 2 && raw.trim().length <= 200 ? undefined : err(id, 'invalidSignature');
    case 'text':
    case 'long-text': {
      if (typeof raw !== 'string') return err(id, 'invalidAnswer');
      const max = q.maxLength ?? (q.type === 'text' ? 500 : 20000);
      return raw.trim().length > max ? err(id, 'textTooLong', { count: max }) : undefined;
    }
    default:
      return undefined;
  }
}
