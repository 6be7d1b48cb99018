/**
 * FHIR R4 bridge: export validated by the structural R4 validator (r4-validator.ts), the
 * round trip form → Questionnaire → form, the lenient import of real-world-shaped files,
 * instruments recognised by LOINC codes, and arbitrary JSON never throwing.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { INSTRUMENT_CODES, formToQuestionnaire, formToQuestionnaireWithReport, loadQuestionnaireAsForm, questionnaireToForm, submissionToQuestionnaireResponse } from '../../../src/fhir.js';
import { IntakeSession, buildSubmission, defaultIntakeForm } from '../../../src/core/intake/index.js';
import { IntakeForm, parse } from '../../../src/core/schemas/index.js';
import type { Expr, IntakeForm as Form } from '../../../src/core/schemas/index.js';
import { validateQuestionnaire, validateQuestionnaireResponse } from './r4-validator.js';
import { loincPhq9, nestedIntake, panelOnlyGad7 } from '../../fixtures/fhir/questionnaires.js';

/** Key order and `in` with one value (≡ `equals`, expressions.ts) do not change meaning. */
function canon(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canon);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (o.op === 'in' && Array.isArray(o.values) && o.values.length === 1) return canon({ op: 'equals', q: o.q, value: o.values[0] });
    return Object.fromEntries(Object.keys(o).sort().map((k) => [k, canon(o[k])]));
  }
  return v;
}

const small: Form = {
  id: 'small',
  version: '1',
  title: { en: 'Small', es: 'Pequeño' },
  locales: ['en', 'es'],
  pages: [
    {
      id: 'p1',
      title: 'One',
      description: 'First page',
      items: [
        { id: 'use', type: 'yes-no', text: 'Do you drink?', required: true },
        { id: 'days', type: 'number', text: 'Days', integer: true, min: 0, max: 30, unit: 'days', visibleIf: { op: 'equals', q: 'use', value: true } },
        { id: 'kind', type: 'select', text: 'Kind', options: [{ value: 'beer', label: 'Beer', score: 1 }, { value: 'wine', label: 'Wine', score: 2 }] },
        { id: 'many', type: 'multiple', text: 'Many', minSelected: 1, options: [{ value: 'a', label: 'A' }, { value: 'none', label: 'None', exclusive: true }] },
        { id: 'why', type: 'long-text', text: 'Why', maxLength: 300, visibleIf: { op: 'and', exprs: [{ op: 'answered', q: 'kind' }, { op: 'not', expr: { op: 'answered', q: 'many' } }] } },
        { id: 'big', type: 'display', text: 'Heavy use', visibleIf: { op: 'gte', q: 'days', value: 20 } },
        { id: 'when', type: 'date', text: 'Since', max: 'today', visibleIf: { op: 'notEquals', q: 'kind', value: 'wine' } },
        { id: 'phone', type: 'phone', text: 'Phone', autocomplete: 'tel', requiredIf: { op: 'equals', q: 'use', value: true } },
        { id: 'sign', type: 'signature', text: 'Sign' },
        { id: 'ok', type: 'consent', text: 'I agree', kind: 'hipaa-notice', version: '2026-1', body: 'Notice text', required: true },
      ],
    },
    {
      id: 'p2',
      title: 'Two',
      visibleIf: { op: 'in', q: 'kind', values: ['beer', 'wine'] },
      items: [
        { type: 'instrument', instrument: 'phq9' },
        { type: 'instrument', instrument: 'crafft', visibleIf: { op: 'lt', ageOf: 'dob', value: 18 } },
        { id: 'dob', type: 'date', text: 'Birth date' },
      ],
    },
  ],
  flags: [{ flag: 'crisis', when: { op: 'equals', q: 'use', value: true } }],
};

