import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  ageOn,
  isEmail,
  isIsoDate,
  isMbi,
  isMemberIdInput,
  isNanpPhone,
  isNpi,
  isPlausibleBirthDate,
  isTime,
  isTimeZone,
  isWebUrl,
  isZip,
  normalizeMemberId,
} from '../../src/core/validators.js';

/** Independent NPI check digit: Luhn over "80840" + first nine digits (CMS). */
function npiCheckDigit(nine: string): number {
  const full = `80840${nine}`;
  let sum = 0;
  for (let i = 0; i < full.length; i++) {
    let d = Number(full[full.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';
const mbiLetter = fc.constantFrom(...MBI_LETTERS.split(''));
const digit = fc.constantFrom(...'0123456789'.split(''));
const alnum = fc.oneof(mbiLetter, digit);

describe('validators', () => {
  describe('NPI (Luhn with the 80840 prefix)', () => {
    it('accepts the CMS example 1234567893 and rejects its neighbours', () => {
      expect(isNpi('1234567893')).to.equal(true);
      for (let d = 0; d <= 9; d++) if (d !== 3) expect(isNpi(`123456789${d}`)).to.equal(false);
    });
    it('accepts exactly the numbers whose last digit is the check digit (property)', () => {
      fc.assert(
        fc.property(fc.constantFrom('1', '2'), fc.stringMatching(/^\d{8}$/), fc.integer({ min: 0, max: 9 }), (first, rest, last) => {
          const nine = first + rest;
          expect(isNpi(nine + last)).to.equal(last === npiCheckDigit(nine));
        }),
        { numRuns: 2000 },
      );
    });
    it('rejects anything that is not 10 digits starting 1 or 2', () => {
      for (const bad of ['', '123456789', '12345678930', '3234567893', '12345a7893', ' 1234567893']) expect(isNpi(bad), bad).to.equal(false);
    });
  });

  describe('Medicare MBI', () => {
    it('accepts the CMS example, with or without hyphens and in lower case', () => {
      expect(isMbi('1EG4TE5MK73')).to.equal(true);
      expect(isMbi('1eg4-te5-mk73')).to.equal(true);
    });
    it('accepts every identifier built by the position rules (property)', () => {
      const mbi = fc
        .tuple(fc.constantFrom(...'123456789'.split('')), mbiLetter, alnum, digit, mbiLetter, alnum, digit, mbiLetter, mbiLetter, digit, digit)
        .map((parts) => parts.join(''));
      fc.assert(fc.property(mbi, (id) => isMbi(id)), { numRuns: 2000 });
    });
    it('rejects the excluded letters S, L, O, I, B, Z and wrong lengths', () => {
      for (const ch of 'SLOIBZ') expect(isMbi(`1${ch}G4TE5MK73`), ch).to.equal(false);
      expect(isMbi('0EG4TE5MK73')).to.equal(false);
      expect(isMbi('1EG4TE5MK7')).to.equal(false);
      expect(isMbi('1EG4TE5MK733')).to.equal(false);
    });
  });

  describe('NANP phone', () => {
    it('accepts common ways of writing a number', () => {
      for (const ok of ['(512) 555-0142', '512-555-0142', '512.555.0142', '5125550142', '+1 512 555 0142', '1-512-555-0142']) expect(isNanpPhone(ok), ok).to.equal(true);
    });
    it('requires area code and exchange to start with 2–9 (property)', () => {
      fc.assert(
        fc.property(fc.stringMatching(/^\d{10}$/), (d) => {
          expect(isNanpPhone(d)).to.equal(/^[2-9]/.test(d) && /^[2-9]/.test(d.slice(3)));
        }),
        { numRuns: 2000 },
      );
    });
    it('rejects letters and short numbers', () => {
      for (const bad of ['555-0142', '512-555-0142x', 'call me', '']) expect(isNanpPhone(bad), bad).to.equal(false);
    });
  });

  it('ZIP and ZIP+4', () => {
    expect(isZip('78701')).to.equal(true);
    expect(isZip('78701-1234')).to.equal(true);
    for (const bad of ['7870', '787011', '78701-12', 'ABCDE']) expect(isZip(bad), bad).to.equal(false);
    fc.assert(fc.property(fc.stringMatching(/^\d{5}(-\d{4})?$/), isZip));
  });

  it('e-mail', () => {
    expect(isEmail('name@example.org')).to.equal(true);
    for (const bad of ['name@', '@example.org', 'a b@example.org', 'name@example', 'name@@example.org']) expect(isEmail(bad), bad).to.equal(false);
  });

  describe('dates', () => {
    it('isIsoDate matches the calendar exactly (property against Date)', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
          const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const dt = new Date(Date.UTC(y, m - 1, d));
          expect(isIsoDate(s)).to.equal(dt.getUTCDate() === d);
        }),
        { numRuns: 3000 },
      );
      expect(isIsoDate('2024-02-29')).to.equal(true);
      expect(isIsoDate('2023-02-29')).to.equal(false);
    });
    it('ageOn counts a birthday only once it has come', () => {
      expect(ageOn('2008-11-24', '2026-11-23')).to.equal(17);
      expect(ageOn('2008-11-23', '2026-11-23')).to.equal(18);
      expect(ageOn('2008-02-29', '2026-02-28')).to.equal(17);
      expect(ageOn('2008-02-29', '2026-03-01')).to.equal(18);
    });
    it('a plausible birth date is real, past and 0–120 years ago', () => {
      expect(isPlausibleBirthDate('1990-05-05', '2026-11-23')).to.equal(true);
      expect(isPlausibleBirthDate('2026-11-24', '2026-11-23')).to.equal(false);
      expect(isPlausibleBirthDate('1900-01-01', '2026-11-23')).to.equal(false);
      expect(isPlausibleBirthDate('1990-13-01', '2026-11-23')).to.equal(false);
    });
  });

  it('times, time zones and web URLs', () => {
    expect(isTime('00:00') && isTime('23:59')).to.equal(true);
    for (const bad of ['24:00', '9:00', '18:60', '6 PM']) expect(isTime(bad), bad).to.equal(false);
    expect(isTimeZone('America/Phoenix')).to.equal(true);
    expect(isTimeZone('Central')).to.equal(false);
    expect(isWebUrl('https://988lifeline.org')).to.equal(true);
    expect(isWebUrl('/images/a.svg')).to.equal(true);
    for (const bad of ['javascript:alert(1)', '//evil.example/x', 'data:text/html,<b>', 'ftp://x.example']) expect(isWebUrl(bad), bad).to.equal(false);
  });

  it('member IDs: card input allows spaces and hyphens, the normalised form has neither', () => {
    expect(isMemberIdInput('W123 456-789')).to.equal(true);
    expect(normalizeMemberId('w123 456-789')).to.equal('W123456789');
    expect(isMemberIdInput('A')).to.equal(false);
    expect(isMemberIdInput('A/1')).to.equal(false);
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9 -]{2,80}$/), (s) => {
        expect(/^[A-Z0-9]*$/.test(normalizeMemberId(s))).to.equal(true);
        expect(isMemberIdInput(s)).to.equal(normalizeMemberId(s).length >= 2);
      }),
    );
  });
});
