/**
 * Building blocks shared by every schema of the contract, written with the zod/mini API
 * (`./zod.ts`: zod's types, the kit's own runtime).
 */
import * as z from './zod.js';
import { LOCALES } from '../locale.js';
import { isEmail, isIsoDate, isNanpPhone, isTime, isTimeZone, isWebUrl, isZip } from '../validators.js';

/** Locales every visible string exists in (one list for the kit: src/core/locale.ts). */
export { LOCALES };
export const Locale = /* @__PURE__ */ z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

/** A non-empty string, trimmed length ≥ 1, with an upper bound so hostile data cannot balloon. */
export const nonEmpty = (max = 500, what = 'this') =>
  z.string().check(
    z.refine((s) => s.trim().length > 0, `${what} must not be empty`),
    z.maxLength(max, `${what} must be at most ${max} characters`),
  );

/** Identifier: letters, digits, `-`, `_`, `.`, `:`; up to 128 characters. */
export const Id = /* @__PURE__ */ z.string().check(
  z.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/, 'must be an id: letters, digits, "-", "_", "." or ":" (up to 128)'),
);

/**
 * Text shown to a person: a plain string, or one string per locale
 * (`{ "en": "Evening track", "es": "Horario de tarde" }`, at least one).
 */
export const Text = /* @__PURE__ */ z.union([
  nonEmpty(5000, 'text'),
  z.partialRecord(Locale, z.string().check(z.maxLength(5000))).check(
    z.refine((r) => Object.values(r).some((v) => typeof v === 'string' && v.trim().length > 0), 'needs text in at least one locale (en or es)'),
  ),
], { error: (iss) => (iss.input === undefined ? 'is required' : 'must be text, or an object with "en" and/or "es" text') });
export type Text = z.infer<typeof Text>;

/** `YYYY-MM-DD`, a real calendar date. */
export const IsoDate = /* @__PURE__ */ z.string().check(z.refine(isIsoDate, 'must be a real date written YYYY-MM-DD'));

/** ISO 8601 date-time with offset or `Z`, e.g. `2026-11-23T17:05:00Z`. */
export const IsoDateTime = /* @__PURE__ */ z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, 'must be a date-time like 2026-11-23T17:05:00Z'),
  z.refine((s) => !Number.isNaN(Date.parse(s)), 'must be a real date-time'),
);

/** `HH:MM` on a 24-hour clock. */
export const Time = /* @__PURE__ */ z.string().check(z.refine(isTime, 'must be a time written HH:MM (24-hour), e.g. 18:30'));

/** An IANA time zone such as `America/New_York`. */
export const TimeZone = /* @__PURE__ */ z.string().check(z.refine(isTimeZone, 'must be an IANA time zone such as America/New_York'));

/** A North American phone number (area code and exchange start 2–9). */
export const Phone = /* @__PURE__ */ z.string().check(z.refine(isNanpPhone, 'must be a 10-digit US/Canada phone number, e.g. (555) 201-3344'));

export const Email = /* @__PURE__ */ z.string().check(z.refine(isEmail, 'must be an e-mail address like name@example.org'));

export const Zip = /* @__PURE__ */ z.string().check(z.refine(isZip, 'must be a ZIP code: 5 digits or ZIP+4 (12345-6789)'));

/** http(s) URL or a same-site path. */
export const WebUrl = /* @__PURE__ */ z.string().check(
  z.maxLength(2048, 'must be at most 2048 characters'),
  z.refine(isWebUrl, 'must be an http(s) URL or a path starting with /'),
);

/** Two-letter US state or territory code. */
export const UsState = /* @__PURE__ */ z.string().check(z.regex(/^[A-Z]{2}$/, 'must be a two-letter state code such as TX'));

/** Money in US dollars, as a number (e.g. 30 or 1250.5). */
export const Usd = /* @__PURE__ */ z.number().check(z.gte(0, 'must not be negative'), z.lte(10_000_000, 'is implausibly large'));
