/**
 * Strings every element needs. Element-specific strings live beside each element.
 *
 * Spanish: neutral Latin-American Spanish, addressing the reader as "usted",
 * warm and plain — the reader may be anxious or in crisis.
 *
 * Help lines (DESIGN.md §8): 988 Suicide & Crisis Lifeline — call or text 988;
 * Spanish-language service by pressing 2 on a call or texting "AYUDA" to 988
 * (https://988lifeline.org/get-help/what-to-expect). 911 in an emergency.
 * SAMHSA National Helpline 1-800-662-4357 (1-800-662-HELP): free, confidential,
 * 24/7 treatment referral and information, in English and Spanish.
 */
import { defineMessages } from './catalogue.js';

/** Numbers behind the help-line messages, for `tel:` / `sms:` links. */
export const HELP_LINES = Object.freeze({
  lifeline: Object.freeze({ display: '988', tel: 'tel:988', sms: 'sms:988' }),
  emergency: Object.freeze({ display: '911', tel: 'tel:911' }),
  samhsa: Object.freeze({ display: '1-800-662-4357', tel: 'tel:+18006624357' }),
});

/** English: the source of the keys and `{placeholders}`. */
const en = {
  loading: 'Loading…',
  tryAgain: 'Try again',
  somethingWentWrongDetail: 'Something went wrong on our side. Please try again in a moment.',
  networkError: "We couldn't connect. Please check your internet connection and try again.",
  timeoutError: 'This is taking longer than expected. Please try again.',
  invalidDataError: "We received information we couldn't read. Please try again later.",
} as const;

/** The English catalogue's shape; `common.es.ts` must give a Spanish message for every key. */
export type English = typeof en;

/** Spanish is fetched only when an element renders in Spanish (see `loadCatalogue`). */
export const commonMessages = defineMessages(en, () => import('./common.es.js'));

/** The common message that tells a person what went wrong, for a failure (a BackendError's kind, or anything thrown). */
export type FailureMessageKey = 'networkError' | 'timeoutError' | 'invalidDataError' | 'somethingWentWrongDetail';

export function failureMessageKey(failure: unknown): FailureMessageKey {
  const kind = typeof failure === 'string' ? failure : failure instanceof Error && 'kind' in failure ? (failure as { kind: unknown }).kind : undefined;
  if (kind === 'network') return 'networkError';
  if (kind === 'timeout') return 'timeoutError';
  if (kind === 'invalid-response') return 'invalidDataError';
  return 'somethingWentWrongDetail';
}
