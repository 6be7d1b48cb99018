/**
 * What the person sees once they press Send: where the submission stands (queued, sending,
 * waiting for a connection, needs attention), the receipt with next steps, and the notice
 * that this site cannot take submissions; plus the gentle level-of-care notes of the review.
 * Part of the on-demand send module (send.ts).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { OutboxStatus } from '../../core/intake/outbox-sender.js';
import type { Flag } from '../../core/schemas/index.js';
import { centerLink, common } from './panels.js';
import type { SendContext } from './send.messages.js';

/** Gentle level-of-care copy for `withdrawal-risk` / `needs-24h-support` — never a refusal. */
export function renderFlagNotes(ctx: SendContext, flags: readonly Flag[]): TemplateResult | typeof nothing {
  const notes: string[] = [];
  if (flags.includes('withdrawal-risk')) notes.push(ctx.t('withdrawalRiskNote'));
  if (flags.includes('needs-24h-support')) notes.push(ctx.t('needs24hSupportNote'));
  if (!notes.length) return nothing;
  return html`<section class="flag-notes" part="flag-notes" aria-labelledby="flag-notes-title">
    <h4 id="flag-notes-title">${ctx.t('flagNotesTitle')}</h4>
    ${notes.map((n) => html`<p>${n}</p>`)}
  </section>`;
}

const MARK = '\u0001';

/** A sentence with the center's phone as a `tel:` link where `{phone}` is. */
function withPhoneLink(ctx: SendContext, sentence: (phone: string) => string): TemplateResult {
  const [before = '', after = ''] = sentence(MARK).split(MARK);
  return html`${before}${centerLink(ctx)}${after}`;
}

function callLine(ctx: SendContext): TemplateResult | typeof nothing {
  return ctx.centerPhone ? html`<p>${withPhoneLink(ctx, (phone) => ctx.t('nextStepsCall', { phone }))}</p>` : nothing;
}

/** The status sentence for anything but the receipt. */
export function statusLine(ctx: SendContext, s: OutboxStatus): string {
  switch (s.state) {
    case 'queued':
      return ctx.t('statusQueued');
    case 'sending':
      return ctx.t('statusSending');
    case 'waiting-offline':
      return ctx.t('statusWaitingOffline');
    case 'retry-scheduled':
      return ctx.t('statusRetryScheduled', { time: ctx.clock(s.nextTryAt) });
    case 'needs-attention':
      return ctx.t('statusNeedsAttention');
    case 'sent':
      return s.receiptId ? ctx.t('receiptReference', { receiptId: s.receiptId }) : ctx.t('receiptNoReference');
  }
}

/** Where the submission stands, in plain words (`#status-title`, focused on change of view). */
export function renderStatus(ctx: SendContext, status: OutboxStatus | undefined, flags: readonly Flag[], onRetry: () => void): TemplateResult {
  const s = status ?? { state: 'queued' as const };
  if (s.state === 'sent') {
    return html`<section class="receipt" part="receipt" aria-labelledby="status-title">
      <h3 id="status-title" class="focus-target" tabindex="-1">${ctx.t('receiptTitle')}</h3>
      <p class="receipt-line" part="receipt-line">${s.receiptId ? ctx.t('receiptReference', { receiptId: s.receiptId }) : ctx.t('receiptNoReference')}</p>
      <p>${ctx.t('nextSteps', { center: ctx.centerName ?? ctx.t('ourTeam') })}</p>
      ${renderFlagNotes(ctx, flags)} ${callLine(ctx)}
    </section>`;
  }
  const line = statusLine(ctx, s);
  return html`<section class="sending ${s.state}" part="status" aria-labelledby="status-title">
    <h3 id="status-title" class="focus-target" tabindex="-1">${ctx.t('sendingTitle')}</h3>
    <p class="status-line" part="status-line">${line}</p>
    ${s.state === 'needs-attention'
      ? html`${ctx.centerPhone ? html`<p>${withPhoneLink(ctx, (phone) => ctx.t('needsAttentionCall', { phone }))}</p>` : nothing}
          <button type="button" class="button primary" part="button button-primary" data-action="retry-send" @click=${onRetry}>${ctx.t('retrySend')}</button>`
      : nothing}
    ${s.state === 'waiting-offline' || s.state === 'retry-scheduled'
      ? html`<button type="button" class="button" part="button" data-action="retry-send" @click=${onRetry}>${ctx.t('retrySend')}</button>`
      : nothing}
  </section>`;
}

/** A static site cannot take submissions: say so, give the phone, keep the draft. */
export function renderNotSupported(ctx: SendContext, onBack: () => void): TemplateResult {
  return html`<section class="not-supported" part="notice" aria-labelledby="status-title">
    <h3 id="status-title" class="focus-target" tabindex="-1">${ctx.t('notSupportedTitle')}</h3>
    <p>
      ${ctx.centerPhone
        ? withPhoneLink(ctx, (phone) => common(ctx, 'staticSourceNotice', { phone }))
        : common(ctx, 'staticSourceNoticeNoPhone')}
    </p>
    <p>${ctx.t('notSupportedKept')}</p>
    <button type="button" class="button" part="button" data-action="back-to-review" @click=${onBack}>${ctx.t('back')}</button>
  </section>`;
}
