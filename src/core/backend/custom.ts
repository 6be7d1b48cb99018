/**
 * Custom object: `provider.backend = myAdapter` for centers that call their CRM or
 * EHR SDK directly. Every method the object has is called and its output validated
 * with the contract's schemas, exactly like the HTTP adapter's; methods it lacks
 * reject with `not-supported`. Lists may be returned as an array or as `{ items }`.
 */
import {
  EducationModule,
  EducationModuleSummary,
  InsuranceCheckRequest,
  InsuranceCheckResult,
  IntakeForm,
  IntakeReceipt,
  IntakeSubmission,
  Payer,
  Program,
} from '../schemas/index.js';
import type { ListResult } from '../schemas/index.js';
import type { z } from '../schemas/zod.js';
import { BackendError } from './types.js';
import type { IopBackend, RequestOptions } from './types.js';
import { checkId, checkRequest, expectList, expectOne, markKitBackend, raceSignal, throwIfAborted, toBackendError } from './shared.js';

const SOURCE = 'The custom backend';

type MethodName = Exclude<keyof IopBackend, 'kind'>;

export function wrapCustomBackend(target: unknown): IopBackend {
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

  /** Accepts `T[]` or `{ items: T[], rejected? }` and validates every item. */
  function asList<S extends z.ZodMiniType>(schema: S, data: unknown, what: string): ListResult<z.output<S>> {
    if (data && typeof data === 'object' && !Array.isArray(data) && Array.isArray((data as { items?: unknown }).items)) {
      const given = data as { items: unknown[]; rejected?: unknown };
      const result = expectList(schema, given.items, what, SOURCE);
      const earlier = Array.isArray(given.rejected) ? (given.rejected as ListResult<unknown>['rejected']) : [];
      return { items: result.items, rejected: [...earlier, ...result.rejected] };
    }
    return expectList(schema, data, what, SOURCE);
  }

  const backend: IopBackend = {
    kind: 'custom',
    async listPrograms(o) {
      return asList(Program, await invoke('listPrograms', [], o), 'a program list');
    },
    async getProgram(id, o) {
      checkId(id, 'program');
      return expectOne(Program, await invoke('getProgram', [id], o), 'a program', SOURCE);
    },
    async searchPayers(query, o) {
      return asList(Payer, await invoke('searchPayers', [typeof query === 'string' ? query : ''], o), 'a payer list');
    },
    async checkInsurance(request, o) {
      const valid = checkRequest(InsuranceCheckRequest, request, 'insurance check');
      return expectOne(InsuranceCheckResult, await invoke('checkInsurance', [valid], o), 'an insurance check result', SOURCE);
    },
    async getIntakeForm(id, o) {
      checkId(id, 'intake form');
      return expectOne(IntakeForm, await invoke('getIntakeForm', [id], o), 'an intake form', SOURCE);
    },
    async submitIntake(submission, o) {
      const valid = checkRequest(IntakeSubmission, submission, 'intake submission');
      return expectOne(IntakeReceipt, await invoke('submitIntake', [valid], o), 'a receipt', SOURCE);
    },
    async listEducationModules(o) {
      return asList(EducationModuleSummary, await invoke('listEducationModules', [], o), 'a module list');
    },
    async getEducationModule(id, o) {
      checkId(id, 'education module');
      return expectOne(EducationModule, await invoke('getEducationModule', [id], o), 'an education module', SOURCE);
    },
  };
  return markKitBackend(backend);
}
