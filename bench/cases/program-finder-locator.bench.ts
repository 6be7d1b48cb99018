/**
 * `<iop-program-finder>` on 25,000 programs imported from SAMHSA treatment-locator rows
 * (`fromLocatorRows`): the directory a state or network would build from FindTreatment.gov
 * data. Locator rows carry no schedules, so every program has `tracks: []` — a different
 * shape from bench/cases/program-finder.bench.ts (no time facet, longer service lists).
 * Rows are generated deterministically (seeded) after the shape of test/fixtures/locator/rows.ts.
 * Times are of the work: each run awaits `updateComplete`, never an animation frame.
 */
import { fromLocatorRows } from '../../src/core/locator/import.js';
import type { Program } from '../../src/core/schemas/index.js';
import { mulberry32, type Rand } from '../fixtures/programs.js';
import type { BenchCase } from '../harness/types.js';
import { filterChangeCase, mountCase } from '../finder-cases.js';

const COUNT = 25_000;
const SEED = 2027;

const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const some = <T>(r: Rand, xs: readonly T[], p: number): T[] => xs.filter(() => r() < p);
const svc = (f1: string, f2: string, values: string[]) => ({ f1, f2, f3: values.join('; ') });

/** [city, state, zip, lat, lng, area code] */
const PLACES: [string, string, string, number, number, string][] = [
  ['Austin', 'TX', '78704', 30.25, -97.75, '512'],
  ['Houston', 'TX', '77002', 29.76, -95.37, '713'],
  ['Duluth', 'MN', '55802', 46.78, -92.1, '218'],
  ['Minneapolis', 'MN', '55401', 44.98, -93.27, '612'],
  ['Denver', 'CO', '80202', 39.74, -104.99, '303'],
  ['Phoenix', 'AZ', '85004', 33.45, -112.07, '602'],
  ['Los Angeles', 'CA', '90012', 34.05, -118.24, '213'],
  ['Sacramento', 'CA', '95814', 38.58, -121.49, '916'],
  ['Portland', 'OR', '97204', 45.52, -122.68, '503'],
  ['Chicago', 'IL', '60602', 41.88, -87.63, '312'],
  ['Columbus', 'OH', '43215', 39.96, -83.0, '614'],
  ['Atlanta', 'GA', '30303', 33.75, -84.39, '404'],
  ['Miami', 'FL', '33130', 25.77, -80.19, '305'],
  ['Boston', 'MA', '02108', 42.36, -71.06, '617'],
  ['Albany', 'NY', '12207', 42.65, -73.75, '518'],
  ['Nashville', 'TN', '37203', 36.16, -86.78, '615'],
];
const NAMES = ['Riverbend', 'Lakeside', 'Harbor Light', 'New Dawn', 'Cedar Grove', 'Summit', 'Clear Path', 'Bridgeway', 'Hope Springs', 'Pinecrest', 'Open Door', 'Northstar'];
const KINDS = ['Recovery Center', 'Behavioral Health', 'Counseling Services', 'Treatment Center', 'Family Services', 'Wellness Clinic'];
const STREETS = ['Willowmere Drive', 'Shore Road', 'Main Street', 'Oak Avenue', 'Commerce Boulevard', 'Elm Street', 'River Road'];
const TC = ['Substance use treatment', 'Mental health treatment', 'Detoxification'];
const SETTINGS: string[][] = [
  ['Outpatient', 'Intensive outpatient treatment'],
  ['Outpatient', 'Regular outpatient treatment', 'Intensive outpatient treatment', 'Telemedicine/telehealth therapy'],
  ['Partial hospitalization/day treatment', 'Outpatient'],
  ['Outpatient', 'Regular outpatient treatment'],
  ['Intensive outpatient treatment', 'Partial hospitalization/day treatment', 'Telemedicine/telehealth therapy'],
];
const PAY = ['Cash or self-payment', 'Medicaid', 'Medicare', 'Private health insurance', 'Federal military insurance (e.g., TRICARE)', 'State-financed health insurance plan other than Medicaid'];
const PYAS = ['Sliding fee scale (fee is based on income and other factors)', 'Payment assistance (check with facility for details)'];
const AGE = ['Adults', 'Young adults', 'Seniors', 'Children/Adolescents'];
const SG = ['Veterans', 'Adult women', 'Adult men', 'Lesbian, gay, bisexual, or transgender (LGBT) clients', 'Clients referred from the court/judicial system'];
const TAP = ['Cognitive behavioral therapy', 'Motivational interviewing', '12-step facilitation', 'Dialectical behavior therapy', 'Trauma-related counseling', 'Contingency management/motivational incentives'];
const OM = ['Buprenorphine used in Treatment', 'Naltrexone used in Treatment', 'Methadone used in Treatment'];
const AS = ['Case management service', 'Drug or alcohol urine screening', 'Transportation assistance', 'Employment counseling or training', 'Aftercare/continuing care'];
const LCA = ['State Substance use treatment agency', 'Commission on Accreditation of Rehabilitation Facilities (CARF)', 'The Joint Commission'];
const LANG = ['Spanish', 'ASL or other assistance for hearing impaired', 'Vietnamese', 'Chinese'];

