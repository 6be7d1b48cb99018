/**
 * `IntakeSubmission` → FHIR R4 QuestionnaireResponse
 * (https://hl7.org/fhir/R4/questionnaireresponse.html): `completed`, `authored` = the
 * submission time, the item tree mirroring `formToQuestionnaire(form)` (pages as groups,
 * instruments as their coded groups), hidden questions' answers left out, and each
 * complete instrument's total score as the `<instrument>-total` item (LOINC-coded in the
 * Questionnaire). Flags travel as kit extensions.
 */
import type { AnswerValue, IntakeForm, IntakeSubmission } from '../schemas/index.js';
import { expandForm } from '../intake/form-model.js';
import { resolve } from '../intake/resolve.js';
import { EXT, KIT_SUBMISSION_SYSTEM, totalLinkId } from './codes.js';
import { fhirId, formToQuestionnaire } from './export.js';
import type { QuestionnaireItem, QuestionnaireResponse, QuestionnaireResponseAnswer, QuestionnaireResponseItem } from './types.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function answersFor(item: QuestionnaireItem, value: AnswerValue | undefined): QuestionnaireResponseAnswer[] {
  if (value === undefined) return [];
  switch (item.type) {
    case 'boolean':
      return typeof value === 'boolean' ? [{ valueBoolean: value }] : [];
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) ? [{ valueInteger: value }] : [];
    case 'decimal':
      return typeof value === 'number' && Number.isFinite(value) ? [{ valueDecimal: value }] : [];
    case 'date':
      return typeof value === 'string' && ISO_DATE.test(value) ? [{ valueDate: value }] : [];
    case 'string':
    case 'text':
      return typeof value === 'string' && value.trim() ? [{ valueString: value }] : [];
    case 'choice': {
      const values = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
      return values.flatMap((v) => {
        const c = item.answerOption?.find((a) => a.valueCoding && (a.valueCoding.code === v || optionValueOf(item, a.valueCoding.code) === v))?.valueCoding;
        return c ? [{ valueCoding: { system: c.system, code: c.code, display: c.display } }] : [];
      });
    }
    default:
      return [];
  }
}

/** Kit option values are remembered per item while exporting (LOINC answer codes differ from them). */
const optionValueMaps = new WeakMap<QuestionnaireItem, Map<string, string>>();
function optionValueOf(item: QuestionnaireItem, code: string | undefined): string | undefined {
  return code === undefined ? undefined : optionValueMaps.get(item)?.get(code);
}

export interface ResponseOptions {
  /** `QuestionnaireResponse.questionnaire`; default the kit Questionnaire's canonical URL and version. */
  questionnaire?: string;
}

/** The submission as a completed QuestionnaireResponse for `form` (the form it was answered on). */
export function submissionToQuestionnaireResponse(submission: IntakeSubmission, form: IntakeForm, options: ResponseOptions = {}): QuestionnaireResponse {
  const q = formToQuestionnaire(form, { locale: submission.locale });
  // The engine's own resolution (the same as IntakeSession's, without its validation catalogue).
  const pages = expandForm(form);
  const visible = resolve(pages, submission.answers, { today: submission.submittedAt.slice(0, 10), sexQuestions: ['sex-at-birth', 'sex'] }).answers;
  const totals = new Map(submission.scores.map((s) => [totalLinkId(s.instrument), s.total]));
  // Instrument options: position i of the kit's options ↔ answerOption i.
  for (const page of pages)
    for (const it of page.items) {
      if (!('options' in it.question)) continue;
      const walk = (items: QuestionnaireItem[] | undefined): QuestionnaireItem | undefined => {
        for (const x of items ?? []) {
          if (x.linkId === it.question.id) return x;
          const f = walk(x.item);
          if (f) return f;
        }
        return undefined;
      };
      const qi = walk(q.item);
      if (qi?.answerOption) optionValueMaps.set(qi, new Map(qi.answerOption.map((a, i) => [a.valueCoding?.code ?? '', (it.question as { options: { value: string }[] }).options[i]?.value ?? ''])));
    }

  const convert = (items: QuestionnaireItem[] | undefined): QuestionnaireResponseItem[] => {
    const out: QuestionnaireResponseItem[] = [];
    for (const item of items ?? []) {
      if (item.type === 'display') continue;
      if (item.type === 'group') {
        const children = convert(item.item);
        if (children.length) out.push({ linkId: item.linkId, ...(item.text ? { text: item.text } : {}), item: children });
        continue;
      }
      const total = totals.get(item.linkId);
      const answer = total !== undefined ? (Number.isInteger(total) ? [{ valueInteger: total }] : []) : answersFor(item, visible[item.linkId] as AnswerValue | undefined);
      if (answer.length) out.push({ linkId: item.linkId, ...(item.text ? { text: item.text } : {}), answer });
    }
    return out;
  };

  const response: QuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    id: fhirId(submission.submissionId),
    identifier: { system: KIT_SUBMISSION_SYSTEM, value: submission.submissionId },
    questionnaire: options.questionnaire ?? `${q.url}|${q.version}`,
    status: 'completed',
    authored: submission.submittedAt,
    language: submission.locale,
    item: convert(q.item),
  };
  if (submission.flags.length) response.extension = submission.flags.map((f) => ({ url: EXT.flag, valueCode: f }));
  return response;
}
