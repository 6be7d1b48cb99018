/**
 * The answer of an insurance check, in plain language: one sentence per fact
 * ("Coinsurance 20%: you pay 20% of each visit's cost after your deductible"), services
 * with identical benefits grouped under one heading, a carve-out named with what it
 * means, what to check when the person was not found (no blame), the center's hours
 * when a person will call, alternatives and the SAMHSA helpline when coverage is not
 * found or not enough, and always: verification is not a guarantee of payment.
 *
 * Loaded on demand (a `LazyPart` of the element): only once the person presses "Check my
 * coverage", so it is there when the answer arrives. Its strings are its own catalogue.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ParamsArg } from '../../core/i18n/catalogue.js';
import type { InsuranceCheckResult, ServiceBenefit, ServiceTypeCode } from '../../core/schemas/index.js';
import { alternatives, phoneLink, talkToPerson } from './panels.js';
import { resultMessages } from './result-messages.js';
import type { ResultEnglish, ResultMessageKey } from './result-messages.js';
import type { ViewContext } from './view-context.js';

export { resultMessages } from './result-messages.js';

type R = <K extends ResultMessageKey>(key: K, ...params: ParamsArg<ResultEnglish[K]>) => string;
/** `t` over the result catalogue. */
const rt = (ctx: ViewContext): R => ((key: string, ...p: unknown[]) => (ctx.tc as (c: unknown, k: string, ...q: unknown[]) => string)(resultMessages, key, ...p)) as R;

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
  const t = rt(ctx);
  const { format } = ctx;
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

const serviceLabel = (code: ServiceTypeCode, ctx: ViewContext) => rt(ctx)(`svc_${code}` as ResultMessageKey & `svc_${string}`);

function activeBody(result: InsuranceCheckResult, ctx: ViewContext): TemplateResult {
  const t = rt(ctx);
  const { format } = ctx;
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
  const t = rt(ctx);
  return html`<p>${t('checkList')}</p>
    <ul>
      <li>${t('checkName')}</li>
      <li>${t('checkDob')}</li>
      <li>${t('checkMemberId')}</li>
      <li>${t('checkHolder')}</li>
    </ul>`;
}

const HEADING: Record<InsuranceCheckResult['status'], ResultMessageKey> = {
  active: 'heading_active',
  inactive: 'heading_inactive',
  'not-found': 'heading_notFound',
  'needs-review': 'heading_needsReview',
  error: 'heading_error',
};

/** The whole result panel. The heading (`tabindex=-1`) receives focus when the answer arrives. */
export function renderResult(result: InsuranceCheckResult, ctx: ViewContext, actions: ResultActions): TemplateResult {
  const { t } = ctx;
  const r = rt(ctx);
  const s = result.status;
  const button = (label: string, onClick: () => void, primary = false, name = '') =>
    html`<button type="button" class=${primary ? 'primary' : 'secondary'} part=${primary ? 'button button-primary' : 'button'} data-action=${name} @click=${onClick}>${label}</button>`;
  let body: TemplateResult;
  let buttons: TemplateResult;
  switch (s) {
    case 'active':
      body = activeBody(result, ctx);
      buttons = html`${button(t('editDetails'), actions.onCorrect, false, 'correct')} ${button(r('newCheck'), actions.onNewCheck, false, 'new')}`;
      break;
    case 'inactive':
    case 'not-found':
      body = html`<p>${r(s === 'inactive' ? 'inactiveBody' : 'notFoundBody')}</p>
        ${checkList(ctx)} ${talkToPerson(ctx)} ${alternatives(ctx)}`;
      buttons = html`${button(r('backToCorrect'), actions.onCorrect, true, 'correct')} ${button(r('newCheck'), actions.onNewCheck, false, 'new')}`;
      break;
    case 'needs-review':
      body = html`<p>${r('needsReviewBody')}</p>
        ${ctx.centerHours ? html`<p class="hours">${r('hours', { hours: ctx.centerHours })}</p>` : nothing} ${talkToPerson(ctx)}`;
      buttons = html`${button(t('editDetails'), actions.onCorrect, false, 'correct')} ${button(r('newCheck'), actions.onNewCheck, false, 'new')}`;
      break;
    default:
      body = html`<p>${r('errorBody')}</p>
        ${talkToPerson(ctx)}`;
      buttons = html`${button(t('tryAgain'), actions.onRetry, true, 'retry')} ${button(t('editDetails'), actions.onCorrect, false, 'correct')}`;
  }
  const messages = result.messages;
  return html`
    <section class="result status-${s}" part="result" aria-labelledby="result-heading">
      <h2 id="result-heading" tabindex="-1" part="result-heading">${(r as (k: ResultMessageKey) => string)(HEADING[s])}</h2>
      ${body}
      ${messages.length
        ? html`<h3>${r('planMessages')}</h3>
            <ul class="plan-messages">
              ${messages.map((m) => html`<li>${m}</li>`)}
            </ul>`
        : nothing}
      <p class="guarantee" part="guarantee"><strong>${r('notAGuarantee')}</strong></p>
      ${result.referenceId ? html`<p class="reference">${r('reference', { ref: result.referenceId })}</p>` : nothing}
      <div class="actions">${buttons}</div>
    </section>
  `;
}
