/**
 * Outbox delivery against the real reference backend (/api, mounted by web-test-runner.config.mjs)
 * and the real IndexedDB storage: exactly once through 500s, lost receipts, timeouts, offline, and a reload mid-send.
 */
import { expect } from '@open-wc/testing';
import { createHttpBackend } from '../../../src/core/backend/index.js';
import type { BackendAdapter as IopBackend } from '../../../src/core/backend/index.js';
import { createOutboxSender } from '../../../src/core/intake/outbox-sender.js';
import type { OutboxStatus } from '../../../src/core/intake/outbox-sender.js';
import { newSubmissionId } from '../../../src/core/intake/submission.js';
import { openKitStorage } from '../../../src/core/storage/index.js';
import type { KitStorage } from '../../../src/core/storage/index.js';
import type { IntakeSubmission } from '../../../src/core/schemas/index.js';
import { dropDb, uniqueDbName } from '../storage/helpers.js';

function submission(): IntakeSubmission {
  return {
    submissionId: newSubmissionId(),
    formId: 'sample-short-intake',
    formVersion: '2026-11-01',
    locale: 'en',
    answers: { 'first-name': 'Test', reason: 'both' },
    scores: [{ instrument: 'phq9', total: 3, band: 'minimal', positive: false }],
    flags: [],
    consents: [{ id: 'consent-hipaa', version: 'npp-2026-02', agreedAt: '2026-03-15T12:00:00Z' }],
    submittedAt: '2026-03-15T12:05:00Z',
  };
}

/** How many records the server holds for this submission id (other test files submit to /api concurrently). */
async function serverCount(submissionId: string): Promise<number> {
  return ((await (await fetch(`/api/_debug/submissions/count?id=${encodeURIComponent(submissionId)}`)).json()) as { count: number }).count;
}

const waitFor = async (check: () => boolean | Promise<boolean>, ms = 5000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
};

/** fetch that sends the first `n` submission POSTs to a misbehaving URL instead of /api. */
function troubleFetch(plan: ('500' | 'lost-receipt' | 'timeout')[]) {
  let i = 0;
  const posts: string[] = [];
  const f: typeof fetch = async (input, init) => {
    const url = String(input);
    const step = init?.method === 'POST' ? plan[i++] : undefined;
    if (init?.method === 'POST') posts.push(new Headers(init.headers).get('Idempotency-Key') ?? '');
    if (step === '500') return fetch(url.replace('/api/', '/api-trouble/500/'), init);
    if (step === 'timeout') return fetch(url.replace('/api/', '/api-trouble/slow-2000/'), init);
    if (step === 'lost-receipt') {
      await fetch(url, init); // the server stores it …
      throw new TypeError('Failed to fetch'); // … but the answer never arrives.
    }
    return fetch(url, init);
  };
  return { fetch: f, posts };
}

