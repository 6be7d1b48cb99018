/** `iop-kit fhir …`: Questionnaire export and import, QuestionnaireResponse from answers. */
import { buildSubmission, defaultIntakeForm } from '../../src/core/intake/index.js';
import { IntakeForm, parse, describeIssues } from '../../src/core/schemas/index.js';
import type { AnswerValue, IntakeForm as Form, Locale } from '../../src/core/schemas/index.js';
import { INSTRUMENT_CODES, formToQuestionnaireWithReport, questionnaireToForm, submissionToQuestionnaireResponse } from '../../src/core/fhir/index.js';
import { INSTRUMENT_DEFINITIONS } from '../../src/core/intake/instruments/index.js';
import { InputError, UsageError, json, parseArgs, readJson, type CliIo } from './args.js';

export const FHIR_HELP = {
  fhir: `usage: iop-kit fhir <questionnaire|import|response> …

  questionnaire [form.json] [--locale en|es]   an IntakeForm (default: the built-in intake form) as a FHIR R4 Questionnaire
  import questionnaire.json                    a FHIR R4 Questionnaire as an IntakeForm (warnings on stderr)
  response --form <form-or-questionnaire.json> answers.json [--locale en|es] [--submitted-at <ISO date-time>]
                                               answers keyed by linkId → a completed QuestionnaireResponse with scores`,
  questionnaire: `usage: iop-kit fhir questionnaire [form.json] [--locale en|es]

Writes the form as a FHIR R4 Questionnaire (JSON) on stdout; what standard FHIR cannot
express is listed on stderr (it is kept in iop-kit extensions). Without a file: the
built-in intake form.`,
  import: `usage: iop-kit fhir import questionnaire.json

Writes { form, warnings, linkIds, optionValues, initialAnswers } on stdout and each
warning on stderr. Exit 1 when nothing could be imported.`,
  response: `usage: iop-kit fhir response --form <form-or-questionnaire.json> answers.json [--locale en|es] [--submitted-at <ISO>]

answers.json maps each linkId to its answer: a choice by its code, a number, true/false,
a string, or an array of codes for a multiple choice. Writes a completed
QuestionnaireResponse (hidden questions left out, each screener's total score included)
on stdout. Exit 1 when the answers do not complete the form (the problems on stderr).`,
};

function locale(v: string | undefined): Locale {
  if (v === undefined || v === 'en' || v === 'es') return v ?? 'en';
  throw new UsageError(`--locale must be en or es, not ${v}`);
}

async function loadForm(io: CliIo, path: string): Promise<{ form: Form; linkIds: Record<string, string>; optionValues: Record<string, Record<string, string>> }> {
  const data = await readJson(io, path);
  if (data && typeof data === 'object' && (data as { resourceType?: unknown }).resourceType === 'Questionnaire') {
    const r = questionnaireToForm(data);
    for (const w of r.warnings) io.err(`warning: ${w}`);
    if (!r.ok) throw new InputError(`${path}: ${r.error}`);
    return { form: r.form, linkIds: r.linkIds, optionValues: r.optionValues };
  }
  const p = parse(IntakeForm, data);
  if (!p.ok) throw new InputError(`${path} is neither a FHIR Questionnaire nor a valid IntakeForm: ${describeIssues(p.issues)}`);
  return { form: p.data, linkIds: {}, optionValues: {} };
}

/** Answers keyed by linkId and code → keyed by question id with option values. */
function mapAnswers(raw: unknown, linkIds: Record<string, string>, optionValues: Record<string, Record<string, string>>): Record<string, AnswerValue> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new InputError('answers must be a JSON object keyed by linkId');
  const kitItem = new Map(Object.values(INSTRUMENT_DEFINITIONS).flatMap((d) => d.items.map((q) => [q.id, d.id] as const)));
  const out: Record<string, AnswerValue> = {};
  for (const [linkId, value] of Object.entries(raw as Record<string, unknown>)) {
    const id = linkIds[linkId] ?? linkId;
    const map = optionValues[id] ?? {};
    const inst = kitItem.get(id);
    const one = (v: unknown): unknown => {
      if (typeof v !== 'string' && typeof v !== 'number') return v;
      const key = String(v);
      if (Object.prototype.hasOwnProperty.call(map, key)) return map[key];
      const loinc = inst ? INSTRUMENT_CODES[inst].answers?.indexOf(key) ?? -1 : -1;
      if (loinc >= 0) return String(loinc);
      return v;
    };
    const v = Array.isArray(value) ? value.map(one) : one(value);
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || (Array.isArray(v) && v.every((x) => typeof x === 'string'))) out[id] = v as AnswerValue;
    else throw new InputError(`the answer to "${linkId}" must be a code, a number, true/false, a string or a list of codes`);
  }
  return out;
}

export async function fhirCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h') {
    io.out(FHIR_HELP.fhir);
    return sub === undefined ? 2 : 0;
  }
  if (sub === 'questionnaire') {
    const a = parseArgs(rest, ['locale']);
    if (a.help) return io.out(FHIR_HELP.questionnaire), 0;
    if (a.positional.length > 1) throw new UsageError('give at most one form file');
    const form = a.positional[0] ? (await loadForm(io, a.positional[0])).form : defaultIntakeForm;
    const { questionnaire, notExpressed } = formToQuestionnaireWithReport(form, { locale: locale(a.flags.locale) });
    for (const n of notExpressed) io.err(`note: ${n}`);
    io.out(json(questionnaire));
    return 0;
  }
  if (sub === 'import') {
    const a = parseArgs(rest, []);
    if (a.help) return io.out(FHIR_HELP.import), 0;
    if (a.positional.length !== 1) throw new UsageError('give one Questionnaire file');
    const r = questionnaireToForm(await readJson(io, a.positional[0]!));
    for (const w of r.warnings) io.err(`warning: ${w}`);
    if (!r.ok) throw new InputError(r.error);
    const { ok: _ok, ...out } = r;
    io.out(json(out));
    return 0;
  }
  if (sub === 'response') {
    const a = parseArgs(rest, ['form', 'locale', 'submitted-at']);
    if (a.help) return io.out(FHIR_HELP.response), 0;
    if (!a.flags.form) throw new UsageError('--form <form-or-questionnaire.json> is required');
    if (a.positional.length !== 1) throw new UsageError('give one answers file');
    const submittedAt = a.flags['submitted-at'];
    const now = submittedAt ? new Date(submittedAt) : new Date();
    if (Number.isNaN(now.getTime())) throw new UsageError('--submitted-at must be an ISO date-time');
    const { form, linkIds, optionValues } = await loadForm(io, a.flags.form);
    const answers = mapAnswers(await readJson(io, a.positional[0]!), linkIds, optionValues);
    const built = buildSubmission({ form, answers, locale: locale(a.flags.locale), now });
    if (!built.ok) {
      for (const e of built.errors) io.err(`error: ${e.questionId}: ${e.key}`);
      for (const i of built.issues) io.err(`error: ${i.path}: ${i.message}`);
      throw new InputError('the answers do not complete the form');
    }
    io.out(json(submissionToQuestionnaireResponse(built.submission, form)));
    return 0;
  }
  throw new UsageError(`unknown fhir command "${sub}" (questionnaire, import, response)`);
}
