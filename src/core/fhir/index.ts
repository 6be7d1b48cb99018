/**
 * FHIR R4 bridge (`iop-kit/fhir`): IntakeForm ⇄ Questionnaire (with SDC score extensions),
 * IntakeSubmission → QuestionnaireResponse. No DOM. See docs/notes/standards.md.
 */
import type { IntakeForm } from '../schemas/index.js';
import { questionnaireToForm } from './import.js';

export { questionnaireToForm } from './import.js';
export type { QuestionnaireImport, QuestionnaireImportResult } from './import.js';
export { formToQuestionnaire, formToQuestionnaireWithReport, fhirId } from './export.js';
export type { ExportOptions, ExportReport } from './export.js';
export { submissionToQuestionnaireResponse } from './response.js';
export type { ResponseOptions } from './response.js';
export { INSTRUMENT_CODES, LOINC, EXT, PHQ9_ITEM9_LOINC } from './codes.js';
export type * from './types.js';

/**
 * For `<iop-intake-questionnaire>` (`.questionnaire` / `questionnaire-src`), loaded with a
 * dynamic `import('…/core/fhir/index.js')` only when a Questionnaire is given: a Questionnaire
 * (object or JSON text) → the form to run and the warnings to log for the center's developers.
 * `form` is `undefined` (and `error` says why) when nothing could be imported.
 */
export function loadQuestionnaireAsForm(questionnaireJson: unknown): { form: IntakeForm | undefined; warnings: string[]; error?: string } {
  const r = questionnaireToForm(questionnaireJson);
  return r.ok ? { form: r.form, warnings: r.warnings } : { form: undefined, warnings: r.warnings, error: r.error };
}
