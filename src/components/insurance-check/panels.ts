/**
 * The smaller panels of `<iop-insurance-check>`: the error summary (GOV.UK / Lion pattern:
 * focused on submit, one link per error that focuses its field), the notices that replace
 * the form (configuration error, static site), the "sending" status and the failure panel,
 * and what these share with the result panel (loaded later, `result-view.ts`): the phone
 * line and the other ways to pay.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { InsuranceField, InsuranceFormErrors, InsuranceFormValues } from '../../core/insurance-form.js';
import { FIELD_ORDER } from '../../core/insurance-form.js';
import { HELP_LINES } from '../../core/i18n/common.js';
import { phoneHref } from '../../core/i18n/format.js';
import { localize } from '../../core/text.js';
import type { IopElement } from '../base/iop-element.js';
import { renderPartPending } from '../base/lazy-part.js';
import type { LazyPart } from '../base/lazy-part.js';
import { errorKey, focusTarget } from './form-view.js';
import { tKey } from './view-context.js';
import type { InsuranceAlternative, ViewContext } from './view-context.js';

export function renderErrorSummary(
  ctx: ViewContext,
  id: string,
  errors: InsuranceFormErrors,
  values: InsuranceFormValues,
  focusField: (targetId: string) => void,
): TemplateResult | typeof nothing {
  const fields: InsuranceField[] = FIELD_ORDER.filter((f) => errors[f]);
  if (!fields.length) return nothing;
  const { t } = ctx;
  return html`<div id=${id} class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="${id}-h">
    <h3 id="${id}-h">${t('errorSummary', { count: fields.length })}</h3>
    <ul>
      ${fields.map((f) => {
        const target = focusTarget(f, values);
        return html`<li>
          <a
            href="#${target}"
            data-field=${f}
            @click=${(e: Event) => {
              e.preventDefault();
              focusField(target);
            }}
            >${tKey(t, errorKey(f, errors[f]!))}</a
          >
        </li>`;
      })}
    </ul>
  </div>`;
}

function notice(heading: string, body: TemplateResult): TemplateResult {
  return html`<section class="notice" part="notice" aria-labelledby="notice-heading">
    <h2 id="notice-heading" tabindex="-1">${heading}</h2>
    ${body}
  </section>`;
}

/** A bad NPI: for the center's developer, with a way through for the visitor. */
export function renderConfigError(ctx: ViewContext, npi: string): TemplateResult {
  const { t } = ctx;
  return notice(
    t('configErrorHeading'),
    html`<p class="config-error" part="error">${t('configErrorNpi', { npi: npi.slice(0, 20) })}</p>
      <p>${ctx.centerPhone ? t('configErrorVisitor', { phone: ctx.centerPhone }) : t('configErrorVisitorNoPhone')}</p>
      ${talkToPerson(ctx)}`,
  );
}

/** A static site (or a backend without `checkInsurance`): checks cannot be sent from here. */
export function renderNotSupported(ctx: ViewContext, text: string): TemplateResult {
  return notice(ctx.t('staticHeading'), html`<p>${text}</p>${talkToPerson(ctx)} ${alternatives(ctx)}`);
}

export function renderSending(ctx: ViewContext): TemplateResult {
  return html`<div class="notice sending" part="notice" id="sending" tabindex="-1" role="status" aria-live="polite">
    <span class="spinner" aria-hidden="true"></span>${ctx.t('sending')}
  </div>`;
}

/** The result panel is not loaded (yet): "Loading…", or offline: "Try again", the phone and the way back to the details. */
export function renderResultPending(host: IopElement, part: LazyPart<unknown>, ctx: ViewContext, onCorrect: () => void): TemplateResult {
  return html`${renderPartPending(host, part)}${part.failed
    ? html`${talkToPerson(ctx)}
        <div class="actions">
          <button type="button" class="secondary" part="button" data-action="correct" @click=${onCorrect}>${ctx.t('editDetails')}</button>
        </div>`
    : nothing}`;
}

/** The request did not get an answer (network, timeout, bad data): retry, nothing lost, the phone. */
export function renderFailed(ctx: ViewContext, reason: string, canRetry: boolean, onRetry: () => void, onCorrect: () => void): TemplateResult {
  const { t } = ctx;
  return html`<section class="result status-failed" part="result" aria-labelledby="failed-heading">
    <h2 id="failed-heading" tabindex="-1" part="result-heading">${t('failedHeading')}</h2>
    <p>${reason} ${t('failedKeep')}</p>
    ${talkToPerson(ctx)}
    <div class="actions">
      ${canRetry ? html`<button type="button" class="primary" part="button button-primary" data-action="retry" @click=${onRetry}>${t('tryAgain')}</button>` : nothing}
      <button type="button" class="secondary" part="button" data-action="correct" @click=${onCorrect}>${t('editDetails')}</button>
    </div>
  </section>`;
}

export function phoneLink(phone: string | undefined, label: string): TemplateResult | string {
  const href = phone ? phoneHref(phone) : undefined;
  return href ? html`<a href=${href} part="phone-link">${label}</a>` : label;
}

/** "Prefer to talk to a person? Call (555) 201-0100." with a tel: link. */
export function talkToPerson(ctx: ViewContext): TemplateResult {
  if (!ctx.centerPhone) return html`<p class="talk">${ctx.t('talkToPersonNoPhone')}</p>`;
  const [before, after] = ctx.t('talkToPerson', { phone: '\u0000' }).split('\u0000');
  return html`<p class="talk">${before}${phoneLink(ctx.centerPhone, ctx.centerPhone)}${after}</p>`;
}

function alternativeText(a: InsuranceAlternative, ctx: ViewContext): string {
  if (a.text !== undefined) return localize(a.text as never, ctx.locale);
  switch (a.kind) {
    case 'self-pay':
      return ctx.t('alt_self_pay');
    case 'sliding-scale':
      return ctx.t('alt_sliding_scale');
    case 'payment-plan':
      return ctx.t('alt_payment_plan');
    case 'state-funded':
      return ctx.t('alt_state_funded');
    case 'medicaid-help':
      return ctx.t('alt_medicaid_help');
    default:
      return '';
  }
}

const safeHref = (href: string | undefined) => (href && (/^https?:\/\//i.test(href) || (href.startsWith('/') && !href.startsWith('//'))) ? href : undefined);

/** The center's alternatives and the SAMHSA National Helpline. */
export function alternatives(ctx: ViewContext, headingLevel: 'h3' | 'summary' = 'h3'): TemplateResult {
  const items = ctx.alternatives.map((a) => ({ text: alternativeText(a, ctx), href: safeHref(a.href) })).filter((a) => a.text);
  const [before, after] = ctx.t('samhsa', { phone: '\u0000' }).split('\u0000');
  const body = html`
    <p>${ctx.t('alternativesIntro')}</p>
    <ul>
      ${items.map((a) => html`<li>${a.href ? html`<a href=${a.href}>${a.text}</a>` : a.text}</li>`)}
    </ul>
    ${ctx.centerPhone ? talkToPerson(ctx) : nothing}
    <p class="samhsa">${before}<a href=${HELP_LINES.samhsa.tel}>${HELP_LINES.samhsa.display}</a>${after}</p>
  `;
  if (headingLevel === 'summary') {
    return html`<details class="alternatives" part="alternatives"><summary>${ctx.t('alternativesIfCost')}</summary>${body}</details>`;
  }
  return html`<section class="alternatives" part="alternatives" aria-labelledby="alt-heading">
    <h3 id="alt-heading">${ctx.t('alternativesHeading')}</h3>
    ${body}
  </section>`;
}
