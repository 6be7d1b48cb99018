import { expect } from '@open-wc/testing';
import { clashingSessions, sessionInZone } from '../../../src/core/finder/index.js';
import { dateOfWeekday, zoneOffsetMinutes, zonedToInstant } from '../../../src/core/time.js';

describe('time zones and daylight saving', () => {
  it('knows New York’s offset on each side of the 2026 spring change (8 March)', () => {
    expect(zoneOffsetMinutes('America/New_York', new Date('2026-03-07T12:00:00Z'))).to.equal(-300);
    expect(zoneOffsetMinutes('America/New_York', new Date('2026-03-09T12:00:00Z'))).to.equal(-240);
    expect(zoneOffsetMinutes('America/Phoenix', new Date('2026-07-01T12:00:00Z'))).to.equal(-420);
  });
  it('turns a wall-clock time into the right instant across the change', () => {
    expect(zonedToInstant('2026-03-07', 18 * 60, 'America/New_York').toISOString()).to.equal('2026-03-07T23:00:00.000Z');
    expect(zonedToInstant('2026-03-09', 18 * 60, 'America/New_York').toISOString()).to.equal('2026-03-09T22:00:00.000Z');
  });
  it('finds the weekday’s date in a week, Monday first', () => {
    expect(dateOfWeekday('2026-11-25', 'mon')).to.equal('2026-11-23');
    expect(dateOfWeekday('2026-11-23', 'sun')).to.equal('2026-11-29');
  });
  it('shows an Arizona 18:00 session at 20:00 in New York in winter and 21:00 in summer', () => {
    const s = { day: 'tue' as const, start: '18:00', end: '20:00' };
    expect(sessionInZone(s, 'America/Phoenix', 'America/New_York', '2026-01-12')).to.deep.equal({ day: 'tue', start: 20 * 60, end: 22 * 60 });
    expect(sessionInZone(s, 'America/Phoenix', 'America/New_York', '2026-07-13')).to.deep.equal({ day: 'tue', start: 21 * 60, end: 23 * 60 });
  });
  it('moves a late Pacific session to the next day for a viewer in Eastern time', () => {
    const s = { day: 'mon' as const, start: '22:00', end: '23:00' };
    expect(sessionInZone(s, 'America/Los_Angeles', 'America/New_York', '2026-11-23')).to.deep.equal({ day: 'tue', start: 60, end: 120 });
  });
  it('a virtual evening group clashes with a Pacific viewer’s workday only when converted', () => {
    const track = { sessions: [{ day: 'wed' as const, start: '18:00', end: '19:30', type: 'group' as const }] };
    const work = [{ days: ['wed' as const], start: '09:00', end: '17:00' }];
    expect(clashingSessions(track, work, 'America/New_York')).to.have.length(0);
    // 18:00 Eastern is 15:00 Pacific: inside the workday.
    expect(clashingSessions(track, work, 'America/New_York', 'America/Los_Angeles', '2026-11-23')).to.have.length(1);
  });
});
