/**
 * Small, dependency-free validators shared by the schemas, the elements and the
 * reference backend. Each cites the rule it implements (see DESIGN.md §8).
 */

/** `YYYY-MM-DD` that names a real calendar day (no 2023-02-30). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** Today's date as `YYYY-MM-DD` in the viewer's own time zone. */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Whole years between an ISO birth date and `on` (default today); NaN when the date is not real. */
export function ageOn(birthDate: string, on: string = todayIso()): number {
  if (!isIsoDate(birthDate) || !isIsoDate(on)) return Number.NaN;
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [oy, om, od] = on.split('-').map(Number);
  let age = oy - by;
  if (om < bm || (om === bm && od < bd)) age--;
  return age;
}

/** A date of birth a person could have: a real date, not in the future, age 0–120. */
export function isPlausibleBirthDate(value: string, on: string = todayIso()): boolean {
  if (!isIsoDate(value) || value > on) return false;
  const age = ageOn(value, on);
  return age >= 0 && age <= 120;
}

/** `HH:MM`, 24-hour clock. */
export function isTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** Minutes since midnight for an `HH:MM` time (hot path of filtering and parsing: no allocation). */
export function timeToMinutes(value: string): number {
  const d = (i: number) => value.charCodeAt(i) - 48;
  return (d(0) * 10 + d(1)) * 60 + d(3) * 10 + d(4);
}

/** Digits only. */
export function digits(value: string): string {
  return value.replace(/\D/g, '');
}

/**
 * North American Numbering Plan number: 10 digits (an optional leading 1),
 * area code and exchange each starting 2–9.
 */
export function isNanpPhone(value: string): boolean {
  if (/[^\d\s().+-]/.test(value)) return false;
  let d = digits(value);
  if (d.length === 11 && d.startsWith('1')) d = d.slice(1);
  return /^[2-9]\d{2}[2-9]\d{6}$/.test(d);
}

/** A pragmatic e-mail check: one @, a dot in the domain, no spaces; at most 254 characters. */
export function isEmail(value: string): boolean {
  return value.length <= 254 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);
}

/** US ZIP or ZIP+4. */
export function isZip(value: string): boolean {
  return /^\d{5}(-\d{4})?$/.test(value);
}

/** Member ID as printed on a card: letters, digits, spaces, hyphens, 2–80 characters. */
export function isMemberIdInput(value: string): boolean {
  return /^[A-Za-z0-9 -]{2,80}$/.test(value) && normalizeMemberId(value).length >= 2;
}

/** Member ID as sent to the payer: spaces and hyphens removed, upper case. */
export function normalizeMemberId(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

/**
 * Medicare Beneficiary Identifier (CMS, "Understanding the MBI format"): 11 characters;
 * position 1 a digit 1–9; 2, 5, 8, 9 letters except S, L, O, I, B, Z; 4, 7, 10, 11 digits;
 * 3 and 6 letter (same set) or digit. Example from CMS: 1EG4TE5MK73.
 */
export const MBI_PATTERN =
  /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y]{2}[0-9]{2}$/;

export function isMbi(value: string): boolean {
  return MBI_PATTERN.test(normalizeMemberId(value));
}

/**
 * National Provider Identifier (CMS NPI check digit): 10 digits, first 1 or 2; the last
 * digit is the Luhn check digit over the first nine with the constant 24 added for the
 * card-issuer prefix 80840. `1234567893` is valid.
 */
export function isNpi(value: string): boolean {
  if (!/^[12]\d{9}$/.test(value)) return false;
  let sum = 24;
  for (let i = 0; i < 9; i++) {
    let n = Number(value[8 - i]);
    if (i % 2 === 0) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return (10 - (sum % 10)) % 10 === Number(value[9]);
}

const knownZones = new Map<string, boolean>();

/** An IANA time zone the browser (or Node) knows, e.g. `America/Chicago`. Answers are cached: data repeats a few zones. */
export function isTimeZone(value: string): boolean {
  if (!value || value.length > 64) return false;
  let known = knownZones.get(value);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: value });
      known = true;
    } catch {
      known = false;
    }
    if (knownZones.size < 1000) knownZones.set(value, known);
  }
  return known;
}

/** http(s) URL, or a path on the same site (`/…`). */
export function isWebUrl(value: string): boolean {
  if (value.startsWith('/') && !value.startsWith('//')) return true;
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}
