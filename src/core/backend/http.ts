/**
 * HTTP adapter: the REST contract of DESIGN.md §2 under `apiBase`, JSON over `fetch`.
 * Timeouts (default 15 s) combine with the caller's AbortSignal; every failure is a
 * BackendError a person could read. The adapter moves JSON only: what it answers is
 * validated by `src/core/data` (so an element bundles only the schemas it uses).
 * No PHI goes into URLs: ids are resource ids, `q` is a payer name.
 */
import { describeIssues, type FieldIssue } from '../schemas/issues.js';
import { BackendError, isBackendError } from './types.js';
import type { BackendAdapter, RequestOptions } from './types.js';
import { abortedError, anySignal, checkId, markKitBackend, throwIfAborted } from './shared.js';

export const DEFAULT_TIMEOUT_MS = 15_000;

export interface HttpBackendOptions {
  /** Base URL of the REST contract, e.g. `https://center.example/iop-api` or `/api` (a trailing slash is fine). */
  apiBase: string;
  /** Milliseconds before a request gives up with a `timeout` error (default 15 000). */
  timeoutMs?: number;
  /** A `fetch` to use instead of the global one (e.g. one that adds an auth header). */
  fetch?: typeof fetch;
}

const seg = (id: string) => encodeURIComponent(id);

/** A field of an error body, if it is an object. */
const field = (body: unknown, name: string): unknown => (body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined);

/** `{ issues: [{ path, message }] }` of a 400/422 answer, bounded. */
function readIssues(body: unknown): FieldIssue[] {
  const issues = field(body, 'issues');
  return Array.isArray(issues)
    ? issues.flatMap((i) => {
        const message = field(i, 'message');
        const path = field(i, 'path');
        return typeof message === 'string' ? [{ path: typeof path === 'string' ? path : '', message: message.slice(0, 500) }] : [];
      })
    : [];
}

export interface TransportOptions {
  base: string;
  timeoutMs?: number | undefined;
  fetch?: typeof fetch | undefined;
  /** Who answers, for messages: "The server", "The data file /iop-data.json". */
  label?: string;
}

export interface Call {
  method: 'GET' | 'POST';
  /** Appended to the base; '' for the base itself. */
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  /** What a 404 means: `The program "x"` → not-found; undefined → a plain http error. */
  notFound?: string;
}

/** One JSON request with timeout, abort and readable errors; shared by the HTTP and static adapters. */
export function createTransport(options: TransportOptions): (call: Call) => Promise<{ status: number; data: unknown }> {
  const base = options.base.trim();
  const label = options.label ?? 'The server';
  const timeoutMs = options.timeoutMs && options.timeoutMs > 0 ? options.timeoutMs : DEFAULT_TIMEOUT_MS;
  const doFetch: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  return async function send(call: Call): Promise<{ status: number; data: unknown }> {
    throwIfAborted(call.signal);
    const timeout = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      timeout.abort();
    }, timeoutMs);
    const signal = call.signal ? anySignal([call.signal, timeout.signal]) : timeout.signal;
    const url = call.path ? base.replace(/\/+$/, '') + call.path : base;
    const where = call.path ? ` for ${call.method} ${call.path.split('?')[0]}` : '';
    try {
      const headers: Record<string, string> = { Accept: 'application/json', ...call.headers };
      if (call.body !== undefined) headers['Content-Type'] = 'application/json';
      const res = await doFetch(url, {
        method: call.method,
        headers,
        credentials: 'same-origin',
        signal,
        ...(call.body !== undefined ? { body: JSON.stringify(call.body) } : {}),
      });
      const text = await res.text();
      const type = res.headers.get('content-type') ?? '';
      let json: { value: unknown } | undefined;
      try {
        if (text.trim()) json = { value: JSON.parse(text) };
      } catch {
        // not JSON: reported below
      }
      if (!res.ok) {
        const body = json?.value;
        if (res.status === 404 && call.notFound) throw new BackendError('not-found', `${call.notFound} was not found.`, { status: 404 });
        const issues = res.status === 400 || res.status === 422 ? readIssues(body) : [];
        const error = field(body, 'error');
        const said = issues.length ? describeIssues(issues) : typeof error === 'string' && error.trim() ? error.trim().slice(0, 300) : '';
        const status = `${res.status}${res.statusText ? ` (${res.statusText})` : ''}`;
        const later = res.status >= 500 || res.status === 429 || res.status === 408 ? ' Please try again in a little while.' : '';
        throw new BackendError('http', `${label} answered ${status}${where}${said ? `: ${said}` : ''}.${later}`, { status: res.status, fieldIssues: issues });
      }
      if (!json) {
        const what = text.trim() ? `content that is not JSON${type ? ` (${type.split(';')[0]})` : ''}` : 'an empty answer';
        throw new BackendError('invalid-response', `${label} sent ${what}${where}; it should send JSON.`, { status: res.status });
      }
      return { status: res.status, data: json.value };
    } catch (e) {
      if (call.signal?.aborted) throw abortedError();
      if (timedOut) throw new BackendError('timeout', `${label} did not answer within ${Math.round(timeoutMs / 100) / 10} seconds.`, { cause: e });
      if (isBackendError(e)) throw e;
      throw new BackendError('network', `Could not reach ${base}. Check the internet connection and try again.`, { cause: e });
    } finally {
      clearTimeout(timer);
    }
  };
}

export function createHttpBackend(options: HttpBackendOptions): BackendAdapter {
  const base = options.apiBase.trim();
  if (!base) throw new BackendError('not-supported', 'No API address (api-base) was given.');
  const send = createTransport({ base, timeoutMs: options.timeoutMs, fetch: options.fetch });

  const get = (path: string, o?: RequestOptions, notFound?: string) =>
    send({ method: 'GET', path, signal: o?.signal, ...(notFound ? { notFound } : {}) }).then((r) => r.data);

  const post = (path: string, body: unknown, o?: RequestOptions, headers?: Record<string, string>) =>
    send({ method: 'POST', path, body, signal: o?.signal, ...(headers ? { headers } : {}) }).then((r) => r.data);

  const backend: BackendAdapter = {
    kind: 'http',
    listPrograms: (o) => get('/programs', o),
    getProgram: async (id, o) => get(`/programs/${seg(checkId(id, 'program'))}`, o, `The program "${id}"`),
    searchPayers: (query, o) => get(`/payers?${new URLSearchParams({ q: typeof query === 'string' ? query.slice(0, 200) : '' })}`, o),
    checkInsurance: (request, o) => post('/insurance-checks', request, o),
    getIntakeForm: async (id, o) => get(`/intake-forms/${seg(checkId(id, 'intake form'))}`, o, `The intake form "${id}"`),
    async submitIntake(submission, o) {
      const key = (submission as { submissionId?: unknown } | null)?.submissionId;
      if (typeof key !== 'string' || !key) throw new BackendError('invalid-request', 'An intake submission needs its submissionId (the Idempotency-Key).');
      return post('/intake-submissions', submission, o, { 'Idempotency-Key': key });
    },
    listEducationModules: (o) => get('/education/modules', o),
    getEducationModule: async (id, o) => get(`/education/modules/${seg(checkId(id, 'education module'))}`, o, `The education module "${id}"`),
  };
  return markKitBackend(backend);
}
