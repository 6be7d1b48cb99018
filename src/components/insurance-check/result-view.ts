/**
 * The answer of an insurance check, in plain language: one sentence per fact
 * ("Coinsurance 20%: you pay 20% of each visit's cost after your deductible"), services
 * with identical benefits grouped under one heading, a carve-out named with what it
 * means, what to check when the person was not found (no blame), the center's hours
 * when a person will call, alternatives and the SAMHSA helpline when coverage is not
 * found or not enough, and always: verification is not a guarantee of payment.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { HELP_LINES } from '../../core/i18n/common.js';
import { phoneHref } from '../../core/i18n/format.js';
import type { InsuranceCheckResult, ServiceBenefit, ServiceTypeCode } from '../../core/schemas/index.js';
import { localize } from '../../core/text.js';
import type { InsuranceMessageKey } from './messages.js';
import { tKey } from './view-context.js';
import type { InsuranceAlternative, ViewContext } from './view-context.js';

export interface ResultActions {
  /** Back to the form with everything filled in. */
  onCorrect(): void;
  /** Clear the form and start again. */
  onNewCheck(): void;
  /** Send the same details again (error status). */
  onRetry(): void;
}

/** Services whose benefits say the same thing, in the order asked. */
export function groupBenefits(benefits: readonly ServiceBenefit[]): { codes: ServiceTypeCode[]; benefit: ServiceBenefit }[] {
  const groups = new Map<string, { codes: ServiceTypeCode[]; benefit: ServiceBenefit }>();
  for (const b of benefits) {
    const { serviceTypeCode, ...rest } = b;
    const key = JSON.stringify(Object.entries(rest).sort(([a], [c]) => a.localeCompare(c)));
    const group = groups.get(key);
    if (group) {
      if (!group.codes.includes(serviceTypeCode)) group.codes.push(serviceTypeCode);
    } else groups.set(key, { codes: [serviceTypeCode], benefit: b });
  }
  return [...groups.values()];
}

/** The plain sentences for one benefit. */
export function benefitSentences(b: ServiceBenefit, ctx: ViewContext): string[] {
  const { t, format } = ctx;
  const money = (n: number) => format.currency(n);
  const out = [t(`inNetwork_${b.inNetwork}`)];
  if (b.copay !== undefined) out.push(t('copay', { amount: money(b.copay) }));
  if (b.coinsurancePercent !== undefined) out.push(t('coinsurance', { percent: format.percent(b.coinsurancePercent / 100) }));
  if (b.deductibleRemaining !== undefined) {
    if (b.deductibleRemaining === 0) out.push(t('deductibleMet'));
    else if (b.deductibleTotal !== undefined) out.push(t('deductibleOf', { remaining: money(b.deductibleRemaining), total: money(b.deductibleTotal) }));
    else out.push(t('deductibleLeft', { remaining: money(b.deductibleRemaining) }));
  } else if (b.deductibleTotal !== undefined) {
    out.push(t('deductibleLeft', { remaining: money(b.deductibleTotal) }));
  }
  if (b.outOfPocketRemaining !== undefined) {
    out.push(
      b.outOfPocketTotal !== undefined
        ? t('oopOf', { remaining: money(b.outOfPocketRemaining), total: money(b.outOfPocketTotal) })
        : t('oopLeft', { remaining: money(b.outOfPocketRemaining) }),
    );
  }
  out.push(t(`priorAuth_${b.priorAuthRequired}`));
  return out;
}

const serviceLabel = (code: ServiceTypeCode, ctx: ViewContext) => ctx.t(`svc_${code}` as InsuranceMessageKey & `svc_${string}`);

