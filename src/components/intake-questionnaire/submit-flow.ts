/**
 * Sending the questionnaire: validate everything, build the submission (`buildSubmission`),
 * save the draft with the submission id (so a reload resumes the same submission), hand it to
 * the outbox sender (stored on the device first, then sent), show each status honestly, and
 * on the receipt fire `iop-intake-submitted` and delete the draft. A static site (or a backend
 * that cannot take submissions) gets the "can't be sent from this site" notice; the draft is kept.
 */
import { isUnconfiguredBackend } from '../../core/backend/index.js';
import { buildSubmission, newSubmissionId } from '../../core/intake/index.js';
import type { OutboxSender, OutboxStatus } from '../../core/intake/index.js';
import type { Flag, IntakeSubmission } from '../../core/schemas/index.js';
import type { IopIntakeQuestionnaire } from './intake-questionnaire.js';
import { statusLine } from './panels.js';

export class SubmitFlow {
  readonly #host: IopIntakeQuestionnaire;
  #sender?: OutboxSender;
  #senderReady: Promise<void> = Promise.resolve();
  /** The id of this draft's submission, once the person pressed Send (reused on every try). */
  submissionId?: string;
  status?: OutboxStatus;
  flags: Flag[] = [];
  #done = new Set<string>();

  constructor(host: IopIntakeQuestionnaire) {
    this.#host = host;
  }

  useSender(sender: OutboxSender, ready: Promise<void>): void {
    this.#sender = sender;
    this.#senderReady = ready;
  }

  #notSupported(): boolean {
    const b = this.#host.backendAdapter;
    return b.kind === 'static' || isUnconfiguredBackend(b);
  }

  /** The person pressed Send on the review step. */
  async submit(): Promise<void> {
    const h = this.#host;
    const s = h.session;
    if (!s || !h.activeForm) return;
    const invalid = s.firstInvalidPage(h.answers);
    if (invalid) {
      h.goTo(invalid.id);
      h.next(); // shows the error summary of that page and focuses it
      return;
    }
    if (this.#notSupported()) {
      h.phase = 'not-supported';
      h.focusAfterRender('#status-title');
      return;
    }
    const built = this.#build();
    if (!built) return;
    await this.#enqueue(built);
  }

  #build(): IntakeSubmission | undefined {
    const h = this.#host;
    this.submissionId ??= newSubmissionId();
    const r = buildSubmission({
      form: h.activeForm!,
      answers: h.answers,
      locale: h.effectiveLocale,
      consentsAgreedAt: h.consentsAgreedAt,
      startedAt: h.startedAt,
      submissionId: this.submissionId,
      session: h.session!,
      ...(h.programId?.trim() ? { programId: h.programId.trim() } : {}),
    });
    if (!r.ok) {
      // Validation passed, so this is a contract problem (a bad form): keep the draft, ask them to call.
      this.status = { state: 'needs-attention', attempts: 0, reason: 'invalid-request' };
      h.phase = 'status';
      h.focusAfterRender('#status-title');
      return undefined;
    }
    this.flags = r.submission.flags;
    return r.submission;
  }

  async #enqueue(submission: IntakeSubmission): Promise<void> {
    const h = this.#host;
    h.saveSoon();
    await h.draft?.flush();
    this.status = { state: 'queued' };
    h.phase = 'status';
    h.focusAfterRender('#status-title');
    h.announce(h.msg('sendingTitle'));
    if (!this.#sender) return; // storage not ready: cannot happen after load, but never throw
    try {
      const status = await this.#sender.enqueue(submission);
      this.statusChanged(submission.submissionId, status);
    } catch {
      this.statusChanged(submission.submissionId, { state: 'needs-attention', attempts: 0, reason: 'storage' });
    }
  }

  /** A draft that already has a submission id: show where it stands, or send it again (same id). */
  async resume(submissionId: string): Promise<void> {
    const h = this.#host;
    await this.#senderReady;
    this.submissionId = submissionId;
    this.flags = h.session?.flags(h.answers) ?? [];
    const known = this.#sender?.status(submissionId);
    h.phase = 'status';
    if (known) {
      this.statusChanged(submissionId, known);
      return;
    }
    if (this.#notSupported()) {
      h.phase = 'form';
      return;
    }
    // Not in the outbox: it was sent from another page, or never stored. Sending again with the
    // same id is safe — the server stores it once and returns the first receipt.
    const built = this.#build();
    if (built) await this.#enqueue(built);
  }

  /** From the sender (every element on the storage hears every id; only ours matters). */
  statusChanged(id: string, status: OutboxStatus): void {
    if (id !== this.submissionId) return;
    const h = this.#host;
    if (status.state === 'needs-attention' && status.reason.startsWith('not-supported')) {
      void this.#sender?.discard(id);
      this.submissionId = undefined;
      h.saveSoon();
      h.phase = 'not-supported';
      h.focusAfterRender('#status-title');
      return;
    }
    const before = this.status?.state;
    this.status = status;
    h.requestUpdate();
    if (status.state === 'sent') {
      if (this.#done.has(id)) return;
      this.#done.add(id);
      h.focusAfterRender('#status-title');
      h.announce(h.msg('receiptReference', { receiptId: status.receiptId }));
      h.emit('iop-intake-submitted', { receiptId: status.receiptId, submissionId: id, flags: [...this.flags] });
      void h.draft?.delete().catch(() => undefined);
      h.reset();
      this.submissionId = id; // reset() cleared it; the receipt still refers to it
    } else if (before !== status.state && status.state !== 'sending') {
      h.announce(statusLine(h.panelCtx, status));
    }
  }

  /** "Try sending again". */
  async retry(): Promise<void> {
    if (!this.submissionId || !this.#sender) return;
    const status = await this.#sender.retry(this.submissionId);
    if (status) this.statusChanged(this.submissionId, status);
  }
}
