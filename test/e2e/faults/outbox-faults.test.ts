/**
 * Fault tolerance, end to end (issue 7): 200 intake submissions through the real outbox
 * sender, the real IndexedDB storage and the real HTTP adapter, against a real reference
 * backend behind a seeded fault-injecting proxy (/api-faults, test/fixtures/fault-proxy.ts):
 * server 500/503s, client timeouts (with and without the server storing), connection
 * resets before and after the server stored (lost receipts), body cut mid-answer, backend
 * down (refused), the browser offline (requests to an address where nothing listens,
 * `offline`/`online` events), and a page reload mid-send (in-flight requests aborted,
 * sender stopped and storage closed; a new storage + sender on the same database finishes).
 * Every submission must be stored on the server exactly once, under its own key, and the
 * receipt the device ends up with must be the one the server keeps.
 */
import { expect } from '@open-wc/testing';
import { createHttpBackend } from '../../../src/core/backend/index.js';
import type { BackendAdapter } from '../../../src/core/backend/index.js';
import { createOutboxSender } from '../../../src/core/intake/outbox-sender.js';
import type { OutboxSender, OutboxStatus } from '../../../src/core/intake/outbox-sender.js';
import { newSubmissionId } from '../../../src/core/intake/submission.js';
import { openKitStorage } from '../../../src/core/storage/index.js';
import type { KitStorage } from '../../../src/core/storage/index.js';
import type { IntakeSubmission } from '../../../src/core/schemas/index.js';
import { dropDb, uniqueDbName } from '../../core/storage/helpers.js';
import { faultProxy, mulberry32, sleep, waitFor, watchUncaught } from './helpers.js';

const TOTAL = 200;
const SEED = 20260315;
const CLIENT_TIMEOUT_MS = 300;

const REASONS = ['substance-use', 'mental-health', 'both'] as const;

/** A distinct, valid submission (the reference backend validates it with the contract schema). */
function submission(i: number, random: () => number): IntakeSubmission {
  const phq = Math.floor(random() * 28);
  return {
    submissionId: newSubmissionId(),
    formId: 'sample-short-intake',
    formVersion: '2026-11-01',
    locale: i % 3 === 0 ? 'es' : 'en',
    answers: { 'first-name': `Person ${i}`, reason: REASONS[i % 3]!, 'days-per-week': 1 + (i % 5) },
    scores: [{ instrument: 'phq9', total: phq, band: phq < 5 ? 'minimal' : phq < 10 ? 'mild' : phq < 15 ? 'moderate' : phq < 20 ? 'moderately-severe' : 'severe', positive: phq >= 10 }],
    flags: [],
    consents: [{ id: 'consent-hipaa', version: 'npp-2026-02', agreedAt: '2026-03-15T12:00:00Z' }],
    submittedAt: new Date(Date.UTC(2026, 2, 15, 12, 0, i)).toISOString().replace('.000Z', 'Z'),
  };
}

