/** The finder's filter state: which facets exist and what a person has chosen. */
import type { TimeOfDay } from './schedule.js';

export const FACETS = ['focus', 'levelOfCare', 'format', 'times', 'populations', 'languages', 'payment', 'services'] as const;
export type Facet = (typeof FACETS)[number];

export interface FinderFilters {
  focus: string[];
  levelOfCare: string[];
  format: string[];
  times: TimeOfDay[];
  populations: string[];
  languages: string[];
  /** Payment options (`medicaid`, `self-pay`, …) and accepted payers as `payer:<id>`. */
  payment: string[];
  services: string[];
  /** Free text over names, center, description, city and therapies. */
  query: string;
}

export function emptyFilters(): FinderFilters {
  return { focus: [], levelOfCare: [], format: [], times: [], populations: [], languages: [], payment: [], services: [], query: '' };
}

export function activeFacets(filters: FinderFilters): Facet[] {
  return FACETS.filter((f) => filters[f].length > 0);
}

