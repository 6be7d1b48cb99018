/**
 * One question → real, labelled controls in the element's shadow root:
 * radio groups in a `<fieldset>` with a `<legend>` (single, scale, yes/no), checkboxes for
 * multiple choice (an `exclusive` option clears the others), `<select>`, text and long text
 * (with a character counter when the question has `maxLength`), number with its unit,
 * a native date input, phone and email with autocomplete tokens, a typed-name signature
 * with today's date, consent (full text in a scrollable, focusable region and an
 * "I agree" box) and display text. Screener items are grouped under the screener's title
 * and stem (see `renderItems`).
 *
 * Ids: the control (or the first radio) of question `x` is `q-x`; its error `q-x-error`.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from '../base/directives.js';
import type { Answers } from '../../core/intake/resolve.js';
import type { VisibleItem } from '../../core/intake/session.js';
import type { Locale, Question } from '../../core/schemas/index.js';
import { localize } from '../../core/text.js';
import type { MessageKey } from './messages.js';

export interface QuestionContext {
  locale: Locale;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  answers: Answers;
  /** The error text to show next to the field now (after interaction), if any. */
  errorFor(questionId: string): string | undefined;
  /** Today, formatted for the signature line. */
  todayText: string;
  set(questionId: string, value: unknown): void;
  touch(questionId: string): void;
}

type Q<T extends Question['type']> = Extract<Question, { type: T }>;

const fieldId = (id: string) => `q-${id}`;

function describedBy(...ids: (string | false | undefined)[]): string | typeof nothing {
  const list = ids.filter(Boolean).join(' ');
  return list || nothing;
}

function helpOf(q: Question, ctx: QuestionContext): { id?: string; tpl: TemplateResult | typeof nothing } {
  if (!('help' in q) || q.help === undefined) return { tpl: nothing };
  const id = `${fieldId(q.id)}-help`;
  return { id, tpl: html`<p class="hint" part="hint" id=${id}>${localize(q.help, ctx.locale)}</p>` };
}

function errorOf(q: Question, ctx: QuestionContext): { id?: string; tpl: TemplateResult | typeof nothing } {
  const text = ctx.errorFor(q.id);
  if (!text) return { tpl: nothing };
  const id = `${fieldId(q.id)}-error`;
  return { id, tpl: html`<p class="error" part="error" id=${id}><span aria-hidden="true">⚠ </span>${text}</p>` };
}

