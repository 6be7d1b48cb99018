/** SAMHSA locator rows → Program[]: mapping, skipped rows with reasons, property-based inputs. */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fromLocatorRows, skippedByReason } from '../../../src/locator.js';
import { Program, parse } from '../../../src/core/schemas/index.js';
import { iopRow, noPhone, noSetting, phpRow, residentialOnly } from '../../fixtures/locator/rows.js';

describe('locator: FindTreatment.gov rows → programs', () => {
  it('an IOP facility becomes a program with every field it can read, and no schedule', () => {
    const { programs, skipped } = fromLocatorRows([iopRow]);
    expect(skipped).to.deep.equal([]);
    expect(programs[0]).to.deep.equal({
      id: 'locator-xyz0001',
      name: 'Riverbend Recovery Center: Evening IOP',
      center: 'Riverbend Recovery Center',
      focus: 'co-occurring',
      levelOfCare: 'iop',
      format: 'hybrid',
      statesServed: ['TX'],
      populations: ['adults', 'young-adults', 'older-adults', 'veterans', 'women', 'justice-involved'],
      languages: ['en', 'es', 'ase'],
      location: { street: '2810 Willowmere Drive, Suite 200', city: 'Austin', state: 'TX', zip: '78704', coordinates: { lat: 30.2446, lng: -97.7705 } },
      timeZone: 'America/Chicago',
      tracks: [],
      therapies: ['CBT', 'Motivational interviewing', '12-step facilitation', 'DBT'],
      services: ['mat', 'case-management', 'drug-testing', 'transportation'],
      payment: { options: ['self-pay', 'medicaid', 'medicare', 'private-insurance', 'tricare', 'sliding-scale'], payerIds: [] },
      accreditation: ['State Substance use treatment agency', 'Commission on Accreditation of Rehabilitation Facilities (CARF)'],
      intakePhone: '(512) 555-0102',
      website: 'https://www.riverbend.example.org',
    });
  });

  it('PHP from "Partial hospitalization/day treatment", mental-health focus, adolescents; API page shape { rows }', () => {
    const { programs } = fromLocatorRows({ page: 1, totalPages: 1, rows: [phpRow] });
    expect(programs[0]).to.deep.include({ levelOfCare: 'php', focus: 'mental-health', format: 'in-person', populations: ['adolescents'], timeZone: 'America/Chicago', intakePhone: '(218) 555-0110' });
  });

  it('rows it cannot use are counted with the reason', () => {
    const { programs, skipped } = fromLocatorRows([iopRow, residentialOnly, noPhone, noSetting, 'junk', { name1: '' }]);
    expect(programs).to.have.length(1);
    expect(skipped.map((s) => [s.index, s.reason])).to.deep.equal([
      [1, 'offers no intensive outpatient, partial hospitalization or outpatient care'],
      [2, 'no valid phone number'],
      [3, 'no service setting (SET)'],
      [4, 'not an object'],
      [5, 'no facility name (name1)'],
    ]);
    expect(skippedByReason(skipped)['no valid phone number']).to.equal(1);
    expect(fromLocatorRows('nope').skipped[0]!.reason).to.contain('expected a list');
  });

  it('duplicate facility ids get a suffix', () => {
    const { programs } = fromLocatorRows([iopRow, iopRow]);
    expect(programs.map((p) => p.id)).to.deep.equal(['locator-xyz0001', 'locator-xyz0001-2']);
  });

  it('property: arbitrary rows never throw; every program is a valid Program; every row is a program or skipped', () => {
    const row = fc.record({
      name1: fc.oneof(fc.string(), fc.constant('Center')),
      city: fc.oneof(fc.string(), fc.constant('Austin')),
      state: fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom('TX', 'CA', 'ZZ')),
      phone: fc.oneof(fc.string(), fc.constant('512-555-0101')),
      latitude: fc.oneof(fc.string(), fc.double()),
      longitude: fc.oneof(fc.string(), fc.double()),
      website: fc.string(),
      zip: fc.string(),
      services: fc.array(fc.record({ f1: fc.string(), f2: fc.constantFrom('TC', 'SET', 'PAY', 'AGE', 'SG', 'LANG', 'x'), f3: fc.oneof(fc.string(), fc.constantFrom('Intensive outpatient treatment', 'Substance use treatment', 'Medicaid; Spanish')) })),
    }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.array(fc.oneof(row, fc.anything()), { maxLength: 10 })), (input) => {
        const r = fromLocatorRows(input);
        for (const p of r.programs) expect(parse(Program, p).ok).to.equal(true);
        if (Array.isArray(input)) expect(r.programs.length + r.skipped.length).to.equal(input.length);
      }),
      { numRuns: 300 },
    );
  });
});
