import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { asamLevelForHours, meetsIopIntensity, programHoursRange, trackDays, trackDaysPerWeek, trackHoursPerWeek } from '../../src/core/program.js';
import { DAYS, type Session } from '../../src/core/schemas/index.js';
import { program } from './schemas/examples.js';

describe('derived program figures', () => {
  it('computes hours and days per week from sessions', () => {
    const track = program().tracks[0];
    expect(trackHoursPerWeek(track)).to.equal(9);
    expect(trackDays(track)).to.deep.equal(['mon', 'wed', 'thu']);
    expect(trackDaysPerWeek(track)).to.equal(3);
  });
  it('counts overlapping sessions on one day once', () => {
    const sessions: Session[] = [
      { day: 'tue', start: '09:00', end: '12:00', type: 'group' },
      { day: 'tue', start: '11:00', end: '12:30', type: 'individual' },
      { day: 'tue', start: '10:00', end: '10:30', type: 'drug-testing' },
    ];
    expect(trackHoursPerWeek({ sessions })).to.equal(3.5);
  });
  it('weekly hours never exceed the sum of session lengths nor the days × 24 h (property)', () => {
    const time = fc.integer({ min: 0, max: 23 * 60 + 58 });
    const session = fc.tuple(fc.constantFrom(...DAYS), time, fc.integer({ min: 1, max: 240 })).map(([day, s, len]) => {
      const e = Math.min(s + len, 23 * 60 + 59);
      const hm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      return { day, start: hm(s), end: hm(e), type: 'group' as const };
    });
    fc.assert(
      fc.property(fc.array(session, { minLength: 1, maxLength: 20 }), (sessions) => {
        const sum = sessions.reduce((acc, s) => acc + (Number(s.end.slice(0, 2)) * 60 + Number(s.end.slice(3)) - Number(s.start.slice(0, 2)) * 60 - Number(s.start.slice(3))), 0) / 60;
        const h = trackHoursPerWeek({ sessions });
        expect(h).to.be.at.most(sum + 1e-9);
        expect(h).to.be.greaterThan(0);
        expect(h).to.be.at.most(trackDaysPerWeek({ sessions }) * 24);
      }),
    );
  });
  it('gives the hours range across tracks, or nothing when no schedule is published', () => {
    const p = program();
    p.tracks.push({ id: 'morning', name: 'Morning', sessions: [{ day: 'sat', start: '09:00', end: '13:00', type: 'group' }] });
    expect(programHoursRange(p)).to.deep.equal({ min: 4, max: 9 });
    expect(programHoursRange({ tracks: [] })).to.equal(undefined);
  });
  it('maps weekly hours to ASAM levels at their boundaries (adults 9, adolescents 6, PHP 20)', () => {
    expect(asamLevelForHours(8.99)).to.equal('op');
    expect(asamLevelForHours(9)).to.equal('iop');
    expect(asamLevelForHours(19.99)).to.equal('iop');
    expect(asamLevelForHours(20)).to.equal('php');
    expect(asamLevelForHours(5.99, true)).to.equal('op');
    expect(asamLevelForHours(6, true)).to.equal('iop');
    expect(meetsIopIntensity(program().tracks[0])).to.equal(true);
    expect(meetsIopIntensity({ sessions: [{ day: 'mon', start: '18:00', end: '23:00', type: 'group' }] }, true)).to.equal(false);
  });
});
