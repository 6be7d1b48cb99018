/**
 * A structural validator for the FHIR R4 Questionnaire and QuestionnaireResponse the kit
 * emits, written from the published R4 definitions (no FHIR validator package is installed):
 * - https://hl7.org/fhir/R4/questionnaire.html (elements, cardinalities, invariants que-0 … que-13)
 * - https://hl7.org/fhir/R4/valueset-item-type.html (item.type codes)
 * - https://hl7.org/fhir/R4/valueset-questionnaire-enable-operator.html (enableWhen.operator)
 * - https://hl7.org/fhir/R4/questionnaireresponse.html (status, item/answer, qrs-1, qrs-2)
 * - https://hl7.org/fhir/R4/datatypes.html (id, uri, date, dateTime, code, string rules)
 * - https://hl7.org/fhir/R4/extensibility.html (ext-1: value[x] or extensions, not both; url required)
 * It checks what the kit writes; it is not a general FHIR validator.
 */
type J = Record<string, unknown>;
const isObj = (v: unknown): v is J => typeof v === 'object' && v !== null && !Array.isArray(v);

const ITEM_TYPES = ['group', 'display', 'boolean', 'decimal', 'integer', 'date', 'dateTime', 'time', 'string', 'text', 'url', 'choice', 'open-choice', 'attachment', 'reference', 'quantity'];
const OPERATORS = ['exists', '=', '!=', '>', '<', '>=', '<='];
const STATUS = ['draft', 'active', 'retired', 'unknown'];
const QR_STATUS = ['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped'];
const ID = /^[A-Za-z0-9\-.]{1,64}$/;
const DATE = /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1]))?)?$/;
const DATETIME = /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/;
const CODE = /^[^\s]+(\s[^\s]+)*$/;
const NAME = /^[A-Z]([A-Za-z0-9_]){0,254}$/;
/** answer[x] / value[x] types allowed per item type (R4 Questionnaire, "answer types by item type"). */
const ANSWER_FOR: Record<string, string[]> = {
  boolean: ['valueBoolean'], decimal: ['valueDecimal'], integer: ['valueInteger'], date: ['valueDate'], dateTime: ['valueDateTime'],
  time: ['valueTime'], string: ['valueString'], text: ['valueString'], url: ['valueUri'], choice: ['valueCoding'], 'open-choice': ['valueCoding', 'valueString'],
  attachment: ['valueAttachment'], reference: ['valueReference'], quantity: ['valueQuantity'],
};
const ENABLE_ANSWERS = ['answerBoolean', 'answerDecimal', 'answerInteger', 'answerDate', 'answerDateTime', 'answerTime', 'answerString', 'answerCoding', 'answerQuantity', 'answerReference'];

function str(v: unknown, at: string, errors: string[], required = false): void {
  if (v === undefined) {
    if (required) errors.push(`${at}: required (1..1)`);
    return;
  }
  if (typeof v !== 'string' || v.length === 0 || v.trim() !== v && v.trim().length === 0) errors.push(`${at}: must be a non-empty string`);
}

function extensions(v: unknown, at: string, errors: string[]): void {
  if (v === undefined) return;
  if (!Array.isArray(v) || v.length === 0) return void errors.push(`${at}: extension must be a non-empty array`);
  v.forEach((e, i) => {
    const p = `${at}[${i}]`;
    if (!isObj(e)) return void errors.push(`${p}: not an object`);
    if (typeof e.url !== 'string' || !/^\S+:\S+$/.test(e.url)) errors.push(`${p}.url: required absolute uri`);
    const values = Object.keys(e).filter((k) => k.startsWith('value'));
    if (values.length > 1) errors.push(`${p}: more than one value[x]`);
    if (values.length === 1 && e.extension !== undefined) errors.push(`${p}: ext-1 (value[x] and extensions)`);
    if (values.length === 0 && e.extension === undefined) errors.push(`${p}: ext-1 (neither value[x] nor extensions)`);
    extensions(e.extension, `${p}.extension`, errors);
  });
}

