/**
 * Reading `benefitsInformation[]` lines and picking, per asked service type, the lines
 * that speak about it: the exact code first, then its neighbours, then `30` (the plan in
 * general), then lines with no service type. "In network" means the benefits shown are the
 * plan's in-network ones (EB12 `Y`); `N` out of network; `W` (applies either way), `U` or
 * missing → unknown.
 */
import type { ServiceBenefit, ServiceTypeCode } from '../schemas/index.js';
import { digits, isNanpPhone } from '../validators.js';

export const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export interface Line {
  code: string;
  serviceTypeCodes: string[];
  amount?: number;
  percent?: number;
  network?: string;
  auth?: string;
  time?: string;
  level?: 'individual' | 'family';
  planCoverage?: string;
  raw: Record<string, unknown>;
}

const MENTAL: readonly string[] = ['MH', 'CF', 'CH', 'A6', 'A8', 'BB'];
const SUBSTANCE: readonly string[] = ['AI', 'CJ', 'AJ', 'AK'];
export const BEHAVIORAL = new Set([...MENTAL, ...SUBSTANCE]);

function money(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\$?\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v.replace(/[$\s]/g, '')) : undefined;
  return n !== undefined && Number.isFinite(n) && n >= 0 && n <= 10_000_000 ? Math.round(n * 100) / 100 : undefined;
}

/** `benefitPercent` is a fraction ("0.2" = 20 %); a value above 1 (up to 100) is read as a percent already. */
function percent(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d*(\.\d+)?\s*$/.test(v) && v.trim() ? Number(v) : undefined;
  if (n === undefined || !Number.isFinite(n) || n < 0 || n > 100) return undefined;
  return Math.round((n <= 1 ? n * 100 : n) * 100) / 100;
}

const LEVELS: Record<string, 'individual' | 'family'> = { IND: 'individual', FAM: 'family', EMP: 'individual', ESP: 'family', ECH: 'family' };

export function readLines(raw: unknown): Line[] {
  const out: Line[] = [];
  for (const b of list(raw).slice(0, 2000)) {
    if (!isObj(b) || (typeof b.code !== 'string' && typeof b.code !== 'number')) continue;
    const line: Line = {
      code: String(b.code).trim().toUpperCase(),
      serviceTypeCodes: list(b.serviceTypeCodes).flatMap((c) => (typeof c === 'string' ? [c.trim().toUpperCase()] : [])),
      raw: b,
    };
    const amount = money(b.benefitAmount);
    if (amount !== undefined) line.amount = amount;
    const p = percent(b.benefitPercent);
    if (p !== undefined) line.percent = p;
    if (typeof b.inPlanNetworkIndicatorCode === 'string') line.network = b.inPlanNetworkIndicatorCode.trim().toUpperCase();
    if (typeof b.authOrCertIndicator === 'string') line.auth = b.authOrCertIndicator.trim().toUpperCase();
    if (typeof b.timeQualifierCode === 'string' || typeof b.timeQualifierCode === 'number') line.time = String(b.timeQualifierCode).trim();
    const level = typeof b.coverageLevelCode === 'string' ? LEVELS[b.coverageLevelCode.trim().toUpperCase()] : undefined;
    if (level) line.level = level;
    if (typeof b.planCoverage === 'string' && b.planCoverage.trim()) line.planCoverage = b.planCoverage.trim().slice(0, 200);
    out.push(line);
  }
  return out;
}

function tiers(code: string, lines: Line[]): Line[][] {
  const family = MENTAL.includes(code) ? MENTAL : SUBSTANCE.includes(code) ? SUBSTANCE : [];
  const has = (l: Line, codes: readonly string[]) => l.serviceTypeCodes.some((c) => codes.includes(c));
  return [
    lines.filter((l) => has(l, [code])),
    lines.filter((l) => !has(l, [code]) && has(l, family.filter((c) => c !== code))),
    code === '30' ? [] : lines.filter((l) => !has(l, [code, ...family]) && has(l, ['30'])),
    lines.filter((l) => l.serviceTypeCodes.length === 0),
  ];
}

const NETWORK_RANK: Record<string, number> = { Y: 0, W: 1, U: 2, N: 3 };
const rank = (l: Line) => (NETWORK_RANK[l.network ?? 'U'] ?? 2) * 3 + (l.level === 'individual' ? 0 : l.level === undefined ? 1 : 2);

/** The best line among the first tier that has one matching `keep`. */
function pick(ts: Line[][], keep: (l: Line) => boolean): Line | undefined {
  for (const t of ts) {
    const hits = t.filter(keep).sort((a, b) => rank(a) - rank(b));
    if (hits.length) return hits[0];
  }
  return undefined;
}

