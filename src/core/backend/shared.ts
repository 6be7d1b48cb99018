/**
 * Helpers every adapter shares: abort handling, id checks, error mapping. (Validation of
 * what comes back lives in `src/core/data`, by domain.)
 */
import { BackendError, isBackendError } from './types.js';

/** A backend object built by the kit itself: `createBackend` passes it through instead of wrapping it. */
const kitBackends = new WeakSet<object>();
export function markKitBackend<T extends object>(backend: T): T {
  kitBackends.add(backend);
  return backend;
}
export function isKitBackend(value: unknown): boolean {
  return typeof value === 'object' && value !== null && kitBackends.has(value);
}

export function abortedError(): BackendError {
  return new BackendError('aborted', 'The request was cancelled.');
}

/** Throws `aborted` when the caller has already cancelled. */
export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw abortedError();
}

/** Settles like `promise`, or rejects with `aborted` as soon as `signal` aborts. */
export function raceSignal<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortedError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortedError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/** `AbortSignal.any` where the browser has it, a small equivalent elsewhere. */
export function anySignal(signals: AbortSignal[]): AbortSignal {
  const native = (AbortSignal as unknown as { any?: (s: AbortSignal[]) => AbortSignal }).any;
  if (typeof native === 'function') return native.call(AbortSignal, signals);
  const controller = new AbortController();
  for (const s of signals) {
    if (s.aborted) {
      controller.abort(s.reason);
      break;
    }
    s.addEventListener('abort', () => controller.abort(s.reason), { once: true });
  }
  return controller.signal;
}

/** An id to look up: a non-empty string (any characters; the HTTP adapter encodes it). */
export function checkId(id: unknown, what: string): string {
  if (typeof id !== 'string' || id.trim() === '' || id.length > 256) {
    throw new BackendError('invalid-request', `The ${what} id must be a non-empty text of at most 256 characters.`);
  }
  return id;
}

/** Passes BackendErrors through; anything else becomes `network` with a readable message. */
export function toBackendError(e: unknown, source: string): BackendError {
  if (isBackendError(e)) return e;
  if (e instanceof DOMException && e.name === 'AbortError') return abortedError();
  const detail = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  return new BackendError('network', `${source} failed${detail ? `: ${detail}` : ''}.`, { cause: e });
}

/** Who answered, for messages: "The server", "The data file", "The custom backend". */
export function sourceOf(backend: { kind: string }): string {
  return backend.kind === 'http' ? 'The server' : backend.kind === 'static' ? 'The data file' : 'The custom backend';
}
