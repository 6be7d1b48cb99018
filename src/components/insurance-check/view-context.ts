/** What the render helpers of `<iop-insurance-check>` get from the element. */
import type { ParamsArg } from '../../core/i18n/catalogue.js';
import type { Formatters } from '../../core/i18n/format.js';
import type { Locale } from '../../core/locale.js';
import type { IopElement } from '../base/iop-element.js';
import type { InsuranceMessageKey, InsuranceMessages } from './messages.js';

/** `t` bound to the element's catalogue and locale. */
export type Translate = <K extends InsuranceMessageKey>(key: K, ...params: ParamsArg<InsuranceMessages['en'][K]>) => string;

/** One alternative way to pay, as a center configures it (`.alternatives`). */
export interface InsuranceAlternative {
  /** Which kind; the default text for it is used when `text` is not given. */
  kind: 'self-pay' | 'sliding-scale' | 'payment-plan' | 'state-funded' | 'medicaid-help' | 'other';
  /** The center's own words: a string or `{ en, es }`. Required for `other`. */
  text?: string | { en?: string; es?: string };
  /** A page with details (http(s) or a same-site path). */
  href?: string;
}

/** The kit's defaults: generic, and honest that a center may not offer every one. */
export const DEFAULT_ALTERNATIVES: readonly InsuranceAlternative[] = [
  { kind: 'self-pay' },
  { kind: 'sliding-scale' },
  { kind: 'payment-plan' },
  { kind: 'state-funded' },
  { kind: 'medicaid-help' },
];

export interface ViewContext {
  t: Translate;
  /** The element's `t` over any catalogue (the result panel has its own). */
  tc: IopElement['t'];
  format: Formatters;
  locale: Locale;
  centerName?: string;
  centerPhone?: string;
  centerHours?: string;
  alternatives: readonly InsuranceAlternative[];
}

/** `t` for a key chosen at run time among messages without parameters. */
export const tKey = (t: Translate, key: InsuranceMessageKey): string => (t as unknown as (k: string) => string)(key);
