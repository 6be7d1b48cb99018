/**
 * Intake questionnaire, a generated 150-question, 10-page form (15 per page: single choice,
 * multiple choice, text, yes/no, select, number, date, long text, …):
 * - first render: create with `.form` and in-memory `.storage`, append, await `whenReady()`
 *   (contract validation, engine session, draft lookup and the first page's DOM);
 * - page change: `goTo(next page)` + `await updateComplete` (DESIGN.md §7: ≤ 16 ms median);
 * - answer change: a radio answer on the current page + `await updateComplete` (≤ 16 ms median).
 *
 * Anchor: SurveyJS (`survey-core` + `survey-js-ui`) rendering the first page of the same
 * 150-question form, in the same run (new Model(json) + renderSurvey). Left out, with the
 * install hint in the case name, when SurveyJS is not installed.
 */
import '../../src/define/intake-questionnaire.js';
import type { IopIntakeQuestionnaire } from '../../src/define/intake-questionnaire.js';
import { createMemoryStorage } from '../../src/core/storage/memory.js';
import type { KitStorage } from '../../src/core/storage/index.js';
import type { IntakeForm, Question } from '../../src/core/schemas/index.js';
import type { BenchCase } from '../harness/types.js';

const PAGES = 10;
const PER_PAGE = 15;
const KINDS = ['single', 'multiple', 'text', 'yes-no', 'select', 'number', 'date', 'long-text'] as const;
const opts = (n: number) => Array.from({ length: n }, (_, i) => ({ value: `o${i}`, label: { en: `Option ${i + 1}`, es: `Opción ${i + 1}` } }));

function question(p: number, i: number): Question {
  const id = `p${p}-q${i}`;
  const text = { en: `Question ${p * PER_PAGE + i + 1}: how has this been for you lately?`, es: `Pregunta ${p * PER_PAGE + i + 1}` };
  const kind = KINDS[i % KINDS.length]!;
  switch (kind) {
    case 'single':
      return { id, type: 'single', text, options: opts(5), required: i % 3 === 0 };
    case 'multiple':
      return { id, type: 'multiple', text, options: opts(6) };
    case 'select':
      return { id, type: 'select', text, options: opts(8) };
    case 'number':
      return { id, type: 'number', text, min: 0, max: 100 };
    case 'date':
      return { id, type: 'date', text, max: 'today' };
    case 'long-text':
      return { id, type: 'long-text', text, maxLength: 2000 };
    case 'text':
      return { id, type: 'text', text, maxLength: 100 };
    default:
      return { id, type: 'yes-no', text };
  }
}

export function benchForm(): IntakeForm {
  return {
    id: 'bench-150',
    version: '1',
    title: 'Bench intake',
    locales: ['en', 'es'],
    pages: Array.from({ length: PAGES }, (_, p) => ({
      id: `page-${p}`,
      title: { en: `Page ${p + 1}`, es: `Página ${p + 1}` },
      items: Array.from({ length: PER_PAGE }, (_, i) => question(p, i)),
    })),
  };
}

const kept = (): KitStorage => ({ ...createMemoryStorage('unavailable'), persistent: true, reason: undefined }) as KitStorage;
const stage = (): HTMLElement => document.getElementById('stage') ?? document.body;

async function mounted(form: IntakeForm): Promise<IopIntakeQuestionnaire> {
  const el = document.createElement('iop-intake-questionnaire');
  el.form = form;
  el.storage = kept();
  el.locale = 'en';
  stage().append(el);
  await el.whenReady();
  return el;
}

function checkFirstPage(el: IopIntakeQuestionnaire): void {
  const fields = el.shadowRoot!.querySelectorAll('[data-q]').length;
  if (fields !== PER_PAGE) throw new Error(`expected ${PER_PAGE} questions on the first page, got ${fields}`);
}

const surveyjs = import.meta.glob<Record<string, unknown>>(['../../node_modules/survey-core/fesm/survey-core.mjs', '../../node_modules/survey-js-ui/fesm/survey-js-ui.mjs']);
const sjCore = Object.entries(surveyjs).find(([k]) => k.includes('survey-core'))?.[1];
const sjUi = Object.entries(surveyjs).find(([k]) => k.includes('survey-js-ui'))?.[1];
const anchorInstalled = Boolean(sjCore && sjUi);
const ANCHOR = 'SurveyJS: first page of a 150-question, 10-page form (anchor)';
const anchorName = (n: string) => (anchorInstalled ? n : `${n} (anchor not installed: npm i -D survey-core survey-js-ui to compare)`);

interface Ctx {
  form: IntakeForm;
  el?: IopIntakeQuestionnaire;
  i: number;
}

