/**
 * One storage per database per page, shared by every element (an intake and an education
 * reader on the same page use the same connection). Loaded on demand, so an element's entry
 * does not carry the storage code; never rejects (a failure to load is the memory fallback).
 */
import type { KitStorage } from './types.js';

const storages = new Map<string, Promise<KitStorage>>();

/** The kit's storage in database `name` (default `iop-kit`). */
export function sharedStorage(name?: string): Promise<KitStorage> {
  const key = name?.trim() || 'iop-kit';
  let p = storages.get(key);
  if (!p) {
    p = import('./index.js').then(
      ({ openKitStorage }) => openKitStorage({ dbName: key }),
      async () => (await import('./memory.js')).createMemoryStorage('error'),
    );
    storages.set(key, p);
  }
  return p;
}
