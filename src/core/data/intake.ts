/** Intake forms and submissions, validated both ways. */
import type { BackendAdapter, RequestOptions } from '../backend/types.js';
import { IntakeForm, IntakeReceipt, IntakeSubmission } from '../schemas/intake.js';
import { checkId } from '../backend/shared.js';
import { checkRequest, expectOne, sourceOf } from './validate.js';

export async function loadIntakeForm(backend: BackendAdapter, id: string, options?: RequestOptions): Promise<IntakeForm> {
  checkId(id, 'intake form');
  return expectOne(IntakeForm, await backend.getIntakeForm(id, options), 'an intake form', sourceOf(backend));
}

/** Sends with `Idempotency-Key: submissionId` (the HTTP adapter sets it); a repeat returns the first receipt. */
export async function sendIntakeSubmission(backend: BackendAdapter, submission: IntakeSubmission, options?: RequestOptions): Promise<IntakeReceipt> {
  const valid = checkRequest(IntakeSubmission, submission, 'intake submission');
  return expectOne(IntakeReceipt, await backend.submitIntake(valid, options), 'a receipt', sourceOf(backend));
}
