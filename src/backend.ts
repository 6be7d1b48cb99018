/**
 * `iop-kit/backend`: the backend contract for a center's developers and scripts (no UI).
 * The three shipped adapters, and `validatedBackend`, which checks every answer against the
 * contract's schemas (and every request before it leaves) — to test a center's API, or to
 * read the same data as the elements from a script.
 *
 * The elements never need this entry: they validate with the `load…` functions of their own
 * domain, so each bundle carries only the schemas it uses. That is also why `validatedBackend`
 * is not in `iop-kit` (it brings every schema of the contract: ≈2 KB gzip on every page).
 *
 * @example
 * import { createBackend, validatedBackend } from 'iop-kit/backend';
 * const api = validatedBackend(createBackend({ apiBase: '/iop-api' }));
 * const { items, rejected } = await api.listPrograms(); // rejected: programs that break the contract
 */
export * from './core/backend/index.js';
export { createStaticBackend } from './core/backend/static.js';
export { wrapCustomBackend, CUSTOM_TIMEOUT_MS } from './core/backend/custom.js';
