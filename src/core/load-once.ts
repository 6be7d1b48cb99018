/**
 * `loadOnce(load)`: a function that runs `load` once and hands every caller the same promise —
 * unless it rejects (a chunk that could not be fetched offline), in which case the next call
 * tries again. For code fetched on first use: adapters, storage stores, an element's parts.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((e: unknown) => {
      pending = undefined;
      throw e;
    }));
}
