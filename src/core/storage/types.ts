/**
 * Public shapes of the on-device storage (DESIGN.md §4). Both implementations —
 * IndexedDB (`persistent: true`) and the in-memory fallback — satisfy these
 * interfaces, so an element never needs to know which one it got.
 */

/** Why a stored record could not be read. Never contains any of the record's content. */
export type CorruptReason = 'malformed-record' | 'key-missing' | 'decrypt-failed' | 'invalid-json';

/** Result of {@link DraftStore.load}: problems are reported, never thrown. */
export type DraftLoadResult<T = unknown> =
  | { status: 'ok'; data: T; savedAt: number; expiresAt: number }
  | { status: 'missing' }
  | { status: 'expired' }
  | { status: 'corrupt'; reason: CorruptReason };

/** What {@link DraftStore.list} tells about a draft: its id and dates, never its content. */
export interface DraftSummary {
  id: string;
  /** Epoch milliseconds of the last save. */
  savedAt: number;
  /** Epoch milliseconds after which the draft is treated as gone. */
  expiresAt: number;
}

export interface DraftSaveOptions {
  /** How long the draft is kept after this save, in milliseconds. Default {@link DEFAULT_DRAFT_TTL_MS} (7 days). */
  ttlMs?: number;
}

/** Seven days: how long saved intake answers are kept unless the center configures otherwise. */
export const DEFAULT_DRAFT_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Intake answers saved while the user types. On IndexedDB every draft is encrypted
 * (AES-GCM, a non-extractable key of its own kept beside it).
 */
export interface DraftStore {
  /**
   * Saves (replaces) the draft `id`. `data` must be JSON-serialisable; it is read back
   * as `JSON.parse(JSON.stringify(data))`. Rejects with a `TypeError` for values JSON
   * cannot represent (`undefined`, `BigInt`, cycles).
   */
  save(id: string, data: unknown, options?: DraftSaveOptions): Promise<DraftSummary>;
  /** Reads the draft `id`. Expired and corrupt drafts are deleted when found and reported as such. */
  load<T = unknown>(id: string): Promise<DraftLoadResult<T>>;
  /** Deletes the draft and its key material ("delete my answers"). Deleting a missing draft is not an error. */
  delete(id: string): Promise<void>;
  /** Deletes every expired draft (and its key); resolves to how many were deleted. */
  purgeExpired(): Promise<number>;
  /** Drafts that have not expired, most recently saved first. */
  list(): Promise<DraftSummary[]>;
}

/** A submission waiting for the server's receipt. */
export interface OutboxEntry<P = unknown> {
  /** The submission id, sent as the `Idempotency-Key` on every attempt. */
  id: string;
  /** What is being submitted, e.g. `'intake'`. */
  kind: string;
  /** The request body (JSON). Encrypted at rest on IndexedDB: an intake submission is PHI. */
  payload: P;
  /** Epoch milliseconds when the entry was added; the outbox is sent oldest first. */
  createdAt: number;
  /** Failed attempts so far. */
  attempts: number;
  /** Epoch milliseconds before which the entry should not be retried. */
  nextTryAt: number;
  /** The last failure's message, as given to {@link OutboxStore.recordFailure}. */
  lastError?: string;
}

export interface OutboxAddInput<P = unknown> {
  id: string;
  kind: string;
  payload: P;
  /** Defaults to the storage clock's now. */
  createdAt?: number;
  /** Defaults to `createdAt` (due at once). */
  nextTryAt?: number;
}

/** Submissions not yet acknowledged, kept until the server's receipt arrives (DESIGN.md §4). */
export interface OutboxStore {
  /**
   * Adds a submission. Idempotent: when an entry with this id already exists it is left
   * untouched (its attempts and payload are kept) and the promise resolves to `false`.
   */
  add<P>(entry: OutboxAddInput<P>): Promise<boolean>;
  get<P = unknown>(id: string): Promise<OutboxEntry<P> | undefined>;
  /** Every entry, oldest (`createdAt`) first. */
  list<P = unknown>(): Promise<OutboxEntry<P>[]>;
  /**
   * The kind of every entry, oldest first, read without decrypting anything: how an element
   * learns at start whether something of its own is waiting, without fetching the outbox code.
   */
  kinds(): Promise<string[]>;
  /** Entries whose `nextTryAt <= now`, oldest (`createdAt`) first. `now` defaults to the storage clock. */
  due<P = unknown>(now?: number): Promise<OutboxEntry<P>[]>;
  /**
   * Records a failed attempt: increments `attempts`, stores `message` (keep PHI out of it;
   * it is cut to 500 characters) and the next try time. Resolves to the updated entry,
   * or `undefined` when there is no such entry (e.g. it was removed meanwhile).
   */
  recordFailure<P = unknown>(id: string, message: string, nextTryAt: number): Promise<OutboxEntry<P> | undefined>;
  /** Removes the entry and its key material; call it only once the server's receipt is in hand. */
  remove(id: string): Promise<void>;
}

/** How far a reader got in one education module. No personal data. */
export interface ModuleProgress {
  moduleId: string;
  /** Index of the block the reader last reached (0-based). */
  position: number;
  completed: boolean;
  /** Knowledge-check answers: check block id → chosen option id. */
  answers: Record<string, string>;
  /** Epoch milliseconds of the last change. */
  updatedAt: number;
}

export type ModuleProgressInput = Omit<ModuleProgress, 'updatedAt'> & { updatedAt?: number };

export interface ProgressStore {
  get(moduleId: string): Promise<ModuleProgress | undefined>;
  /** Saves (replaces) progress for `moduleId`; `updatedAt` defaults to now. Resolves to what was stored. */
  put(progress: ModuleProgressInput): Promise<ModuleProgress>;
  /** Every module's progress, most recently updated first. */
  list(): Promise<ModuleProgress[]>;
  delete(moduleId: string): Promise<void>;
}

/** Why storage is not persistent: no IndexedDB/WebCrypto, another tab blocks the upgrade, or opening failed. */
export type StorageFallbackReason = 'unavailable' | 'blocked' | 'error';

/** Where the kit keeps data on the patient's device. */
export interface KitStorage {
  /**
   * `true` when data survives a reload (IndexedDB). `false` for the in-memory fallback:
   * an element should tell the user their answers will not be kept if they leave.
   */
  readonly persistent: boolean;
  /** Set when `persistent` is false. */
  readonly reason?: StorageFallbackReason;
  readonly drafts: DraftStore;
  readonly outbox: OutboxStore;
  readonly progress: ProgressStore;
  /** Closes the database connection. Further calls reject (IndexedDB) or keep working (memory). */
  close(): void;
}

/** Reported through `onCorrupt` when an unreadable record is found and deleted. Carries no content. */
export interface CorruptRecordInfo {
  store: 'drafts' | 'outbox' | 'progress';
  id: string;
  reason: CorruptReason;
}
