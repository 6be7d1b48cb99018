/**
 * The three shipped adapters behind one function, with the HTTP adapter passed in: the public
 * `createBackend` (index.ts) passes it eagerly; an element that talks to its API only later
 * (the intake: a center's form, then sending) passes `lazyHttpBackend`, so its entry does not
 * carry the adapter. This module never imports `http.ts` itself.
 */
import { isKitBackend, markKitBackend } from './shared.js';
import { BackendError } from './types.js';
import { loadOnce } from '../load-once.js';
import type { BackendAdapter } from './types.js';
import type { HttpBackendOptions } from './http.js';

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

/** Makes the HTTP adapter for an `api-base`. */
export type HttpFactory = (options: HttpBackendOptions) => BackendAdapter;

/** The HTTP adapter, its code fetched on its first call. */
export const lazyHttpBackend: HttpFactory = (options) => lazyBackend('http', async () => (await import('./http.js')).createHttpBackend(options));

export function createBackendWith(options: CreateBackendOptions, http: HttpFactory): BackendAdapter {
  const { backend, apiBase, src, timeoutMs, fetch } = options;
  if (backend !== undefined && backend !== null) {
    return isKitBackend(backend) ? (backend as BackendAdapter) : lazyBackend('custom', async () => (await import('./custom.js')).wrapCustomBackend(backend, { timeoutMs }));
  }
  if (present(apiBase)) return http({ apiBase, timeoutMs, fetch });
  if (present(src)) return lazyBackend('static', async () => (await import('./static.js')).createStaticBackend({ src, timeoutMs, fetch }));
  return createUnconfiguredBackend();
}
