/**
 * `IntakeSession`: the engine session (session.ts) with every instrument the kit ships, for
 * code that has the whole form engine at hand (servers, tests, the FHIR bridge). The element
 * uses `FormSession` with only the instruments its form places, fetched with the form.
 *
 * @example
 * const session = new IntakeSession(form);
 * const pages = session.visiblePages(answers);
 */
import type { IntakeForm } from '../schemas/index.js';
import { INSTRUMENT_DEFINITIONS } from './instruments/index.js';
import { FormSession } from './session.js';
import type { IntakeSessionOptions } from './session.js';
import { submissionFrom } from './submission.js';
import type { BuildSubmissionInput, BuildSubmissionResult } from './submission.js';

export { FormSession } from './session.js';
export type { IntakeSessionOptions, VisibleItem } from './session.js';

export class IntakeSession extends FormSession {
  constructor(form: IntakeForm, options: IntakeSessionOptions = {}) {
    super(form, INSTRUMENT_DEFINITIONS, options);
  }
}

/** Convenience: `new IntakeSession(form, options)`. */
export function createIntakeSession(form: IntakeForm, options?: IntakeSessionOptions): IntakeSession {
  return new IntakeSession(form, options);
}

/**
 * Builds and validates the submission (submission.ts). Refuses (`ok: false`) while any visible
 * question is unanswered or invalid — the element should not offer submit before `validateAll`
 * is empty, and this is the last line of defence.
 */
export function buildSubmission(input: BuildSubmissionInput): BuildSubmissionResult {
  return submissionFrom(input, (today) => new IntakeSession(input.form, { ...input.sessionOptions, today: () => today }));
}
