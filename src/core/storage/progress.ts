/** Education-module progress on IndexedDB (no personal data, so stored in clear). */
import { del, done, get, put, req, type KitConnection, type ProgressRecord } from './db.js';
import { checkId } from './records.js';
import type { ModuleProgress, ModuleProgressInput, ProgressStore } from './types.js';

/** Validates and copies input into the stored shape; throws `TypeError` on a bad field. */
export function toProgress(input: ModuleProgressInput, now: number): ModuleProgress {
  checkId(input?.moduleId, 'moduleId');
  if (!Number.isInteger(input.position) || input.position < 0) throw new TypeError('position must be a non-negative integer.');
  if (typeof input.completed !== 'boolean') throw new TypeError('completed must be a boolean.');
  const answers = input.answers ?? {};
  if (typeof answers !== 'object' || Array.isArray(answers) || Object.values(answers).some((v) => typeof v !== 'string')) {
    throw new TypeError('answers must map knowledge-check ids to option ids (strings).');
  }
  const updatedAt = input.updatedAt ?? now;
  if (!Number.isFinite(updatedAt)) throw new TypeError('updatedAt must be a finite number.');
  return { moduleId: input.moduleId, position: input.position, completed: input.completed, answers: { ...answers }, updatedAt };
}

/** True for a record this kit could have written. */
export function isProgress(r: unknown): r is ModuleProgress {
  try {
    toProgress(r as ModuleProgressInput, 0);
    return Number.isFinite((r as ModuleProgress).updatedAt);
  } catch {
    return false;
  }
}

export const byUpdated = (a: ModuleProgress, b: ModuleProgress): number =>
  b.updatedAt - a.updatedAt || (a.moduleId < b.moduleId ? -1 : a.moduleId > b.moduleId ? 1 : 0);

export function createIdbProgressStore(conn: KitConnection, now: () => number): ProgressStore {
  /** One request in a transaction of its own on `progress`; a write resolves only once committed. */
  async function one<T>(write: boolean, op: (tx: IDBTransaction) => Promise<T>): Promise<T> {
    const tx = (await conn.db()).transaction('progress', write ? 'readwrite' : 'readonly');
    return (await Promise.all([op(tx), write && done(tx)]))[0];
  }

  return {
    async get(moduleId) {
      checkId(moduleId, 'moduleId');
      const record = await one(false, (tx) => get(tx, 'progress', moduleId));
      // A record of the wrong shape is treated as no progress; the next put replaces it.
      return isProgress(record) ? record : undefined;
    },
    async put(input) {
      const record: ProgressRecord = toProgress(input, now());
      await one(true, (tx) => put(tx, 'progress', record));
      return { ...record, answers: { ...record.answers } };
    },
    async list() {
      const all = await one(false, (tx) => req<ProgressRecord[]>(tx.objectStore('progress').getAll()));
      return all.filter(isProgress).sort(byUpdated);
    },
    async delete(moduleId) {
      checkId(moduleId, 'moduleId');
      await one(true, (tx) => del(tx, 'progress', moduleId));
    },
  };
}
