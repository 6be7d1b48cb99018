/**
 * The benchmark data generator (bench/fixtures/programs.ts): the schema bench and the
 * finder bench rely on it producing the same, valid, realistic programs every run.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { Program, parseList } from '../../src/core/schemas/index.js';
import { trackHoursPerWeek } from '../../src/core/program.js';
import { generateProgramSet, generatePrograms, mulberry32 } from '../../bench/fixtures/programs.js';

describe('bench program generator', () => {
  it('is deterministic: the same seed gives the same programs', () => {
    expect(generatePrograms(50, { seed: 42 })).to.deep.equal(generatePrograms(50, { seed: 42 }));
    expect(generatePrograms(50, { seed: 42 })).not.to.deep.equal(generatePrograms(50, { seed: 43 }));
  });

  it('mulberry32 yields numbers in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const rand = mulberry32(seed);
        for (let i = 0; i < 100; i++) {
          const x = rand();
          if (!(x >= 0 && x < 1)) return false;
        }
        return true;
      }),
    );
  });

  it('every generated program passes the Program schema, whatever the seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        const r = parseList(Program, generatePrograms(40, { seed }));
        return r.ok && r.data.rejected.length === 0 && r.data.items.length === 40;
      }),
      { numRuns: 25 },
    );
  });

  it('programs have unique ids and 1–3 tracks', () => {
    const programs = generatePrograms(2000) as Program[];
    expect(new Set(programs.map((p) => p.id)).size).to.equal(programs.length);
    for (const p of programs) expect(p.tracks.length).to.be.within(1, 3);
  });

  it('weekly hours follow the ASAM levels: IOP 9–19 h (adolescents 6–19), PHP 20 h or more, OP under 9 h', () => {
    for (const p of generatePrograms(2000, { seed: 5 }) as Program[]) {
      for (const t of p.tracks) {
        const h = trackHoursPerWeek(t);
        if (p.levelOfCare === 'iop') expect(h, `${p.id}/${t.id}`).to.be.within(p.populations.includes('adolescents') ? 6 : 9, 19);
        else if (p.levelOfCare === 'php') expect(h, `${p.id}/${t.id}`).to.be.at.least(20);
        else expect(h, `${p.id}/${t.id}`).to.be.below(9);
      }
    }
  });

  it('malformed programs are exactly the ones the schema rejects, about the share asked for', () => {
    const { programs, malformed } = generateProgramSet(3000, { seed: 9, malformedRatio: 0.1 });
    const r = parseList(Program, programs);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.data.rejected.map((x) => x.index)).to.deep.equal(malformed);
    expect(malformed.length / programs.length).to.be.within(0.07, 0.13);
  });
});
