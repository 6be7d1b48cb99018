/**
 * The submission outbox on IndexedDB, and the retry backoff.
 *
 * Payloads are sealed like drafts (an intake submission is PHI): a non-extractable key
 * per entry in `keys` (`outbox/<id>`), written and deleted in the same transaction as the
 * entry. Retry bookkeeping (attempts, next try, last error) stays in clear so `due()` can
 * pick entries without decrypting the others.
 */
import { aad, newKey, seal, unseal } from './crypto.js';
import { del, done, get, put, req, type KeyRecord, type KitConnection, type OutboxRecord } from './db.js';
import { checkId, outboxKinds, type StoreDeps } from './records.js';
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
    const records = (await req<OutboxRecord[]>(tx.objectStore('outbox').index('createdAt').getAll())).filter(filter);
    const keys = await Promise.all(records.map((r) => get(tx, 'keys', outboxKeyId(r.id))));
    await done(tx);
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
    const current = await get(tx, 'outbox', record.id);
    if (current && current.createdAt === record.createdAt && current.ciphertext.byteLength === record.ciphertext.byteLength) {
      await Promise.all([del(tx, 'outbox', record.id), del(tx, 'keys', outboxKeyId(record.id))]);
    }
    await done(tx);
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
      if ((await req(tx.objectStore('outbox').getKey(entry.id))) !== undefined) {
        await done(tx);
        return false;
      }
      const record: OutboxRecord = { id: entry.id, kind: entry.kind, ...sealed, createdAt, attempts: 0, nextTryAt };
      await Promise.all([put(tx, 'keys', { id: outboxKeyId(entry.id), key }), put(tx, 'outbox', record), done(tx)]);
      return true;
    },

    async get<P>(id: string) {
      checkId(id);
      const db = await conn.db();
      const tx = db.transaction(['outbox', 'keys'], 'readonly');
      const [record, keyRecord] = await Promise.all([get(tx, 'outbox', id), get(tx, 'keys', outboxKeyId(id)), done(tx)]);
      return record ? open<P>(record, keyRecord) : undefined;
    },

    async list<P>() {
      return openAll<P>(await readAll(() => true));
    },

    kinds: () => outboxKinds(conn),

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
      const record = await get(tx, 'outbox', id);
      if (record) await put(tx, 'outbox', { ...record, attempts: record.attempts + 1, lastError: clipError(message), nextTryAt });
      await done(tx);
      return record ? store.get<P>(id) : undefined;
    },

    async remove(id) {
      checkId(id);
      const db = await conn.db();
      const tx = db.transaction(['outbox', 'keys'], 'readwrite');
      await Promise.all([del(tx, 'outbox', id), del(tx, 'keys', outboxKeyId(id)), done(tx)]);
    },
  };
  return store;
}

export { backoffDelay, type BackoffOptions } from './backoff.js';