describe('FHIR export: valid R4 Questionnaire', () => {
  for (const [name, form] of [['built-in intake form', defaultIntakeForm], ['a form with every question type', small]] as const)
    for (const locale of ['en', 'es'] as const)
      it(`${name} (${locale}) passes the R4 validator`, () => {
        const q = formToQuestionnaire(form, { locale });
        expect(validateQuestionnaire(q)).to.deep.equal([]);
        expect(q.language).to.equal(locale);
      });

  it('codes instruments with LOINC: PHQ-9 panel 44249-1, items 44250-9 … 44260-8, total 44261-6, answers LA6568-5 …', () => {
    const q = formToQuestionnaire(defaultIntakeForm);
    const all: Record<string, unknown>[] = [];
    const walk = (items: unknown) => (items as Record<string, unknown>[] | undefined)?.forEach((i) => (all.push(i), walk(i.item)));
    walk(q.item);
    const phq = all.find((i) => i.linkId === 'phq9')!;
    expect(phq.code).to.deep.equal([{ system: 'http://loinc.org', code: '44249-1' }]);
    const item9 = all.find((i) => i.linkId === 'phq9-9') as { code: { code: string }[]; answerOption: { valueCoding: { code: string; extension: { valueDecimal: number }[] } }[] };
    expect(item9.code[0]!.code).to.equal('44260-8');
    expect(item9.answerOption.map((o) => [o.valueCoding.code, o.valueCoding.extension[0]!.valueDecimal])).to.deep.equal([['LA6568-5', 0], ['LA6569-3', 1], ['LA6570-1', 2], ['LA6571-9', 3]]);
    expect((all.find((i) => i.linkId === 'phq9-total') as { code: { code: string }[] }).code[0]!.code).to.equal('44261-6');
    expect((all.find((i) => i.linkId === 'gad7-total') as { code: { code: string }[] }).code[0]!.code).to.equal('70274-6');
    expect((all.find((i) => i.linkId === 'audit-c-1') as { code: { code: string }[] }).code[0]!.code).to.equal('68518-0');
    expect(INSTRUMENT_CODES.phq9.items).to.have.length(9);
  });

  it('writes conditions as enableWhen where it can, and reports the rest', () => {
    const { questionnaire, notExpressed } = formToQuestionnaireWithReport(small);
    const page = questionnaire.item![0]!.item!;
    expect(page.find((i) => i.linkId === 'days')!.enableWhen).to.deep.equal([{ question: 'use', operator: '=', answerBoolean: true }]);
    expect(page.find((i) => i.linkId === 'big')!.enableWhen).to.deep.equal([{ question: 'days', operator: '>=', answerInteger: 20 }]);
    expect(page.find((i) => i.linkId === 'why')).to.deep.include({ enableBehavior: 'all' });
    expect(page.find((i) => i.linkId === 'why')!.enableWhen).to.deep.equal([
      { question: 'kind', operator: 'exists', answerBoolean: true },
      { question: 'many', operator: 'exists', answerBoolean: false },
    ]);
    expect(questionnaire.item![1]!.enableBehavior).to.equal('any');
    expect(notExpressed.join('\n')).to.contain('instrument "crafft"').and.contain('"required if"').and.contain('flag rules');
  });
});

describe('FHIR round trip: form → Questionnaire → form', () => {
  for (const [name, form] of [['built-in intake form', defaultIntakeForm], ['a form with every question type', small]] as const)
    for (const locale of ['en', 'es'] as const)
      it(`${name} (${locale}) keeps every question, option, condition, score and flag`, () => {
        const r = questionnaireToForm(formToQuestionnaire(form, { locale }));
        expect(r.ok).to.equal(true);
        if (!r.ok) return;
        expect(canon(r.form)).to.deep.equal(canon(form));
        expect(r.warnings.filter((w) => !w.includes('recognised by'))).to.deep.equal([]);
      });
});

describe('FHIR import: LOINC-coded screeners get the kit scoring and crisis safety', () => {
  it('NLM PHQ-9 (linkIds "/44250-9") becomes the kit PHQ-9 with its total dropped and the extra question kept', () => {
    const r = questionnaireToForm(loincPhq9);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.form.pages).to.have.length(1);
    expect(r.form.pages[0]!.items[0]).to.deep.equal({ type: 'instrument', instrument: 'phq9' });
    expect(r.form.pages[0]!.items[1]).to.include({ id: '69722-7', type: 'single' });
    expect(r.form.pages[0]!.items).to.have.length(2);
    expect(r.linkIds['/44260-8']).to.equal('phq9-9');
    expect(r.warnings.join('\n')).to.contain('PHQ-9 recognised by its LOINC item codes').and.contain('extensions on these items are not').and.contain('total-score item is computed by the kit');
    const session = new IntakeSession(r.form);
    expect(session.crisisNow({ 'phq9-9': '1' })).to.equal(true);
    const answers = Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`phq9-${n}`, '2']));
    expect(session.scores(answers)).to.deep.equal([{ instrument: 'phq9', total: 18, band: 'moderately-severe', positive: true }]);
  });

  it('GAD-7 with only the panel code on its group is matched in order', () => {
    const r = questionnaireToForm(panelOnlyGad7);
    expect(r.ok && r.form.pages[0]!.items).to.deep.equal([{ type: 'instrument', instrument: 'gad7' }]);
    expect(r.ok && r.linkIds.g7).to.equal('gad7-7');
  });
});

