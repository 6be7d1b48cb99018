/**
 * Finder filters in a URL (query string or hash), so a link can be shared. Only
 * program filters go in: never the search text, the busy times or a location, which
 * could say something about the person (HHS OCR bulletin on tracking technologies).
 */
import { FACETS, type Facet, type FinderFilters } from './filters.js';
import { SORTS, type SortKey } from './sort.js';
import { TIMES_OF_DAY, type TimeOfDay } from './schedule.js';

/** The URL parameter of each facet (`sort` is the other one). */
export const PARAM: Record<Facet, string> = {
  focus: 'focus',
  levelOfCare: 'level',
  format: 'format',
  times: 'time',
  populations: 'for',
  languages: 'lang',
  payment: 'pay',
  services: 'svc',
};

const SAFE_VALUE = /^[A-Za-z0-9_.:-]{1,64}$/;

export function filtersToParams(filters: FinderFilters, sort?: SortKey): URLSearchParams {
  const params = new URLSearchParams();
  for (const facet of FACETS) if (filters[facet].length) params.set(PARAM[facet], filters[facet].join(','));
  if (sort && sort !== 'best' && sort !== 'nearest') params.set('sort', sort);
  return params;
}

/** Reads filters from URL parameters, ignoring anything malformed or unknown (never throws). */
export function paramsToFilters(params: URLSearchParams, base: FinderFilters): { filters: FinderFilters; sort?: SortKey } {
  const filters: FinderFilters = { ...base };
  for (const facet of FACETS) {
    const raw = params.get(PARAM[facet]);
    if (raw === null) continue;
    let values = [...new Set(raw.split(',').filter((v) => SAFE_VALUE.test(v)))].slice(0, 50);
    if (facet === 'times') values = values.filter((v) => (TIMES_OF_DAY as readonly string[]).includes(v));
    (filters[facet] as string[]) = facet === 'times' ? (values as TimeOfDay[]) : values;
  }
  const s = params.get('sort');
  const sort = s && (SORTS as readonly string[]).includes(s) ? (s as SortKey) : undefined;
  return sort ? { filters, sort } : { filters };
}