export function benefitFor(code: ServiceTypeCode, lines: Line[], carvedOut: boolean): ServiceBenefit {
  const ts = tiers(code, lines);
  if (carvedOut && BEHAVIORAL.has(code)) return { serviceTypeCode: code, inNetwork: 'unknown', priorAuthRequired: 'unknown' };
  const copay = pick(ts, (l) => l.code === 'B' && l.amount !== undefined);
  const coins = pick(ts, (l) => l.code === 'A' && l.percent !== undefined);
  const dedTotal = pick(ts, (l) => l.code === 'C' && l.amount !== undefined && l.time !== '29' && l.time !== '24');
  const dedLeft = pick(ts, (l) => l.code === 'C' && l.amount !== undefined && l.time === '29' && (!dedTotal || l.level === dedTotal.level));
  const oopTotal = pick(ts, (l) => l.code === 'G' && l.amount !== undefined && l.time !== '29' && l.time !== '24');
  const oopLeft = pick(ts, (l) => l.code === 'G' && l.amount !== undefined && l.time === '29' && (!oopTotal || l.level === oopTotal.level));
  const used = [copay, coins, dedTotal, dedLeft, oopTotal, oopLeft].filter((l): l is Line => l !== undefined);
  const flags = used.map((l) => l.network).filter((n): n is string => n === 'Y' || n === 'N');
  const inNetwork = flags.length && flags.every((n) => n === 'Y') ? 'yes' : flags.length && flags.every((n) => n === 'N') ? 'no' : 'unknown';
  let priorAuthRequired: ServiceBenefit['priorAuthRequired'] = 'unknown';
  for (const t of ts) {
    const auths = t.map((l) => l.auth).filter((a) => a === 'Y' || a === 'N');
    if (auths.length) {
      priorAuthRequired = auths.includes('Y') ? 'yes' : 'no';
      break;
    }
  }
  const b: ServiceBenefit = { serviceTypeCode: code, inNetwork, priorAuthRequired };
  if (copay) b.copay = copay.amount!;
  if (coins) b.coinsurancePercent = coins.percent!;
  if (dedTotal) b.deductibleTotal = dedTotal.amount!;
  if (dedLeft) b.deductibleRemaining = dedLeft.amount!;
  if (oopTotal) b.outOfPocketTotal = oopTotal.amount!;
  if (oopLeft) b.outOfPocketRemaining = oopLeft.amount!;
  const level = (dedTotal ?? dedLeft ?? oopTotal ?? copay ?? coins)?.level;
  if (level) b.coverageLevel = level;
  // Key order as the contract lists them (stable JSON for snapshots and diffs).
  const ordered: ServiceBenefit = { serviceTypeCode: b.serviceTypeCode, inNetwork: b.inNetwork } as ServiceBenefit;
  for (const k of ['copay', 'coinsurancePercent', 'deductibleTotal', 'deductibleRemaining', 'outOfPocketTotal', 'outOfPocketRemaining', 'priorAuthRequired', 'coverageLevel'] as const) {
    if (b[k] !== undefined) (ordered as Record<string, unknown>)[k] = b[k];
  }
  return ordered;
}

function phoneOf(entity: Record<string, unknown>): string | undefined {
  const contacts = isObj(entity.contactInformation) ? list(entity.contactInformation.contacts) : [];
  for (const c of contacts) {
    if (!isObj(c) || typeof c.communicationNumber !== 'string') continue;
    const mode = typeof c.communicationMode === 'string' ? c.communicationMode.toLowerCase() : '';
    if (mode && !mode.includes('phone') && mode !== 'te') continue;
    const d = digits(c.communicationNumber).replace(/^1(?=\d{10}$)/, '');
    if (d.length === 10 && isNanpPhone(d)) return `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`;
  }
  return undefined;
}

/** EB01 `U` ("contact the following entity") on behavioral codes with a named entity: a carve-out. */
export function carveOutOf(lines: Line[]): { name: string; phone?: string } | undefined {
  for (const l of lines) {
    if (l.code !== 'U' || (l.serviceTypeCodes.length > 0 && !l.serviceTypeCodes.some((c) => BEHAVIORAL.has(c)))) continue;
    const entities = [...list(l.raw.benefitsRelatedEntities), ...(isObj(l.raw.benefitsRelatedEntity) ? [l.raw.benefitsRelatedEntity] : [])];
    for (const e of entities) {
      if (!isObj(e)) continue;
      const name = [e.entityName, [e.entityFirstName, e.entityLastName].filter((x) => typeof x === 'string').join(' ')].find((x) => typeof x === 'string' && x.trim());
      if (typeof name !== 'string') continue;
      const phone = phoneOf(e);
      return { name: name.trim().slice(0, 200), ...(phone ? { phone } : {}) };
    }
  }
  return undefined;
}
