/**
 * Watchers for the no-PHI tests (phi-*.test.ts), installed when this module is evaluated —
 * import it first, before any kit code. No PHI anywhere but the backend. A person completes the insurance check (sandbox member ID)
 * and the whole reference-backend intake (`sample-short-intake`, every page, sent) with
 * distinctive values; then: Web Storage holds none of them (is empty), no URL requested or
 * shown holds them, no console output holds them, every request went to this origin (the
 * configured backend), and the raw IndexedDB records (draft, outbox) never contain them.
 *
 * The watchers are installed at the top of this module, before the kit is imported
 * (dynamically, in `before`), so nothing the kit does escapes them.
 */
import { openDB } from 'idb';

// ---- watchers (before any kit code runs) -------------------------------------------------
export const requested: { url: string; method: string; body: string }[] = [];
export const consoleLines: string[] = [];
export const historyUrls: string[] = [];
export const resourceUrls = new Set<string>();

performance.setResourceTimingBufferSize(100000);
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) resourceUrls.add(e.name);
}).observe({ type: 'resource', buffered: true });

const bodyText = (body: unknown): string => (typeof body === 'string' ? body : body == null ? '' : `[${Object.prototype.toString.call(body)}]`);

/** Requests held back until released (to read the outbox while a submission is in flight). */
export let holdSubmissions: Promise<void> | undefined;
const realFetch = window.fetch.bind(window);
window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = input instanceof Request ? input.url : String(input);
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  requested.push({ url: new URL(url, location.href).href, method, body: bodyText(init?.body) });
  if (holdSubmissions && method === 'POST' && url.includes('/intake-submissions')) await holdSubmissions;
  return realFetch(input, init);
};
const realOpen = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
  requested.push({ url: new URL(String(url), location.href).href, method: method.toUpperCase(), body: '' });
  return (realOpen as (...a: unknown[]) => void).call(this, method, url, ...rest);
} as typeof XMLHttpRequest.prototype.open;
const realBeacon = navigator.sendBeacon?.bind(navigator);
navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
  requested.push({ url: new URL(String(url), location.href).href, method: 'BEACON', body: bodyText(data) });
  return realBeacon ? realBeacon(url, data) : false;
};
for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'table', 'dir'] as const) {
  const original = console[method].bind(console) as (...args: unknown[]) => void;
  (console as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
    consoleLines.push(args.map((a) => (typeof a === 'string' ? a : safeJson(a))).join(' '));
    original(...args);
  };
}
for (const method of ['pushState', 'replaceState'] as const) {
  const original = history[method].bind(history);
  history[method] = (data: unknown, unused: string, url?: string | URL | null) => {
    if (url != null) historyUrls.push(new URL(String(url), location.href).href);
    original(data, unused, url);
  };
}
export function safeJson(v: unknown): string {
  try {
    return v instanceof Error ? `${v.name}: ${v.message} ${v.stack ?? ''}` : JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

// ---- what the person types ----------------------------------------------------------------
export const PERSON = {
  first: 'Zyxwvutsrq',
  last: 'Qponmlkjih',
  dob: '1987-06-05',
  phone: '(512) 555-0173',
  email: 'zyxwvutsrq.mail@example.org',
  memberId: 'A123456789', // the sandbox's active member
  signature: 'Zyxwvutsrq Qponmlkjih',
};
/** Every form the values could take in a string (lower-cased comparisons). */
export const NEEDLES = ['zyxwvutsrq', 'qponmlkjih', '1987-06-05', '19870605', '06/05/1987', '5125550173', '555-0173', '512) 555', 'a123456789'];
export const leaks = (haystack: string): string[] => {
  const variants = [haystack, safeDecode(haystack)].map((s) => s.toLowerCase());
  return NEEDLES.filter((n) => variants.some((v) => v.includes(n)));
};
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/** Every byte IndexedDB holds for `dbName`, as text (strings as they are; binary as UTF-8, Latin-1 and UTF-16). */
export async function rawIdbText(dbName: string): Promise<{ text: string; records: Record<string, number> }> {
  const db = await openDB(dbName);
  const parts: string[] = [];
  const records: Record<string, number> = {};
  const walk = (v: unknown, depth = 0): void => {
    if (depth > 20 || v == null) return;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') parts.push(String(v));
    else if (v instanceof ArrayBuffer || ArrayBuffer.isView(v)) {
      const bytes = v instanceof ArrayBuffer ? new Uint8Array(v) : new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
      parts.push(new TextDecoder('utf-8').decode(bytes), new TextDecoder('latin1').decode(bytes));
      if (bytes.byteLength % 2 === 0) parts.push(new TextDecoder('utf-16le').decode(bytes));
    } else if (v instanceof Blob) parts.push(`[blob ${v.size}]`);
    else if (typeof CryptoKey !== 'undefined' && v instanceof CryptoKey) parts.push(`[CryptoKey extractable=${v.extractable}]`);
    else if (Array.isArray(v)) v.forEach((x) => walk(x, depth + 1));
    else if (typeof v === 'object') for (const [k, x] of Object.entries(v)) (parts.push(k), walk(x, depth + 1));
  };
  for (const store of db.objectStoreNames) {
    const all = await db.getAll(store);
    records[store] = all.length;
    walk(all);
  }
  db.close();
  return { text: parts.join('\n'), records };
}

export function setHold(p: Promise<void> | undefined): void {
  holdSubmissions = p;
}

/** The checks every no-PHI test ends with (what the page did, after the person's work). */
export function sharedChecks(describeIt: (name: string, fn: () => void) => void, postPaths: RegExp): void {
  describeIt('localStorage and sessionStorage are empty', () => {
    if (localStorage.length !== 0 || sessionStorage.length !== 0) throw new Error(`storage not empty: ${localStorage.length} / ${sessionStorage.length} keys`);
  });
  describeIt('no URL requested, loaded or put in the address bar contains a typed value', () => {
    for (const e of performance.getEntriesByType('resource')) resourceUrls.add(e.name);
    const urls = [...requested.map((r) => r.url), ...resourceUrls, ...historyUrls, location.href, document.referrer];
    if (urls.length < 5) throw new Error('too few URLs seen: the watchers are not working');
    const bad = urls.filter((u) => leaks(u).length > 0);
    if (bad.length) throw new Error(`URLs with typed values: ${bad.length}`);
  });
  describeIt('no other request body carried a typed value (only the POST to the backend)', () => {
    const others = requested.filter((r) => !(r.method === 'POST' && postPaths.test(r.url)));
    const bad = others.filter((r) => leaks(r.body).length > 0).map((r) => r.url);
    if (bad.length) throw new Error(`request bodies with typed values: ${bad.join(', ')}`);
  });
  describeIt('nothing written to the console contains a typed value', () => {
    const bad = consoleLines.filter((l) => leaks(l).length > 0);
    if (bad.length) throw new Error(`${bad.length} console lines with typed values`);
  });
  describeIt('every request went to this origin (the configured backend): no third-party request at all', () => {
    for (const e of performance.getEntriesByType('resource')) resourceUrls.add(e.name);
    const all = [...requested.map((r) => r.url), ...resourceUrls];
    const foreign = all.filter((u) => new URL(u).origin !== location.origin);
    if (foreign.length) throw new Error(`third-party requests: ${foreign.join(', ')}`);
    const api = requested.filter((r) => r.url.startsWith(`${location.origin}/api/`));
    if (api.length < 2) throw new Error(`the kit made only ${api.length} requests to /api: the watchers missed them`);
    console.log(`PHI test: ${requested.length} requests by the kit (${api.length} to /api), ${resourceUrls.size} resources, ${consoleLines.length} console lines checked`);
  });
}
