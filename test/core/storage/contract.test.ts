/**
 * Behaviour both storages share — IndexedDB (real Chromium) and the in-memory fallback:
 * what an element writes is what it reads back, expiry, the outbox's order and retry
 * bookkeeping, progress.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { openKitStorage } from '../../../src/core/storage/index.js';
import type { KitStorage } from '../../../src/core/storage/index.js';
import { DAY, dropDb, manualClock, uniqueDbName } from './helpers.js';

const IMPLEMENTATIONS = [
  { label: 'IndexedDB', persistent: true, open: (name: string, now: () => number) => openKitStorage({ dbName: name, now }) },
  { label: 'memory', persistent: false, open: (name: string, now: () => number) => openKitStorage({ dbName: name, now, indexedDB: null }) },
];

for (const impl of IMPLEMENTATIONS) {
  describe(`storage contract (${impl.label})`, () => {
    let name: string;
    let storage: KitStorage;
    let clock: ReturnType<typeof manualClock>;

    beforeEach(async () => {
      name = uniqueDbName('contract');
      clock = manualClock();
      storage = await impl.open(name, clock.now);
    });

    afterEach(async () => {
      storage.close();
      await dropDb(name);
    });

    it(`reports persistent: ${impl.persistent}`, () => {
      expect(storage.persistent).to.equal(impl.persistent);
      if (impl.persistent) expect(storage.reason).to.equal(undefined);
      else expect(storage.reason).to.equal('unavailable');
    });

    describe('drafts', () => {
      it('reads back exactly what was saved, with a 7-day expiry by default', async () => {
        const answers = {
          'first-name': 'María José',
          'phq9-1': 2,
          substances: ['alcohol', 'cannabis'],
          'needs-childcare': true,
          notes: 'Evenings only — trabajo de 9 a 5 ✓',
          nested: { a: [1, { b: null }] },
        };
        const summary = await storage.drafts.save('intake-adult', answers);
        expect(summary).to.deep.equal({ id: 'intake-adult', savedAt: clock.now(), expiresAt: clock.now() + 7 * DAY });
        const result = await storage.drafts.load('intake-adult');
        expect(result).to.deep.equal({ status: 'ok', data: answers, savedAt: clock.now(), expiresAt: clock.now() + 7 * DAY });
      });

      it('a later save replaces the earlier one', async () => {
        await storage.drafts.save('f', { step: 1 });
        clock.advance(1000);
        await storage.drafts.save('f', { step: 2 });
        const result = await storage.drafts.load('f');
        expect(result.status === 'ok' && result.data).to.deep.equal({ step: 2 });
      });

      it('reports a draft that was never saved as missing', async () => {
        expect(await storage.drafts.load('nope')).to.deep.equal({ status: 'missing' });
      });

      it('reports an expired draft as expired once, and it is gone afterwards', async () => {
        await storage.drafts.save('short', { a: 1 }, { ttlMs: 60_000 });
        clock.advance(59_999);
        expect((await storage.drafts.load('short')).status).to.equal('ok');
        clock.advance(1);
        expect(await storage.drafts.load('short')).to.deep.equal({ status: 'expired' });
        expect(await storage.drafts.load('short')).to.deep.equal({ status: 'missing' });
        expect(await storage.drafts.list()).to.deep.equal([]);
      });

      it('delete removes the draft ("delete my answers") and deleting again is harmless', async () => {
        await storage.drafts.save('mine', { x: 'y' });
        await storage.drafts.delete('mine');
        expect(await storage.drafts.load('mine')).to.deep.equal({ status: 'missing' });
        await storage.drafts.delete('mine');
      });

      it('lists ids and dates only, most recent first, without expired drafts', async () => {
        await storage.drafts.save('a', { secret: 1 }, { ttlMs: 10 * DAY });
        clock.advance(1000);
        await storage.drafts.save('b', { secret: 2 }, { ttlMs: 2000 });
        clock.advance(1000);
        await storage.drafts.save('c', { secret: 3 }, { ttlMs: 10 * DAY });
        const t0 = clock.now() - 2000;
        expect(await storage.drafts.list()).to.deep.equal([
          { id: 'c', savedAt: t0 + 2000, expiresAt: t0 + 2000 + 10 * DAY },
          { id: 'b', savedAt: t0 + 1000, expiresAt: t0 + 3000 },
          { id: 'a', savedAt: t0, expiresAt: t0 + 10 * DAY },
        ]);
        clock.advance(1000); // b expires
        expect((await storage.drafts.list()).map((d) => d.id)).to.deep.equal(['c', 'a']);
      });

      it('purgeExpired deletes only expired drafts and says how many', async () => {
        await storage.drafts.save('keep', 1, { ttlMs: DAY });
        await storage.drafts.save('old1', 2, { ttlMs: 1000 });
        await storage.drafts.save('old2', 3, { ttlMs: 2000 });
        clock.advance(2000);
        expect(await storage.drafts.purgeExpired()).to.equal(2);
        expect(await storage.drafts.purgeExpired()).to.equal(0);
        expect((await storage.drafts.list()).map((d) => d.id)).to.deep.equal(['keep']);
        expect((await storage.drafts.load('old1')).status).to.equal('missing');
      });

      it('rejects values JSON cannot carry and bad arguments, writing nothing', async () => {
        let error: unknown;
        await storage.drafts.save('bad', undefined).catch((e: unknown) => (error = e));
        expect(error).to.be.instanceOf(TypeError);
        error = undefined;
        await storage.drafts.save('bad', { n: 1n }).catch((e: unknown) => (error = e));
        expect(error).to.be.instanceOf(TypeError);
        error = undefined;
        await storage.drafts.save('bad', {}, { ttlMs: 0 }).catch((e: unknown) => (error = e));
        expect(error).to.be.instanceOf(RangeError);
        error = undefined;
        await storage.drafts.save('', {}).catch((e: unknown) => (error = e));
        expect(error).to.be.instanceOf(TypeError);
        expect(await storage.drafts.load('bad')).to.deep.equal({ status: 'missing' });
      });

      it('property: any JSON value survives save and load (as JSON would carry it)', async () => {
        await fc.assert(
          fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
            await storage.drafts.save('prop', value);
            const result = await storage.drafts.load('prop');
            expect(result.status).to.equal('ok');
            expect(result.status === 'ok' && result.data).to.deep.equal(JSON.parse(JSON.stringify(value)));
          }),
          { numRuns: 60 },
        );
      });
    });

    describe('outbox', () => {
      const submission = (n: number) => ({ submissionId: `sub-0000000${n}`, answers: { 'first-name': `Person ${n}` } });

      it('keeps entries oldest first and returns their payloads intact', async () => {
        await storage.outbox.add({ id: 'sub-b', kind: 'intake', payload: submission(2), createdAt: 2000 });
        await storage.outbox.add({ id: 'sub-c', kind: 'intake', payload: submission(3), createdAt: 3000 });
        await storage.outbox.add({ id: 'sub-a', kind: 'intake', payload: submission(1), createdAt: 1000 });
        const list = await storage.outbox.list();
        expect(list.map((e) => e.id)).to.deep.equal(['sub-a', 'sub-b', 'sub-c']);
        expect(list[0]).to.deep.equal({ id: 'sub-a', kind: 'intake', payload: submission(1), createdAt: 1000, attempts: 0, nextTryAt: 1000 });
        expect(await storage.outbox.get('sub-b')).to.deep.equal({
          id: 'sub-b', kind: 'intake', payload: submission(2), createdAt: 2000, attempts: 0, nextTryAt: 2000,
        });
        expect(await storage.outbox.get('sub-z')).to.equal(undefined);
      });

      it('kinds() names what is waiting, oldest first (empty when nothing is), and forgets removed entries', async () => {
        expect(await storage.outbox.kinds()).to.deep.equal([]);
        await storage.outbox.add({ id: 'sub-b', kind: 'intake', payload: submission(2), createdAt: 2000 });
        await storage.outbox.add({ id: 'x-1', kind: 'other', payload: 1, createdAt: 1000 });
        expect(await storage.outbox.kinds()).to.deep.equal(['other', 'intake']);
        await storage.outbox.remove('sub-b');
        expect(await storage.outbox.kinds()).to.deep.equal(['other']);
      });

      it('add is idempotent per submission id: the first payload and attempts are kept', async () => {
        expect(await storage.outbox.add({ id: 'sub-1', kind: 'intake', payload: { v: 1 } })).to.equal(true);
        await storage.outbox.recordFailure('sub-1', 'offline', clock.now() + 5000);
        expect(await storage.outbox.add({ id: 'sub-1', kind: 'intake', payload: { v: 2 } })).to.equal(false);
        const entry = await storage.outbox.get('sub-1');
        expect(entry?.payload).to.deep.equal({ v: 1 });
        expect(entry?.attempts).to.equal(1);
      });

      it('due(now) returns entries whose next try has come, oldest first', async () => {
        const t = clock.now();
        await storage.outbox.add({ id: 'late', kind: 'intake', payload: 1, createdAt: t - 3000, nextTryAt: t + 60_000 });
        await storage.outbox.add({ id: 'second', kind: 'intake', payload: 2, createdAt: t - 2000, nextTryAt: t });
        await storage.outbox.add({ id: 'first', kind: 'intake', payload: 3, createdAt: t - 5000, nextTryAt: t - 1000 });
        expect((await storage.outbox.due()).map((e) => e.id)).to.deep.equal(['first', 'second']);
        expect((await storage.outbox.due(t - 1000)).map((e) => e.id)).to.deep.equal(['first']);
        expect((await storage.outbox.due(t + 60_000)).map((e) => e.id)).to.deep.equal(['first', 'late', 'second']);
      });

      it('recordFailure increments attempts, keeps the message and reschedules', async () => {
        const t = clock.now();
        await storage.outbox.add({ id: 'sub-9', kind: 'intake', payload: { a: 1 } });
        const first = await storage.outbox.recordFailure('sub-9', 'HTTP 503', t + 2000);
        expect(first).to.deep.include({ attempts: 1, lastError: 'HTTP 503', nextTryAt: t + 2000 });
        const second = await storage.outbox.recordFailure('sub-9', 'x'.repeat(2000), t + 8000);
        expect(second).to.deep.include({ attempts: 2, nextTryAt: t + 8000 });
        expect(second?.lastError).to.have.length(500);
        expect(second?.payload).to.deep.equal({ a: 1 });
        expect(await storage.outbox.due(t + 7999)).to.deep.equal([]);
        expect((await storage.outbox.due(t + 8000)).map((e) => e.id)).to.deep.equal(['sub-9']);
        expect(await storage.outbox.recordFailure('missing', 'x', t)).to.equal(undefined);
      });

      it('remove deletes the entry', async () => {
        await storage.outbox.add({ id: 'sub-r', kind: 'intake', payload: {} });
        await storage.outbox.add({ id: 'sub-s', kind: 'intake', payload: {} });
        await storage.outbox.remove('sub-r');
        expect(await storage.outbox.get('sub-r')).to.equal(undefined);
        expect((await storage.outbox.list()).map((e) => e.id)).to.deep.equal(['sub-s']);
      });
    });

    describe('progress', () => {
      it('round-trips module progress and lists the most recently updated first', async () => {
        const p = { moduleId: 'what-is-iop', position: 4, completed: false, answers: { 'check-1': 'b' } };
        expect(await storage.progress.put(p)).to.deep.equal({ ...p, updatedAt: clock.now() });
        clock.advance(1000);
        await storage.progress.put({ moduleId: 'self-care', position: 9, completed: true, answers: {} });
        expect(await storage.progress.get('what-is-iop')).to.deep.equal({ ...p, updatedAt: clock.now() - 1000 });
        expect((await storage.progress.list()).map((x) => x.moduleId)).to.deep.equal(['self-care', 'what-is-iop']);
        clock.advance(1000);
        await storage.progress.put({ ...p, position: 5, answers: { 'check-1': 'c' } });
        expect(await storage.progress.get('what-is-iop')).to.deep.equal({ ...p, position: 5, answers: { 'check-1': 'c' }, updatedAt: clock.now() });
        await storage.progress.delete('self-care');
        expect(await storage.progress.get('self-care')).to.equal(undefined);
        expect((await storage.progress.list()).map((x) => x.moduleId)).to.deep.equal(['what-is-iop']);
      });

      it('rejects a malformed progress record', async () => {
        let error: unknown;
        await storage.progress.put({ moduleId: 'm', position: -1, completed: false, answers: {} }).catch((e: unknown) => (error = e));
        expect(error).to.be.instanceOf(TypeError);
        expect(await storage.progress.get('m')).to.equal(undefined);
      });
    });
  });
}
