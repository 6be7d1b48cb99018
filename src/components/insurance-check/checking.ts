/**
 * What the insurance check needs only once a person acts: searching payers, checking
 * eligibility, and validating both ways against the contract schemas. The first screen (the
 * form, its own field rules and messages) needs none of it, so it is a separate chunk,
 * fetched when the person first focuses the insurance-company field or presses "Check my
 * coverage" (`loadChecking`), in parallel with their first request.
 */
import { InsuranceCheckRequest, parse } from '../../core/schemas/index.js';

export { findPayers } from '../../core/data/payers.js';
export { checkInsurance } from '../../core/data/insurance.js';

/** The request checked against the contract before it leaves the page. */
export const validateRequest = (request: unknown) => parse(InsuranceCheckRequest, request);
