/**
 * Custom object: `provider.backend = myAdapter` for centers that call their CRM or
 * EHR SDK directly. Every method the object has is called with its arguments and then
 * `{ signal }`; methods it lacks reject with `not-supported`; anything it throws that
 * is not a BackendError becomes a `network` error carrying its message. What it
 * answers is validated by `src/core/data`, exactly like an HTTP answer.
 */
import { BackendError } from './types.js';
import type { BackendAdapter, RequestOptions } from './types.js';
import { anySignal, checkId, markKitBackend, raceSignal, throwIfAborted, toBackendError } from './shared.js';

const SOURCE = 'The custom backend';

type MethodName = Exclude<keyof BackendAdapter, 'kind'>;

/** How long a custom adapter may take before the kit gives up with a `timeout` error (like the HTTP adapter). */
export const CUSTOM_TIMEOUT_MS = 30_000;

export function wrapCustomBackend(target: unknown, options: { timeoutMs?: number | undefined } = {}): BackendAdapter {
  const obj = (typeof target === 'object' || typeof target === 'function') && target !== null ? (target as Record<string, unknown>) : {};
  const timeoutMs = options.timeoutMs && options.timeoutMs > 0 ? options.timeoutMs : CUSTOM_TIMEOUT_MS;

  async function invoke(name: MethodName, args: unknown[], options?: RequestOptions): Promise<unknown> {
    throwIfAborted(options?.signal);
    const fn = obj[name];
    if (typeof fn !== 'function') {
      throw new BackendError('not-supported', `${SOURCE} does not provide ${name}(), so this is not available here.`);
    }
    // The adapter gets a signal that also fires on the kit's timeout, so it can stop its own work.
    const timeout = new AbortController();
    const signal = options?.signal ? anySignal([options.signal, timeout.signal]) : timeout.signal;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        timeout.abort();
        reject(new BackendError('timeout', `${SOURCE}'s ${name}() did not answer within ${Math.round(timeoutMs / 100) / 10} seconds.`));
      }, timeoutMs);
    });
    try {
      const call = Promise.resolve().then(() => (fn as (...a: unknown[]) => unknown).apply(obj, [...args, { signal }]));
      return await Promise.race([raceSignal(call, options?.signal), timedOut]);
    } catch (e) {
      throw toBackendError(e, `${SOURCE}'s ${name}()`);
    } finally {
      clearTimeout(timer);
    }
  }

  const backend: BackendAdapter = {
    kind: 'custom',
    listPrograms: (o) => invoke('listPrograms', [], o),
    getProgram: async (id, o) => invoke('getProgram', [checkId(id, 'program')], o),
    searchPayers: (query, o) => invoke('searchPayers', [typeof query === 'string' ? query : ''], o),
    checkInsurance: (request, o) => invoke('checkInsurance', [request], o),
    getIntakeForm: async (id, o) => invoke('getIntakeForm', [checkId(id, 'intake form')], o),
    submitIntake: (submission, o) => invoke('submitIntake', [submission], o),
    listEducationModules: (o) => invoke('listEducationModules', [], o),
    getEducationModule: async (id, o) => invoke('getEducationModule', [checkId(id, 'education module')], o),
  };
  return markKitBackend(backend);
}
