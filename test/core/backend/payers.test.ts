/** Payer matching (src/core/payers.ts), used by the static adapter and the reference backend. */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { matchPayers, normalizeForMatch } from '../../../src/core/payers.js';
import type { Payer } from '../../../src/core/schemas/index.js';

const { payers } = (await (await fetch('/test/fixtures/iop-data.json')).json()) as { payers: Payer[] };
const names = (q: string, limit?: number) => matchPayers(payers, q, limit).map((p) => p.name);

describe('matchPayers', () => {
  it('finds plan names people type', () => {
    expect(names('UHC Open Access Plus')[0]).to.equal('UnitedHealthcare');
    expect(names('bcbs')).to.have.members(['Blue Cross Blue Shield of Texas', 'Blue Cross and Blue Shield of Oklahoma']);
    expect(names('medi-cal')[0]).to.equal('California Medicaid');
    expect(names('Medical')[0]).to.equal('California Medicaid');
    expect(names('open access plus')[0]).to.equal('Cigna');
  });

  it('is case- and accent-insensitive', () => {
    expect(names('SALUD MEDICA')[0]).to.equal('Salud Integral Médica');
    expect(names('salud médica')[0]).to.equal('Salud Integral Médica');
    expect(normalizeForMatch('  Médica—Salud! ')).to.equal('medica salud');
  });

  it('ranks a name prefix above an alias above token matches', () => {
    // "Medicare" (name prefix) before "California Medicaid" (token prefix "medi…").
    expect(names('medi').slice(0, 2)).to.deep.equal(['Medicare', 'California Medicaid']);
    expect(names('blue')).to.deep.equal(['Blue Cross and Blue Shield of Oklahoma', 'Blue Cross Blue Shield of Texas']);
    expect(names('blue choice')[0]).to.equal('Blue Cross Blue Shield of Texas');
  });

  it('finds nothing for unrelated text, lists by name for an empty query, and honours the limit', () => {
    expect(names('zzzz')).to.deep.equal([]);
    expect(names('')[0]).to.equal('Aetna');
    expect(names('', 3)).to.have.length(3);
    expect(names('a', 0)).to.deep.equal([]);
  });

  it('property: every payer is found by its own name and by each alias', () => {
    const word = fc.stringMatching(/^[A-Za-zÁÉÍÓÚáéíóúñ0-9]{1,10}$/);
    const phrase = fc.oneof(
      fc.tuple(fc.array(word, { minLength: 1, maxLength: 4 }), fc.constantFrom(' ', '-', ' & ', '. ')).map(([ws, sep]) => ws.join(sep)),
      fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0),
    );
    const payer = fc.record({
      id: fc.stringMatching(/^[A-Za-z0-9]{1,10}$/),
      name: phrase,
      aliases: fc.array(phrase, { maxLength: 4 }),
      kind: fc.constant('commercial' as const),
      memberIdRule: fc.constant('generic' as const),
    });
    fc.assert(
      fc.property(fc.array(payer, { minLength: 1, maxLength: 12 }), (list) => {
        for (const p of list) {
          for (const q of [p.name, ...p.aliases]) {
            const found = matchPayers(list, q, list.length);
            if (!found.includes(p)) throw new Error(`${JSON.stringify(q)} did not find ${JSON.stringify(p.name)}`);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