function coding(c: unknown, at: string, errors: string[]): void {
  if (!isObj(c)) return void errors.push(`${at}: Coding must be an object`);
  if (c.system !== undefined && (typeof c.system !== 'string' || !/^\S+:\S+$/.test(c.system))) errors.push(`${at}.system: must be a uri`);
  if (c.code !== undefined && (typeof c.code !== 'string' || !CODE.test(c.code))) errors.push(`${at}.code: must be a code`);
  str(c.display, `${at}.display`, errors);
  extensions(c.extension, `${at}.extension`, errors);
}

/** Problems of a Questionnaire; empty when valid. */
export function validateQuestionnaire(q: unknown): string[] {
  const errors: string[] = [];
  if (!isObj(q)) return ['not an object'];
  if (q.resourceType !== 'Questionnaire') errors.push('resourceType must be Questionnaire');
  if (q.id !== undefined && (typeof q.id !== 'string' || !ID.test(q.id))) errors.push('id: not a FHIR id');
  if (!STATUS.includes(q.status as string)) errors.push('status: required, one of draft|active|retired|unknown');
  if (q.name !== undefined && (typeof q.name !== 'string' || !NAME.test(q.name))) errors.push('name: que-0 (computable name)');
  for (const k of ['url', 'version', 'title', 'language']) str(q[k], k, errors);
  extensions(q.extension, 'extension', errors);
  const linkIds = new Map<string, J>();
  const walk = (items: unknown, at: string) => {
    if (items === undefined) return;
    if (!Array.isArray(items) || items.length === 0) return void errors.push(`${at}: item must be a non-empty array`);
    items.forEach((it, i) => {
      const p = `${at}[${i}]`;
      if (!isObj(it)) return void errors.push(`${p}: not an object`);
      str(it.linkId, `${p}.linkId`, errors, true);
      if (typeof it.linkId === 'string') {
        if (linkIds.has(it.linkId)) errors.push(`${p}: que-2 linkId "${it.linkId}" is not unique`);
        linkIds.set(it.linkId, it);
      }
      const type = it.type as string;
      if (!ITEM_TYPES.includes(type)) errors.push(`${p}.type: required, one of the item-type codes`);
      str(it.text, `${p}.text`, errors);
      str(it.prefix, `${p}.prefix`, errors);
      extensions(it.extension, `${p}.extension`, errors);
      for (const k of ['required', 'repeats', 'readOnly']) if (it[k] !== undefined && typeof it[k] !== 'boolean') errors.push(`${p}.${k}: boolean`);
      if (it.maxLength !== undefined && !(Number.isInteger(it.maxLength) && (it.maxLength as number) > 0)) errors.push(`${p}.maxLength: positive integer`);
      if (type === 'group' && (!Array.isArray(it.item) || it.item.length === 0)) errors.push(`${p}: que-1 group needs items`);
      if (type === 'display' && it.item !== undefined) errors.push(`${p}: que-1 display cannot have items`);
      if (type === 'display' && it.code !== undefined) errors.push(`${p}: que-3 display cannot have a code`);
      if (type === 'display' && (it.required !== undefined || it.repeats !== undefined)) errors.push(`${p}: que-6 required/repeats on display`);
      if (type === 'display' && it.readOnly !== undefined) errors.push(`${p}: que-9 readOnly on display`);
      if (it.answerOption !== undefined && type !== 'choice' && type !== 'open-choice') errors.push(`${p}: que-4 answerOption only for choice`);
      if (it.answerValueSet !== undefined && type !== 'choice' && type !== 'open-choice') errors.push(`${p}: que-5 answerValueSet only for choice`);
      if (it.maxLength !== undefined && !['boolean', 'decimal', 'integer', 'string', 'text', 'url', 'open-choice'].includes(type)) errors.push(`${p}: que-10 maxLength`);
      if (it.initial !== undefined && (type === 'group' || type === 'display')) errors.push(`${p}: que-8 initial on group/display`);
      if (it.answerOption !== undefined && it.initial !== undefined) errors.push(`${p}: que-11`);
      if (Array.isArray(it.code)) it.code.forEach((c, j) => coding(c, `${p}.code[${j}]`, errors));
      if (it.answerOption !== undefined) {
        if (!Array.isArray(it.answerOption) || it.answerOption.length === 0) errors.push(`${p}.answerOption: non-empty array`);
        else
          it.answerOption.forEach((a, j) => {
            const ap = `${p}.answerOption[${j}]`;
            if (!isObj(a)) return void errors.push(`${ap}: object`);
            const vs = Object.keys(a).filter((k) => k.startsWith('value'));
            if (vs.length !== 1 || !['valueInteger', 'valueDate', 'valueTime', 'valueString', 'valueCoding', 'valueReference'].includes(vs[0]!)) errors.push(`${ap}: exactly one value[x] of integer|date|time|string|Coding|Reference`);
            if (a.valueCoding !== undefined) coding(a.valueCoding, `${ap}.valueCoding`, errors);
            extensions(a.extension, `${ap}.extension`, errors);
          });
      }
      if (it.enableWhen !== undefined) {
        if (!Array.isArray(it.enableWhen) || it.enableWhen.length === 0) errors.push(`${p}.enableWhen: non-empty array`);
        else {
          if (it.enableWhen.length > 1 && it.enableBehavior === undefined) errors.push(`${p}: que-12 enableBehavior required with several enableWhen`);
          it.enableWhen.forEach((ew, j) => {
            const ep = `${p}.enableWhen[${j}]`;
            if (!isObj(ew)) return void errors.push(`${ep}: object`);
            str(ew.question, `${ep}.question`, errors, true);
            if (!OPERATORS.includes(ew.operator as string)) errors.push(`${ep}.operator: required, one of ${OPERATORS.join(' ')}`);
            const ans = Object.keys(ew).filter((k) => k.startsWith('answer'));
            if (ans.length !== 1 || !ENABLE_ANSWERS.includes(ans[0]!)) errors.push(`${ep}: exactly one answer[x] (1..1)`);
            if (ew.operator === 'exists' && typeof ew.answerBoolean !== 'boolean') errors.push(`${ep}: que-7 exists needs answerBoolean`);
            if (ew.answerCoding !== undefined) coding(ew.answerCoding, `${ep}.answerCoding`, errors);
            if (ew.answerDate !== undefined && (typeof ew.answerDate !== 'string' || !DATE.test(ew.answerDate))) errors.push(`${ep}.answerDate: date`);
          });
        }
      }
      if (it.enableBehavior !== undefined && it.enableBehavior !== 'all' && it.enableBehavior !== 'any') errors.push(`${p}.enableBehavior: all|any`);
      walk(it.item, `${p}.item`);
    });
  };
  walk(q.item, 'item');
  // enableWhen.question must name an item of this Questionnaire (R4 §"enableWhen": "linkId of question").
  for (const [id, it] of linkIds) for (const ew of (it.enableWhen as J[] | undefined) ?? []) {
    const target = linkIds.get(ew.question as string);
    if (!target) errors.push(`item "${id}": enableWhen names unknown linkId "${String(ew.question)}"`);
    else if (target.type === 'group' || target.type === 'display') errors.push(`item "${id}": enableWhen on a ${String(target.type)}`);
    else if (ew.answerCoding !== undefined && target.type !== 'choice' && target.type !== 'open-choice') errors.push(`item "${id}": answerCoding on a ${String(target.type)}`);
    else if (ew.answerBoolean !== undefined && ew.operator !== 'exists' && target.type !== 'boolean') errors.push(`item "${id}": answerBoolean on a ${String(target.type)}`);
  }
  return errors;
}

