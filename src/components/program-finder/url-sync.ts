/**
 * Filters in the page URL (opt-in with `url-state`): read once on load, written with
 * `history.replaceState` (no history entry per click). Only program filters and the sort:
 * never the search text, busy times or location.
 */
import { emptyFilters, paramsToFilters } from '../../core/finder/index.js';
import type { FinderFilters, SortKey } from '../../core/finder/index.js';
import { mergeFinderParams } from '../../core/finder/url-merge.js';

export type UrlStateMode = 'query' | 'hash';

function currentParams(mode: UrlStateMode): URLSearchParams {
  return new URLSearchParams(mode === 'hash' ? location.hash.replace(/^#/, '') : location.search);
}

export function readUrlFilters(mode: UrlStateMode): { filters: FinderFilters; sort?: SortKey } {
  return paramsToFilters(currentParams(mode), emptyFilters());
}

export function writeUrlFilters(mode: UrlStateMode, filters: FinderFilters, sort: SortKey): void {
  const merged = mergeFinderParams(currentParams(mode), { ...filters, query: '' }, sort).toString();
  const url = new URL(location.href);
  if (mode === 'hash') url.hash = merged;
  else url.search = merged;
  if (url.href !== location.href) history.replaceState(history.state, '', url.href);
}
