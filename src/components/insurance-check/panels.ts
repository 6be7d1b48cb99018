/**
 * The smaller panels of `<iop-insurance-check>`: the error summary (GOV.UK / Lion pattern:
 * focused on submit, one link per error that focuses its field), the notices that replace
 * the form (configuration error, static site), the "sending" status and the failure panel.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { InsuranceField, InsuranceFormErrors, InsuranceFormValues } from '../../core/insurance-form.js';
import { FIELD_ORDER } from '../../core/insurance-form.js';
import { errorKey, focusTarget } from './form-view.js';
import { alternatives, talkToPerson } from './result-view.js';
import { tKey } from './view-context.js';
import type { ViewContext } from './view-context.js';

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
