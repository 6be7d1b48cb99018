/**
 * Opening the database: step-by-step migrations that keep data, and the in-memory
 * fallback (with the reason) when IndexedDB is missing, blocked or failing.
 */
import { expect } from '@open-wc/testing';
import { openDB, unwrap } from 'idb';
import { DB_VERSION, KitConnection, MIGRATIONS, upgrade } from '../../../src/core/storage/db.js';
import { getSubtle } from '../../../src/core/storage/crypto.js';
import { createIdbDraftStore } from '../../../src/core/storage/drafts.js';
import { openKitStorage } from '../../../src/core/storage/index.js';
import type { KitDB } from '../../../src/core/storage/db.js';
import { dropDb, manualClock, uniqueDbName, withRaw } from './helpers.js';

describe('openKitStorage', () => {
  let name: string;
  beforeEach(() => {
    name = uniqueDbName('open');
  });
  afterEach(async () => {
    await dropDb(name);
  });

  it('creates the database at the current version with every store', async () => {
    const storage = await openKitStorage({ dbName: name });
    storage.close();
    expect(DB_VERSION).to.equal(MIGRATIONS.length);
    const { version, stores } = await withRaw(name, async (db) => ({ version: db.version, stores: [...db.objectStoreNames].sort() }));
    expect(version).to.equal(DB_VERSION);
    expect(stores).to.deep.equal(['drafts', 'keys', 'outbox', 'progress']);
  });

  it('upgrades a version-1 database (drafts only) step by step, keeping the saved draft', async () => {
    const clock = manualClock();
    // A device that last ran a kit with schema version 1 and saved a draft with it.
    // The kit works on plain IndexedDB objects: hand it the unwrapped ones.
    const v1: KitDB = unwrap(await openDB(name, 1, { upgrade: (db, old, _new, tx) => upgrade(unwrap(db), old, 1, unwrap(tx)) }));
    expect([...v1.objectStoreNames].sort()).to.deep.equal(['drafts', 'keys']);
    const conn = new KitConnection(indexedDB, name);
    conn.adopt(v1);
    const oldDrafts = createIdbDraftStore(conn, { subtle: getSubtle()!, now: clock.now });
    await oldDrafts.save('intake', { 'first-name': 'Ana', phq9: [1, 0, 2] });
    conn.close();

    const storage = await openKitStorage({ dbName: name, now: clock.now });
    try {
      expect(storage.persistent).to.equal(true);
      const draft = await storage.drafts.load('intake');
      expect(draft.status === 'ok' && draft.data).to.deep.equal({ 'first-name': 'Ana', phq9: [1, 0, 2] });
      expect(await storage.outbox.add({ id: 'sub-00000001', kind: 'intake', payload: { a: 1 } })).to.equal(true);
      await storage.progress.put({ moduleId: 'm1', position: 1, completed: false, answers: {} });
      expect((await storage.progress.get('m1'))?.position).to.equal(1);
    } finally {
      storage.close();
    }
    expect(await withRaw(name, async (db) => db.version)).to.equal(DB_VERSION);
  });

  it('opens a database a newer copy of the kit already upgraded, without touching it', async () => {
    const newer = await openDB(name, DB_VERSION + 3, {
      upgrade(db, old, _new, tx) {
        upgrade(unwrap(db), old, DB_VERSION, unwrap(tx));
        db.createObjectStore('something-new');
      },
    });
    newer.close();
    const storage = await openKitStorage({ dbName: name });
    try {
      expect(storage.persistent).to.equal(true);
      await storage.drafts.save('d', { ok: true });
      const loaded = await storage.drafts.load('d');
      expect(loaded.status === 'ok' && loaded.data).to.deep.equal({ ok: true });
    } finally {
      storage.close();
    }
    expect(await withRaw(name, async (db) => db.version)).to.equal(DB_VERSION + 3);
  });

  it('falls back to memory with reason "unavailable" when indexedDB is null, and still round-trips', async () => {
    const storage = await openKitStorage({ dbName: name, indexedDB: null });
    expect(storage.persistent).to.equal(false);
    expect(storage.reason).to.equal('unavailable');
    await storage.drafts.save('d', { a: [1, 'two'] });
    const loaded = await storage.drafts.load('d');
    expect(loaded.status === 'ok' && loaded.data).to.deep.equal({ a: [1, 'two'] });
    // Nothing reached IndexedDB.
    expect((await indexedDB.databases()).map((d) => d.name)).to.not.include(name);
  });

  it('falls back with reason "error" when indexedDB.open throws', async () => {
    const throwing = {
      open() {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const storage = await openKitStorage({ dbName: name, indexedDB: throwing });
    expect(storage.persistent).to.equal(false);
    expect(storage.reason).to.equal('error');
    await storage.outbox.add({ id: 'sub-1', kind: 'intake', payload: { x: 1 } });
    expect((await storage.outbox.due()).map((e) => e.id)).to.deep.equal(['sub-1']);
  });

  it('falls back with reason "error" when the open request fails (a foreign database under the name)', async () => {
    const foreign = await openDB(name, 99, { upgrade: (db) => void db.createObjectStore('unrelated') });
    foreign.close();
    const storage = await openKitStorage({ dbName: name });
    expect(storage.persistent).to.equal(false);
    expect(storage.reason).to.equal('error');
    expect(await withRaw(name, async (db) => [...db.objectStoreNames])).to.deep.equal(['unrelated']);
  });

  it('falls back with reason "error" when opening never finishes', async () => {
    const hanging = {
      open: () => Object.setPrototypeOf(new EventTarget(), IDBOpenDBRequest.prototype) as IDBOpenDBRequest,
    } as unknown as IDBFactory;
    const started = performance.now();
    const storage = await openKitStorage({ dbName: name, indexedDB: hanging, openTimeoutMs: 50 });
    expect(storage.persistent).to.equal(false);
    expect(storage.reason).to.equal('error');
    expect(performance.now() - started).to.be.lessThan(2000);
  });

  it('falls back with reason "blocked" when another tab keeps an older version open, and lets go later', async () => {
    // Another tab running an older kit: it holds version 1 open and ignores `versionchange`.
    const otherTab = await openDB(name, 1, { upgrade: (db, old, _new, tx) => upgrade(unwrap(db), old, 1, unwrap(tx)) });
    const storage = await openKitStorage({ dbName: name });
    expect(storage.persistent).to.equal(false);
    expect(storage.reason).to.equal('blocked');
    await storage.drafts.save('d', { kept: 'in memory' });
    expect((await storage.drafts.load('d')).status).to.equal('ok');
    otherTab.close();
    // The queued open now completes and upgrades; the kit must close that late connection,
    // or deleting the database in afterEach would hang.
    await new Promise((r) => setTimeout(r, 50));
  });

  it('steps aside when another tab upgrades, then reconnects on the next use', async () => {
    const storage = await openKitStorage({ dbName: name });
    try {
      await storage.drafts.save('d', { n: 1 });
      let blocked = false;
      const upgrader = await openDB(name, DB_VERSION + 1, { blocked: () => (blocked = true) });
      expect(blocked).to.equal(false);
      upgrader.close();
      const loaded = await storage.drafts.load('d');
      expect(loaded.status === 'ok' && loaded.data).to.deep.equal({ n: 1 });
    } finally {
      storage.close();
    }
  });

  it('rejects use after close', async () => {
    const storage = await openKitStorage({ dbName: name });
    storage.close();
    let error: unknown;
    await storage.drafts.load('d').catch((e: unknown) => (error = e));
    expect((error as DOMException)?.name).to.equal('InvalidStateError');
  });
});
