/**
 * Locale-aware formatting through `Intl`, with cached formatters.
 *
 * Decisions:
 * - The kit serves US treatment centers, so `en` formats as `en-US` and `es` as
 *   `es-US` (US Spanish: "$1,250.00", "5 de marzo de 2025"), which is what a
 *   Spanish speaker sees on their US insurance card and bills.
 * - Times follow each language's habit: English 12-hour ("6:00 PM"), Spanish
 *   24-hour ("18:00"), which reads unambiguously without "p. m.".
 * - Calendar dates (`YYYY-MM-DD`, e.g. a date of birth or an opening date) are
 *   formatted in UTC from their parts, so they never shift a day because of
 *   the device's time zone.
 * - Lists use `Intl.ListFormat`: US English keeps the serial comma
 *   ("A, B, and C"), Spanish does not ("A, B y C").
 */
import type { Locale } from '../locale.js';

const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', es: 'es-US' };

/** The BCP 47 tag handed to `Intl` for a kit locale. */
export function intlLocale(locale: Locale): string {
  return INTL_LOCALE[locale] ?? 'en-US';
}

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = make()));
  return value;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** `'2025-03-05'` → a `Date` at UTC midnight of that calendar day, or `undefined` when not a real date. */
export function parseIsoDate(iso: string): Date | undefined {
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  date.setUTCFullYear(y); // years 0–99 are not 1900–1999
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : undefined;
}

/** `'18:30'` → minutes since midnight (1110), or `undefined`. */
export function parseTime(hhmm: string): number | undefined {
  const m = HH_MM.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

export type DateStyle = 'long' | 'short' | 'full';

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  // "March 5, 2025" / "5 de marzo de 2025"
  long: { year: 'numeric', month: 'long', day: 'numeric' },
  // "Mar 5, 2025" / "5 mar 2025" (never "3/5/25", which reads differently in each language)
  short: { year: 'numeric', month: 'short', day: 'numeric' },
  // "Wednesday, March 5, 2025" / "miércoles, 5 de marzo de 2025"
  full: { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
};

/** A calendar date `YYYY-MM-DD` for people. Invalid input is returned unchanged (never throws). */
export function formatDate(iso: string, locale: Locale, style: DateStyle = 'long'): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  return cached(`d|${locale}|${style}`, () => new Intl.DateTimeFormat(intlLocale(locale), { ...DATE_OPTIONS[style], timeZone: 'UTC' })).format(date);
}

/** A wall-clock time `HH:MM`: "6:00 PM" in English, "18:00" in Spanish. Invalid input is returned unchanged. */
export function formatTime(hhmm: string, locale: Locale): string {
  const minutes = parseTime(hhmm);
  if (minutes === undefined) return hhmm;
  const format = cached(
    `t|${locale}`,
    () => new Intl.DateTimeFormat(intlLocale(locale), { hour: 'numeric', minute: '2-digit', hourCycle: locale === 'es' ? 'h23' : 'h12', timeZone: 'UTC' }),
  );
  return format.format(new Date(Date.UTC(2000, 0, 1, Math.floor(minutes / 60), minutes % 60)));
}

/**
 * An instant shown in a given IANA time zone, with the zone's short name so
 * nobody confuses the program's time with their own: "Mar 5, 2025, 6:00 PM EST".
 * An unknown time zone falls back to UTC rather than throwing.
 */
export function formatDateTime(instant: Date | string | number, timeZone: string, locale: Locale, style: 'long' | 'short' = 'short'): string {
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) return String(instant);
  const make = (zone: string) =>
    cached(
      `dt|${locale}|${style}|${zone}`,
      () =>
        new Intl.DateTimeFormat(intlLocale(locale), {
          ...DATE_OPTIONS[style],
          hour: 'numeric',
          minute: '2-digit',
          hourCycle: locale === 'es' ? 'h23' : 'h12',
          timeZone: zone,
          timeZoneName: 'short',
        }),
    );
  try {
    return make(timeZone).format(date);
  } catch {
    return make('UTC').format(date);
  }
}

/** US dollars: "$25", "$1,250.50"; whole amounts without ".00". */
export function formatCurrency(amount: number, locale: Locale): string {
  const whole = Number.isInteger(amount);
  return cached(
    `c|${locale}|${whole}`,
    () => new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: 'USD', minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }),
  ).format(amount);
}

/** A ratio as a percentage: `0.2` → "20%" (X12 sends coinsurance as a decimal). */
export function formatPercent(ratio: number, locale: Locale): string {
  return cached(`p|${locale}`, () => new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 1 })).format(ratio);
}

/** A plain number with the locale's grouping: "12,345.6". */
export function formatNumber(value: number, locale: Locale, options?: { maximumFractionDigits?: number }): string {
  const digits = options?.maximumFractionDigits ?? 3;
  return cached(`n|${locale}|${digits}`, () => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits })).format(value);
}

/** "A, B, and C" / "A, B y C"; `'or'` gives "A, B, or C" / "A, B o C". */
export function formatList(items: readonly string[], locale: Locale, type: 'and' | 'or' = 'and'): string {
  return cached(
    `l|${locale}|${type}`,
    () => new Intl.ListFormat(intlLocale(locale), { style: 'long', type: type === 'and' ? 'conjunction' : 'disjunction' }),
  ).format(items);
}

/**
 * A `tel:` URL for a phone number as a person typed it: `'(555) 123-4567'` → `'tel:+15551234567'`,
 * `'988'` → `'tel:988'`. Letters are kept out; a number with no digits gives `undefined`.
 */
export function phoneHref(phone: string): string | undefined {
  const digits = phone.replace(/\D/g, '');
  if (!digits) return undefined;
  if (phone.trim().startsWith('+')) return `tel:+${digits}`;
  if (digits.length === 10) return `tel:+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `tel:+${digits}`;
  return `tel:${digits}`;
}

/** Every formatter bound to one locale (what `IopElement#format` hands out). */
export interface Formatters {
  readonly locale: Locale;
  date(iso: string, style?: DateStyle): string;
  time(hhmm: string): string;
  dateTime(instant: Date | string | number, timeZone: string, style?: 'long' | 'short'): string;
  currency(amount: number): string;
  percent(ratio: number): string;
  number(value: number, options?: { maximumFractionDigits?: number }): string;
  list(items: readonly string[], type?: 'and' | 'or'): string;
}

const bound = new Map<Locale, Formatters>();

/** Formatters for `locale`, created once per locale. */
export function formattersFor(locale: Locale): Formatters {
  let f = bound.get(locale);
  if (!f) {
    f = Object.freeze({
      locale,
      date: (iso: string, style?: DateStyle) => formatDate(iso, locale, style),
      time: (hhmm: string) => formatTime(hhmm, locale),
      dateTime: (instant: Date | string | number, timeZone: string, style?: 'long' | 'short') => formatDateTime(instant, timeZone, locale, style),
      currency: (amount: number) => formatCurrency(amount, locale),
      percent: (ratio: number) => formatPercent(ratio, locale),
      number: (value: number, options?: { maximumFractionDigits?: number }) => formatNumber(value, locale, options),
      list: (items: readonly string[], type?: 'and' | 'or') => formatList(items, locale, type),
    });
    bound.set(locale, f);
  }
  return f;
}
