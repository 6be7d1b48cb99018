/**
 * On-device storage for the kit (DESIGN.md §4): one IndexedDB database, `iop-kit`, with
 * encrypted intake drafts, an encrypted submission outbox and education progress — or,
 * when IndexedDB or WebCrypto cannot be used, the same API in memory.
 *
 * @example
 * const storage = await openKitStorage();
 * if (!storage.persistent) showNotice('Your answers will not be kept if you leave this page.');
 * await storage.drafts.save(formId, answers);
 */
import { getSubtle } from './crypto.js';
import { DB_NAME, KitConnection, openKitDb, type KitDB } from './db.js';
import { outboxKinds, purgeExpiredDrafts } from './records.js';
import { loadOnce } from '../load-once.js';
import type { CorruptRecordInfo, DraftStore, KitStorage, OutboxStore, ProgressStore, StorageFallbackReason } from './types.js';

export type * from './types.js';
export { DEFAULT_DRAFT_TTL_MS } from './types.js';
export { backoffDelay, type BackoffOptions } from './backoff.js';
export { DB_NAME, DB_VERSION } from './db.js';

/** The in-memory storage (fetched only when it is needed: IndexedDB or WebCrypto unusable). */
async function memoryStorage(reason: StorageFallbackReason, now: () => number): Promise<KitStorage> {
  return (await import('./memory.js')).createMemoryStorage(reason, now);
}

/**
 * A store whose code is fetched on its first use: drafts (with the encryption) and the outbox
 * serve the intake, progress the education element, so neither carries the other's. Every method is async already;
 * a failed fetch rejects that call (like any storage error) and the next call tries again.
 */
function lazyStore<T extends object>(load: () => Promise<T>, methods: readonly (keyof T & string)[]): T {
  const get = loadOnce(load);
  const lazy: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const m of methods) lazy[m] = async (...args) => ((await get())[m] as (...a: unknown[]) => unknown)(...args);
  return lazy as T;
}

const DRAFT_METHODS = ['save', 'load', 'delete', 'purgeExpired', 'list'] as const satisfies readonly (keyof DraftStore)[];
const OUTBOX_METHODS = ['add', 'get', 'list', 'due', 'recordFailure', 'remove', 'kinds'] as const satisfies readonly (keyof OutboxStore)[];
const PROGRESS_METHODS = ['get', 'put', 'list', 'delete'] as const satisfies readonly (keyof ProgressStore)[];

export interface OpenKitStorageOptions {
  /**
   * The IndexedDB factory. Defaults to `globalThis.indexedDB`; `null` forces the in-memory
   * fallback (e.g. a center that does not want anything kept on shared computers).
   */
  indexedDB?: IDBFactory | null;
  /** Database name. Default `'iop-kit'`. */
  dbName?: string;
  /** Clock in epoch milliseconds, for expiry and timestamps. Default `Date.now`. */
  now?: () => number;
  /**
   * How long to wait for the database to open before falling back to memory with
   * `reason: 'error'` (some browsers have been known to leave the open request hanging).
   * Default 5000 ms.
   */
  openTimeoutMs?: number;
  /** Told (id and reason only, never content) when an unreadable record is found and deleted. */
  onCorrupt?: (info: CorruptRecordInfo) => void;
}

type Opened = { db: KitDB } | { reason: StorageFallbackReason };

/** Opens the database, settling on the first of: opened, blocked, failed, timed out. */
function tryOpen(factory: IDBFactory, name: string, conn: KitConnection, timeoutMs: number): Promise<Opened> {
  return new Promise<Opened>((resolve) => {
    let settled = false;
    const finish = (outcome: Opened) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ reason: 'error' }), timeoutMs);
    let opening: Promise<KitDB>;
    try {
      // `blocked`: another tab keeps an older version open. The request stays queued and
      // may still succeed later; that late connection is closed below.
      opening = openKitDb(factory, name, { ...conn.callbacks, blocked: () => finish({ reason: 'blocked' }) });
    } catch {
      finish({ reason: 'error' });
      return;
    }
    opening.then(
      (db) => (settled ? db.close() : finish({ db })),
      () => finish({ reason: 'error' }),
    );
  });
}

/**
 * Opens the kit's storage. Never rejects: when IndexedDB is missing (`reason:
 * 'unavailable'`, also used when WebCrypto is missing, since drafts are never stored
 * unencrypted), blocked by another tab (`'blocked'`) or fails to open (`'error'`), it
 * resolves to an in-memory storage with the same API and `persistent: false`.
 * Expired drafts are purged on open.
 */
export async function openKitStorage(options: OpenKitStorageOptions = {}): Promise<KitStorage> {
  const now = options.now ?? Date.now;
  const name = options.dbName ?? DB_NAME;
  const factory = options.indexedDB === undefined ? (globalThis as { indexedDB?: IDBFactory }).indexedDB : options.indexedDB;
  const subtle = getSubtle();
  if (!factory || !subtle) return memoryStorage('unavailable', now);

  const conn = new KitConnection(factory, name);
  const opened = await tryOpen(factory, name, conn, options.openTimeoutMs ?? 5_000);
  if ('reason' in opened) return memoryStorage(opened.reason, now);
  conn.adopt(opened.db);

  const deps = { subtle, now, onCorrupt: options.onCorrupt };
  const storage: KitStorage = {
    persistent: true,
    drafts: lazyStore(async () => (await import('./drafts.js')).createIdbDraftStore(conn, deps), DRAFT_METHODS),
    // `kinds` needs no outbox code: an element with nothing waiting never fetches it at start.
    outbox: { ...lazyStore(async () => (await import('./outbox.js')).createIdbOutboxStore(conn, deps), OUTBOX_METHODS), kinds: () => outboxKinds(conn) },
    progress: lazyStore(async () => (await import('./progress.js')).createIdbProgressStore(conn, now), PROGRESS_METHODS),
    close: () => conn.close(),
  };
  // Housekeeping only: a failure here must not cost the caller a working storage.
  await purgeExpiredDrafts(conn, now).catch(() => 0);
  return storage;
}
