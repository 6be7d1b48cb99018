/** Loads `checking.ts` once per page; a failed fetch (offline) is retried on the next call. */
type Checking = typeof import('./checking.js');

let pending: Promise<Checking> | undefined;

export function loadChecking(): Promise<Checking> {
  return (pending ??= import('./checking.js').catch((e: unknown) => {
    pending = undefined;
    throw e;
  }));
}
