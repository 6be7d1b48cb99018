/** Shared helpers for the storage tests: throwaway database names, raw access, a settable clock. */
import { deleteDB, openDB } from 'idb';
import type { IDBPDatabase } from 'idb';

let counter = 0;

/** A database name no other test (or test file running in parallel) uses. */
export function uniqueDbName(label: string): string {
  counter += 1;
  return `iop-kit-test-${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}-${counter}`;
}

/** A direct connection that bypasses the kit, to see what is really on disk. */
export function openRaw(name: string): Promise<IDBPDatabase> {
  return openDB(name);
}

/** Runs `fn` with a raw connection and closes it afterwards. */
export async function withRaw<T>(name: string, fn: (db: IDBPDatabase) => Promise<T>): Promise<T> {
  const db = await openRaw(name);
  try {
    return await fn(db);
  } finally {
    db.close();
  }
}

export function dropDb(name: string): Promise<void> {
  return deleteDB(name);
}

/** A clock the test moves by hand. */
export function manualClock(start = Date.UTC(2025, 0, 6, 9, 0, 0)) {
  let t = start;
  return {
    now: () => t,
    set: (v: number) => {
      t = v;
    },
    advance: (ms: number) => {
      t += ms;
    },
  };
}

/** True when `needle` occurs in `haystack` as a contiguous byte run. */
export function containsBytes(haystack: ArrayBuffer | Uint8Array, needle: Uint8Array): boolean {
  const h = haystack instanceof Uint8Array ? haystack : new Uint8Array(haystack);
  outer: for (let i = 0; i + needle.length <= h.length; i++) {
    for (let j = 0; j < needle.length; j++) if (h[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export const DAY = 24 * 60 * 60 * 1000;
