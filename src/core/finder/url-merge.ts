/**
 * Writing the finder's filters into a page URL that also carries the host page's own
 * parameters: only the finder's keys are replaced, everything else is kept as it was.
 */
import { FACETS, emptyFilters, type FinderFilters } from './filters.js';
import { filtersToParams } from './url-state.js';
import type { SortKey } from './sort.js';
import type { TimeOfDay } from './schedule.js';

/** Every parameter name `filtersToParams` can write (derived from it, so the two never drift apart). */
export const FINDER_PARAM_NAMES: readonly string[] = (() => {
  const all = emptyFilters();
  for (const f of FACETS) (all[f] as string[]) = f === 'times' ? (['morning'] as TimeOfDay[]) : ['x'];
  return [...filtersToParams(all, 'soonest').keys()];
})();

/** `existing` with the finder's parameters replaced by those of `filters` and `sort`. */
export function mergeFinderParams(existing: URLSearchParams, filters: FinderFilters, sort?: SortKey): URLSearchParams {
  const out = new URLSearchParams(existing);
  for (const name of FINDER_PARAM_NAMES) out.delete(name);
  for (const [k, v] of filtersToParams(filters, sort)) out.set(k, v);
  return out;
}