/** Problems of a QuestionnaireResponse, checked against its Questionnaire; empty when valid. */
export function validateQuestionnaireResponse(qr: unknown, questionnaire: J): string[] {
  const errors: string[] = [];
  if (!isObj(qr)) return ['not an object'];
  if (qr.resourceType !== 'QuestionnaireResponse') errors.push('resourceType must be QuestionnaireResponse');
  if (!QR_STATUS.includes(qr.status as string)) errors.push('status: required');
  if (qr.id !== undefined && (typeof qr.id !== 'string' || !ID.test(qr.id))) errors.push('id: not a FHIR id');
  if (qr.authored !== undefined && (typeof qr.authored !== 'string' || !DATETIME.test(qr.authored))) errors.push('authored: dateTime');
  if (qr.questionnaire !== undefined && (typeof qr.questionnaire !== 'string' || !/^\S+:\S+$/.test(qr.questionnaire))) errors.push('questionnaire: canonical');
  extensions(qr.extension, 'extension', errors);
  const defs = new Map<string, J>();
  const index = (items: unknown) => {
    for (const it of (items as J[] | undefined) ?? []) {
      defs.set(it.linkId as string, it);
      index(it.item);
    }
  };
  index(questionnaire.item);
  const walk = (items: unknown, parent: J | undefined, at: string) => {
    if (items === undefined) return;
    if (!Array.isArray(items) || items.length === 0) return void errors.push(`${at}: item must be a non-empty array`);
    const seen = new Set<string>();
    items.forEach((it, i) => {
      const p = `${at}[${i}]`;
      if (!isObj(it)) return void errors.push(`${p}: object`);
      str(it.linkId, `${p}.linkId`, errors, true);
      const def = defs.get(it.linkId as string);
      if (!def) return void errors.push(`${p}: linkId "${String(it.linkId)}" is not in the Questionnaire`);
      if (seen.has(it.linkId as string)) errors.push(`${p}: qrs-2 repeated answers must be in one item`);
      seen.add(it.linkId as string);
      const kids = (parent ? (parent.item as J[]) : (questionnaire.item as J[])) ?? [];
      if (!kids.includes(def)) errors.push(`${p}: "${String(it.linkId)}" is not at this place in the Questionnaire tree`);
      if (def.type === 'display') errors.push(`${p}: display items have no response`);
      if (it.answer !== undefined && it.item !== undefined) errors.push(`${p}: qrs-1 nested item beneath both item and answer`);
      if (it.answer !== undefined) {
        if (def.type === 'group') errors.push(`${p}: a group has no answer`);
        if (!Array.isArray(it.answer) || it.answer.length === 0) errors.push(`${p}.answer: non-empty array`);
        else {
          if (it.answer.length > 1 && def.repeats !== true) errors.push(`${p}: several answers to a non-repeating item`);
          it.answer.forEach((a, j) => {
            const ap = `${p}.answer[${j}]`;
            if (!isObj(a)) return void errors.push(`${ap}: object`);
            const vs = Object.keys(a).filter((k) => k.startsWith('value'));
            if (vs.length !== 1) return void errors.push(`${ap}: exactly one value[x]`);
            if (!(ANSWER_FOR[def.type as string] ?? []).includes(vs[0]!)) errors.push(`${ap}: ${vs[0]} does not fit item type ${String(def.type)}`);
            if (a.valueInteger !== undefined && !Number.isInteger(a.valueInteger)) errors.push(`${ap}.valueInteger: integer`);
            if (a.valueDate !== undefined && (typeof a.valueDate !== 'string' || !DATE.test(a.valueDate))) errors.push(`${ap}.valueDate: date`);
            if (a.valueCoding !== undefined) {
              coding(a.valueCoding, `${ap}.valueCoding`, errors);
              const opts = (def.answerOption as J[] | undefined)?.map((o) => o.valueCoding as J) ?? [];
              const c = a.valueCoding as J;
              if (!opts.some((o) => o.code === c.code && o.system === c.system)) errors.push(`${ap}: coding ${String(c.system)}|${String(c.code)} is not an answerOption`);
            }
          });
        }
      } else if (def.type !== 'group') errors.push(`${p}: a question item without an answer`);
      walk(it.item, def, `${p}.item`);
    });
  };
  walk(qr.item, undefined, 'item');
  return errors;
}