/** One FindTreatment.gov-shaped facility row offering IOP, PHP or outpatient care. */
function locatorRow(r: Rand, i: number): Record<string, unknown> {
  const [city, state, zip, lat, lng, area] = pick(r, PLACES);
  const phone = (n: number) => `${area}-555-01${String(n % 100).padStart(2, '0')}`;
  const services = [
    svc('Type of Care', 'TC', some(r, TC, 0.6).concat(pick(r, TC.slice(0, 2)))),
    svc('Service Setting', 'SET', pick(r, SETTINGS)),
    svc('Payment/Insurance/Funding Accepted', 'PAY', some(r, PAY, 0.55).concat('Cash or self-payment')),
    svc('Age Groups Accepted', 'AGE', some(r, AGE, 0.5).concat('Adults')),
    svc('Treatment Approaches', 'TAP', some(r, TAP, 0.5)),
    svc('Ancillary Services', 'AS', some(r, AS, 0.4)),
    svc('License/Certification/Accreditation', 'LCA', some(r, LCA, 0.5)),
  ];
  if (r() < 0.5) services.push(svc('Payment Assistance Available', 'PYAS', some(r, PYAS, 0.6)));
  if (r() < 0.5) services.push(svc('Special Programs/Groups Offered', 'SG', some(r, SG, 0.4)));
  if (r() < 0.4) services.push(svc('Opioid Medications used in Treatment', 'OM', some(r, OM, 0.5)));
  if (r() < 0.45) services.push(svc('Language Services', 'LANG', some(r, LANG, 0.5)));
  return {
    frid: `BENCH${String(i).padStart(6, '0')}`,
    name1: `${pick(r, NAMES)} ${pick(r, KINDS)}`,
    ...(r() < 0.3 ? { name2: pick(r, ['Evening IOP', 'Adolescent Program', 'Outpatient Services', 'Women’s Program']) } : {}),
    street1: `${100 + Math.floor(r() * 9800)} ${pick(r, STREETS)}`,
    ...(r() < 0.3 ? { street2: `Suite ${100 + Math.floor(r() * 400)}` } : {}),
    city,
    state,
    zip,
    phone: phone(i),
    ...(r() < 0.6 ? { intake1: phone(i + 37) } : {}),
    ...(r() < 0.7 ? { website: `www.facility${i}.example.org` } : {}),
    latitude: (lat + (r() - 0.5) * 0.6).toFixed(4),
    longitude: (lng + (r() - 0.5) * 0.6).toFixed(4),
    type_facility: pick(r, ['SA', 'MH', 'SA']),
    services,
  };
}

let programs: Program[] | undefined;
function data(): Program[] {
  if (!programs) {
    const r = mulberry32(SEED);
    const rows = Array.from({ length: COUNT }, (_, i) => locatorRow(r, i));
    const imported = fromLocatorRows(rows);
    if (imported.programs.length !== COUNT) throw new Error(`expected ${COUNT} programs from the locator rows, got ${imported.programs.length} (${imported.skipped[0]?.reason ?? ''})`);
    programs = imported.programs;
  }
  return programs;
}

const firstRender = mountCase({
  name: 'program-finder (locator rows): first render, 25,000 programs',
  description: 'new element given 25,000 programs imported by fromLocatorRows (.programs, no schedules) → first 20 results in the DOM',
  programs: data,
  budgetMs: 50,
  iterations: 15,
  warmup: 3,
  resultSelector: '.card .no-schedule',
});

const filterChange = filterChangeCase({
  name: 'program-finder (locator rows): filter change, 25,000 programs',
  description: 'click the "Medicaid" checkbox (or uncheck it) → counts, count text and first 20 results updated in the DOM',
  programs: data,
  facet: 'payment',
  option: 'medicaid',
  resultSelector: '.card .no-schedule',
});

const importRows: BenchCase<{ rows: unknown[] }> = {
  name: 'program-finder (locator rows): fromLocatorRows, 25,000 rows',
  description: 'the locator bridge alone: 25,000 rows → validated programs (what a directory build or a page would do once)',
  iterations: 3,
  warmup: 1,
  setup: () => {
    const r = mulberry32(SEED);
    return { rows: Array.from({ length: COUNT }, (_, i) => locatorRow(r, i)) };
  },
  run({ rows }) {
    if (fromLocatorRows(rows).programs.length !== COUNT) throw new Error('rows were skipped');
  },
};

export default [firstRender, filterChange, importRows];
