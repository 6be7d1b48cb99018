/**
 * The reference backend: the whole REST contract of DESIGN.md §2 as one connect-style
 * handler on plain Node `http` types (mounted by Vite for the demo and by
 * web-test-runner for the tests). Request bodies are validated with the kit's own
 * schemas (400 `{ error, issues: [{ path, message }] }`); every error is JSON.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { matchPayers, DEFAULT_PAYER_LIMIT } from '../../src/core/payers.js';
import { InsuranceCheckRequest, IntakeSubmission, Payer, parse, parseList } from '../../src/core/schemas/index.js';
import { toLoader } from './data.js';
import type { DataSource, ReferenceData } from './data.js';
import { HttpProblem, readJsonBody, sendError, sendJson, sleep } from './http-util.js';
import type { Handler, Next } from './http-util.js';
import { sandboxEligibility } from './sandbox.js';
import { createSubmissionStore } from './store.js';

export type { DataSource, ReferenceData } from './data.js';
export type { Handler, Next } from './http-util.js';

export interface ReferenceApiOptions {
  /** Where intake submissions are kept (`submissions.json`); created if missing. */
  dataDir: string;
  /** URL prefix of the API (default `/api`). */
  basePath?: string;
  /** Delay before every answer, to see loading states in the demo (default 0). */
  latencyMs?: number;
  /** The programs, payers, modules and forms to serve (default: the files in demo/data). */
  dataSource?: DataSource;
  /** Adds `GET <base>/_debug/submissions/count[?id=<submissionId>]` (tests only; never in the demo). */
  debug?: boolean;
}

/** What `GET /education/modules` lists: a module without its blocks. */
function summary(m: unknown): unknown {
  if (!m || typeof m !== 'object' || Array.isArray(m)) return m;
  const { blocks: _blocks, ...rest } = m as Record<string, unknown>;
  return rest;
}

function findById(list: unknown[], id: string): unknown {
  return list.find((x) => x && typeof x === 'object' && (x as { id?: unknown }).id === id);
}

function decodeSegments(rest: string): string[] {
  try {
    return rest.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
  } catch {
    throw new HttpProblem(400, 'The address contains malformed percent-encoding.');
  }
}

