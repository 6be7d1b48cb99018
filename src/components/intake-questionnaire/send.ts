/**
 * The part of `<iop-intake-questionnaire>` used only at the end, fetched on demand (see
 * submit-flow.ts for when): the review page, building the submission, the outbox sender and
 * the sending / receipt / not-supported views.
 *
 * Sending: validate everything, build the submission (`submissionFrom`, the engine's
 * `buildSubmission` with the element's session), save the draft with the submission id (so a
 * reload resumes the same submission), hand it to the outbox sender (stored on the device
 * first, then sent), show each status honestly, and on the receipt fire `iop-intake-submitted`
 * and delete the draft. A static site (or a backend that cannot take submissions) gets the
 * "can't be sent from this site" notice; the draft is kept.
 */
import { isUnconfiguredBackend } from '../../core/backend/create.js';
import type { OutboxStatus } from '../../core/intake/outbox-sender.js';
import { newSubmissionId, submissionFrom } from '../../core/intake/submission.js';
import type { IntakeSubmission } from '../../core/schemas/index.js';
import type { KitStorage } from '../../core/storage/index.js';
import { subscribeSender } from './connection.js';
import type { IopIntakeQuestionnaire } from './intake-questionnaire.js';
import { sendMessages } from './send.messages.js';
import type { SendContext } from './send.messages.js';
import { statusLine } from './status-view.js';
import type { SubmitFlow } from './submit-flow.js';

export { renderReview } from './review-view.js';
export { renderFlagNotes, renderNotSupported, renderStatus } from './status-view.js';
export { sendMessages } from './send.messages.js';

type Host = IopIntakeQuestionnaire;

/** The panels' context with this part's strings too (loaded with it, see submit-flow.ts). */
export function sendContext(h: Host): SendContext {
  const ctx = h.panelCtx;
  const t = (h.t as (c: unknown, k: string, p?: unknown) => string).bind(h);
  return { ...ctx, t: (key, params) => (key in sendMessages.en ? t(sendMessages, key, params) : ctx.t(key as never, params)) };
}

/** Subscribes `flow` to the outbox sender of `kit` (started at once: it sends what is waiting). Returns the unsubscribe. */
export function connect(h: Host, flow: SubmitFlow, kit: KitStorage): () => void {
  const sub = subscribeSender(kit, { backend: () => h.backendAdapter, onChange: (id, s) => statusChanged(h, flow, id, s) });
  flow.sender = sub.sender;
  flow.senderReady = sub.ready;
  return sub.unsubscribe;
}

function notSupported(h: Host): boolean {
  const b = h.backendAdapter;
  return b.kind === 'static' || isUnconfiguredBackend(b);
}

/** The person pressed Send on the review step. */
export async function submit(h: Host, flow: SubmitFlow): Promise<void> {
  const s = h.session;
  if (!s || !h.activeForm) return;
  const invalid = s.firstInvalidPage(h.answers);
  if (invalid) {
    h.goTo(invalid.id);
    h.next(); // shows the error summary of that page and focuses it
    return;
  }
  if (notSupported(h)) {
    h.phase = 'not-supported';
    h.focusAfterRender('#status-title');
    return;
  }
  const built = build(h, flow);
  if (built) await enqueue(h, flow, built);
}

function build(h: Host, flow: SubmitFlow): IntakeSubmission | undefined {
  flow.submissionId ??= newSubmissionId();
  const session = h.session!;
  const r = submissionFrom(
    {
      form: h.activeForm!,
      answers: h.answers,
      locale: h.effectiveLocale,
      consentsAgreedAt: h.consentsAgreedAt,
      startedAt: h.startedAt,
      submissionId: flow.submissionId,
      session,
      ...(h.programId?.trim() ? { programId: h.programId.trim() } : {}),
    },
    () => session,
  );
  if (!r.ok) {
    // Validation passed, so this is a contract problem (a bad form): keep the draft, ask them to call.
    flow.status = { state: 'needs-attention', attempts: 0, reason: 'invalid-request' };
    h.phase = 'status';
    h.focusAfterRender('#status-title');
    return undefined;
  }
  flow.flags = r.submission.flags;
  return r.submission;
}

async function enqueue(h: Host, flow: SubmitFlow, submission: IntakeSubmission): Promise<void> {
  h.saveSoon();
  await h.draft?.flush();
  flow.status = { state: 'queued' };
  h.phase = 'status';
  h.focusAfterRender('#status-title');
  h.announce(sendContext(h).t('sendingTitle'));
  if (!flow.sender) return; // storage not ready: cannot happen after load, but never throw
  try {
    const status = await flow.sender.enqueue(submission);
    statusChanged(h, flow, submission.submissionId, status);
  } catch {
    statusChanged(h, flow, submission.submissionId, { state: 'needs-attention', attempts: 0, reason: 'storage' });
  }
}

/** A draft that already has a submission id: show where it stands, or send it again (same id). */
export async function resume(h: Host, flow: SubmitFlow, submissionId: string): Promise<void> {
  await flow.senderReady;
  flow.submissionId = submissionId;
  flow.flags = h.session?.flags(h.answers) ?? [];
  const known = flow.sender?.status(submissionId);
  h.phase = 'status';
  if (known) {
    statusChanged(h, flow, submissionId, known);
    return;
  }
  if (notSupported(h)) {
    h.phase = 'form';
    return;
  }
  // Not in the outbox: it was sent from another page, or never stored. Sending again with the
  // same id is safe — the server stores it once and returns the first receipt.
  const built = build(h, flow);
  if (built) await enqueue(h, flow, built);
}

/** From the sender (every element on the storage hears every id; only ours matters). */
export function statusChanged(h: Host, flow: SubmitFlow, id: string, status: OutboxStatus): void {
  if (id !== flow.submissionId) return;
  if (status.state === 'needs-attention' && status.reason.startsWith('not-supported')) {
    void flow.sender?.discard(id);
    flow.submissionId = undefined;
    h.saveSoon();
    h.phase = 'not-supported';
    h.focusAfterRender('#status-title');
    return;
  }
  const before = flow.status?.state;
  flow.status = status;
  h.requestUpdate();
  if (status.state === 'sent') {
    if (flow.done.has(id)) return;
    flow.done.add(id);
    h.focusAfterRender('#status-title');
    h.announce(sendContext(h).t('receiptReference', { receiptId: status.receiptId }));
    h.emit('iop-intake-submitted', { receiptId: status.receiptId, submissionId: id, flags: [...flow.flags] });
    void h.draft?.delete().catch(() => undefined);
    h.reset();
    flow.submissionId = id; // reset() cleared it; the receipt still refers to it
  } else if (before !== status.state && status.state !== 'sending') {
    h.announce(statusLine(sendContext(h), status));
  }
}

/** "Try sending again". */
export async function retry(h: Host, flow: SubmitFlow): Promise<void> {
  if (!flow.submissionId || !flow.sender) return;
  const status = await flow.sender.retry(flow.submissionId);
  if (status) statusChanged(h, flow, flow.submissionId, status);
}
