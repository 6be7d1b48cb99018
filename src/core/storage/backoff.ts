/** Retry timing for the outbox: exponential backoff with jitter (its own module: the sender needs it without the storage code). */
export interface BackoffOptions {
  /** Delay after the first failure. Default 2 s. */
  baseMs?: number;
  /** Longest delay. Default 5 min. */
  capMs?: number;
  /** Growth per attempt. Default 2. */
  factor?: number;
  /**
   * Share of the delay that is randomised, 0–1. Default 0.5: the delay falls in
   * `[d/2, d]`, which keeps many devices coming back online from retrying in lockstep.
   */
  jitter?: number;
  /** Source of randomness in [0, 1); inject for tests. Default `Math.random`. */
  random?: () => number;
}

/**
 * How long to wait before the next try after `attempts` failures (1 = the first failure):
 * `min(cap, base · factor^(attempts − 1))`, then jittered down by up to `jitter` of it.
 */
export function backoffDelay(attempts: number, options: BackoffOptions = {}): number {
  const { baseMs = 2_000, capMs = 300_000, factor = 2, jitter = 0.5, random = Math.random } = options;
  const n = Math.max(1, Math.floor(Number.isFinite(attempts) ? attempts : 1));
  const raw = Math.min(capMs, baseMs * Math.pow(factor, Math.min(n - 1, 1000)));
  const j = Math.min(1, Math.max(0, jitter));
  const r = Math.min(1, Math.max(0, random()));
  return Math.round(raw * (1 - j * r));
}
