/**
 * The `iop-kit` IndexedDB database: schema, step-by-step migrations and a connection
 * that steps aside when another tab (or another copy of the kit) needs to upgrade.
 * Plain IndexedDB, with two small promise helpers ({@link req}, {@link done}).
 */

/** Default database name (DESIGN.md §4). */
export const DB_NAME = 'iop-kit';

/** A draft as stored: dates in clear (for expiry), answers encrypted. */
export interface DraftRecord {
  id: string;
  iv: ArrayBuffer;
  ciphertext: ArrayBuffer;
  savedAt: number;
  expiresAt: number;
}

/** An outbox entry as stored: the payload is encrypted, the retry bookkeeping is not. */
export interface OutboxRecord {
  id: string;
  kind: string;
  iv: ArrayBuffer;
  ciphertext: ArrayBuffer;
  createdAt: number;
  attempts: number;
  nextTryAt: number;
  lastError?: string;
}

/** One non-extractable key per encrypted record; `id` is `<store>/<record id>`. */
export interface KeyRecord {
  id: string;
  key: CryptoKey;
}

export interface ProgressRecord {
  moduleId: string;
  position: number;
  completed: boolean;
  answers: Record<string, string>;
  updatedAt: number;
}

/**
 * What each store holds (keys are strings: the records' `id` / `moduleId`). Indexes:
 * `drafts.expiresAt` and `outbox.createdAt`.
 */
export interface KitStores {
  drafts: DraftRecord;
  keys: KeyRecord;
  outbox: OutboxRecord;
  progress: ProgressRecord;
}

export type StoreName = keyof KitStores;

export type KitDB = IDBDatabase;
type Migration = (db: IDBDatabase, tx: IDBTransaction) => void;

/**
 * The result of `r`. Awaiting it resumes in a microtask of the `success` event, while the
 * transaction is still active, so further requests can be made on it. Rejects with the
 * request's error (the transaction then aborts, as the event is not cancelled).
 */
export const req = <T>(r: IDBRequest<T>): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    r.addEventListener('success', () => resolve(r.result));
    r.addEventListener('error', () => reject(r.error));
  });

/**
 * Settles when `tx` ends: resolves once committed, rejects when it fails or aborts (e.g.
 * `QuotaExceededError` at commit). Call it before the transaction can finish: in the
 * same task as its last request, or in a microtask continuing from one.
 */
export const done = (tx: IDBTransaction): Promise<void> =>
  new Promise<void>((resolve, reject) => {
    const fail = () => reject(tx.error ?? new DOMException('Transaction aborted', 'AbortError'));
    tx.addEventListener('complete', () => resolve());
    tx.addEventListener('error', fail);
    tx.addEventListener('abort', fail);
  });

/** The record under `key` in store `name` of `tx`, or `undefined`. */
export const get = <N extends StoreName>(tx: IDBTransaction, name: N, key: IDBValidKey): Promise<KitStores[N] | undefined> =>
  req<KitStores[N] | undefined>(tx.objectStore(name).get(key));

/** Writes (replaces) `value` in store `name` of `tx`. */
export const put = <N extends StoreName>(tx: IDBTransaction, name: N, value: KitStores[N]): Promise<IDBValidKey> => req(tx.objectStore(name).put(value));

/** Deletes `key` from store `name` of `tx` (a missing key is not an error). */
export const del = (tx: IDBTransaction, name: StoreName, key: IDBValidKey | IDBKeyRange): Promise<void> => req(tx.objectStore(name).delete(key));

/**
 * Migrations, one per version: `MIGRATIONS[n]` takes the schema from version `n` to
 * `n + 1`. A shipped step is never edited; a change is a new step appended here, so a
 * device on any older version upgrades in order and keeps its data.
 */
export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: intake drafts and their keys.
  (db) => {
    db.createObjectStore('drafts', { keyPath: 'id' }).createIndex('expiresAt', 'expiresAt');
    db.createObjectStore('keys', { keyPath: 'id' });
  },
  // 1 → 2: the submission outbox and education progress.
  (db) => {
    db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
    db.createObjectStore('progress', { keyPath: 'moduleId' });
  },
];

/** The schema version this copy of the kit writes. */
export const DB_VERSION = MIGRATIONS.length;

/** The stores this copy of the kit needs; a newer kit may add more, never remove these. */
export const REQUIRED_STORES: readonly StoreName[] = ['drafts', 'keys', 'outbox', 'progress'];

