/**
 * The plain-IndexedDB promise helpers the stores are built on: a transaction stays usable
 * across awaited requests, and failures (a request's error, an abort) reach the caller.
 */
import { expect } from '@open-wc/testing';
import { DB_VERSION, del, done, get, openOn, put, req } from '../../../src/core/storage/db.js';
import type { KitDB } from '../../../src/core/storage/db.js';
import { openKitStorage } from '../../../src/core/storage/index.js';
import { dropDb, uniqueDbName } from './helpers.js';

const errorName = async (p: Promise<unknown>): Promise<string | undefined> =>
  p.then(
    () => undefined,
    (e: unknown) => (e as { name?: string } | null)?.name ?? String(e),
  );

describe('IndexedDB helpers (req, done)', () => {
  let name: string;
  let db: KitDB;
  beforeEach(async () => {
    name = uniqueDbName('req');
    db = await openOn(indexedDB, name, DB_VERSION);
  });
  afterEach(async () => {
    db.close();
    await dropDb(name);
  });

  it('keeps the transaction active across awaited requests, and done resolves on commit', async () => {
    const tx = db.transaction(['progress'], 'readwrite');
    const record = { moduleId: 'm', position: 1, completed: false, answers: {}, updatedAt: 1 };
    await put(tx, 'progress', record);
    const back = await get(tx, 'progress', 'm');
    await put(tx, 'progress', { ...back!, position: 2 });
    await done(tx);
    expect((await req(db.transaction('progress').objectStore('progress').get('m')))?.position).to.equal(2);
    const tx2 = db.transaction('progress', 'readwrite');
    await Promise.all([del(tx2, 'progress', 'm'), done(tx2)]);
    expect(await get(db.transaction('progress'), 'progress', 'm')).to.equal(undefined);
  });

  it("rejects with the request's error, and done rejects when the transaction aborts", async () => {
    const tx = db.transaction('keys', 'readwrite');
    const store = tx.objectStore('keys');
    await req(store.add({ id: 'k', key: null }));
    const [failed, finished] = await Promise.all([errorName(req(store.add({ id: 'k', key: null }))), errorName(done(tx))]);
    expect(failed).to.equal('ConstraintError');
    expect(finished).to.be.a('string');
    expect(await get(db.transaction('keys'), 'keys', 'k')).to.equal(undefined);
  });

  it('done rejects with an AbortError on abort()', async () => {
    const tx = db.transaction('keys', 'readwrite');
    const finished = errorName(done(tx));
    tx.abort();
    expect(await finished).to.equal('AbortError');
  });

  it('a store write whose transaction fails to commit rejects to the caller (as a full disk would)', async () => {
    const storage = await openKitStorage({ dbName: name });
    const realPut = IDBObjectStore.prototype.put;
    // Every write succeeds, then the transaction fails to commit with QuotaExceededError: once
    // its last put has succeeded, it aborts with that error (what a full disk does at commit).
    const pending = new WeakMap<IDBTransaction, number>();
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const r = realPut.apply(this, args);
      const tx = this.transaction;
      pending.set(tx, (pending.get(tx) ?? 0) + 1);
      r.addEventListener('success', () => {
        const left = pending.get(tx)! - 1;
        pending.set(tx, left);
        if (left > 0) return;
        Object.defineProperty(tx, 'error', { value: new DOMException('The quota has been exceeded.', 'QuotaExceededError') });
        tx.abort();
      });
      return r;
    };
    try {
      expect(await errorName(storage.drafts.save('d', { a: 1 }))).to.equal('QuotaExceededError');
      expect(await errorName(storage.outbox.add({ id: 'sub-1', kind: 'intake', payload: {} }))).to.equal('QuotaExceededError');
      expect(await errorName(storage.progress.put({ moduleId: 'm', position: 0, completed: false, answers: {} }))).to.equal('QuotaExceededError');
    } finally {
      IDBObjectStore.prototype.put = realPut;
    }
    expect((await storage.drafts.load('d')).status).to.equal('missing');
    expect(await storage.outbox.list()).to.deep.equal([]);
    expect(await storage.progress.get('m')).to.equal(undefined);
    storage.close();
  });
});
