/**
 * Strings the intake engine's results need: validation messages (the engine returns
 * keys + params, the element turns them into text with {@link validationMessage}).
 * The submission statuses and the level-of-care notes are shown only after Send, so
 * they live with those views (`send.messages.ts`).
 *
 * Spanish: neutral Latin-American Spanish, "usted", plain and kind.
 */
import { defineMessages, translate } from '../i18n/index.js';
import type { Locale } from '../locale.js';

/** English: the source of the keys and `{placeholders}`. */
const en = {
  required: 'Please answer this question.',
  chooseOne: 'Please choose an answer.',
  chooseAtLeastOne: 'Please choose at least one answer.',
  consentRequired: 'Please check the box to agree. We need your agreement to continue.',
  invalidAnswer: 'This answer could not be read. Please answer again.',
  invalidOption: 'Please choose one of the answers shown.',
  invalidPhone: 'Please enter a 10-digit phone number, like (555) 201-3344.',
  invalidEmail: 'Please enter an email address, like name@example.com.',
  invalidDate: 'Please enter a real date.',
  invalidBirthDate: 'Please check your date of birth.',
  dateInFuture: 'Please enter a date that is today or earlier.',
  dateInPast: 'Please enter a date that is today or later.',
  dateTooEarly: 'Please enter a date on or after {date}.',
  dateTooLate: 'Please enter a date on or before {date}.',
  invalidNumber: 'Please enter a number.',
  wholeNumber: 'Please enter a whole number (no decimals).',
  numberMin: 'Please enter {min} or more.',
  numberMax: 'Please enter {max} or less.',
  numberBetween: 'Please enter a number from {min} to {max}.',
  tooFewSelected: { one: 'Please choose at least {count} answer.', other: 'Please choose at least {count} answers.' },
  tooManySelected: { one: 'Please choose no more than {count} answer.', other: 'Please choose no more than {count} answers.' },
  textTooLong: { one: 'Please use {count} character or fewer.', other: 'Please use {count} characters or fewer.' },
  invalidSignature: 'Please type your full name to sign.',
} as const;

/** The English catalogue's shape; `messages.es.ts` must give a Spanish message for every key. */
export type English = typeof en;

/** Spanish is fetched only when an element renders in Spanish (see `loadCatalogue`). */
export const intakeEngineMessages = defineMessages(en, () => import('./messages.es.js'));

export type IntakeEngineMessageKey = keyof typeof intakeEngineMessages.en & string;

/** Keys a validation error can carry. */
export type ValidationKey = IntakeEngineMessageKey;

/** One problem with one answer: a message key and its parameters (never English text). */
export interface ValidationError {
  questionId: string;
  key: ValidationKey;
  /** Parameters of the message: `count` for plural messages; dates already formatted for the locale. */
  params?: Readonly<Record<string, string | number>>;
}

/** The text of a message key with parameters, in `locale`. */
export function intakeMessage(key: IntakeEngineMessageKey, locale: Locale, params?: Readonly<Record<string, string | number>>): string {
  // The key/params pairing is checked where errors are made (validate.ts); here it is data.
  return (translate as (c: typeof intakeEngineMessages, l: Locale, k: string, p?: Readonly<Record<string, string | number>>) => string)(
    intakeEngineMessages,
    locale,
    key,
    params,
  );
}

/** The person-facing text of a validation error. */
export function validationMessage(error: ValidationError, locale: Locale): string {
  return intakeMessage(error.key, locale, error.params);
}