/** Applies every migration from `oldVersion` up to `newVersion`, in order. */
export function upgrade(db: IDBDatabase, oldVersion: number, newVersion: number, tx: IDBTransaction): void {
  for (let v = oldVersion; v < newVersion && v < MIGRATIONS.length; v++) MIGRATIONS[v]!(db, tx);
}

export interface OpenCallbacks {
  /** Another connection holds an older version open and has not closed it yet. */
  blocked?: () => void;
  /** Another connection wants to upgrade or delete the database; ours should close. */
  versionchange?: () => void;
  /** The browser closed the connection (storage cleared, disk error). */
  terminated?: () => void;
}

/**
 * Opens `name` on `factory` (the kit takes the factory as an option so tests and
 * sandboxed hosts can pass their own). With `version` undefined the database opens at
 * whatever version it already has.
 */
export function openOn(factory: IDBFactory, name: string, version: number | undefined, callbacks: OpenCallbacks = {}): Promise<KitDB> {
  const request = version === undefined ? factory.open(name) : factory.open(name, version);
  const opened = req(request);
  request.addEventListener('upgradeneeded', (event) => {
    const target = event.newVersion ?? DB_VERSION;
    try {
      upgrade(request.result, event.oldVersion, target, request.transaction!);
    } catch {
      // A failed step rolls the whole upgrade back; the open then rejects with an AbortError
      // (and the kit falls back to memory) instead of leaving a half-migrated database.
      request.transaction?.abort();
    }
  });
  request.addEventListener('blocked', () => callbacks.blocked?.());
  opened
    .then((db) => {
      db.addEventListener('versionchange', () => callbacks.versionchange?.());
      db.addEventListener('close', () => callbacks.terminated?.());
    })
    .catch(() => {});
  return opened;
}

/** True when `db` has every store this kit needs. */
export function hasRequiredStores(db: KitDB): boolean {
  return REQUIRED_STORES.every((s) => db.objectStoreNames.contains(s));
}

/**
 * Opens the kit's database at {@link DB_VERSION}. If a newer copy of the kit already
 * upgraded it (`VersionError`), opens it at its current version instead: migrations only
 * ever add stores, so a newer schema still has ours. Rejects when required stores are
 * missing (a foreign database under the same name).
 */
export async function openKitDb(factory: IDBFactory, name: string, callbacks: OpenCallbacks = {}): Promise<KitDB> {
  let db: KitDB;
  try {
    db = await openOn(factory, name, DB_VERSION, callbacks);
  } catch (error) {
    if ((error as { name?: string } | null)?.name !== 'VersionError') throw error;
    db = await openOn(factory, name, undefined, callbacks);
  }
  if (!hasRequiredStores(db)) {
    db.close();
    throw new Error(`IndexedDB database "${name}" lacks the kit's stores.`);
  }
  return db;
}

/**
 * A connection the stores share. When another tab asks to upgrade or delete the
 * database the connection closes at once (so that tab is not blocked) and reopens on
 * the next use; `close()` ends it for good.
 */
export class KitConnection {
  #db: KitDB | undefined;
  #pending: Promise<KitDB> | undefined;
  #closed = false;
  readonly #factory: IDBFactory;
  readonly #name: string;

  constructor(factory: IDBFactory, name: string) {
    this.#factory = factory;
    this.#name = name;
  }

  /** Callbacks to pass to {@link openKitDb} for a database this connection will adopt. */
  get callbacks(): OpenCallbacks {
    return { versionchange: () => this.#release(), terminated: () => this.#release() };
  }

  /** The open database, reopening it if it was released. */
  db(): Promise<KitDB> {
    if (this.#closed) return Promise.reject(new DOMException('The kit storage was closed.', 'InvalidStateError'));
    if (this.#db) return Promise.resolve(this.#db);
    this.#pending ??= openKitDb(this.#factory, this.#name, this.callbacks).then(
      (db) => {
        this.#pending = undefined;
        if (this.#closed) {
          db.close();
          throw new DOMException('The kit storage was closed.', 'InvalidStateError');
        }
        this.#db = db;
        return db;
      },
      (error: unknown) => {
        this.#pending = undefined;
        throw error;
      },
    );
    return this.#pending;
  }

  close(): void {
    this.#closed = true;
    this.#release();
  }

  /** Takes over a database opened with this connection's {@link callbacks}. */
  adopt(db: KitDB): void {
    if (this.#closed) db.close();
    else this.#db = db;
  }

  #release(): void {
    const db = this.#db;
    this.#db = undefined;
    db?.close();
  }
}
