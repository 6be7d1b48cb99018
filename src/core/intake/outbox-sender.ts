/**
 * Delivers intake submissions through the on-device outbox (DESIGN.md §4) so no answer
 * is ever lost: a submission is stored (encrypted) **before** the first try, retried with
 * backoff, on the `online` event and on the next page load, and removed only once the
 * server's receipt is in hand. The submission id is the `Idempotency-Key` of every try,
 * so the server stores it once however many tries arrive (a reload mid-send included).
 *
 * Failures:
 * - retryable (`BackendError.retryable`: network, timeout, 5xx, 408, 429, or any
 *   non-`BackendError` from a custom adapter) → `recordFailure` with `backoffDelay`;
 *   status `waiting-offline` (network trouble or `navigator.onLine === false`) or
 *   `retry-scheduled`;
 * - not retryable (e.g. 400: the server says the submission is invalid) → kept in the
 *   outbox, marked `needs-attention` (stored with the error, not retried automatically,
 *   never silently dropped). `retry(id)` tries again; `discard(id)` is the only removal
 *   without a receipt, for an explicit decision by a person.
 *
 * Only entries of kind `'intake'` are handled; other kinds in the same outbox are left alone.
 */
import type { BackendAdapter } from '../backend/types.js';
import { sendIntakeSubmission } from '../data/intake.js';
import { isBackendError } from '../backend/types.js';
import type { IntakeSubmission } from '../schemas/index.js';
import type { BackoffOptions, KitStorage, OutboxEntry } from '../storage/index.js';

export const OUTBOX_KIND = 'intake';

/** Where one submission stands. */
export type OutboxStatus =
  | { state: 'queued' }
  | { state: 'sending' }
  | { state: 'sent'; receiptId: string; receivedAt?: string }
  | { state: 'waiting-offline'; nextTryAt: number; attempts: number }
  | { state: 'retry-scheduled'; nextTryAt: number; attempts: number }
  | { state: 'needs-attention'; attempts: number; reason: string };

export interface OutboxSenderOptions {
  storage: KitStorage;
  /** The backend, or a function returning the current one (so a provider can swap it). */
  backend: BackendAdapter | (() => BackendAdapter);
  /** Clock, epoch ms. Default `Date.now`. */
  now?: () => number;
  /** Randomness for backoff jitter. Default `Math.random`. */
  random?: () => number;
  /** Backoff shape (see `backoffDelay`); `random` above wins over `backoff.random`. */
  backoff?: BackoffOptions;
  /** Told every status change. */
  onChange?: (submissionId: string, status: OutboxStatus) => void;
  /** Where `online` events come from. Default `globalThis` (the window). */
  eventTarget?: EventTarget;
  /** Whether the device believes it is online. Default `navigator.onLine`. */
  isOnline?: () => boolean;
}

export interface FlushOptions {
  /** Try every entry now, ignoring `nextTryAt` (used on `online`). `needs-attention` entries are still skipped. */
  force?: boolean;
}

export interface OutboxSender {
  /** Stores the submission in the outbox, then tries to send it. Resolves to its status after that try. */
  enqueue(submission: IntakeSubmission): Promise<OutboxStatus>;
  /** Sends every due entry once (concurrent calls share one run). */
  flush(options?: FlushOptions): Promise<void>;
  /** Loads existing entries, flushes, and listens for `online` and the retry timer. */
  start(): Promise<void>;
  /** Stops listening and cancels the timer (a send in progress finishes). */
  stop(): void;
  /** The last known status of a submission. */
  status(submissionId: string): OutboxStatus | undefined;
  /** Every known status (entries in the outbox and those sent during this page's life). */
  statuses(): ReadonlyMap<string, OutboxStatus>;
  /** Clears `needs-attention` (or a scheduled wait) and tries again now. */
  retry(submissionId: string): Promise<OutboxStatus | undefined>;
  /** Removes an unsent entry without a receipt — only on a person's explicit decision. */
  discard(submissionId: string): Promise<void>;
}

/** `lastError` prefix that marks an entry as needing attention (survives reloads). */
export const NEEDS_ATTENTION = 'needs-attention:';
/** `nextTryAt` of entries that wait for a person (about 100 years away). */
const PARKED_MS = 100 * 365 * 24 * 60 * 60 * 1000;
/** Longest timer the browser honours (setTimeout clamps at 2^31 − 1 ms). */
const MAX_TIMER_MS = 2_147_483_647;

/** A failure description without PHI: the error kind and HTTP status only. */
function describe(e: unknown): { retryable: boolean; offline: boolean; text: string } {
  if (isBackendError(e)) {
    return { retryable: e.retryable, offline: e.kind === 'network', text: `${e.kind}${e.status !== undefined ? ` ${e.status}` : ''}` };
  }
  return { retryable: true, offline: false, text: 'adapter error' };
}

function statusOf(entry: OutboxEntry): OutboxStatus {
  if (entry.lastError?.startsWith(NEEDS_ATTENTION)) return { state: 'needs-attention', attempts: entry.attempts, reason: entry.lastError.slice(NEEDS_ATTENTION.length).trim() };
  if (entry.attempts === 0) return { state: 'queued' };
  const offline = entry.lastError?.startsWith('network') ?? false;
  return { state: offline ? 'waiting-offline' : 'retry-scheduled', nextTryAt: entry.nextTryAt, attempts: entry.attempts };
}

