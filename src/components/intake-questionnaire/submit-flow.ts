/**
 * Sending the questionnaire, as the element sees it: the submission id, its status and flags
 * (kept in the draft and shown by the views), and the on-demand part that does the work —
 * the review page, building the submission, the outbox sender and the status views (send.ts).
 *
 * When that part is fetched (never at startup for someone who only looks at the form):
 * - when the person moves past the first page (`preload`), well before the review, so the
 *   review and Send are instant and a connection lost later still lets them queue the form;
 * - at once when there is something to send: a draft already submitted (`resume`) or an
 *   intake submission waiting in the device outbox from an earlier visit (`use`), so it is
 *   sent on page load as before.
 * If it cannot be fetched, the review / status area says so with "Try again"; the answers
 * stay in the draft.
 */
import type { OutboxSender, OutboxStatus } from '../../core/intake/outbox-sender.js';
import type { Flag } from '../../core/schemas/index.js';
import { loadCatalogue } from '../../core/i18n/catalogue.js';
import type { KitStorage } from '../../core/storage/index.js';
import { LazyPart } from '../base/lazy-part.js';
import type { IopIntakeQuestionnaire } from './intake-questionnaire.js';

type SendModule = typeof import('./send.js');

/** The outbox entries of the intake (`OUTBOX_KIND` in outbox-sender.ts). */
const INTAKE_KIND = 'intake';

export class SubmitFlow {
  readonly #host: IopIntakeQuestionnaire;
  /** The review page and sending code, fetched on demand (see above). */
  readonly part: LazyPart<SendModule>;
  /** The id of this draft's submission, once the person pressed Send (reused on every try). */
  submissionId?: string;
  status?: OutboxStatus;
  flags: Flag[] = [];
  /** @internal The shared outbox sender, once connected (send.ts). */
  sender?: OutboxSender;
  /** @internal Resolves once the sender's first flush has run. */
  senderReady: Promise<void> = Promise.resolve();
  /** @internal Receipts already announced. */
  readonly done = new Set<string>();
  #kit?: KitStorage;
  #unsubscribe?: () => void;
  #resumeId?: string;

  constructor(host: IopIntakeQuestionnaire) {
    this.#host = host;
    this.part = new LazyPart(host, () =>
      import('./send.js').then(async (m) => {
        // Its strings in the person's language before it is shown (no English flash in Spanish).
        await loadCatalogue(m.sendMessages, host.effectiveLocale)?.catch(() => undefined);
        this.#connect(m);
        const id = this.#resumeId;
        this.#resumeId = undefined;
        if (id) void m.resume(host, this, id);
        return m;
      }),
    );
  }

  #connect(m: SendModule): void {
    if (this.#kit && !this.#unsubscribe) this.#unsubscribe = m.connect(this.#host, this, this.#kit);
  }

  /** Sends through `kit` (`undefined`: stop). Fetches the sending code at once if the outbox holds an intake submission. */
  use(kit: KitStorage | undefined): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.sender = undefined;
    this.senderReady = Promise.resolve();
    this.#kit = kit;
    if (!kit) return;
    const m = this.part.value;
    if (m) this.#connect(m);
    else
      // `kinds` reads the outbox without its code: nothing waiting, nothing fetched.
      void kit.outbox.kinds().then(
        (kinds) => kinds.includes(INTAKE_KIND) && void this.part.load(),
        () => undefined,
      );
  }

  /** The person is on their way to the end: fetch the review and sending code now. */
  preload(): void {
    if (!this.part.value && !this.part.failed) void this.part.load();
  }

  /** The person pressed Send on the review step. */
  async submit(): Promise<void> {
    const m = await this.part.load();
    if (m) await m.submit(this.#host, this);
  }

  /** A draft that already has a submission id: show where it stands, or send it again (same id). */
  async resume(submissionId: string): Promise<void> {
    this.submissionId = submissionId;
    this.#host.phase = 'status';
    const m = await this.part.load();
    if (m) await m.resume(this.#host, this, submissionId);
    else this.#resumeId = submissionId; // the status area offers "Try again"; resumed once it loads
  }

  /** "Try sending again". */
  async retry(): Promise<void> {
    const m = this.part.value;
    if (m) await m.retry(this.#host, this);
  }
}
