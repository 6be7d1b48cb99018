/**
 * Backend wiring: `createBackend` picks one of the three shipped implementations.
 * Precedence: a `backend` object (custom adapter) → `apiBase` (REST) → `src` (static
 * JSON file). With none of them, every call rejects with a `not-supported` error
 * saying that no backend is configured.
 */
import { createHttpBackend } from './http.js';
import { isKitBackend, markKitBackend } from './shared.js';
import { BackendError } from './types.js';
import { loadOnce } from '../load-once.js';
import type { BackendAdapter } from './types.js';

export * from './types.js';
export { validatedBackend, type IopBackend } from '../data/validated-backend.js';
export { createHttpBackend, createTransport, DEFAULT_TIMEOUT_MS } from './http.js';
export type { HttpBackendOptions } from './http.js';
export type { StaticBackendOptions, StaticData } from './static.js';

export interface CreateBackendOptions {
  /** Base URL of the REST contract (`api-base`). */
  apiBase?: string | null | undefined;
  /** URL of a static JSON data file (`src`). */
  src?: string | null | undefined;
  /** A custom adapter object (`provider.backend = myAdapter`), or a backend made by the kit. */
  backend?: unknown;
  /** Request timeout in milliseconds (HTTP and static; default 15 000). */
  timeoutMs?: number | undefined;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch | undefined;
}

const NOT_CONFIGURED =
  'No backend is configured: set api-base="…" (the center\'s API), src="…" (a static JSON file) or .backend (a custom adapter) on the element or on <iop-provider>.';

/** Whether this backend is the placeholder `createBackend` returns when nothing is configured. */
const unconfigured = new WeakSet<BackendAdapter>();
export function isUnconfiguredBackend(backend: unknown): boolean {
  return typeof backend === 'object' && backend !== null && unconfigured.has(backend as BackendAdapter);
}

/** A backend whose every call rejects with a clear `not-supported` configuration error. */
export function createUnconfiguredBackend(): BackendAdapter {
  const fail = () => Promise.reject(new BackendError('not-supported', NOT_CONFIGURED));
  const backend: BackendAdapter = {
    kind: 'custom',
    listPrograms: fail,
    getProgram: fail,
    searchPayers: fail,
    checkInsurance: fail,
    getIntakeForm: fail,
    submitIntake: fail,
    listEducationModules: fail,
    getEducationModule: fail,
  };
  unconfigured.add(backend);
  return markKitBackend(backend);
}

/**
 * An adapter whose code is fetched on its first call: the static-file adapter (pages wired
 * to an API never download it) and the wrapper of a custom adapter object (pages on the
 * CDN bundle talk to an API). Every method is async, so the caller cannot tell.
 * (Import `createStaticBackend` from './static.js' or `wrapCustomBackend` from './custom.js'
 * to get them eagerly.)
 */
function lazyBackend(kind: BackendAdapter['kind'], create: () => Promise<BackendAdapter>): BackendAdapter {
  const load = loadOnce(() =>
    create().catch((e: unknown) => {
      throw new BackendError('network', 'Part of the page could not be loaded. Check the internet connection and try again.', { cause: e });
    }),
  );
  const call =
    <K extends Exclude<keyof BackendAdapter, 'kind'>>(name: K) =>
    (...args: Parameters<BackendAdapter[K]>): Promise<unknown> =>
      load().then((a) => (a[name] as (...x: Parameters<BackendAdapter[K]>) => Promise<unknown>)(...args));
  return markKitBackend({
    kind,
    listPrograms: call('listPrograms'),
    getProgram: call('getProgram'),
    searchPayers: call('searchPayers'),
    checkInsurance: call('checkInsurance'),
    getIntakeForm: call('getIntakeForm'),
    submitIntake: call('submitIntake'),
    listEducationModules: call('listEducationModules'),
    getEducationModule: call('getEducationModule'),
  });
}

const present = (s: string | null | undefined): s is string => typeof s === 'string' && s.trim() !== '';

export function createBackend(options: CreateBackendOptions = {}): BackendAdapter {
  const { backend, apiBase, src, timeoutMs, fetch } = options;
  if (backend !== undefined && backend !== null) {
    return isKitBackend(backend) ? (backend as BackendAdapter) : lazyBackend('custom', async () => (await import('./custom.js')).wrapCustomBackend(backend, { timeoutMs }));
  }
  if (present(apiBase)) return createHttpBackend({ apiBase, timeoutMs, fetch });
  if (present(src)) return lazyBackend('static', async () => (await import('./static.js')).createStaticBackend({ src, timeoutMs, fetch }));
  return createUnconfiguredBackend();
}
