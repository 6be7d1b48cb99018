/**
 * Writing the finder's filters into a page URL that also carries the host page's own
 * parameters: only the finder's keys are replaced, everything else is kept as it was.
 */
import type { FinderFilters } from './filters.js';
import { PARAM, filtersToParams } from './url-state.js';
import type { SortKey } from './sort.js';

/** Every parameter name `filtersToParams` can write (from the same table, so the two never drift apart). */
export const FINDER_PARAM_NAMES: readonly string[] = [...Object.values(PARAM), 'sort'];

/** `existing` with the finder's parameters replaced by those of `filters` and `sort`. */
export function mergeFinderParams(existing: URLSearchParams, filters: FinderFilters, sort?: SortKey): URLSearchParams {
  const out = new URLSearchParams(existing);
  for (const name of FINDER_PARAM_NAMES) out.delete(name);
  for (const [k, v] of filtersToParams(filters, sort)) out.set(k, v);
  return out;
}
