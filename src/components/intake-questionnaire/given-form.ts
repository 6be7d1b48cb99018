/**
 * Checks a form the kit did not write — `.form`, the backend's `form-id`, an imported FHIR
 * Questionnaire — before it runs: the contract's schema (`IntakeForm`) and what the schema
 * cannot see (`checkForm`: expressions naming missing questions, screeners placed twice, …).
 * Loaded on demand by `load-form.ts`, only on those paths: the built-in default form is checked
 * by its own test (`test/core/intake/default-form.test.ts`), so a page that runs it never
 * downloads the schema of a form.
 *
 * Problems are reported to the center's developers with `console.warn` — form structure only;
 * no answer exists yet at this point.
 */
import { checkForm } from '../../core/intake/check.js';
import { expectOne, sourceOf } from '../../core/data/validate.js';
import type { BackendAdapter } from '../../core/backend/types.js';
import { IntakeForm, parse } from '../../core/schemas/index.js';

const TAG = '[iop-intake-questionnaire]';

/** The `.form` property as a valid `IntakeForm`, or `undefined` (with the reasons in a warning). */
export function parseGivenForm(form: unknown): IntakeForm | undefined {
  const parsed = parse(IntakeForm, form);
  if (parsed.ok) return parsed.data;
  console.warn(`${TAG} the .form property is not a valid IntakeForm:`, parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return undefined;
}

/** What the backend answered for `form-id`, as a valid `IntakeForm`; a mismatch throws `invalid-response`. */
export function expectIntakeForm(data: unknown, backend: BackendAdapter): IntakeForm {
  return expectOne(IntakeForm, data, 'an intake form', sourceOf(backend));
}

/** Warns about what would make the form misbehave although it passes the schema. */
export function warnFormProblems(form: IntakeForm): void {
  const problems = checkForm(form);
  if (problems.length) console.warn(`${TAG} form "${form.id}" has problems:`, problems.map((p) => `${p.path}: ${p.message}`).join('; '));
}
