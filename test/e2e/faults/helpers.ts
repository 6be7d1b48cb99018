/** Shared helpers of the end-to-end fault-tolerance tests (browser side). */

/** The seeded PRNG the bench fixtures use. */
export { mulberry32 } from '../../../bench/fixtures/programs.js';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `check` every 20 ms until it holds; throws `message` after `ms`. */
export async function waitFor(check: () => boolean | Promise<boolean>, ms: number, message = 'timed out waiting'): Promise<void> {
  const end = performance.now() + ms;
  while (!(await check())) {
    if (performance.now() > end) throw new Error(message);
    await sleep(20);
  }
}

export interface FaultProxyStats {
  targeted: number;
  modes: Record<string, number>;
  postsByKey: Record<string, number>;
}

export interface StoredOnServer {
  count: number;
  ids: string[];
  distinct: number;
  duplicates: string[];
  receipts: Record<string, string>;
}

const BASE = '/api-faults';

export const faultProxy = {
  base: BASE,
  async reset(schedule: Record<string, unknown>): Promise<void> {
    const r = await fetch(`${BASE}/_faults/reset`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(schedule) });
    if (!r.ok) throw new Error(`fault proxy reset failed: ${r.status}`);
  },
  async stats(): Promise<FaultProxyStats> {
    return (await (await fetch(`${BASE}/_faults/stats`)).json()) as FaultProxyStats;
  },
  async stored(): Promise<StoredOnServer> {
    return (await (await fetch(`${BASE}/_faults/stored`)).json()) as StoredOnServer;
  },
  /** An address where nothing listens: every request is refused at the TCP level. */
  async refusingUrl(): Promise<string> {
    return ((await (await fetch(`${BASE}/_faults/refusing-url`)).json()) as { url: string }).url;
  },
};

/** Collects uncaught errors and unhandled rejections on the page while installed. */
export function watchUncaught() {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => {
    seen.push(`error: ${e.message}`);
  };
  const onRejection = (e: PromiseRejectionEvent) => {
    const r: unknown = e.reason;
    seen.push(`unhandledrejection: ${r instanceof Error ? `${r.name}: ${r.message}` : String(r)}`);
    e.preventDefault();
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    seen,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}
