/**
 * A FHIR R4 Questionnaire as the form to run (`.questionnaire` or `questionnaire-src`).
 * Loaded with a dynamic `import()` only when a Questionnaire is given, together with the
 * importer of `src/core/fhir/`, so the element's entry does not carry either.
 *
 * `questionnaire-src` is fetched with `fetch` from the page's own origin only (a form
 * definition, not PHI; the kit makes no third-party requests), must be JSON, and is read
 * leniently: what cannot be imported is reported with `console.warn` for the center's
 * developers — form structure only; no answer exists yet at this point.
 */
import { questionnaireToForm } from '../../core/fhir/import.js';
import type { AnswerValue, IntakeForm } from '../../core/schemas/index.js';
import type { LoadFailure } from './load-form.js';
// A value import (not only a type): it also keeps the bundler from splitting the element's own
// code into extra shared chunks to serve this on-demand chunk (the element's entry stays as small).
import { IopIntakeQuestionnaire } from './intake-questionnaire.js';

export type QuestionnaireLoad =
  | { ok: true; form: IntakeForm; warnings: string[]; initialAnswers: Record<string, AnswerValue> }
  | { ok: false; failure: LoadFailure; warnings: string[] };

/** Longest wait for `questionnaire-src`. */
const TIMEOUT_MS = 15_000;
/** A form definition larger than this is not a questionnaire a person should be given. */
const MAX_CHARS = 2_000_000;

let TAG = '';

/** Reads `.questionnaire` (object or JSON text) or, failing that, fetches `questionnaire-src`. */
export async function loadQuestionnaire(questionnaire: unknown, src: string | undefined, signal: AbortSignal): Promise<QuestionnaireLoad> {
  // Messages name the element as the page defined it (`iop-intake-questionnaire` unless renamed).
  TAG ||= `[${customElements.getName?.(IopIntakeQuestionnaire) ?? 'iop-intake-questionnaire'}]`;
  let json: unknown = questionnaire;
  let from = 'the .questionnaire property';
  if (json === undefined || json === null) {
    const fetched = await fetchQuestionnaire(src ?? '', signal);
    if (!fetched.ok) return { ok: false, failure: fetched.failure, warnings: [] };
    json = fetched.json;
    from = `questionnaire-src "${src}"`;
  }
  const r = questionnaireToForm(json);
  if (!r.ok) {
    console.warn(`${TAG} ${from} could not be imported: ${r.error}`, r.warnings);
    return { ok: false, failure: 'invalid', warnings: r.warnings };
  }
  if (r.warnings.length) console.warn(`${TAG} ${from} (form "${r.form.id}") was imported with ${r.warnings.length} warning(s):\n- ${r.warnings.join('\n- ')}`);
  return { ok: true, form: r.form, warnings: r.warnings, initialAnswers: r.initialAnswers };
}

type Fetched = { ok: true; json: unknown } | { ok: false; failure: LoadFailure };

async function fetchQuestionnaire(src: string, signal: AbortSignal): Promise<Fetched> {
  let url: URL;
  try {
    url = new URL(src.trim(), document.baseURI);
  } catch {
    console.warn(`${TAG} questionnaire-src "${src}" is not a URL`);
    return { ok: false, failure: 'invalid' };
  }
  if (url.origin !== location.origin) {
    console.warn(`${TAG} questionnaire-src must be on this site (${location.origin}); the kit makes no third-party requests`);
    return { ok: false, failure: 'invalid' };
  }
  const ctl = new AbortController();
  const stop = () => ctl.abort();
  signal.addEventListener('abort', stop, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctl.abort();
  }, TIMEOUT_MS);
  try {
    const res = await fetch(url, { signal: ctl.signal, credentials: 'same-origin', headers: { Accept: 'application/fhir+json, application/json' } });
    if (!res.ok) {
      console.warn(`${TAG} questionnaire-src "${src}" answered HTTP ${res.status}`);
      return { ok: false, failure: res.status === 404 || res.status === 410 ? 'not-found' : 'other' };
    }
    const text = await res.text();
    if (text.length > MAX_CHARS) {
      console.warn(`${TAG} questionnaire-src "${src}" is larger than ${MAX_CHARS} characters`);
      return { ok: false, failure: 'invalid' };
    }
    try {
      return { ok: true, json: JSON.parse(text) as unknown };
    } catch {
      console.warn(`${TAG} questionnaire-src "${src}" is not JSON (content type: ${res.headers.get('content-type') ?? 'none'})`);
      return { ok: false, failure: 'invalid' };
    }
  } catch {
    return { ok: false, failure: timedOut ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
}
