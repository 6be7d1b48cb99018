/**
 * Encrypted intake drafts on IndexedDB.
 *
 * Every save generates a fresh non-extractable AES-GCM key and writes it together with
 * the ciphertext in one transaction over `drafts` + `keys`, so the pair on disk is always
 * consistent (the last save wins both) and no IV is ever reused under a key. Deleting a
 * draft deletes its key in the same transaction: without the key the bytes are noise.
 */
import { aad, newKey, seal, unseal } from './crypto.js';
import { del, done, get, put, req, type DraftRecord, type KitConnection } from './db.js';
import { checkId, draftKeyId, purgeExpiredDrafts, resolveTtl, type StoreDeps } from './records.js';
import type { DraftLoadResult, DraftStore, DraftSummary } from './types.js';

export { checkId, resolveTtl, type StoreDeps } from './records.js';

const draftAad = (r: { id: string; savedAt: number; expiresAt: number }) => aad('drafts', r.id, r.savedAt, r.expiresAt);

function isDraftRecord(r: unknown): r is DraftRecord {
  const x = r as Partial<DraftRecord> | undefined;
  return !!x && typeof x.id === 'string' && Number.isFinite(x.savedAt) && Number.isFinite(x.expiresAt);
}

const sameIv = (a: unknown, b: unknown): boolean => {
  if (!(a instanceof ArrayBuffer) || !(b instanceof ArrayBuffer) || a.byteLength !== b.byteLength) return a === b;
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  return x.every((v, i) => v === y[i]);
};

export function createIdbDraftStore(conn: KitConnection, deps: StoreDeps): DraftStore {
  const { subtle, now } = deps;

  /** Deletes a draft and its key, but only if it is still the record we looked at (a newer save wins). */
  async function discard(id: string, seen: DraftRecord): Promise<void> {
    const db = await conn.db();
    const tx = db.transaction(['drafts', 'keys'], 'readwrite');
    const current = await get(tx, 'drafts', id);
    if (current && current.savedAt === seen.savedAt && sameIv(current.iv, seen.iv)) {
      await Promise.all([del(tx, 'drafts', id), del(tx, 'keys', draftKeyId(id))]);
    }
    await done(tx);
  }

  return {
    async save(id, data, options) {
      checkId(id);
      const ttl = resolveTtl(options);
      const savedAt = now();
      const summary: DraftSummary = { id, savedAt, expiresAt: savedAt + ttl };
      const key = await newKey(subtle);
      const sealed = await seal(subtle, key, data, draftAad(summary));
      const db = await conn.db();
      const tx = db.transaction(['drafts', 'keys'], 'readwrite');
      await Promise.all([put(tx, 'keys', { id: draftKeyId(id), key }), put(tx, 'drafts', { ...summary, ...sealed }), done(tx)]);
      return summary;
    },

    async load<T>(id: string): Promise<DraftLoadResult<T>> {
      checkId(id);
      const db = await conn.db();
      const tx = db.transaction(['drafts', 'keys'], 'readonly');
      const [record, keyRecord] = await Promise.all([get(tx, 'drafts', id), get(tx, 'keys', draftKeyId(id)), done(tx)]);
      if (record === undefined) return { status: 'missing' };
      if (!isDraftRecord(record)) {
        await discard(id, record);
        deps.onCorrupt?.({ store: 'drafts', id, reason: 'malformed-record' });
        return { status: 'corrupt', reason: 'malformed-record' };
      }
      if (record.expiresAt <= now()) {
        await discard(id, record);
        return { status: 'expired' };
      }
      const result = await unseal(subtle, keyRecord?.key, record, draftAad(record));
      if (!result.ok) {
        await discard(id, record);
        deps.onCorrupt?.({ store: 'drafts', id, reason: result.reason });
        return { status: 'corrupt', reason: result.reason };
      }
      return { status: 'ok', data: result.value as T, savedAt: record.savedAt, expiresAt: record.expiresAt };
    },

    async delete(id) {
      checkId(id);
      const db = await conn.db();
      const tx = db.transaction(['drafts', 'keys'], 'readwrite');
      await Promise.all([del(tx, 'drafts', id), del(tx, 'keys', draftKeyId(id)), done(tx)]);
    },

    purgeExpired: () => purgeExpiredDrafts(conn, now),

    async list() {
      const db = await conn.db();
      const t = now();
      const all = await req<DraftRecord[]>(db.transaction('drafts').objectStore('drafts').index('expiresAt').getAll(IDBKeyRange.lowerBound(t, true)));
      return all
        .filter(isDraftRecord)
        .map(({ id, savedAt, expiresAt }) => ({ id, savedAt, expiresAt }))
        .sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : 1));
    },
  };
}
