/** Education modules from any backend, validated. (The reader validates blocks one by one: src/core/education.) */
import type { BackendAdapter, RequestOptions } from '../backend/types.js';
import { EducationModule, EducationModuleSummary } from '../schemas/education.js';
import type { ListResult } from '../schemas/parse.js';
import { checkId } from '../backend/shared.js';
import { expectList, expectOne, sourceOf } from './validate.js';

export async function loadEducationModules(backend: BackendAdapter, options?: RequestOptions): Promise<ListResult<EducationModuleSummary>> {
  return expectList(EducationModuleSummary, await backend.listEducationModules(options), 'a module list', sourceOf(backend));
}

export async function loadEducationModule(backend: BackendAdapter, id: string, options?: RequestOptions): Promise<EducationModule> {
  checkId(id, 'education module');
  return expectOne(EducationModule, await backend.getEducationModule(id, options), 'an education module', sourceOf(backend));
}

/** The module as the backend sent it, unvalidated: for readers that validate block by block. */
export async function loadEducationModuleRaw(backend: BackendAdapter, id: string, options?: RequestOptions): Promise<unknown> {
  checkId(id, 'education module');
  return backend.getEducationModule(id, options);
}
