/**
 * Keeps the questionnaire's draft in the encrypted `drafts` store: saves ~400 ms after the
 * last change, at once when the page is hidden or unloaded (`visibilitychange` hidden,
 * `pagehide`), and tells other tabs on the same draft through a `BroadcastChannel` named
 * for the draft. The message carries no answers — only who saved and when — so the other
 * tab can say "this form was changed in another tab" and offer to load the latest answers.
 * The later save wins in storage (last write wins; the record is replaced whole).
 */
import type { KitStorage } from '../../core/storage/index.js';
import type { Answers } from '../../core/intake/resolve.js';

/** What the draft holds. Version 1. */
export interface DraftData {
  v: 1;
  answers: Answers;
  /** The page the person was on (`'review'` for the review page). */
  pageId: string;
  startedAt: string;
  consentsAgreedAt: Record<string, string>;
  /** Crisis sources already announced (so a reload does not fire `iop-intake-crisis` again)… */
  crisisSeen: string[];
  /** …and those the person acknowledged. */
  crisisAcknowledged: string[];
  /** Set once the person pressed Send: the same id is reused (the server stores it once). */
  submissionId?: string;
}

export const DEBOUNCE_MS = 400;

interface ChannelMessage {
  type: 'changed';
  at: number;
  from: string;
}

export interface DraftSyncOptions {
  storage: KitStorage;
  draftId: string;
  ttlMs: number;
  /** Called after each save with its time (epoch ms). */
  onSaved(savedAt: number): void;
  /** Another tab saved this draft after our last change. */
  onRemoteChange(at: number): void;
  /** A save failed (storage closed, quota). */
  onError?(): void;
}

let seq = 0;

export class DraftSync {
  readonly #o: DraftSyncOptions;
  readonly #id = `${Date.now().toString(36)}-${++seq}-${Math.random().toString(36).slice(2, 8)}`;
  #pending?: DraftData;
  #timer?: ReturnType<typeof setTimeout>;
  #channel?: BroadcastChannel;
  #lastLocal = 0;
  #saving: Promise<void> = Promise.resolve();
  #closed = false;

  constructor(options: DraftSyncOptions) {
    this.#o = options;
    if (typeof BroadcastChannel !== 'undefined') {
      this.#channel = new BroadcastChannel(`iop-intake-draft:${options.draftId}`);
      this.#channel.onmessage = (e: MessageEvent<ChannelMessage>) => {
        const m = e.data;
        if (!m || m.type !== 'changed' || m.from === this.#id || typeof m.at !== 'number') return;
        if (m.at >= this.#lastLocal) this.#o.onRemoteChange(m.at);
      };
    }
    document.addEventListener('visibilitychange', this.#onVisibility);
    window.addEventListener('pagehide', this.#onPageHide);
  }

  #onVisibility = () => {
    if (document.visibilityState === 'hidden') void this.flush();
  };

  #onPageHide = () => void this.flush();

  /** Saves `data` after the debounce (a newer call replaces what is pending). */
  schedule(data: DraftData): void {
    if (this.#closed) return;
    this.#pending = data;
    this.#lastLocal = Date.now();
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), DEBOUNCE_MS);
  }

  /** Saves what is pending now. Resolves when it is on disk. */
  flush(): Promise<void> {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    const data = this.#pending;
    this.#pending = undefined;
    if (!data || this.#closed) return this.#saving;
    this.#saving = this.#saving.then(async () => {
      try {
        const summary = await this.#o.storage.drafts.save(this.#o.draftId, data, { ttlMs: this.#o.ttlMs });
        this.#lastLocal = Math.max(this.#lastLocal, summary.savedAt);
        this.#channel?.postMessage({ type: 'changed', at: summary.savedAt, from: this.#id } satisfies ChannelMessage);
        this.#o.onSaved(summary.savedAt);
      } catch {
        this.#o.onError?.();
      }
    });
    return this.#saving;
  }

  /** Drops what is pending (the draft is being deleted) and waits for a save in progress. */
  async cancel(): Promise<void> {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = undefined;
    await this.#saving;
  }

  /** Deletes the draft and its key; tells other tabs. */
  async delete(): Promise<void> {
    await this.cancel();
    await this.#o.storage.drafts.delete(this.#o.draftId);
    const at = Date.now();
    this.#lastLocal = at;
    this.#channel?.postMessage({ type: 'changed', at, from: this.#id } satisfies ChannelMessage);
  }

  /** Saves what is pending, then stops listening. */
  async close(): Promise<void> {
    await this.flush();
    this.#closed = true;
    this.#channel?.close();
    document.removeEventListener('visibilitychange', this.#onVisibility);
    window.removeEventListener('pagehide', this.#onPageHide);
  }
}
