/** Payer typeahead from any backend, validated. */
import type { BackendAdapter, RequestOptions } from '../backend/types.js';
import { Payer } from '../schemas/payer.js';
import type { ListResult } from '../schemas/parse.js';
import { expectList, sourceOf } from './validate.js';

export async function findPayers(backend: BackendAdapter, query: string, options?: RequestOptions): Promise<ListResult<Payer>> {
  const q = typeof query === 'string' ? query.slice(0, 200) : '';
  return expectList(Payer, await backend.searchPayers(q, options), 'a payer list', sourceOf(backend));
}
