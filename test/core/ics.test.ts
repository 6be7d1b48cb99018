import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { escapeText, firstOnOrAfter, foldLine, parseIcs, prop, trackToIcs, unescapeText, vtimezoneLines } from '../../src/core/ics/index.js';
import { zonedToInstant } from '../../src/core/time.js';
import { program } from './schemas/examples.js';

const encoder = new TextEncoder();
const NOW = new Date('2026-11-23T17:00:00Z');

describe('iCalendar export (RFC 5545)', () => {
  const p = program();
  const ics = trackToIcs(p, 'evening', { startDate: '2026-12-07', now: NOW });
  const cal = parseIcs(ics).components[0];
  const events = cal.components.filter((c) => c.name === 'VEVENT');

  it('uses CRLF line ends only and no physical line over 75 octets', () => {
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(encoder.encode(line).length, line).to.be.at.most(75);
  });
  it('is a VCALENDAR 2.0 with PRODID, a VTIMEZONE for the program zone, one VEVENT per weekly session', () => {
    expect(cal.name).to.equal('VCALENDAR');
    expect(prop(cal, 'VERSION')!.value).to.equal('2.0');
    expect(prop(cal, 'PRODID')!.value).to.contain('iop-kit');
    const tz = cal.components.find((c) => c.name === 'VTIMEZONE')!;
    expect(prop(tz, 'TZID')!.value).to.equal('America/Chicago');
    expect(events).to.have.length(4);
  });
  it('starts each session on its first weekday on or after the start date, in the program zone, weekly for the duration', () => {
    const mon = events.find((e) => prop(e, 'RRULE')!.value.includes('BYDAY=MO'))!;
    expect(prop(mon, 'DTSTART')!.params.TZID).to.equal('America/Chicago');
    expect(prop(mon, 'DTSTART')!.value).to.equal('20261207T180000');
    expect(prop(mon, 'DTEND')!.value).to.equal('20261207T210000');
    expect(prop(mon, 'RRULE')!.value).to.equal('FREQ=WEEKLY;BYDAY=MO;COUNT=8');
    const thu = events.filter((e) => prop(e, 'RRULE')!.value.includes('BYDAY=TH')).map((e) => prop(e, 'DTSTART')!.value);
    expect(thu).to.deep.equal(['20261210T180000', '20261210T200000']);
  });
  it('gives stable, unique UIDs and a DTSTAMP in UTC', () => {
    const again = parseIcs(trackToIcs(p, 'evening', { startDate: '2026-12-07', now: new Date() })).components[0].components.filter((c) => c.name === 'VEVENT');
    const uids = events.map((e) => prop(e, 'UID')!.value);
    expect(new Set(uids).size).to.equal(uids.length);
    expect(again.map((e) => prop(e, 'UID')!.value)).to.deep.equal(uids);
    expect(prop(events[0], 'DTSTAMP')!.value).to.equal('20261123T170000Z');
  });
  it('round-trips text with commas, semicolons, backslashes, newlines and non-ASCII', () => {
    const tricky = program();
    tricky.tracks[0].sessions[0].title = 'Grupo: familia, límites; y "tú" \\ todo\nsegunda línea — 🌱 '.repeat(3);
    const back = parseIcs(trackToIcs(tricky, 'evening', { now: NOW })).components[0].components.filter((c) => c.name === 'VEVENT');
    expect(back.map((e) => prop(e, 'SUMMARY')!.value)).to.include(tricky.tracks[0].sessions[0].title);
  });
  it('leaves out COUNT when the program has no duration, and says Online for virtual programs', () => {
    const v = program();
    v.format = 'virtual';
    delete v.location;
    delete v.durationWeeks;
    const e = parseIcs(trackToIcs(v, 'evening', { now: NOW, onlineLabel: 'En línea' })).components[0].components.find((c) => c.name === 'VEVENT')!;
    expect(prop(e, 'RRULE')!.value).not.to.contain('COUNT');
    expect(prop(e, 'LOCATION')!.value).to.equal('En línea');
  });
  it('refuses a track the program does not have', () => expect(() => trackToIcs(p, 'nope')).to.throw(RangeError));

  it('escaping and folding are lossless for any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        expect(unescapeText(escapeText(s.replace(/\r\n?/g, '\n')))).to.equal(s.replace(/\r\n?/g, '\n'));
        const folded = foldLine(`SUMMARY:${escapeText(s)}`);
        for (const line of folded.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
        expect(folded.replace(/\r\n /g, '')).to.equal(`SUMMARY:${escapeText(s)}`);
      }),
      { numRuns: 500 },
    );
  });

  it('finds the first weekday on or after a date', () => {
    expect(firstOnOrAfter('2026-12-07', 'mon')).to.equal('2026-12-07');
    expect(firstOnOrAfter('2026-12-08', 'mon')).to.equal('2026-12-14');
    expect(firstOnOrAfter('2026-12-31', 'fri')).to.equal('2027-01-01');
  });
});

describe('VTIMEZONE from the browser’s zone data', () => {
  it('writes the 2026 US transitions for New York with the local time before each change', () => {
    const lines = vtimezoneLines('America/New_York', 2026, 2026);
    const text = lines.join('\n');
    expect(text).to.contain('BEGIN:DAYLIGHT\nDTSTART:20260308T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nEND:DAYLIGHT');
    expect(text).to.contain('BEGIN:STANDARD\nDTSTART:20261101T020000\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nEND:STANDARD');
  });
  it('writes one fixed observance for a zone without daylight saving (Phoenix)', () => {
    expect(vtimezoneLines('America/Phoenix', 2026, 2027).join('\n')).to.contain('TZOFFSETFROM:-0700\nTZOFFSETTO:-0700');
  });
  it('a session exported across the spring change keeps its local time: 18:00 before and after', () => {
    const p = program();
    p.timeZone = 'America/New_York';
    const ics = trackToIcs(p, 'evening', { startDate: '2026-03-02', now: NOW, weeks: 3 });
    const mon = parseIcs(ics).components[0].components.find((c) => c.name === 'VEVENT' && prop(c, 'RRULE')!.value.includes('MO'))!;
    expect(prop(mon, 'DTSTART')!.value).to.equal('20260302T180000');
    // The instants of the 1st and 2nd occurrence are 7 days minus one hour apart (DST starts 8 March).
    const first = zonedToInstant('2026-03-02', 18 * 60, 'America/New_York').getTime();
    const second = zonedToInstant('2026-03-09', 18 * 60, 'America/New_York').getTime();
    expect((second - first) / 3600_000).to.equal(7 * 24 - 1);
  });
});
