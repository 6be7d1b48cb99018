/**
 * What every store needs without the encryption code: id and lifetime checks, the purge
 * of expired drafts (run each time the storage opens; it deletes records and their keys by
 * the `expiresAt` index, never reading them, so it needs no WebCrypto), and the kinds of
 * the outbox entries (so an element can tell at start whether it has anything waiting).
 */
import { del, done, req, type KitConnection, type OutboxRecord } from './db.js';
import { DEFAULT_DRAFT_TTL_MS } from './types.js';
import type { CorruptRecordInfo, DraftSaveOptions } from './types.js';

export interface StoreDeps {
  subtle: SubtleCrypto;
  now: () => number;
  onCorrupt?: (info: CorruptRecordInfo) => void;
}

/** The `keys` store id of a draft's key. */
export const draftKeyId = (id: string): string => `drafts/${id}`;

export function checkId(id: unknown, what = 'id'): asserts id is string {
  if (typeof id !== 'string' || id.length === 0) throw new TypeError(`The ${what} must be a non-empty string.`);
}

export function resolveTtl(options: DraftSaveOptions | undefined): number {
  const ttl = options?.ttlMs ?? DEFAULT_DRAFT_TTL_MS;
  if (typeof ttl !== 'number' || !Number.isFinite(ttl) || ttl <= 0) throw new RangeError('ttlMs must be a positive, finite number of milliseconds.');
  return ttl;
}

/** Deletes every expired draft and its key in one transaction; returns how many. */
export async function purgeExpiredDrafts(conn: KitConnection, now: () => number): Promise<number> {
  const db = await conn.db();
  const tx = db.transaction(['drafts', 'keys'], 'readwrite');
  const expired = (await req(tx.objectStore('drafts').index('expiresAt').getAllKeys(IDBKeyRange.upperBound(now())))) as string[];
  await Promise.all(expired.flatMap((id) => [del(tx, 'drafts', id), del(tx, 'keys', draftKeyId(id))]));
  await done(tx);
  return expired.length;
}

/** The kinds of the outbox entries, oldest first (kinds are stored in clear; nothing is decrypted). */
export async function outboxKinds(conn: KitConnection): Promise<string[]> {
  const db = await conn.db();
  const records = await req<OutboxRecord[]>(db.transaction('outbox').objectStore('outbox').index('createdAt').getAll());
  return records.map((r) => r.kind);
}
