/**
 * SAMHSA FindTreatment.gov locator rows → `Program[]`. Each facility offering intensive
 * outpatient, partial hospitalization or outpatient care (service setting, `SET`) becomes
 * one Program at the most IOP-like level it offers (IOP, else PHP, else outpatient).
 * The locator publishes no schedules: imported programs have no tracks, and the finder
 * and schedule viewer show "schedule not published — call" with the intake phone.
 * Never throws; each row it cannot use is reported with the reason.
 */
import { Program, describeIssues, parse } from '../schemas/index.js';
import type { Program as P } from '../schemas/index.js';
import { digits, isNanpPhone, isWebUrl, isZip } from '../validators.js';
import {
  LANGUAGE_TAGS, LEVEL_PATTERNS, PAYMENT_PATTERNS, POPULATION_PATTERNS, SERVICE_PATTERNS, STATE_TIME_ZONES, THERAPY_NAMES, matchAll,
} from './vocabulary.js';

export interface SkippedRow {
  index: number;
  /** The facility's name, when the row has one (public directory data, not personal data). */
  name?: string;
  reason: string;
}

export interface LocatorImport {
  programs: P[];
  skipped: SkippedRow[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const s = (v: unknown, max = 200): string | undefined => (typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : typeof v === 'number' ? String(v) : undefined);

/** Category code (upper case) → its values, and category name → values, from `services`. */
function servicesOf(row: Obj): { byCode: Map<string, string[]>; byName: Map<string, string[]> } {
  const byCode = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  const services = Array.isArray(row.services) ? row.services : [];
  for (const sv of services.slice(0, 200)) {
    if (!isObj(sv)) continue;
    const values = typeof sv.f3 === 'string' ? sv.f3.split(/;\s*/).map((v) => v.trim()).filter(Boolean).slice(0, 100) : [];
    const code = typeof sv.f2 === 'string' ? sv.f2.trim().toUpperCase() : '';
    const name = typeof sv.f1 === 'string' ? sv.f1.trim().toLowerCase() : '';
    if (code) byCode.set(code, [...(byCode.get(code) ?? []), ...values]);
    if (name) byName.set(name, [...(byName.get(name) ?? []), ...values]);
  }
  return { byCode, byName };
}

function phone(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const d = digits(v.split(/x|ext/i)[0] ?? '').replace(/^1(?=\d{10}$)/, '');
  return d.length === 10 && isNanpPhone(d) ? `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}` : undefined;
}

function website(v: unknown): string | undefined {
  const raw = s(v, 2048);
  if (!raw) return undefined;
  const url = /^https?:\/\//i.test(raw) ? raw : `https://${raw.replace(/^\/+/, '')}`;
  return isWebUrl(url) ? url : undefined;
}

function coordinate(v: unknown, limit: number): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v) : NaN;
  return Number.isFinite(n) && Math.abs(n) <= limit ? n : undefined;
}

function focusOf(tc: string[], typeFacility: unknown): P['focus'] | undefined {
  const text = tc.join('; ');
  if (/co-?occurring/i.test(text)) return 'co-occurring';
  const su = /substance|addiction|detox/i.test(text);
  const mh = /mental health/i.test(text);
  if (su && mh) return 'co-occurring';
  if (su) return 'substance-use';
  if (mh) return 'mental-health';
  if (typeFacility === 'SA') return 'substance-use';
  if (typeFacility === 'MH') return 'mental-health';
  return undefined;
}

const idPart = (v: string) => v.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase();