export function createOutboxSender(options: OutboxSenderOptions): OutboxSender {
  const { storage, onChange } = options;
  const now = options.now ?? (() => Date.now());
  const random = options.random ?? options.backoff?.random ?? Math.random;
  const backend = () => (typeof options.backend === 'function' ? options.backend() : options.backend);
  const target = options.eventTarget ?? (globalThis as unknown as EventTarget);
  const isOnline = options.isOnline ?? (() => (typeof navigator === 'undefined' ? true : navigator.onLine !== false));
  const known = new Map<string, OutboxStatus>();
  let running: Promise<void> | undefined;
  let again: FlushOptions | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let started = false;

  const set = (id: string, status: OutboxStatus) => {
    known.set(id, status);
    try {
      onChange?.(id, status);
    } catch {
      // A listener's bug must not stop delivery.
    }
  };

  async function sendOne(entry: OutboxEntry<IntakeSubmission>): Promise<void> {
    set(entry.id, { state: 'sending' });
    try {
      const receipt = await sendIntakeSubmission(backend(), entry.payload);
      // The receipt is in hand: only now may the entry go.
      await storage.outbox.remove(entry.id);
      set(entry.id, { state: 'sent', receiptId: receipt.receiptId, ...(receipt.receivedAt ? { receivedAt: receipt.receivedAt } : {}) });
    } catch (e) {
      const d = describe(e);
      const attempts = entry.attempts + 1;
      if (!d.retryable) {
        const updated = await storage.outbox.recordFailure(entry.id, `${NEEDS_ATTENTION} ${d.text}`, now() + PARKED_MS);
        if (updated) set(entry.id, statusOf(updated));
        return;
      }
      const offline = d.offline || !isOnline();
      // Imported here, not at the top: it belongs to the storage module (already loaded: the entry
      // came from it), so the element's on-demand send chunk does not carry a copy of it.
      const { backoffDelay } = await import('../storage/backoff.js');
      const nextTryAt = now() + backoffDelay(attempts, { ...options.backoff, random });
      const updated = await storage.outbox.recordFailure(entry.id, offline ? `network: ${d.text}` : d.text, nextTryAt);
      if (updated) set(entry.id, { state: offline ? 'waiting-offline' : 'retry-scheduled', nextTryAt: updated.nextTryAt, attempts: updated.attempts });
    }
  }

  async function run(opts: FlushOptions): Promise<void> {
    const entries = opts.force ? await storage.outbox.list<IntakeSubmission>() : await storage.outbox.due<IntakeSubmission>(now());
    for (const entry of entries) {
      if (entry.kind !== OUTBOX_KIND) continue;
      if (entry.lastError?.startsWith(NEEDS_ATTENTION)) {
        if (!known.has(entry.id)) set(entry.id, statusOf(entry));
        continue;
      }
      await sendOne(entry);
    }
  }

  async function schedule(): Promise<void> {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!started) return;
    const entries = (await storage.outbox.list()).filter((e) => e.kind === OUTBOX_KIND && !e.lastError?.startsWith(NEEDS_ATTENTION));
    if (!started || entries.length === 0) return;
    const next = Math.min(...entries.map((e) => e.nextTryAt));
    const wait = Math.min(MAX_TIMER_MS, Math.max(0, next - now()));
    timer = setTimeout(() => {
      timer = undefined;
      void flush();
    }, wait);
  }

  function flush(opts: FlushOptions = {}): Promise<void> {
    if (running) {
      // A run is in progress: run once more after it, so nothing added meanwhile waits for the timer.
      again = { force: (again?.force ?? false) || (opts.force ?? false) };
      return running;
    }
    running = (async () => {
      try {
        await run(opts);
        while (again) {
          const next = again;
          again = undefined;
          await run(next);
        }
      } finally {
        running = undefined;
      }
      await schedule();
    })();
    return running;
  }

  const onOnline = () => void flush({ force: true });

  return {
    async enqueue(submission) {
      await storage.outbox.add({ id: submission.submissionId, kind: OUTBOX_KIND, payload: submission, createdAt: now() });
      const stored = await storage.outbox.get(submission.submissionId);
      set(submission.submissionId, stored ? statusOf(stored) : { state: 'queued' });
      await flush();
      if (running) await running;
      return known.get(submission.submissionId) ?? { state: 'queued' };
    },
    flush,
    async start() {
      if (started) return;
      started = true;
      target.addEventListener('online', onOnline);
      for (const entry of await storage.outbox.list()) if (entry.kind === OUTBOX_KIND) set(entry.id, statusOf(entry));
      await flush();
    },
    stop() {
      started = false;
      target.removeEventListener('online', onOnline);
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
    status: (id) => known.get(id),
    statuses: () => known,
    async retry(id) {
      const entry = await storage.outbox.get(id);
      if (!entry || entry.kind !== OUTBOX_KIND) return known.get(id);
      // recordFailure is the store's only update: it moves nextTryAt to now and clears the mark.
      await storage.outbox.recordFailure(id, 'retry requested', now());
      await flush();
      return known.get(id);
    },
    async discard(id) {
      await storage.outbox.remove(id);
      known.delete(id);
    },
  };
}
