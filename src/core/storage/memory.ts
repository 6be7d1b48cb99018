/**
 * The in-memory fallback: the same interfaces as the IndexedDB stores, kept in `Map`s
 * for the life of the page. Used when IndexedDB or WebCrypto is unavailable, blocked or
 * failing; `KitStorage.persistent` is then `false` so the element can tell the user.
 * Values are copied through JSON both ways, exactly as the persistent stores do, so code
 * cannot come to depend on getting its own object back.
 */
import { toJson } from './crypto.js';
import { checkId, resolveTtl } from './records.js';
import { byCreated, checkAddInput, checkTime, clipError } from './outbox.js';
import { byUpdated, toProgress } from './progress.js';
import type { DraftLoadResult, DraftStore, KitStorage, ModuleProgress, OutboxEntry, OutboxStore, ProgressStore, StorageFallbackReason } from './types.js';

interface MemoryDraft {
  json: string;
  savedAt: number;
  expiresAt: number;
}

type MemoryOutboxEntry = Omit<OutboxEntry, 'payload'> & { json: string };

export function createMemoryDraftStore(now: () => number): DraftStore {
  const drafts = new Map<string, MemoryDraft>();
  return {
    async save(id, data, options) {
      checkId(id);
      const ttl = resolveTtl(options);
      const json = toJson(data);
      const savedAt = now();
      drafts.set(id, { json, savedAt, expiresAt: savedAt + ttl });
      return { id, savedAt, expiresAt: savedAt + ttl };
    },
    async load<T>(id: string): Promise<DraftLoadResult<T>> {
      checkId(id);
      const d = drafts.get(id);
      if (!d) return { status: 'missing' };
      if (d.expiresAt <= now()) {
        drafts.delete(id);
        return { status: 'expired' };
      }
      return { status: 'ok', data: JSON.parse(d.json) as T, savedAt: d.savedAt, expiresAt: d.expiresAt };
    },
    async delete(id) {
      checkId(id);
      drafts.delete(id);
    },
    async purgeExpired() {
      const t = now();
      let n = 0;
      for (const [id, d] of drafts) {
        if (d.expiresAt <= t) {
          drafts.delete(id);
          n++;
        }
      }
      return n;
    },
    async list() {
      const t = now();
      return [...drafts]
        .filter(([, d]) => d.expiresAt > t)
        .map(([id, { savedAt, expiresAt }]) => ({ id, savedAt, expiresAt }))
        .sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : 1));
    },
  };
}

export function createMemoryOutboxStore(now: () => number): OutboxStore {
  const entries = new Map<string, MemoryOutboxEntry>();
  const out = <P>({ json, ...meta }: MemoryOutboxEntry): OutboxEntry<P> => ({ ...meta, payload: JSON.parse(json) as P });
  const sorted = () => [...entries.values()].sort(byCreated);
  return {
    async add(entry) {
      const { createdAt, nextTryAt } = checkAddInput(entry, now());
      const json = toJson(entry.payload);
      if (entries.has(entry.id)) return false;
      entries.set(entry.id, { id: entry.id, kind: entry.kind, json, createdAt, attempts: 0, nextTryAt });
      return true;
    },
    async get<P>(id: string) {
      checkId(id);
      const e = entries.get(id);
      return e ? out<P>(e) : undefined;
    },
    async list<P>() {
      return sorted().map((e) => out<P>(e));
    },
    async kinds() {
      return sorted().map((e) => e.kind);
    },
    async due<P>(at?: number) {
      const t = at ?? now();
      checkTime(t, 'now');
      return sorted()
        .filter((e) => e.nextTryAt <= t)
        .map((e) => out<P>(e));
    },
    async recordFailure<P>(id: string, message: string, nextTryAt: number) {
      checkId(id);
      checkTime(nextTryAt, 'nextTryAt');
      const e = entries.get(id);
      if (!e) return undefined;
      const next = { ...e, attempts: e.attempts + 1, lastError: clipError(message), nextTryAt };
      entries.set(id, next);
      return out<P>(next);
    },
    async remove(id) {
      checkId(id);
      entries.delete(id);
    },
  };
}

export function createMemoryProgressStore(now: () => number): ProgressStore {
  const records = new Map<string, ModuleProgress>();
  const copy = (p: ModuleProgress): ModuleProgress => ({ ...p, answers: { ...p.answers } });
  return {
    async get(moduleId) {
      checkId(moduleId, 'moduleId');
      const p = records.get(moduleId);
      return p && copy(p);
    },
    async put(input) {
      const p = toProgress(input, now());
      records.set(p.moduleId, p);
      return copy(p);
    },
    async list() {
      return [...records.values()].map(copy).sort(byUpdated);
    },
    async delete(moduleId) {
      checkId(moduleId, 'moduleId');
      records.delete(moduleId);
    },
  };
}

/** A complete non-persistent {@link KitStorage}. */
export function createMemoryStorage(reason: StorageFallbackReason, now: () => number = Date.now): KitStorage {
  return {
    persistent: false,
    reason,
    drafts: createMemoryDraftStore(now),
    outbox: createMemoryOutboxStore(now),
    progress: createMemoryProgressStore(now),
    close() {},
  };
}