export function createReferenceApi(options: ReferenceApiOptions): Handler {
  const basePath = (options.basePath ?? '/api').replace(/\/+$/, '');
  const latency = Math.max(0, options.latencyMs ?? 0);
  const load = toLoader(options.dataSource);
  const store = createSubmissionStore(options.dataDir);

  const methodNotAllowed = (res: ServerResponse, allow: string) =>
    sendError(res, 405, `This address accepts ${allow} only.`, { headers: { Allow: allow } });

  async function route(req: IncomingMessage, res: ServerResponse, rest: string, query: URLSearchParams): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const isGet = method === 'GET' || method === 'HEAD';
    const [first, second, third, ...more] = decodeSegments(rest);
    const data = (): Promise<ReferenceData> => load();

    if (first === 'programs' && second === undefined) {
      if (!isGet) return methodNotAllowed(res, 'GET');
      return sendJson(res, 200, (await data()).programs);
    }
    if (first === 'programs' && second !== undefined && third === undefined) {
      if (!isGet) return methodNotAllowed(res, 'GET');
      const p = findById((await data()).programs, second);
      return p ? sendJson(res, 200, p) : sendError(res, 404, `Program "${second}" was not found.`);
    }
    if (first === 'payers' && second === undefined) {
      if (!isGet) return methodNotAllowed(res, 'GET');
      const list = parseList(Payer, (await data()).payers);
      const payers = list.ok ? list.data.items : [];
      const limit = Math.min(50, Math.max(1, Number(query.get('limit')) || DEFAULT_PAYER_LIMIT));
      return sendJson(res, 200, matchPayers(payers, (query.get('q') ?? '').slice(0, 200), limit));
    }
    if (first === 'insurance-checks' && second === undefined) {
      if (method !== 'POST') return methodNotAllowed(res, 'POST');
      const r = parse(InsuranceCheckRequest, await readJsonBody(req));
      if (!r.ok) return sendError(res, 400, 'The insurance check request is not valid.', { issues: r.issues });
      return sendJson(res, 200, sandboxEligibility(r.data));
    }
    if (first === 'intake-forms' && second !== undefined && third === undefined) {
      if (!isGet) return methodNotAllowed(res, 'GET');
      const f = findById((await data()).intakeForms, second);
      return f ? sendJson(res, 200, f) : sendError(res, 404, `Intake form "${second}" was not found.`);
    }
    if (first === 'intake-submissions' && second === undefined) {
      if (method !== 'POST') return methodNotAllowed(res, 'POST');
      const key = String(req.headers['idempotency-key'] ?? '').trim();
      const body = await readJsonBody(req);
      if (!key) {
        return sendError(res, 400, 'The Idempotency-Key header is required (use the submissionId).', {
          issues: [{ path: 'Idempotency-Key', message: 'is required' }],
        });
      }
      const r = parse(IntakeSubmission, body);
      if (!r.ok) return sendError(res, 400, 'The intake submission is not valid.', { issues: r.issues });
      if (r.data.submissionId !== key) {
        return sendError(res, 400, 'The Idempotency-Key header must equal the submissionId.', {
          issues: [{ path: 'submissionId', message: 'must equal the Idempotency-Key header' }],
        });
      }
      const { receipt, created } = await store.submit(key, r.data);
      return sendJson(res, created ? 201 : 200, receipt);
    }
    if (first === 'education' && second === 'modules' && third === undefined) {
      if (!isGet) return methodNotAllowed(res, 'GET');
      return sendJson(res, 200, (await data()).educationModules.map(summary));
    }
    if (first === 'education' && second === 'modules' && third !== undefined && more.length === 0) {
      if (!isGet) return methodNotAllowed(res, 'GET');
      const m = findById((await data()).educationModules, third);
      return m ? sendJson(res, 200, m) : sendError(res, 404, `Education module "${third}" was not found.`);
    }
    if (options.debug && first === '_debug' && second === 'submissions' && third === 'count' && more.length === 0) {
      const id = new URL(req.url ?? '/', 'http://localhost').searchParams.get('id');
      return sendJson(res, 200, { count: await store.count(id ?? undefined) });
    }
    return sendError(res, 404, `There is nothing at ${basePath}${rest || '/'}.`);
  }

  return function referenceApi(req: IncomingMessage, res: ServerResponse, next: Next): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path !== basePath && !path.startsWith(`${basePath}/`)) return next();
    const rest = path.slice(basePath.length);
    (async () => {
      if (latency) await sleep(latency);
      await route(req, res, rest, url.searchParams);
    })().catch((e: unknown) => {
      if (e instanceof HttpProblem) return sendError(res, e.status, e.message, e.issues ? { issues: e.issues } : {});
      // Never echo request data; the message is about the server itself.
      console.error('[iop-kit reference api]', e instanceof Error ? e.message : e);
      sendError(res, 500, 'The reference backend had an internal problem.');
    });
  };
}

export interface StaticDataOptions {
  /** Where the file is served (default `/iop-data.json`). */
  path?: string;
  dataSource?: DataSource;
}

/**
 * Serves `/iop-data.json` for the static adapter, assembled from the same data. On a
 * real site this is one plain file on the web server; nothing needs to run.
 */
export function createStaticDataHandler(options: StaticDataOptions = {}): Handler {
  const path = options.path ?? '/iop-data.json';
  const load = toLoader(options.dataSource);
  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== path) return next();
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'This address accepts GET only.', { headers: { Allow: 'GET' } });
    load().then(
      (d) => sendJson(res, 200, d),
      (e: unknown) => {
        console.error('[iop-kit static data]', e instanceof Error ? e.message : e);
        sendError(res, 500, 'The sample data could not be read.');
      },
    );
  };
}
