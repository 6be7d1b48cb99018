/** Insurance eligibility check: the request is validated before it leaves, the result when it comes back. */
import type { BackendAdapter, RequestOptions } from '../backend/types.js';
import { InsuranceCheckRequest, InsuranceCheckResult } from '../schemas/insurance.js';
import { checkRequest, expectOne, sourceOf } from './validate.js';

export async function checkInsurance(backend: BackendAdapter, request: InsuranceCheckRequest, options?: RequestOptions): Promise<InsuranceCheckResult> {
  const valid = checkRequest(InsuranceCheckRequest, request, 'insurance check');
  return expectOne(InsuranceCheckResult, await backend.checkInsurance(valid, options), 'an insurance check result', sourceOf(backend));
}