function requiredMark(required: boolean, ctx: QuestionContext) {
  return required ? html` <span class="required">${ctx.t('requiredMark')}</span>` : nothing;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

function textLike(item: VisibleItem, ctx: QuestionContext, kind: 'text' | 'tel' | 'email' | 'signature' | 'number'): TemplateResult {
  const q = item.question as Q<'text'> | Q<'phone'> | Q<'email'> | Q<'signature'> | Q<'number'>;
  const id = fieldId(q.id);
  const value = str(ctx.answers[q.id]);
  const help = helpOf(q, ctx);
  const error = errorOf(q, ctx);
  const maxLength = q.type === 'text' ? q.maxLength : undefined;
  const countId = maxLength ? `${id}-count` : undefined;
  const unit = q.type === 'number' && q.unit ? localize(q.unit, ctx.locale) : undefined;
  const unitId = unit ? `${id}-unit` : undefined;
  const defaultAuto = kind === 'tel' ? 'tel' : kind === 'email' ? 'email' : kind === 'signature' ? 'name' : undefined;
  const auto = q.autocomplete ?? defaultAuto;
  const sigDateId = kind === 'signature' ? `${id}-date` : undefined;
  return html`<div class="field" data-q=${q.id} part="field">
    <label for=${id} part="label">${localize(q.text, ctx.locale)}${requiredMark(item.required, ctx)}</label>
    ${help.tpl}
    <div class="input-row">
      <input
        id=${id}
        part="input"
        type=${kind === 'signature' || kind === 'number' ? 'text' : kind}
        inputmode=${kind === 'number' ? (q.type === 'number' && q.integer ? 'numeric' : 'decimal') : nothing}
        autocomplete=${auto ?? 'off'}
        spellcheck=${kind === 'text' ? nothing : 'false'}
        maxlength=${maxLength ?? nothing}
        aria-required=${item.required ? 'true' : 'false'}
        aria-invalid=${error.id ? 'true' : 'false'}
        aria-describedby=${describedBy(help.id, unitId, countId, sigDateId, error.id)}
        .value=${live(value)}
        @input=${(e: Event) => ctx.set(q.id, (e.target as HTMLInputElement).value)}
        @blur=${() => ctx.touch(q.id)}
      />
      ${unit ? html`<span class="unit" id=${unitId!}>${unit}</span>` : nothing}
    </div>
    ${maxLength ? html`<p class="counter" id=${countId!}>${ctx.t('charCount', { count: value.length, max: maxLength })}</p>` : nothing}
    ${sigDateId ? html`<p class="signature-date" id=${sigDateId}>${ctx.t('signatureDate', { date: ctx.todayText })}</p>` : nothing}
    ${error.tpl}
  </div>`;
}

function longText(item: VisibleItem, ctx: QuestionContext): TemplateResult {
  const q = item.question as Q<'long-text'>;
  const id = fieldId(q.id);
  const value = str(ctx.answers[q.id]);
  const help = helpOf(q, ctx);
  const error = errorOf(q, ctx);
  const countId = q.maxLength ? `${id}-count` : undefined;
  return html`<div class="field" data-q=${q.id} part="field">
    <label for=${id} part="label">${localize(q.text, ctx.locale)}${requiredMark(item.required, ctx)}</label>
    ${help.tpl}
    <textarea
      id=${id}
      part="input textarea"
      rows="4"
      maxlength=${q.maxLength ?? nothing}
      aria-required=${item.required ? 'true' : 'false'}
      aria-invalid=${error.id ? 'true' : 'false'}
      aria-describedby=${describedBy(help.id, countId, error.id)}
      .value=${live(value)}
      @input=${(e: Event) => ctx.set(q.id, (e.target as HTMLTextAreaElement).value)}
      @blur=${() => ctx.touch(q.id)}
    ></textarea>
    ${q.maxLength ? html`<p class="counter" id=${countId!}>${ctx.t('charCount', { count: value.length, max: q.maxLength })}</p>` : nothing}
    ${error.tpl}
  </div>`;
}

function dateField(item: VisibleItem, ctx: QuestionContext): TemplateResult {
  const q = item.question as Q<'date'>;
  const id = fieldId(q.id);
  const help = helpOf(q, ctx);
  const error = errorOf(q, ctx);
  const hintId = `${id}-format`;
  const bound = (b: string | undefined) => (b === 'today' ? undefined : b);
  return html`<div class="field" data-q=${q.id} part="field">
    <label for=${id} part="label">${localize(q.text, ctx.locale)}${requiredMark(item.required, ctx)}</label>
    ${help.tpl}
    <p class="hint" part="hint" id=${hintId}>${ctx.t('dateHint')}</p>
    <input
      id=${id}
      part="input"
      type="date"
      autocomplete=${q.autocomplete ?? 'off'}
      min=${bound(q.min) ?? nothing}
      max=${bound(q.max) ?? nothing}
      aria-required=${item.required ? 'true' : 'false'}
      aria-invalid=${error.id ? 'true' : 'false'}
      aria-describedby=${describedBy(help.id, hintId, error.id)}
      .value=${live(str(ctx.answers[q.id]))}
      @input=${(e: Event) => ctx.set(q.id, (e.target as HTMLInputElement).value)}
      @change=${(e: Event) => ctx.set(q.id, (e.target as HTMLInputElement).value)}
      @blur=${() => ctx.touch(q.id)}
    />
    ${error.tpl}
  </div>`;
}

interface Choice {
  value: string;
  label: string;
}

function choicesOf(q: Question, ctx: QuestionContext): Choice[] {
  if (q.type === 'yes-no') return [{ value: 'true', label: ctx.t('yes') }, { value: 'false', label: ctx.t('no') }];
  return 'options' in q ? q.options.map((o) => ({ value: o.value, label: localize(o.label, ctx.locale) })) : [];
}

function radios(item: VisibleItem, ctx: QuestionContext): TemplateResult {
  const q = item.question;
  const id = fieldId(q.id);
  const help = helpOf(q, ctx);
  const error = errorOf(q, ctx);
  const raw = ctx.answers[q.id];
  const current = typeof raw === 'boolean' ? String(raw) : str(raw);
  const choose = (value: string) => {
    ctx.set(q.id, q.type === 'yes-no' ? value === 'true' : value);
    ctx.touch(q.id);
  };
  const scale = q.type === 'scale';
  return html`<fieldset
    class="field choice ${scale ? 'scale' : ''} ${q.type === 'yes-no' ? 'yes-no' : ''}"
    data-q=${q.id}
    part="field fieldset"
    aria-describedby=${describedBy(help.id, error.id)}
  >
    <legend part="label">${localize(q.text, ctx.locale)}${requiredMark(item.required, ctx)}</legend>
    ${help.tpl}
    <div class="options">
      ${choicesOf(q, ctx).map(
        (c, i) => html`<label class="option" part="option" for=${i === 0 ? id : `${id}-${i}`}>
          <input
            type="radio"
            id=${i === 0 ? id : `${id}-${i}`}
            name=${id}
            value=${c.value}
            aria-required=${item.required && i === 0 ? 'true' : nothing}
            .checked=${live(current === c.value)}
            @change=${() => choose(c.value)}
          />
          <span>${c.label}</span>
        </label>`,
      )}
    </div>
    ${error.tpl}
  </fieldset>`;
}

function checkboxes(item: VisibleItem, ctx: QuestionContext): TemplateResult {
  const q = item.question as Q<'multiple'>;
  const id = fieldId(q.id);
  const help = helpOf(q, ctx);
  const error = errorOf(q, ctx);
  const raw = ctx.answers[q.id];
  const selected = Array.isArray(raw) ? (raw as string[]) : [];
  const exclusive = new Set(q.options.filter((o) => o.exclusive).map((o) => o.value));
  const toggle = (value: string, on: boolean) => {
    let next = on ? [...selected.filter((v) => v !== value), value] : selected.filter((v) => v !== value);
    if (on) next = exclusive.has(value) ? [value] : next.filter((v) => !exclusive.has(v));
    const order = q.options.map((o) => o.value);
    next.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    ctx.set(q.id, next.length ? next : undefined);
    ctx.touch(q.id);
  };
  return html`<fieldset class="field choice" data-q=${q.id} part="field fieldset" aria-describedby=${describedBy(help.id, error.id)}>
    <legend part="label">${localize(q.text, ctx.locale)}${requiredMark(item.required, ctx)}</legend>
    ${help.tpl}
    <div class="options">
      ${q.options.map(
        (o, i) => html`<label class="option" part="option" for=${i === 0 ? id : `${id}-${i}`}>
          <input
            type="checkbox"
            id=${i === 0 ? id : `${id}-${i}`}
            name=${id}
            value=${o.value}
            .checked=${live(selected.includes(o.value))}
            @change=${(e: Event) => toggle(o.value, (e.target as HTMLInputElement).checked)}
          />
          <span>${localize(o.label, ctx.locale)}</span>
        </label>`,
      )}
    </div>
    ${error.tpl}
  </fieldset>`;
}

function select(item: VisibleItem, ctx: QuestionContext): TemplateResult {
  const q = item.question as Q<'select'>;
  const id = fieldId(q.id);
  const help = helpOf(q, ctx);
  const error = errorOf(q, ctx);
  const current = str(ctx.answers[q.id]);
  return html`<div class="field" data-q=${q.id} part="field">
    <label for=${id} part="label">${localize(q.text, ctx.locale)}${requiredMark(item.required, ctx)}</label>
    ${help.tpl}
    <select
      id=${id}
      part="select"
      autocomplete=${q.autocomplete ?? nothing}
      aria-required=${item.required ? 'true' : 'false'}
      aria-invalid=${error.id ? 'true' : 'false'}
      aria-describedby=${describedBy(help.id, error.id)}
      @change=${(e: Event) => {
        const v = (e.target as HTMLSelectElement).value;
        ctx.set(q.id, v || undefined);
        ctx.touch(q.id);
      }}
    >
      <option value="" ?selected=${current === ''}>${ctx.t('choose')}</option>
      ${q.options.map((o) => html`<option value=${o.value} ?selected=${current === o.value}>${localize(o.label, ctx.locale)}</option>`)}
    </select>
    ${error.tpl}
  </div>`;
}

function consent(item: VisibleItem, ctx: QuestionContext): TemplateResult {
  const q = item.question as Q<'consent'>;
  const id = fieldId(q.id);
  const help = helpOf(q, ctx);
  const error = errorOf(q, ctx);
  const statement = localize(q.text, ctx.locale);
  const bodyId = `${id}-body`;
  return html`<fieldset class="field consent" data-q=${q.id} part="field fieldset consent">
    <legend part="label">${statement}${requiredMark(item.required, ctx)}</legend>
    <div class="consent-body" part="consent-body" id=${bodyId} role="region" tabindex="0" aria-label=${ctx.t('consentFullText', { title: statement })}>
      ${localize(q.body, ctx.locale)
        .split(/\n{2,}/)
        .map((p) => html`<p>${p}</p>`)}
    </div>
    ${help.tpl}
    <label class="option agree" part="option" for=${id}>
      <input
        type="checkbox"
        id=${id}
        aria-required=${item.required ? 'true' : 'false'}
        aria-invalid=${error.id ? 'true' : 'false'}
        aria-describedby=${describedBy(help.id, error.id)}
        .checked=${live(ctx.answers[q.id] === true)}
        @change=${(e: Event) => {
          ctx.set(q.id, (e.target as HTMLInputElement).checked ? true : undefined);
          ctx.touch(q.id);
        }}
      />
      <span>${ctx.t('agreed')}</span>
    </label>
    ${error.tpl}
  </fieldset>`;
}

/** One question's controls. */
export function renderQuestion(item: VisibleItem, ctx: QuestionContext): TemplateResult {
  const q = item.question;
  switch (q.type) {
    case 'text':
      return textLike(item, ctx, 'text');
    case 'phone':
      return textLike(item, ctx, 'tel');
    case 'email':
      return textLike(item, ctx, 'email');
    case 'signature':
      return textLike(item, ctx, 'signature');
    case 'number':
      return textLike(item, ctx, 'number');
    case 'long-text':
      return longText(item, ctx);
    case 'date':
      return dateField(item, ctx);
    case 'single':
    case 'scale':
    case 'yes-no':
      return radios(item, ctx);
    case 'multiple':
      return checkboxes(item, ctx);
    case 'select':
      return select(item, ctx);
    case 'consent':
      return consent(item, ctx);
    case 'display':
      return html`<p class="display ${q.id === 'crafft-attribution' ? 'attribution' : ''}" data-q=${q.id} part="display">${localize(q.text, ctx.locale)}</p>`;
  }
}

/**
 * A page's visible items; consecutive items of one screener are grouped in a `<section>`
 * headed by the screener's title, with its stem (the first, `display`, item) as the lead-in.
 */
export function renderItems(items: readonly VisibleItem[], ctx: QuestionContext): TemplateResult[] {
  const out: TemplateResult[] = [];
  for (let i = 0; i < items.length; ) {
    const item = items[i]!;
    if (!item.instrument) {
      out.push(renderQuestion(item, ctx));
      i++;
      continue;
    }
    const group: VisibleItem[] = [];
    while (i < items.length && items[i]!.instrument === item.instrument) group.push(items[i++]!);
    const def = item.definition!;
    const headingId = `inst-${item.instrument}`;
    out.push(html`<section class="instrument" part="instrument" aria-labelledby=${headingId}>
      <h4 id=${headingId}>${localize(def.title, ctx.locale)}</h4>
      ${group.map((g) => (g.question.type === 'display' && g.question.id.endsWith('-stem') ? html`<p class="stem" part="stem">${localize(g.question.text, ctx.locale)}</p>` : renderQuestion(g, ctx)))}
    </section>`);
  }
  return out;
}