function rowToProgram(row: Obj, index: number): P | string {
  const name1 = s(row.name1);
  if (!name1) return 'no facility name (name1)';
  const { byCode, byName } = servicesOf(row);
  const settings = byCode.get('SET') ?? [];
  const level = LEVEL_PATTERNS.map(([re, l]) => (settings.some((v) => re.test(v)) ? l : undefined)).find((l) => l !== undefined);
  if (!level) return settings.length ? 'offers no intensive outpatient, partial hospitalization or outpatient care' : 'no service setting (SET)';
  const focus = focusOf(byCode.get('TC') ?? [], row.type_facility);
  if (!focus) return 'no type of care (TC)';
  const state = s(row.state, 2)?.toUpperCase();
  const city = s(row.city, 100);
  if (!state || !/^[A-Z]{2}$/.test(state) || !city) return 'no city and state';
  const timeZone = STATE_TIME_ZONES[state];
  if (!timeZone) return `unknown state ${state}`;
  const intakePhone = phone(row.intake1) ?? phone(row.intake2) ?? phone(row.phone);
  if (!intakePhone) return 'no valid phone number';

  const all = [...byCode.values()].flat();
  const zip = s(row.zip, 10);
  const lat = coordinate(row.latitude, 90);
  const lng = coordinate(row.longitude, 180);
  const street = [s(row.street1), s(row.street2)].filter(Boolean).join(', ').slice(0, 200);
  const languageValues = [...byName].filter(([n]) => n.includes('language')).flatMap(([, v]) => v).concat(byCode.get('LANG') ?? []);
  const languages = ['en', ...matchAll(languageValues, LANGUAGE_TAGS)].filter((l, i, a) => a.indexOf(l) === i).slice(0, 20);
  const populations = matchAll([...(byCode.get('AGE') ?? []), ...(byCode.get('SG') ?? [])], POPULATION_PATTERNS);
  const sexes = byCode.get('SN') ?? [];
  if (sexes.length === 1 && /female/i.test(sexes[0]!) && !populations.includes('women')) populations.push('women');
  if (sexes.length === 1 && /^male$/i.test(sexes[0]!) && !populations.includes('men')) populations.push('men');
  const therapies = [...new Set((byCode.get('TAP') ?? []).map((v) => THERAPY_NAMES.find(([re]) => re.test(v))?.[1] ?? v.slice(0, 80)))].slice(0, 40);
  const services = matchAll(all, SERVICE_PATTERNS);
  if ((byCode.get('OM') ?? []).some((v) => !/^no\b|does not|not use/i.test(v)) && !services.includes('mat')) services.push('mat');
  const payment = matchAll([...(byCode.get('PAY') ?? []), ...(byCode.get('PYAS') ?? [])], PAYMENT_PATTERNS);
  const accreditation = [...new Set((byCode.get('LCA') ?? []).map((v) => v.slice(0, 80)))].slice(0, 20);
  const telehealth = settings.some((v) => /telemedicine|telehealth/i.test(v));
  const name2 = s(row.name2);
  const key = s(row.frid, 60) ?? s(row._irow, 60) ?? `${name1}-${zip ?? city}-${index}`;

  const program: P = {
    id: `locator-${idPart(key) || index}`.slice(0, 128),
    name: name2 ? `${name1}: ${name2}`.slice(0, 5000) : name1,
    center: name1,
    focus,
    levelOfCare: level,
    format: telehealth ? 'hybrid' : 'in-person',
    populations,
    languages,
    location: {
      ...(street ? { street } : {}),
      city,
      state,
      ...(zip && isZip(zip) ? { zip } : {}),
      ...(lat !== undefined && lng !== undefined && !(lat === 0 && lng === 0) ? { coordinates: { lat, lng } } : {}),
    },
    timeZone,
    tracks: [],
    therapies,
    services,
    payment: { options: payment, payerIds: [] },
    accreditation,
    intakePhone,
  };
  if (telehealth) program.statesServed = [state];
  const web = website(row.website);
  if (web) program.website = web;
  const r = parse(Program, program);
  return r.ok ? r.data : `does not make a valid program (${describeIssues(r.issues, 2)})`;
}

/** Reads locator rows (an array, or the API's `{ rows: [...] }` page). Never throws. */
export function fromLocatorRows(input: unknown): LocatorImport {
  const rows = Array.isArray(input) ? input : isObj(input) && Array.isArray(input.rows) ? input.rows : undefined;
  if (!rows) return { programs: [], skipped: [{ index: -1, reason: 'expected a list of locator rows, or an object with "rows"' }] };
  const programs: P[] = [];
  const skipped: SkippedRow[] = [];
  const ids = new Set<string>();
  rows.forEach((row, index) => {
    let result: P | string;
    try {
      result = isObj(row) ? rowToProgram(row, index) : 'not an object';
    } catch (e) {
      result = `could not be read (${e instanceof Error ? e.message : String(e)})`;
    }
    if (typeof result === 'string') {
      const name = isObj(row) ? s(row.name1) : undefined;
      skipped.push({ index, ...(name ? { name } : {}), reason: result });
      return;
    }
    let id = result.id;
    for (let n = 2; ids.has(id); n++) id = `${result.id.slice(0, 120)}-${n}`;
    ids.add(id);
    programs.push(id === result.id ? result : { ...result, id });
  });
  return { programs, skipped };
}

/** `{ reason: count }`, for a one-line summary ("1,204 rows skipped: 980 no service setting …"). */
export function skippedByReason(skipped: readonly SkippedRow[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of skipped) {
    const key = r.reason.replace(/\(.*\)$/, '').trim();
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}
