/**
 * The frame around one step: progress ("Step 3 of 13: How you have been feeling", a bar and
 * the list of steps), crisis help first when it is needed, the page heading (focused on every
 * page change), the error summary, the questions or the review, Back / Next, and the footer
 * that says how long answers are kept with "Delete my answers".
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { widthPercent } from '../base/directives.js';
import { renderConfirm, renderCrisisPanel, renderCrisisReminder, renderErrorSummary } from './panels.js';
import type { PanelContext, SummaryEntry } from './panels.js';

export interface StepInfo {
  id: string;
  title: string;
}

export interface PageViewOptions {
  steps: readonly StepInfo[];
  index: number;
  title: string;
  description?: string;
  isReview: boolean;
  body: TemplateResult | TemplateResult[] | typeof nothing;
  crisis: 'open' | 'acknowledged' | 'none';
  summary?: readonly SummaryEntry[];
  /** The review's level-of-care notes (status-view.ts). */
  notes: TemplateResult | typeof nothing;
  persistent: boolean;
  ttlDays: number;
  savedText?: string;
  confirmingDelete: boolean;
  remoteChanged: boolean;
  on: {
    back(): void;
    next(): void;
    submit(): void;
    crisisContinue(): void;
    goToQuestion(id: string): void;
    deleteAsk(): void;
    deleteYes(): void;
    deleteNo(): void;
    reloadDraft(): void;
  };
}

export function renderPage(ctx: PanelContext, o: PageViewOptions): TemplateResult {
  const count = o.steps.length;
  const stepText = ctx.t('stepOf', { index: o.index + 1, count, title: o.title });
  const pct = count ? Math.round(((o.index + 1) / count) * 100) : 0;
  return html`
    <div class="progress" part="progress">
      <p class="step" id="progress-text">${stepText}</p>
      <div class="bar" aria-hidden="true"><span ${widthPercent(pct)}></span></div>
      <details class="steps">
        <summary>${ctx.t('allSteps')}</summary>
        <ol>
          ${o.steps.map((s, i) => html`<li aria-current=${i === o.index ? 'step' : nothing} class=${i === o.index ? 'current' : i < o.index ? 'done' : ''}>${s.title}</li>`)}
        </ol>
      </details>
    </div>
    ${o.remoteChanged
      ? html`<div class="notice other-tab" part="notice" role="status">
          <p>${ctx.t('otherTab')}</p>
          <button type="button" class="button" part="button" data-action="reload-draft" @click=${o.on.reloadDraft}>${ctx.t('reloadFromDraft')}</button>
        </div>`
      : nothing}
    <section class="page" part="page" aria-labelledby="page-heading">
      ${o.crisis === 'open' ? renderCrisisPanel(ctx, o.on.crisisContinue) : o.crisis === 'acknowledged' ? renderCrisisReminder(ctx) : nothing}
      <h3 id="page-heading" class="focus-target" tabindex="-1" part="page-heading">${o.title}</h3>
      ${o.description ? html`<p class="description">${o.description}</p>` : nothing}
      ${o.summary?.length ? renderErrorSummary(ctx, o.summary, o.on.goToQuestion) : nothing}
      ${o.notes}
      <div class="questions">${o.body}</div>
      <div class="nav" part="nav">
        ${o.index > 0 ? html`<button type="button" class="button" part="button" data-action="back" @click=${o.on.back}>${ctx.t('back')}</button>` : nothing}
        ${o.isReview
          ? html`<button type="button" class="button primary" part="button button-primary" data-action="submit" @click=${o.on.submit}>${ctx.t('submit')}</button>`
          : html`<button type="button" class="button primary" part="button button-primary" data-action="next" @click=${o.on.next}>
              ${o.index === count - 2 ? ctx.t('reviewButton') : ctx.t('next')}
            </button>`}
      </div>
    </section>
    <div class="keep" part="footer">
      ${o.persistent ? html`<p>${ctx.t('keptFor', { count: o.ttlDays })}${o.savedText ? html` <span class="saved">${o.savedText}</span>` : nothing}</p>` : nothing}
      ${o.confirmingDelete
        ? renderConfirm(ctx, ctx.t('deleteConfirm'), ctx.t('deleteYes'), o.on.deleteYes, o.on.deleteNo)
        : html`<button type="button" class="button subtle" part="button" data-action="delete" @click=${o.on.deleteAsk}>${ctx.t('deleteAnswers')}</button>`}
    </div>
  `;
}
