/**
 * The questionnaire's panels around the questions: crisis help (always in the entry: it must
 * appear at once, even offline), the resume prompt, confirmations and the error summary.
 * The sending / receipt / not-supported views are in status-view.ts, fetched with the review.
 * Plain template functions; the element owns the state and passes callbacks.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { HELP_LINES, phoneHref, translate } from '../../core/i18n/index.js';
import type { Locale } from '../../core/schemas/index.js';
import type { MessageKey } from './messages.js';
import { noticeMessages } from '../../core/i18n/notices.js';

export interface PanelContext {
  locale: Locale;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  centerName?: string;
  centerPhone?: string;
  /** "3:42 PM" for an epoch time. */
  clock(epochMs: number): string;
}

export const common = (ctx: Pick<PanelContext, 'locale'>, key: keyof typeof noticeMessages.en, params?: Record<string, string>) =>
  (translate as (c: unknown, l: Locale, k: string, p?: Record<string, string>) => string)(noticeMessages, ctx.locale, key, params);

/** A `tel:` link to the center, or nothing when no phone is configured. */
export function centerLink(ctx: Pick<PanelContext, 'centerPhone'>, label?: string): TemplateResult | typeof nothing {
  const href = ctx.centerPhone ? phoneHref(ctx.centerPhone) : undefined;
  if (!href) return nothing;
  return html`<a part="phone-link" href=${href}>${label ?? ctx.centerPhone}</a>`;
}

/** Crisis help: shown at once, first on the page, focused (`#crisis-panel`). */
export function renderCrisisPanel(ctx: PanelContext, onContinue: () => void): TemplateResult {
  const center = ctx.centerName ?? ctx.t('ourTeam');
  const centerHref = ctx.centerPhone ? phoneHref(ctx.centerPhone) : undefined;
  return html`<section class="crisis" part="crisis" id="crisis-panel" tabindex="-1" aria-labelledby="crisis-title">
    <h3 id="crisis-title">${ctx.t('crisisTitle')}</h3>
    <p>${ctx.t('crisisIntro')}</p>
    <p>${common(ctx, 'crisisLifeline')}</p>
    <ul class="crisis-actions" role="list">
      <li><a class="crisis-link" part="crisis-link" href=${HELP_LINES.lifeline.tel}>${ctx.t('crisisCall')}</a></li>
      <li><a class="crisis-link" part="crisis-link" href=${HELP_LINES.lifeline.sms}>${ctx.t('crisisText')}</a></li>
      <li><a class="crisis-link emergency" part="crisis-link" href=${HELP_LINES.emergency.tel}>${ctx.t('crisisEmergency')}</a></li>
      ${centerHref
        ? html`<li><a class="crisis-link" part="crisis-link phone-link" href=${centerHref}>${ctx.t('crisisCenter', { center, phone: ctx.centerPhone! })}</a></li>`
        : nothing}
    </ul>
    <p>${common(ctx, 'crisisEmergency')}</p>
    <button type="button" class="button" part="button" data-action="crisis-continue" @click=${onContinue}>${ctx.t('crisisContinue')}</button>
  </section>`;
}

/** After acknowledging: a quiet, lasting reminder on every page. */
export function renderCrisisReminder(ctx: PanelContext): TemplateResult {
  return html`<p class="crisis-reminder" part="crisis-reminder">
    ${ctx.t('crisisReminder')}
    <a href=${HELP_LINES.lifeline.tel}>${ctx.t('crisisCall')}</a> ·
    <a href=${HELP_LINES.lifeline.sms}>${ctx.t('crisisText')}</a> ·
    <a href=${HELP_LINES.emergency.tel}>${ctx.t('crisisEmergency')}</a>
  </p>`;
}

/** "Are you sure?" inline, with the destructive choice and the safe one. */
export function renderConfirm(ctx: PanelContext, question: string, yes: string, onYes: () => void, onNo: () => void): TemplateResult {
  return html`<div class="confirm" part="confirm" role="group" aria-labelledby="confirm-text">
    <p id="confirm-text">${question}</p>
    <div class="actions">
      <button type="button" class="button danger" part="button" data-action="confirm-yes" @click=${onYes}>${yes}</button>
      <button type="button" class="button primary" part="button button-primary" data-action="confirm-no" @click=${onNo}>${ctx.t('keepAnswers')}</button>
    </div>
  </div>`;
}

export interface ResumeOptions {
  savedAt: string;
  confirming: boolean;
  onContinue(): void;
  onStartOver(): void;
  onConfirm(): void;
  onCancel(): void;
}

export function renderResume(ctx: PanelContext, o: ResumeOptions): TemplateResult {
  return html`<section class="resume" part="resume" aria-labelledby="resume-title">
    <h3 id="resume-title" class="focus-target" tabindex="-1">${ctx.t('resumeTitle')}</h3>
    <p>${ctx.t('resumeSaved', { date: o.savedAt })}</p>
    ${o.confirming
      ? renderConfirm(ctx, ctx.t('startOverConfirm'), ctx.t('startOverYes'), o.onConfirm, o.onCancel)
      : html`<div class="actions">
          <button type="button" class="button primary" part="button button-primary" data-action="resume" @click=${o.onContinue}>${ctx.t('resumeContinue')}</button>
          <button type="button" class="button" part="button" data-action="start-over" @click=${o.onStartOver}>${ctx.t('startOver')}</button>
        </div>`}
  </section>`;
}

export interface SummaryEntry {
  questionId: string;
  label: string;
  message: string;
}

/** The list of problems on Next, each linking to its field (`#error-summary`, focused). */
export function renderErrorSummary(ctx: PanelContext, entries: readonly SummaryEntry[], go: (questionId: string) => void): TemplateResult {
  return html`<div class="error-summary" part="error-summary" id="error-summary" tabindex="-1" role="group" aria-labelledby="error-summary-title">
    <h4 id="error-summary-title">${ctx.t('errorSummaryTitle', { count: entries.length })}</h4>
    <ul>
      ${entries.map(
        (e) => html`<li>
          <a
            href=${`#q-${e.questionId}`}
            data-q=${e.questionId}
            @click=${(ev: Event) => {
              ev.preventDefault();
              go(e.questionId);
            }}
            >${e.label}: ${e.message}</a
          >
        </li>`,
      )}
    </ul>
  </div>`;
}
