/**
 * `IopBackend`: the contract as the kit sees it — an adapter's methods with every answer
 * validated against the schemas (and every request validated before it leaves). Use it
 * in scripts and tests (`validatedBackend(createBackend({ apiBase }))`, from `iop-kit/backend`); elements call the
 * `load…` functions of their own domain instead, so their bundles carry only the
 * schemas they use.
 */
import type { BackendAdapter, RequestOptions } from '../backend/types.js';
import type { EducationModule, EducationModuleSummary } from '../schemas/education.js';
import type { InsuranceCheckRequest, InsuranceCheckResult } from '../schemas/insurance.js';
import type { IntakeForm, IntakeReceipt, IntakeSubmission } from '../schemas/intake.js';
import type { ListResult } from '../schemas/parse.js';
import type { Payer } from '../schemas/payer.js';
import type { Program } from '../schemas/program.js';
import { loadEducationModule, loadEducationModules } from './education.js';
import { checkInsurance } from './insurance.js';
import { loadIntakeForm, sendIntakeSubmission } from './intake.js';
import { findPayers } from './payers.js';
import { loadProgram, loadPrograms } from './programs.js';

export interface IopBackend {
  readonly kind: BackendAdapter['kind'];
  listPrograms(options?: RequestOptions): Promise<ListResult<Program>>;
  getProgram(id: string, options?: RequestOptions): Promise<Program>;
  searchPayers(query: string, options?: RequestOptions): Promise<ListResult<Payer>>;
  checkInsurance(request: InsuranceCheckRequest, options?: RequestOptions): Promise<InsuranceCheckResult>;
  getIntakeForm(id: string, options?: RequestOptions): Promise<IntakeForm>;
  submitIntake(submission: IntakeSubmission, options?: RequestOptions): Promise<IntakeReceipt>;
  listEducationModules(options?: RequestOptions): Promise<ListResult<EducationModuleSummary>>;
  getEducationModule(id: string, options?: RequestOptions): Promise<EducationModule>;
}

const cache = new WeakMap<BackendAdapter, IopBackend>();

export function validatedBackend(adapter: BackendAdapter): IopBackend {
  let v = cache.get(adapter);
  if (!v) {
    v = {
      kind: adapter.kind,
      listPrograms: (o) => loadPrograms(adapter, o),
      getProgram: (id, o) => loadProgram(adapter, id, o),
      searchPayers: (q, o) => findPayers(adapter, q, o),
      checkInsurance: (r, o) => checkInsurance(adapter, r, o),
      getIntakeForm: (id, o) => loadIntakeForm(adapter, id, o),
      submitIntake: (s, o) => sendIntakeSubmission(adapter, s, o),
      listEducationModules: (o) => loadEducationModules(adapter, o),
      getEducationModule: (id, o) => loadEducationModule(adapter, id, o),
    };
    cache.set(adapter, v);
  }
  return v;
}