function phoneLink(phone: string | undefined, label: string): TemplateResult | string {
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

function activeBody(result: InsuranceCheckResult, ctx: ViewContext): TemplateResult {
  const { t, format } = ctx;
  const groups = groupBenefits(result.benefits);
  const carve = result.carveOut;
  const notEnough = result.benefits.some((b) => b.inNetwork === 'no');
  return html`
    <ul class="facts">
      ${result.planName ? html`<li>${t('plan', { plan: result.planName })}</li>` : nothing}
      ${result.payerName ? html`<li>${t('payer', { payer: result.payerName })}</li>` : nothing}
      ${result.coverage?.start && result.coverage.end
        ? html`<li>${t('coverageDates', { start: format.date(result.coverage.start), end: format.date(result.coverage.end) })}</li>`
        : result.coverage?.start
          ? html`<li>${t('coverageFrom', { start: format.date(result.coverage.start) })}</li>`
          : nothing}
    </ul>
    ${carve
      ? html`<div class="carve-out" part="carve-out">
          <p><strong>${t('carveOut', { name: carve.name })}</strong></p>
          ${carve.phone
            ? (() => {
                const [before, after] = t('carveOutPhone', { name: carve.name, phone: '\u0000' }).split('\u0000');
                return html`<p>${before}${phoneLink(carve.phone, carve.phone)}${after}</p>`;
              })()
            : nothing}
        </div>`
      : nothing}
    <h3>${t('benefitsHeading')}</h3>
    ${groups.length === 0
      ? html`<p>${t('noBenefits')}</p>`
      : groups.map(
          (g) => html`<section class="benefit" part="benefit">
            <h4>${format.list(g.codes.map((c) => serviceLabel(c, ctx)))}</h4>
            <ul>
              ${benefitSentences(g.benefit, ctx).map((s) => html`<li>${s}</li>`)}
            </ul>
          </section>`,
        )}
    ${notEnough ? alternatives(ctx) : alternatives(ctx, 'summary')}
  `;
}

function checkList(ctx: ViewContext): TemplateResult {
  const { t } = ctx;
  return html`<p>${t('checkList')}</p>
    <ul>
      <li>${t('checkName')}</li>
      <li>${t('checkDob')}</li>
      <li>${t('checkMemberId')}</li>
      <li>${t('checkHolder')}</li>
    </ul>`;
}

const HEADING: Record<InsuranceCheckResult['status'], InsuranceMessageKey> = {
  active: 'heading_active',
  inactive: 'heading_inactive',
  'not-found': 'heading_notFound',
  'needs-review': 'heading_needsReview',
  error: 'heading_error',
};

/** The whole result panel. The heading (`tabindex=-1`) receives focus when the answer arrives. */
export function renderResult(result: InsuranceCheckResult, ctx: ViewContext, actions: ResultActions): TemplateResult {
  const { t } = ctx;
  const s = result.status;
  const button = (label: string, onClick: () => void, primary = false, name = '') =>
    html`<button type="button" class=${primary ? 'primary' : 'secondary'} part=${primary ? 'button button-primary' : 'button'} data-action=${name} @click=${onClick}>${label}</button>`;
  let body: TemplateResult;
  let buttons: TemplateResult;
  switch (s) {
    case 'active':
      body = activeBody(result, ctx);
      buttons = html`${button(t('editDetails'), actions.onCorrect, false, 'correct')} ${button(t('newCheck'), actions.onNewCheck, false, 'new')}`;
      break;
    case 'inactive':
    case 'not-found':
      body = html`<p>${t(s === 'inactive' ? 'inactiveBody' : 'notFoundBody')}</p>
        ${checkList(ctx)} ${talkToPerson(ctx)} ${alternatives(ctx)}`;
      buttons = html`${button(t('backToCorrect'), actions.onCorrect, true, 'correct')} ${button(t('newCheck'), actions.onNewCheck, false, 'new')}`;
      break;
    case 'needs-review':
      body = html`<p>${t('needsReviewBody')}</p>
        ${ctx.centerHours ? html`<p class="hours">${t('hours', { hours: ctx.centerHours })}</p>` : nothing} ${talkToPerson(ctx)}`;
      buttons = html`${button(t('editDetails'), actions.onCorrect, false, 'correct')} ${button(t('newCheck'), actions.onNewCheck, false, 'new')}`;
      break;
    default:
      body = html`<p>${t('errorBody')}</p>
        ${talkToPerson(ctx)}`;
      buttons = html`${button(t('tryAgain'), actions.onRetry, true, 'retry')} ${button(t('editDetails'), actions.onCorrect, false, 'correct')}`;
  }
  const messages = result.messages;
  return html`
    <section class="result status-${s}" part="result" aria-labelledby="result-heading">
      <h2 id="result-heading" tabindex="-1" part="result-heading">${tKey(t, HEADING[s])}</h2>
      ${body}
      ${messages.length
        ? html`<h3>${t('planMessages')}</h3>
            <ul class="plan-messages">
              ${messages.map((m) => html`<li>${m}</li>`)}
            </ul>`
        : nothing}
      <p class="guarantee" part="guarantee"><strong>${t('notAGuarantee')}</strong></p>
      ${result.referenceId ? html`<p class="reference">${t('reference', { ref: result.referenceId })}</p>` : nothing}
      <div class="actions">${buttons}</div>
    </section>
  `;
}