describe('FHIR import: lenient with imperfect files, every ignored part reported', () => {
  const r = questionnaireToForm(nestedIntake);
  const form = r.ok ? r.form : undefined;
  const q = (id: string) => form!.pages.flatMap((p) => p.items).find((i) => 'id' in i && i.id === id) as Record<string, unknown> | undefined;
  const w = r.warnings.join('\n');

  it('imports top-level groups as pages, both locales, and nested groups flattened with their conditions combined', () => {
    expect(r.ok).to.equal(true);
    expect(form!.pages.map((p) => p.id)).to.deep.equal(['about', 'mood']);
    expect(form!.title).to.deep.equal({ en: 'Nested intake', es: 'Admisión anidada' });
    expect(form!.locales).to.deep.equal(['en', 'es']);
    expect(q('veteran')!.text).to.deep.equal({ en: 'Have you served in the military?', es: '¿Ha servido en el ejército?' });
    expect(q('branch')!.visibleIf).to.deep.equal({ op: 'equals', q: 'veteran', value: true });
    expect(q('deploy-count')!.visibleIf).to.deep.equal({ op: 'and', exprs: [{ op: 'equals', q: 'veteran', value: true }, { op: 'notEquals', q: 'branch', value: 'Navy' }] } satisfies Expr);
    expect(q('service')).to.include({ type: 'display', text: 'Your service' });
  });

  it('maps every operator and answer type it can', () => {
    expect(q('sad-more')!.visibleIf).to.deep.equal({ op: 'equals', q: 'sad', value: 'a-lot' });
    expect(q('old')!.visibleIf).to.deep.equal({ op: 'gte', q: 'age', value: 65 });
    expect(q('young')!.visibleIf).to.deep.equal({ op: 'lt', q: 'age', value: 26 });
    expect(q('mid')!.visibleIf).to.deep.equal({ op: 'and', exprs: [{ op: 'gt', q: 'age', value: 25 }, { op: 'lte', q: 'age', value: 64 }] });
    expect(q('either')!.visibleIf).to.deep.equal({ op: 'or', exprs: [{ op: 'answered', q: 'nickname' }, { op: 'equals', q: 'start', value: '2024-01-01' }] });
  });

  it('reads scores from a contained ValueSet, keeps initial values, and renames duplicates', () => {
    expect(q('sad')!.options).to.deep.equal([{ value: 'none', label: 'None', score: 0 }, { value: 'some', label: 'Some', score: 1 }, { value: 'a-lot', label: 'A lot', score: 2 }]);
    expect(r.ok && r.initialAnswers).to.deep.equal({ nickname: 'Sam' });
    expect(q('age-2')).to.include({ type: 'text' });
    expect(w).to.contain('linkId "age" is used more than once');
  });

  it('warns about everything it ignored or changed', () => {
    for (const part of [
      'codes on a display item were ignored',
      'open-choice is asked as a choice',
      'two answers share the code "calm"',
      'value set http://example.org/fhir/ValueSet/dx is not contained',
      'item type "attachment" is not supported',
      'calculatedExpression',
      'a time is asked as text',
      'enableWhen "&gt;" on a date',
      'refers to "does-not-exist"',
    ]) expect(w.replace(/>/g, '&gt;')).to.contain(part);
    expect(q('photo')).to.equal(undefined);
    expect(q('after')!.visibleIf).to.equal(undefined);
  });

  it('refuses what is not a Questionnaire with a readable error', () => {
    expect(questionnaireToForm({ resourceType: 'Patient' })).to.deep.include({ ok: false });
    expect(questionnaireToForm('not json')).to.deep.include({ ok: false, error: 'this is not JSON' });
    expect(questionnaireToForm({ resourceType: 'Questionnaire', status: 'active' })).to.deep.include({ ok: false });
    expect(loadQuestionnaireAsForm(JSON.stringify(loincPhq9)).form?.pages[0]!.items[0]).to.deep.equal({ type: 'instrument', instrument: 'phq9' });
    expect(loadQuestionnaireAsForm(null)).to.include({ form: undefined });
  });

  it('property: arbitrary JSON never throws and gives a valid form or a readable error', () => {
    const item = fc.letrec((tie) => ({
      item: fc.record(
        {
          linkId: fc.oneof(fc.string(), fc.constantFrom('a', 'b', '/44260-8', 'phq9-1')),
          type: fc.oneof(fc.constantFrom('group', 'display', 'boolean', 'decimal', 'integer', 'date', 'dateTime', 'time', 'string', 'text', 'url', 'choice', 'open-choice', 'quantity'), fc.anything()),
          text: fc.oneof(fc.string(), fc.anything()),
          required: fc.anything(),
          repeats: fc.boolean(),
          readOnly: fc.boolean(),
          maxLength: fc.anything(),
          code: fc.array(fc.record({ system: fc.constant('http://loinc.org'), code: fc.constantFrom(...INSTRUMENT_CODES.phq9.items!, '44249-1', 'x') })),
          answerOption: fc.array(fc.oneof(fc.record({ valueCoding: fc.record({ code: fc.string(), display: fc.string() }) }), fc.record({ valueString: fc.string() }), fc.anything())),
          enableWhen: fc.array(fc.record({ question: fc.constantFrom('a', 'b', 'zzz'), operator: fc.constantFrom('exists', '=', '!=', '>', '<', '>=', '<=', 'bogus'), answerBoolean: fc.boolean(), answerInteger: fc.integer(), answerString: fc.string() }, { requiredKeys: ['question', 'operator'] })),
          enableBehavior: fc.constantFrom('all', 'any', 'x'),
          item: fc.array(tie('item'), { maxLength: 3 }),
        },
        { requiredKeys: [] },
      ),
    }));
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ resourceType: fc.constant('Questionnaire'), language: fc.constantFrom('en', 'es', 'fr'), item: fc.array(item.item, { maxLength: 6 }) })), (input) => {
        const res = questionnaireToForm(input);
        if (res.ok) expect(parse(IntakeForm, res.form).ok).to.equal(true);
        else expect(res.error).to.be.a('string').and.not.equal('');
        expect(res.warnings.every((x) => typeof x === 'string')).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('FHIR QuestionnaireResponse', () => {
  const answers = {
    use: true, days: 24, kind: 'wine', many: ['a'], phone: '(512) 555-0199', sign: 'Ana Díaz', ok: true, dob: '1990-05-01',
    ...Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`phq9-${n}`, n === 9 ? '1' : '2'])),
  };
  const built = buildSubmission({ form: small, answers: { ...answers, when: '2024-01-01' }, locale: 'en', now: new Date('2026-03-02T15:00:00Z'), submissionId: 'sub_ABCDEFGH12' });

  it('a submission exports as a valid completed response mirroring the Questionnaire, with the score and no hidden answers', () => {
    expect(built.ok).to.equal(true);
    if (!built.ok) return;
    const q = formToQuestionnaire(small);
    const qr = submissionToQuestionnaireResponse(built.submission, small);
    expect(validateQuestionnaireResponse(qr, q as unknown as Record<string, unknown>)).to.deep.equal([]);
    expect(qr).to.include({ status: 'completed', authored: '2026-03-02T15:00:00.000Z', questionnaire: 'urn:iop-kit:questionnaire:small|1' });
    const flat = JSON.stringify(qr);
    expect(flat).to.not.contain('"when"'); // hidden: kind = wine
    const p2 = qr.item!.find((i) => i.linkId === 'p2')!;
    const phq = p2.item!.find((i) => i.linkId === 'phq9')!;
    expect(phq.item!.find((i) => i.linkId === 'phq9-total')!.answer).to.deep.equal([{ valueInteger: 17 }]);
    expect(phq.item!.find((i) => i.linkId === 'phq9-9')!.answer![0]!.valueCoding).to.deep.include({ system: 'http://loinc.org', code: 'LA6569-3' });
    expect(qr.extension).to.deep.equal([{ url: 'urn:iop-kit:fhir:extension:flag', valueCode: 'crisis' }]);
  });

  it('the built-in form: a full submission is valid against its Questionnaire', () => {
    const session = new IntakeSession(defaultIntakeForm);
    expect(session.pages.length).to.be.greaterThan(5);
    const q = formToQuestionnaire(defaultIntakeForm, { locale: 'es' });
    const qr = submissionToQuestionnaireResponse(
      { submissionId: 'abcdefgh', formId: defaultIntakeForm.id, formVersion: defaultIntakeForm.version, locale: 'es', answers: { 'crisis-now': false, reason: 'both', substances: ['alcohol', 'opioids'], 'gad7-1': '3' }, scores: [{ instrument: 'gad7', total: 9, band: 'mild', positive: false }], flags: [], consents: [], submittedAt: '2026-01-05T10:00:00Z' },
      defaultIntakeForm,
    );
    expect(validateQuestionnaireResponse(qr, q as unknown as Record<string, unknown>)).to.deep.equal([]);
    expect(JSON.stringify(qr)).to.contain('"gad7-total"');
  });
});