describe('outbox sender', () => {
  const opened: { storage: KitStorage; name: string }[] = [];
  const open = async (name = uniqueDbName('intake-outbox')) => {
    const storage = await openKitStorage({ dbName: name });
    expect(storage.persistent).to.equal(true);
    opened.push({ storage, name });
    return { storage, name };
  };
  afterEach(async () => {
    for (const { storage, name } of opened.splice(0)) {
      storage.close();
      await dropDb(name);
    }
  });

  it('stores the submission before sending, sends it, and removes it only after the receipt', async () => {
    const { storage } = await open();
    const statuses: OutboxStatus['state'][] = [];
    let storedWhenSending = false;
    const sub = submission();
    const real = createHttpBackend({ apiBase: '/api' });
    const backend: IopBackend = {
      ...real,
      async submitIntake(s, o) {
        storedWhenSending = (await storage.outbox.get(s.submissionId)) !== undefined;
        return real.submitIntake(s, o);
      },
    };
    const before = await serverCount(sub.submissionId);
    const sender = createOutboxSender({ storage, backend, onChange: (_, st) => statuses.push(st.state) });
    const status = await sender.enqueue(sub);
    expect(storedWhenSending).to.equal(true);
    expect(status.state).to.equal('sent');
    expect(statuses).to.deep.equal(['queued', 'sending', 'sent']);
    expect(await storage.outbox.get(sub.submissionId)).to.equal(undefined);
    expect(await serverCount(sub.submissionId)).to.equal(before + 1);
  });

  it('through a 500, a lost receipt and a timeout, the server stores it exactly once, always under the same key', async () => {
    const { storage } = await open();
    let t = Date.UTC(2026, 2, 15, 12);
    const trouble = troubleFetch(['500', 'lost-receipt', 'timeout']);
    const backend = createHttpBackend({ apiBase: '/api', fetch: trouble.fetch, timeoutMs: 1000 }); // the 'timeout' step answers after 2 s; a real request on a loaded CI machine needs more than 300 ms
    const sender = createOutboxSender({ storage, backend, now: () => t, random: () => 0 });
    const sub = submission();
    const before = await serverCount(sub.submissionId);

    const first = await sender.enqueue(sub);
    expect(first).to.deep.include({ state: 'retry-scheduled', attempts: 1, nextTryAt: t + 2000 });
    await sender.flush(); // not due yet: nothing is sent
    expect(trouble.posts).to.have.length(1);

    t += 2000;
    await sender.flush(); // lost receipt: stored on the server, still queued here
    expect(sender.status(sub.submissionId)).to.deep.include({ state: 'waiting-offline', attempts: 2 });
    expect(await serverCount(sub.submissionId)).to.equal(before + 1);

    t += 4000;
    await sender.flush(); // timeout
    expect(sender.status(sub.submissionId)).to.deep.include({ state: 'retry-scheduled', attempts: 3 });

    t += 8000;
    await sender.flush();
    const sent = sender.status(sub.submissionId);
    expect(sent?.state).to.equal('sent');
    expect(await storage.outbox.list()).to.deep.equal([]);
    expect(await serverCount(sub.submissionId)).to.equal(before + 1);
    expect(trouble.posts).to.deep.equal([sub.submissionId, sub.submissionId, sub.submissionId, sub.submissionId]);
  });

  it('offline: stays queued with a retry scheduled, and is delivered on `online` once the server is reachable', async () => {
    const { storage } = await open();
    const offline = createHttpBackend({ apiBase: 'http://127.0.0.1:9/', timeoutMs: 2000 });
    const online = createHttpBackend({ apiBase: '/api' });
    let current = offline;
    const events = new EventTarget();
    const sender = createOutboxSender({ storage, backend: () => current, eventTarget: events, backoff: { baseMs: 60_000 } });
    await sender.start();
    const sub = submission();
    const before = await serverCount(sub.submissionId);
    const st = await sender.enqueue(sub);
    expect(st.state).to.equal('waiting-offline');
    expect((st as { nextTryAt: number }).nextTryAt).to.be.greaterThan(Date.now() + 20_000);
    expect((await storage.outbox.get(sub.submissionId))?.attempts).to.equal(1);

    current = online;
    events.dispatchEvent(new Event('online'));
    await waitFor(() => sender.status(sub.submissionId)?.state === 'sent');
    expect(await serverCount(sub.submissionId)).to.equal(before + 1);
    expect(await storage.outbox.get(sub.submissionId)).to.equal(undefined);
    sender.stop();
  });

  it('retries on its own timer from the earliest nextTryAt', async () => {
    const { storage } = await open();
    const trouble = troubleFetch(['500']);
    const sender = createOutboxSender({ storage, backend: createHttpBackend({ apiBase: '/api', fetch: trouble.fetch }), backoff: { baseMs: 100 }, eventTarget: new EventTarget() });
    await sender.start();
    const sub = submission();
    expect((await sender.enqueue(sub)).state).to.equal('retry-scheduled');
    await waitFor(() => sender.status(sub.submissionId)?.state === 'sent', 3000);
    sender.stop();
  });

  it('a reload mid-send: a new sender on the same storage delivers what the old one left, once', async () => {
    const { name, storage } = await open();
    const sub = submission();
    const before = await serverCount(sub.submissionId);
    // The old page: the request reaches the server, then the page goes away before the receipt.
    let release: () => void = () => {};
    const real = createHttpBackend({ apiBase: '/api' });
    const dying: IopBackend = {
      ...real,
      async submitIntake(s) {
        await real.submitIntake(s);
        await new Promise<void>((r) => (release = r));
        throw new TypeError('page unloaded');
      },
    };
    const old = createOutboxSender({ storage, backend: dying });
    void old.enqueue(sub).catch(() => {});
    await waitFor(async () => (await serverCount(sub.submissionId)) === before + 1);
    old.stop();

    // The reloaded page: a fresh connection to the same database, a fresh sender.
    const reopened = await openKitStorage({ dbName: name });
    opened.push({ storage: reopened, name });
    expect((await reopened.outbox.list()).map((e) => e.id)).to.deep.equal([sub.submissionId]);
    const seen: string[] = [];
    const fresh = createOutboxSender({ storage: reopened, backend: real, eventTarget: new EventTarget(), onChange: (id, s) => seen.push(`${id === sub.submissionId}:${s.state}`) });
    await fresh.start();
    expect(fresh.status(sub.submissionId)?.state).to.equal('sent');
    expect(seen).to.deep.equal(['true:queued', 'true:sending', 'true:sent']);
    expect(await serverCount(sub.submissionId)).to.equal(before + 1);
    expect(await reopened.outbox.list()).to.deep.equal([]);
    fresh.stop();
    release();
  });

  it('a submission the server rejects as invalid is kept and marked needs-attention, never dropped or retried in a loop', async () => {
    const { storage, name } = await open();
    // A submission the server refuses with 400 (its own rules may be stricter than the contract).
    const bad = submission();
    let posted = 0;
    const raw: IopBackend = {
      ...createHttpBackend({ apiBase: '/api' }),
      async submitIntake() {
        posted++;
        const { BackendError } = await import('../../../src/core/backend/index.js');
        throw new BackendError('http', 'rejected', { status: 400 });
      },
    };
    const sender = createOutboxSender({ storage, backend: raw, eventTarget: new EventTarget() });
    const st = await sender.enqueue(bad);
    expect(st).to.deep.include({ state: 'needs-attention', reason: 'http 400' });
    await sender.flush({ force: true });
    expect(posted).to.equal(1);
    expect((await storage.outbox.get(bad.submissionId))?.attempts).to.equal(1);

    // After a reload the mark is still there.
    storage.close();
    const again = await openKitStorage({ dbName: name });
    opened.push({ storage: again, name });
    const next = createOutboxSender({ storage: again, backend: raw, eventTarget: new EventTarget() });
    await next.start();
    expect(next.status(bad.submissionId)?.state).to.equal('needs-attention');

    // One that breaks the contract never leaves the device: the kit checks before sending.
    const broken = { ...submission(), formId: 'bad id with spaces' } as IntakeSubmission;
    const refused = await next.enqueue(broken);
    expect(refused).to.deep.include({ state: 'needs-attention', reason: 'invalid-request' });
    expect(posted).to.equal(1);
    expect((await again.outbox.get(bad.submissionId))?.attempts).to.equal(1);
    next.stop();
  });
});
