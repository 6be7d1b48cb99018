/**
 * Custom object: `provider.backend = myAdapter` for centers that call their CRM or
 * EHR SDK directly. Every method the object has is called with its arguments and then
 * `{ signal }`; methods it lacks reject with `not-supported`; anything it throws that
 * is not a BackendError becomes a `network` error carrying its message. What it
 * answers is validated by `src/core/data`, exactly like an HTTP answer.
 */
import { BackendError } from './types.js';
import type { BackendAdapter, RequestOptions } from './types.js';
import { checkId, markKitBackend, raceSignal, throwIfAborted, toBackendError } from './shared.js';

const SOURCE = 'The custom backend';

type MethodName = Exclude<keyof BackendAdapter, 'kind'>;

export function wrapCustomBackend(target: unknown): BackendAdapter {
  const obj = (typeof target === 'object' || typeof target === 'function') && target !== null ? (target as Record<string, unknown>) : {};

  async function invoke(name: MethodName, args: unknown[], options?: RequestOptions): Promise<unknown> {
    throwIfAborted(options?.signal);
    const fn = obj[name];
    if (typeof fn !== 'function') {
      throw new BackendError('not-supported', `${SOURCE} does not provide ${name}(), so this is not available here.`);
    }
    try {
      return await raceSignal(Promise.resolve().then(() => (fn as (...a: unknown[]) => unknown).apply(obj, [...args, options ?? {}])), options?.signal);
    } catch (e) {
      throw toBackendError(e, `${SOURCE}'s ${name}()`);
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
