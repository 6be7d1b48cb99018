/**
 * Which form to run, in this order: `.form` (validated against the contract), a FHIR
 * Questionnaire (`.questionnaire`, then `questionnaire-src`; the importer is loaded on demand),
 * the backend's `form-id`, or the kit's built-in default form. Problems the schema cannot see (`checkForm`) are reported
 * to the center's developers with `console.warn` — form structure only, never an answer.
 */
import { isBackendError } from '../../core/backend/types.js';
import type { BackendAdapter } from '../../core/backend/types.js';
import { loadIntakeForm } from '../../core/data/intake.js';
import { checkForm } from '../../core/intake/expand.js';
import { instrumentsNeeded, loadInstruments } from '../../core/intake/instruments/load.js';
import type { InstrumentSet } from '../../core/intake/instruments/load.js';
import { IntakeForm, parse } from '../../core/schemas/index.js';
import type { AnswerValue } from '../../core/schemas/index.js';

export type LoadFailure = 'network' | 'timeout' | 'not-found' | 'invalid' | 'other';

/** `warnings`: what a Questionnaire import ignored or changed; `initialAnswers`: its `initial` values. */
export type FormLoad =
  | { ok: true; form: IntakeForm; warnings?: string[]; initialAnswers?: Record<string, AnswerValue> }
  | { ok: false; failure: LoadFailure; warnings?: string[] };

/** Where the form comes from (the element's properties). */
export interface FormSources {
  form?: unknown;
  questionnaire?: unknown;
  questionnaireSrc?: string | undefined;
  formId?: string | undefined;
}

const present = (s: string | undefined): s is string => typeof s === 'string' && s.trim() !== '';

/** A form ready to run: with the definitions of the screeners it places (fetched now, before its first page). */
export type LoadedForm = Extract<FormLoad, { ok: true }> & { instruments: InstrumentSet };

export async function loadForm({ form, questionnaire, questionnaireSrc, formId }: FormSources, backend: BackendAdapter, signal: AbortSignal): Promise<LoadedForm | Extract<FormLoad, { ok: false }>> {
  let candidate: IntakeForm;
  let imported: Extract<FormLoad, { ok: true }> | undefined;
  if (form != null) {
    const parsed = parse(IntakeForm, form);
    if (!parsed.ok) {
      console.warn('[iop-intake-questionnaire] the .form property is not a valid IntakeForm:', parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
      return { ok: false, failure: 'invalid' };
    }
    candidate = parsed.data;
  } else if (questionnaire != null || present(questionnaireSrc)) {
    // The importer (and `src/core/fhir/`) is fetched only now; a failed fetch of it is a network error.
    const result = await import('./load-questionnaire.js').then(
      (m) => m.loadQuestionnaire(questionnaire, questionnaireSrc, signal),
      (): FormLoad => ({ ok: false, failure: 'network' }),
    );
    if (!result.ok) return result;
    imported = result;
    candidate = result.form;
  } else if (present(formId)) {
    try {
      candidate = await loadIntakeForm(backend, formId.trim(), { signal });
    } catch (e) {
      if (!isBackendError(e)) return { ok: false, failure: 'invalid' };
      const failure: LoadFailure =
        e.kind === 'network' ? 'network' : e.kind === 'timeout' ? 'timeout' : e.kind === 'not-found' || e.status === 404 ? 'not-found' : e.kind === 'invalid-response' ? 'invalid' : 'other';
      return { ok: false, failure };
    }
  } else {
    // The built-in form (both languages, every page) is loaded only when no other form is given.
    candidate = (await import('../../core/intake/default-form.js')).defaultIntakeForm;
  }
  const problems = checkForm(candidate);
  if (problems.length) console.warn(`[iop-intake-questionnaire] form "${candidate.id}" has problems:`, problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  // The screeners it places (PHQ-9, …) come with the form, never mid-use: their scoring and crisis rules must be there from the first page.
  const instruments = await loadInstruments(instrumentsNeeded(candidate)).catch(() => undefined);
  if (!instruments) return { ok: false, failure: 'network', ...(imported?.warnings ? { warnings: imported.warnings } : {}) };
  return { ...(imported ?? { ok: true, form: candidate }), instruments };
}