const firstRender: BenchCase<Ctx> = {
  name: anchorName('intake-questionnaire: 150-question form, first render'),
  description: 'create with .form (150 questions, 10 pages) and in-memory storage, append, await whenReady()',
  budgetMs: 50,
  ...(anchorInstalled ? { anchor: ANCHOR } : {}),
  iterations: 30,
  warmup: 5,
  async setup() {
    const form = benchForm();
    const el = await mounted(form);
    checkFirstPage(el);
    el.remove();
    return { form, i: 0 };
  },
  beforeEach(ctx) {
    ctx.el?.remove();
  },
  async run(ctx) {
    ctx.el = await mounted(ctx.form);
  },
  teardown(ctx) {
    ctx.el?.remove();
  },
};

const pageChange: BenchCase<Ctx> = {
  name: 'intake-questionnaire: 150-question form, page change',
  description: 'goTo(next page) + await updateComplete (15 questions replaced)',
  budgetMs: 16,
  iterations: 40,
  warmup: 5,
  async setup() {
    const form = benchForm();
    return { form, el: await mounted(form), i: 0 };
  },
  async run(ctx) {
    ctx.i = (ctx.i + 1) % PAGES;
    ctx.el!.goTo(`page-${ctx.i}`);
    await ctx.el!.updateComplete;
  },
  teardown(ctx) {
    ctx.el?.remove();
  },
};

const answerChange: BenchCase<Ctx> = {
  name: 'intake-questionnaire: 150-question form, answer change',
  description: 'a radio answer on the current page + await updateComplete (visibility, validation, crisis check, render)',
  budgetMs: 16,
  iterations: 40,
  warmup: 5,
  async setup() {
    const form = benchForm();
    return { form, el: await mounted(form), i: 0 };
  },
  async run(ctx) {
    ctx.i++;
    const radio = ctx.el!.shadowRoot!.querySelector<HTMLInputElement>(`[data-q="p0-q0"] input[value="o${ctx.i % 5}"]`)!;
    radio.click();
    await ctx.el!.updateComplete;
  },
  teardown(ctx) {
    ctx.el?.remove();
  },
};

interface SjCtx {
  json: Record<string, unknown>;
  Model: new (json: unknown) => { dispose?(): void };
  renderSurvey: (model: unknown, el: HTMLElement) => void;
  unmount: (el: HTMLElement) => void;
  host?: HTMLElement;
}

/** The same form in SurveyJS's JSON. */
function surveyJson(form: IntakeForm): Record<string, unknown> {
  const label = (t: unknown) => (typeof t === 'string' ? t : (t as { en: string }).en);
  return {
    pages: form.pages.map((p) => ({
      name: p.id,
      title: label(p.title),
      elements: p.items.map((raw) => {
        const q = raw as Question;
        const base = { name: q.id, title: label(q.text), isRequired: 'required' in q && q.required === true };
        const choices = 'options' in q ? q.options.map((o) => ({ value: o.value, text: label(o.label) })) : undefined;
        switch (q.type) {
          case 'single':
            return { ...base, type: 'radiogroup', choices };
          case 'multiple':
            return { ...base, type: 'checkbox', choices };
          case 'select':
            return { ...base, type: 'dropdown', choices };
          case 'number':
            return { ...base, type: 'text', inputType: 'number', min: 0, max: 100 };
          case 'date':
            return { ...base, type: 'text', inputType: 'date' };
          case 'long-text':
            return { ...base, type: 'comment', maxLength: 2000 };
          case 'yes-no':
            return { ...base, type: 'boolean', renderAs: 'radio' };
          default:
            return { ...base, type: 'text', maxLength: 100 };
        }
      }),
    })),
  };
}

const anchor: BenchCase<SjCtx> = {
  name: ANCHOR,
  description: 'new Model(json) + renderSurvey(model, el): the first page of the same 150-question form',
  iterations: 30,
  warmup: 5,
  async setup() {
    const core = (await sjCore!()) as { Model: SjCtx['Model'] };
    const ui = (await sjUi!()) as { renderSurvey: SjCtx['renderSurvey']; unmountComponentAtNode: SjCtx['unmount'] };
    const ctx: SjCtx = { json: surveyJson(benchForm()), Model: core.Model, renderSurvey: ui.renderSurvey, unmount: ui.unmountComponentAtNode };
    // Check once that rendering is synchronous and draws the whole first page (so the timing covers it).
    const host = document.createElement('div');
    stage().append(host);
    ctx.renderSurvey(new ctx.Model(ctx.json), host);
    const drawn = host.querySelectorAll('.sd-question').length;
    ctx.unmount(host);
    host.remove();
    if (drawn !== PER_PAGE) throw new Error(`SurveyJS drew ${drawn} questions synchronously, expected ${PER_PAGE}`);
    return ctx;
  },
  beforeEach(ctx) {
    if (ctx.host) ctx.unmount(ctx.host);
    ctx.host?.remove();
    ctx.host = document.createElement('div');
    stage().append(ctx.host);
  },
  run(ctx) {
    ctx.renderSurvey(new ctx.Model(ctx.json), ctx.host!);
  },
  teardown(ctx) {
    if (ctx.host) ctx.unmount(ctx.host);
    ctx.host?.remove();
  },
};

export default anchorInstalled ? [firstRender, pageChange, answerChange, anchor] : [firstRender, pageChange, answerChange];
