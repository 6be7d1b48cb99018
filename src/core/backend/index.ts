/**
 * Backend wiring: `createBackend` picks one of the three shipped implementations.
 * Precedence: a `backend` object (custom adapter) → `apiBase` (REST) → `src` (static
 * JSON file). With none of them, every call rejects with a `not-supported` error
 * saying that no backend is configured.
 */
import { createHttpBackend } from './http.js';
import { createBackendWith } from './create.js';
import type { CreateBackendOptions } from './create.js';
import type { BackendAdapter } from './types.js';

export * from './types.js';
export { createUnconfiguredBackend, isUnconfiguredBackend, type CreateBackendOptions } from './create.js';
export { validatedBackend, type IopBackend } from '../data/validated-backend.js';
export { createHttpBackend, createTransport, DEFAULT_TIMEOUT_MS } from './http.js';
export type { HttpBackendOptions } from './http.js';
export type { StaticBackendOptions, StaticData } from './static.js';

/** A backend from the element or provider options (see the precedence above). */
export function createBackend(options: CreateBackendOptions = {}): BackendAdapter {
  return createBackendWith(options, createHttpBackend);
}
