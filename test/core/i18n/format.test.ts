import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  formatCurrency,
  formatDate,
  formatDateTime,
  formatList,
  formatNumber,
  formatPercent,
  formatTime,
  formattersFor,
  parseIsoDate,
  phoneHref,
} from '../../../src/core/i18n/index.js';

/** Intl separates "6:00" and "PM" with a narrow no-break space; compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('i18n formatting', () => {
  it('formats calendar dates in each language, long and short', () => {
    expect(formatDate('2025-03-05', 'en')).to.equal('March 5, 2025');
    expect(formatDate('2025-03-05', 'es')).to.equal('5 de marzo de 2025');
    expect(formatDate('2025-03-05', 'en', 'short')).to.equal('Mar 5, 2025');
    expect(plain(formatDate('2025-03-05', 'es', 'short'))).to.equal('5 mar 2025');
    expect(formatDate('2025-03-05', 'en', 'full')).to.equal('Wednesday, March 5, 2025');
    expect(formatDate('2025-03-05', 'es', 'full')).to.equal('miércoles, 5 de marzo de 2025');
  });

  it('never shifts a calendar date by the device time zone (first and last day of a year)', () => {
    expect(formatDate('2025-01-01', 'en')).to.equal('January 1, 2025');
    expect(formatDate('2024-12-31', 'en')).to.equal('December 31, 2024');
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const day = String(Number(iso.slice(8, 10)));
        const year = iso.slice(0, 4);
        expect(formatDate(iso, 'en')).to.match(new RegExp(`\\b${day}, ${year}$`));
      }),
    );
  });

  it('returns text that is not a real date unchanged instead of "Invalid Date"', () => {
    expect(parseIsoDate('2025-02-30')).to.equal(undefined);
    expect(formatDate('2025-02-30', 'en')).to.equal('2025-02-30');
    expect(formatDate('soon', 'es')).to.equal('soon');
  });

  it('formats times as 12-hour in English and 24-hour in Spanish', () => {
    expect(plain(formatTime('18:00', 'en'))).to.equal('6:00 PM');
    expect(formatTime('18:00', 'es')).to.equal('18:00');
    expect(plain(formatTime('09:30', 'en'))).to.equal('9:30 AM');
    expect(formatTime('09:30', 'es')).to.equal('09:30');
    expect(plain(formatTime('00:00', 'en'))).to.equal('12:00 AM');
    expect(formatTime('00:00', 'es')).to.equal('00:00');
    expect(formatTime('25:00', 'en')).to.equal('25:00');
  });

  it('formats an instant in the program’s time zone, naming the zone', () => {
    const instant = '2025-01-15T23:00:00Z';
    expect(plain(formatDateTime(instant, 'America/New_York', 'en'))).to.equal('Jan 15, 2025, 6:00 PM EST');
    expect(plain(formatDateTime(instant, 'America/Los_Angeles', 'en'))).to.equal('Jan 15, 2025, 3:00 PM PST');
    expect(plain(formatDateTime(instant, 'America/New_York', 'es'))).to.contain('15 ene 2025').and.contain('18:00');
    expect(formatDateTime(instant, 'Not/AZone', 'en')).to.contain('UTC');
  });

  it('formats US dollars, whole amounts without cents', () => {
    expect(formatCurrency(25, 'en')).to.equal('$25');
    expect(formatCurrency(1250.5, 'en')).to.equal('$1,250.50');
    expect(formatCurrency(1250.5, 'es')).to.equal('$1,250.50');
  });

  it('formats ratios as percentages', () => {
    expect(formatPercent(0.2, 'en')).to.equal('20%');
    expect(plain(formatPercent(0.2, 'es'))).to.match(/^20 ?%$/);
    expect(formatPercent(0.125, 'en')).to.equal('12.5%');
  });

  it('formats numbers with grouping', () => {
    expect(formatNumber(25000, 'en')).to.equal('25,000');
    expect(formatNumber(1.23456, 'en', { maximumFractionDigits: 1 })).to.equal('1.2');
  });

  it('joins lists the way each language does', () => {
    expect(formatList(['CBT', 'DBT', 'family therapy'], 'en')).to.equal('CBT, DBT, and family therapy');
    expect(formatList(['TCC', 'TDC', 'terapia familiar'], 'es')).to.equal('TCC, TDC y terapia familiar');
    expect(formatList(['A', 'B'], 'en')).to.equal('A and B');
    expect(formatList(['A', 'B'], 'es', 'or')).to.equal('A o B');
  });

  it('binds every formatter to one locale', () => {
    const es = formattersFor('es');
    expect(es.time('18:00')).to.equal('18:00');
    expect(es.list(['A', 'B', 'C'])).to.equal('A, B y C');
    expect(formattersFor('es')).to.equal(es);
  });

  it('builds tel: links from phone numbers as people write them', () => {
    expect(phoneHref('(555) 201-0100')).to.equal('tel:+15552010100');
    expect(phoneHref('1-800-662-4357')).to.equal('tel:+18006624357');
    expect(phoneHref('988')).to.equal('tel:988');
    expect(phoneHref('+44 20 7946 0958')).to.equal('tel:+442079460958');
    expect(phoneHref('call us')).to.equal(undefined);
  });
});
