/** Programs from any backend, validated: malformed ones are left out and counted. */
import type { BackendAdapter, RequestOptions } from '../backend/types.js';
import { Program } from '../schemas/program.js';
import type { ListResult } from '../schemas/parse.js';
import { checkId } from '../backend/shared.js';
import { expectList, expectOne, sourceOf } from './validate.js';

export function loadPrograms(backend: BackendAdapter, options?: RequestOptions): Promise<ListResult<Program>> {
  return backend.listPrograms(options).then((data) => expectList(Program, data, 'a program list', sourceOf(backend)));
}

export async function loadProgram(backend: BackendAdapter, id: string, options?: RequestOptions): Promise<Program> {
  checkId(id, 'program');
  return expectOne(Program, await backend.getProgram(id, options), 'a program', sourceOf(backend));
}
