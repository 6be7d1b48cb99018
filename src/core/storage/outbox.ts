/**
 * The submission outbox on IndexedDB, and the retry backoff.
 *
 * Payloads are sealed like drafts (an intake submission is PHI): a non-extractable key
 * per entry in `keys` (`outbox/<id>`), written and deleted in the same transaction as the
 * entry. Retry bookkeeping (attempts, next try, last error) stays in clear so `due()` can
 * pick entries without decrypting the others.
 */
import { aad, newKey, seal, unseal } from './crypto.js';
import type { KeyRecord, KitConnection, OutboxRecord } from './db.js';
import { checkId, type StoreDeps } from './records.js';
import type { OutboxAddInput, OutboxEntry, OutboxStore } from './types.js';

/** The `keys` store id of an outbox entry's key. */
export const outboxKeyId = (id: string): string => `outbox/${id}`;

/** Longest `lastError` kept; a message is a diagnosis aid, not a log. */
export const MAX_ERROR_LENGTH = 500;

const outboxAad = (r: { id: string; kind: string; createdAt: number }) => aad('outbox', r.id, r.kind, r.createdAt);

export function checkTime(value: unknown, what: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new TypeError(`${what} must be a finite number (epoch milliseconds).`);
}

export function checkAddInput(entry: OutboxAddInput<unknown>, now: number): { createdAt: number; nextTryAt: number } {
  checkId(entry?.id, 'outbox id');
  checkId(entry.kind, 'outbox kind');
  const createdAt = entry.createdAt ?? now;
  const nextTryAt = entry.nextTryAt ?? createdAt;
  checkTime(createdAt, 'createdAt');
  checkTime(nextTryAt, 'nextTryAt');
  return { createdAt, nextTryAt };
}

/** `message` cut to {@link MAX_ERROR_LENGTH} characters. */
export const clipError = (message: unknown): string => String(message).slice(0, MAX_ERROR_LENGTH);

/** Oldest first; ties by id so the order is total. */
export const byCreated = (a: { createdAt: number; id: string }, b: { createdAt: number; id: string }): number =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function createIdbOutboxStore(conn: KitConnection, deps: StoreDeps): OutboxStore {
  const { subtle, now } = deps;

  async function readAll(filter: (r: OutboxRecord) => boolean): Promise<[OutboxRecord, KeyRecord | undefined][]> {
    const db = await conn.db();
    const tx = db.transaction(['outbox', 'keys'], 'readonly');
    const records = (await tx.objectStore('outbox').index('createdAt').getAll()).filter(filter);
    const keys = await Promise.all(records.map((r) => tx.objectStore('keys').get(outboxKeyId(r.id))));
    await tx.done;
    return records.map((r, i) => [r, keys[i]]);
  }

  /** Decrypts one entry; an unreadable one is deleted (it can never be sent) and reported. */
  async function open<P>(record: OutboxRecord, keyRecord: KeyRecord | undefined): Promise<OutboxEntry<P> | undefined> {
    const result = await unseal(subtle, keyRecord?.key, record, outboxAad(record));
    if (result.ok) {
      const { iv: _iv, ciphertext: _c, ...meta } = record;
      return { ...meta, payload: result.value as P };
    }
    const db = await conn.db();
    const tx = db.transaction(['outbox', 'keys'], 'readwrite');
    const current = await tx.objectStore('outbox').get(record.id);
    if (current && current.createdAt === record.createdAt && current.ciphertext.byteLength === record.ciphertext.byteLength) {
      await Promise.all([tx.objectStore('outbox').delete(record.id), tx.objectStore('keys').delete(outboxKeyId(record.id))]);
    }
    await tx.done;
    deps.onCorrupt?.({ store: 'outbox', id: record.id, reason: result.reason });
    return undefined;
  }

  async function openAll<P>(pairs: [OutboxRecord, KeyRecord | undefined][]): Promise<OutboxEntry<P>[]> {
    const entries = await Promise.all(pairs.map(([r, k]) => open<P>(r, k)));
    return entries.filter((e): e is OutboxEntry<P> => e !== undefined).sort(byCreated);
  }

  const store: OutboxStore = {
    async add(entry) {
      const { createdAt, nextTryAt } = checkAddInput(entry, now());
      const key = await newKey(subtle);
      const sealed = await seal(subtle, key, entry.payload, outboxAad({ id: entry.id, kind: entry.kind, createdAt }));
      const db = await conn.db();
      const tx = db.transaction(['outbox', 'keys'], 'readwrite');
      const outbox = tx.objectStore('outbox');
      if ((await outbox.getKey(entry.id)) !== undefined) {
        await tx.done;
        return false;
      }
      const record: OutboxRecord = { id: entry.id, kind: entry.kind, ...sealed, createdAt, attempts: 0, nextTryAt };
      await Promise.all([tx.objectStore('keys').put({ id: outboxKeyId(entry.id), key }), outbox.put(record), tx.done]);
      return true;
    },

    async get<P>(id: string) {
      checkId(id);
      const db = await conn.db();
      const tx = db.transaction(['outbox', 'keys'], 'readonly');
      const [record, keyRecord] = await Promise.all([tx.objectStore('outbox').get(id), tx.objectStore('keys').get(outboxKeyId(id)), tx.done]);
      return record ? open<P>(record, keyRecord) : undefined;
    },

    async list<P>() {
      return openAll<P>(await readAll(() => true));
    },

    async due<P>(at?: number) {
      const t = at ?? now();
      checkTime(t, 'now');
      return openAll<P>(await readAll((r) => r.nextTryAt <= t));
    },

    async recordFailure<P>(id: string, message: string, nextTryAt: number) {
      checkId(id);
      checkTime(nextTryAt, 'nextTryAt');
      const db = await conn.db();
      const tx = db.transaction('outbox', 'readwrite');
      const record = await tx.store.get(id);
      if (record) await tx.store.put({ ...record, attempts: record.attempts + 1, lastError: clipError(message), nextTryAt });
      await tx.done;
      return record ? store.get<P>(id) : undefined;
    },

    async remove(id) {
      checkId(id);
      const db = await conn.db();
      const tx = db.transaction(['outbox', 'keys'], 'readwrite');
      await Promise.all([tx.objectStore('outbox').delete(id), tx.objectStore('keys').delete(outboxKeyId(id)), tx.done]);
    },
  };
  return store;
}

export { backoffDelay, type BackoffOptions } from './backoff.js';
