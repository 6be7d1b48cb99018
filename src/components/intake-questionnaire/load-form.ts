/**
 * Which form to run, in this order: `.form` (validated against the contract), a FHIR
 * Questionnaire (`.questionnaire`, then `questionnaire-src`; the importer is loaded on demand),
 * the backend's `form-id`, or the kit's built-in default form. Problems the schema cannot see (`checkForm`) are reported
 * to the center's developers with `console.warn` — form structure only, never an answer.
 */
import { checkId } from '../../core/backend/shared.js';
import { isBackendError } from '../../core/backend/types.js';
import type { BackendAdapter } from '../../core/backend/types.js';
import { instrumentsNeeded, loadInstruments } from '../../core/intake/instruments/load.js';
import type { InstrumentSet } from '../../core/intake/instruments/load.js';
import type { AnswerValue, IntakeForm } from '../../core/schemas/index.js';

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

/** `GET /intake-forms/{id}`, started now; its rejection is read (and never left unhandled) by the caller. */
function requestForm(backend: BackendAdapter, id: string, signal: AbortSignal): Promise<unknown> {
  const answer = (async () => backend.getIntakeForm(checkId(id, 'intake form'), { signal }))();
  answer.catch(() => undefined);
  return answer;
}

/** A form ready to run: with the definitions of the screeners it places (fetched now, before its first page). */
export type LoadedForm = Extract<FormLoad, { ok: true }> & { instruments: InstrumentSet };

export async function loadForm({ form, questionnaire, questionnaireSrc, formId }: FormSources, backend: BackendAdapter, signal: AbortSignal): Promise<LoadedForm | Extract<FormLoad, { ok: false }>> {
  let candidate: IntakeForm;
  let imported: Extract<FormLoad, { ok: true }> | undefined;
  if (form == null && questionnaire == null && !present(questionnaireSrc) && !present(formId)) {
    // The built-in form (both languages, every page) is loaded only when no other form is given.
    // It is not checked again here: its test does it (see given-form.ts).
    const builtIn = await import('../../core/intake/default-form.js').catch(() => undefined);
    if (!builtIn) return { ok: false, failure: 'network' };
    candidate = builtIn.defaultIntakeForm;
  } else {
    // Any other form is checked before it runs, by code fetched only on these paths (a failed
    // fetch of that code is a network error, like a failed fetch of the form itself). A form
    // from the backend is requested at once, while that code is on its way.
    const fromQuestionnaire = form == null && (questionnaire != null || present(questionnaireSrc));
    const answer = form == null && !fromQuestionnaire ? requestForm(backend, formId!.trim(), signal) : undefined;
    // The Questionnaire importer (and `src/core/fhir/`) is fetched only on that path, alongside.
    const importer = fromQuestionnaire ? import('./load-questionnaire.js') : undefined;
    importer?.catch(() => undefined);
    const given = await import('./given-form.js').catch(() => undefined);
    if (!given) return { ok: false, failure: 'network' };
    if (form != null) {
      const parsed = given.parseGivenForm(form);
      if (!parsed) return { ok: false, failure: 'invalid' };
      candidate = parsed;
    } else if (answer) {
      try {
        candidate = given.expectIntakeForm(await answer, backend);
      } catch (e) {
        if (!isBackendError(e)) return { ok: false, failure: 'invalid' };
        const failure: LoadFailure =
          e.kind === 'network' ? 'network' : e.kind === 'timeout' ? 'timeout' : e.kind === 'not-found' || e.status === 404 ? 'not-found' : e.kind === 'invalid-response' ? 'invalid' : 'other';
        return { ok: false, failure };
      }
    } else {
      const result = await importer!.then(
        (m) => m.loadQuestionnaire(questionnaire, questionnaireSrc, signal),
        (): FormLoad => ({ ok: false, failure: 'network' }),
      );
      if (!result.ok) return result;
      imported = result;
      candidate = result.form;
    }
    given.warnFormProblems(candidate);
  }
  // The screeners it places (PHQ-9, …) come with the form, never mid-use: their scoring and crisis rules must be there from the first page.
  const instruments = await loadInstruments(instrumentsNeeded(candidate)).catch(() => undefined);
  if (!instruments) return { ok: false, failure: 'network', ...(imported?.warnings ? { warnings: imported.warnings } : {}) };
  return { ...(imported ?? { ok: true, form: candidate }), instruments };
}
