/** Events and consent ids of `<iop-insurance-check>`. */
import type { InsuranceCheckResult, ServiceTypeCode } from '../../core/schemas/index.js';

/** Detail of `iop-insurance-submitted`: which payer and services — never names, dates of birth or the member ID. */
export interface InsuranceSubmittedDetail {
  payerId?: string;
  payerName: string;
  serviceTypeCodes: ServiceTypeCode[];
}

declare module '../base/iop-element.js' {
  interface IopEventMap {
    'iop-insurance-submitted': CustomEvent<InsuranceSubmittedDetail>;
    'iop-insurance-result': CustomEvent<InsuranceCheckResult>;
  }
}

/** Version id recorded with each consent when `consent-version` is not set. */
export const DEFAULT_CONSENT_VERSION = 'iop-kit-2025-1';
export const CONSENT_IDS = { verify: 'verify-benefits', contact: 'contact-phone-text' } as const;

