/** Loads `checking.ts` once per page; a failed fetch (offline) is retried on the next call. */
import { loadOnce } from '../../core/load-once.js';

export const loadChecking = loadOnce(() => import('./checking.js'));
