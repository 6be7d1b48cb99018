/** X12 270/271 eligibility as clearinghouse JSON (`iop-kit/x12`). See docs/notes/standards.md. */
export { toEligibilityRequest, X12_NAME_LIMITS } from './request.js';
export type { EligibilityProvider, EligibilityRequest270, EligibilityRequestResult, X12Person } from './request.js';
export { fromEligibilityResponse } from './response.js';
export type { FromResponseOptions } from './response.js';
export { X12_MESSAGES } from './messages.js';