describe('fault tolerance: intake outbox, 200 submissions under injected faults', () => {
  const dbName = uniqueDbName('e2e-outbox-faults');
  const storages: KitStorage[] = [];
  const senders: OutboxSender[] = [];
  let uncaught: ReturnType<typeof watchUncaught>;

  beforeEach(() => {
    uncaught = watchUncaught();
  });

  afterEach(async () => {
    uncaught.stop();
    for (const s of senders.splice(0)) s.stop();
    for (const s of storages.splice(0)) s.close();
    await dropDb(dbName);
    await faultProxy.reset({ seed: 1, weights: { ok: 1 } });
  });

  it('delivers every submission exactly once: sent 200, stored 200, duplicates 0, lost 0', async function () {
    this.timeout(60_000);
    const started = performance.now();
    const random = mulberry32(SEED);
    await faultProxy.reset({
      seed: SEED,
      weights: { ok: 50, slow: 8, '500': 8, '503': 4, 'timeout-drop': 3, 'timeout-store': 3, 'reset-before': 5, 'reset-after': 6, 'cut-after': 4, down: 3 },
      hangMs: CLIENT_TIMEOUT_MS + 250,
      slowMs: 80,
      downSpan: [2, 5],
    });
    const refusing = await faultProxy.refusingUrl();

    // The receipts the device was given, per sender (a repeat must carry the same receipt).
    const receipts = new Map<string, string[]>();
    const onChange = (id: string, st: OutboxStatus) => {
      if (st.state === 'sent') receipts.set(id, [...(receipts.get(id) ?? []), st.receiptId]);
    };

    // "The network": online → the proxy; offline → an address that refuses connections.
    let online = true;
    const events = new EventTarget();
    const reload = new AbortController(); // aborts page A's in-flight requests, as a navigation does
    const fetchA: typeof fetch = (input, init) => fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, reload.signal]) : reload.signal });
    const viaProxyA = createHttpBackend({ apiBase: faultProxy.base, timeoutMs: CLIENT_TIMEOUT_MS, fetch: fetchA });
    const viaProxyB = createHttpBackend({ apiBase: faultProxy.base, timeoutMs: CLIENT_TIMEOUT_MS });
    const nowhere = createHttpBackend({ apiBase: refusing, timeoutMs: CLIENT_TIMEOUT_MS });
    let refusedWhileOffline = 0;
    const offlineAware = (proxy: BackendAdapter) => () => (online ? proxy : { ...nowhere, submitIntake: (s: IntakeSubmission, o?: { signal?: AbortSignal }) => (refusedWhileOffline++, nowhere.submitIntake(s, o)) });
    const common = { now: () => Date.now(), random, backoff: { baseMs: 40, capMs: 400, factor: 2, jitter: 0.5 }, onChange, eventTarget: events, isOnline: () => online };

    // Page A.
    const storageA = await openKitStorage({ dbName });
    storages.push(storageA);
    expect(storageA.persistent, 'IndexedDB storage').to.equal(true);
    const senderA = createOutboxSender({ storage: storageA, backend: offlineAware(viaProxyA), ...common });
    senders.push(senderA);
    await senderA.start();

    const all = Array.from({ length: TOTAL }, (_, i) => submission(i, random));
    const ids = all.map((s) => s.submissionId);
    const pendingA: Promise<unknown>[] = [];
    const enqueueA = (from: number, to: number) => {
      for (const s of all.slice(from, to)) pendingA.push(senderA.enqueue(s).catch((e: unknown) => e));
    };

    // 1. 80 submissions while the server misbehaves.
    enqueueA(0, 80);
    await waitFor(() => receipts.size >= 60, 30_000, 'first 60 receipts');

    // 2. The browser goes offline: 40 more, all refused, waiting for `online`.
    online = false;
    events.dispatchEvent(new Event('offline'));
    enqueueA(80, 120);
    await waitFor(() => refusedWhileOffline >= 10, 10_000, 'refused while offline');
    await sleep(150);
    online = true;
    events.dispatchEvent(new Event('online'));

    // 3. 40 more, then a reload while sends are in flight.
    enqueueA(120, 160);
    await waitFor(() => ids.slice(120, 160).some((id) => senderA.status(id)?.state === 'sending'), 10_000, 'a send of the third batch in flight');
    await sleep(30);
    reload.abort();
    senderA.stop();
    storageA.close();
    await Promise.all(pendingA); // page A is gone; its promises settle however they settle

    // Page B, same database: picks up whatever A left in the outbox, and takes the last 40.
    const storageB = await openKitStorage({ dbName });
    storages.push(storageB);
    expect(storageB.persistent).to.equal(true);
    const leftByA = (await storageB.outbox.list()).length;
    const senderB = createOutboxSender({ storage: storageB, backend: offlineAware(viaProxyB), ...common });
    senders.push(senderB);
    await senderB.start();
    await Promise.all(all.slice(160).map((s) => senderB.enqueue(s)));

    await waitFor(async () => ids.every((id) => receipts.has(id)) && (await storageB.outbox.list()).length === 0, 40_000, 'every receipt in hand and the outbox empty');

    const server = await faultProxy.stored();
    const stats = await faultProxy.stats();
    const storedMine = new Set(server.ids.filter((id) => ids.includes(id)));
    const lost = ids.filter((id) => !storedMine.has(id)).length;
    const duplicates = server.count - server.distinct;
    console.log(`sent ${TOTAL}, stored ${storedMine.size}, duplicates ${duplicates}, lost ${lost}`);
    console.log(
      `faults: ${stats.targeted} submission requests; ${Object.entries(stats.modes)
        .map(([m, n]) => `${m} ${n}`)
        .join(', ')}; ${refusedWhileOffline} refused while offline; ${leftByA} left in the outbox at reload; ${Math.round(performance.now() - started)} ms`,
    );

    expect(storedMine.size).to.equal(TOTAL);
    expect(server.count, 'records on the server').to.equal(TOTAL);
    expect(server.duplicates).to.deep.equal([]);
    expect(lost).to.equal(0);
    // The device's receipt is the server's receipt, however many tries it took.
    for (const id of ids) expect([...new Set(receipts.get(id))], id).to.deep.equal([server.receipts[id]]);
    // The faults really happened (a schedule that injected nothing would prove nothing).
    for (const mode of ['500', '503', 'timeout-drop', 'timeout-store', 'reset-before', 'reset-after', 'cut-after', 'down']) {
      expect(stats.modes[mode] ?? 0, `injected ${mode}`).to.be.greaterThan(0);
    }
    expect(refusedWhileOffline).to.be.at.least(10);
    expect(leftByA, 'entries page A left for page B').to.be.greaterThan(0);
    // Some key went to the server more than once (retries after lost receipts), yet was stored once.
    expect(Object.values(stats.postsByKey).some((n) => n > 1)).to.equal(true);
    expect(uncaught.seen, 'uncaught errors').to.deep.equal([]);
  });
});
