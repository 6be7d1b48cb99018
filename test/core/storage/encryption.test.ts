/**
 * What is really on disk: drafts and outbox payloads are ciphertext under a
 * non-extractable key, and an unreadable record is reported and removed — never thrown.
 */
import { expect } from '@open-wc/testing';
import { openKitStorage } from '../../../src/core/storage/index.js';
import type { CorruptRecordInfo, KitStorage } from '../../../src/core/storage/index.js';
import { containsBytes, dropDb, manualClock, uniqueDbName, withRaw } from './helpers.js';

const MARKER = 'Quokka-Zebra-7319 ñandú — PHI';
const encoder = new TextEncoder();

describe('storage encryption at rest (IndexedDB)', () => {
  let name: string;
  let storage: KitStorage;
  let clock: ReturnType<typeof manualClock>;
  let corrupt: CorruptRecordInfo[];

  beforeEach(async () => {
    name = uniqueDbName('crypto');
    clock = manualClock();
    corrupt = [];
    storage = await openKitStorage({ dbName: name, now: clock.now, onCorrupt: (info) => corrupt.push(info) });
    expect(storage.persistent).to.equal(true);
  });

  afterEach(async () => {
    storage.close();
    await dropDb(name);
  });

  it('stores a draft as ciphertext that does not contain the answers', async () => {
    const answers = { 'first-name': MARKER, history: [MARKER, { nested: MARKER }] };
    await storage.drafts.save('intake', answers);
    const record = await withRaw(name, (db) => db.get('drafts', 'intake'));
    expect(Object.keys(record).sort()).to.deep.equal(['ciphertext', 'expiresAt', 'id', 'iv', 'savedAt']);
    expect(record.ciphertext).to.be.instanceOf(ArrayBuffer);
    expect(record.iv).to.be.instanceOf(ArrayBuffer);
    expect(record.iv.byteLength).to.equal(12);
    // The search finds the marker in plaintext bytes (so a miss below means something) …
    expect(containsBytes(encoder.encode(JSON.stringify(answers)), encoder.encode(MARKER))).to.equal(true);
    // … and does not find it, nor a shorter piece of it, in what was stored.
    expect(containsBytes(record.ciphertext, encoder.encode(MARKER))).to.equal(false);
    expect(containsBytes(record.ciphertext, encoder.encode('Quokka'))).to.equal(false);
    expect(containsBytes(record.ciphertext, encoder.encode('first-name'))).to.equal(false);
    // The answers still come back.
    const loaded = await storage.drafts.load('intake');
    expect(loaded.status === 'ok' && loaded.data).to.deep.equal(answers);
  });

  it('keeps the key in IndexedDB as a non-extractable AES-GCM key', async () => {
    await storage.drafts.save('intake', { a: MARKER });
    const keyRecord = await withRaw(name, (db) => db.get('keys', 'drafts/intake'));
    const key = keyRecord.key as CryptoKey;
    expect(key).to.be.instanceOf(CryptoKey);
    expect(key.extractable).to.equal(false);
    expect(key.algorithm).to.deep.include({ name: 'AES-GCM', length: 256 });
    expect([...key.usages].sort()).to.deep.equal(['decrypt', 'encrypt']);
    let rawError: unknown;
    await crypto.subtle.exportKey('raw', key).catch((e: unknown) => (rawError = e));
    expect(rawError).to.be.instanceOf(DOMException);
    let jwkError: unknown;
    await crypto.subtle.exportKey('jwk', key).catch((e: unknown) => (jwkError = e));
    expect(jwkError).to.be.instanceOf(DOMException);
  });

  it('stores outbox payloads encrypted too', async () => {
    await storage.outbox.add({ id: 'sub-12345678', kind: 'intake', payload: { answers: { name: MARKER } } });
    const [record, keyRecord] = await withRaw(name, (db) => Promise.all([db.get('outbox', 'sub-12345678'), db.get('keys', 'outbox/sub-12345678')]));
    expect(record).to.not.have.property('payload');
    expect(containsBytes(record.ciphertext, encoder.encode(MARKER))).to.equal(false);
    expect((keyRecord.key as CryptoKey).extractable).to.equal(false);
    expect((await storage.outbox.get('sub-12345678'))?.payload).to.deep.equal({ answers: { name: MARKER } });
  });

  it('delete removes both the draft and its key', async () => {
    await storage.drafts.save('intake', { a: 1 });
    await storage.drafts.save('other', { b: 2 });
    await storage.drafts.delete('intake');
    const [draft, key, otherKey] = await withRaw(name, (db) =>
      Promise.all([db.get('drafts', 'intake'), db.get('keys', 'drafts/intake'), db.get('keys', 'drafts/other')]),
    );
    expect(draft).to.equal(undefined);
    expect(key).to.equal(undefined);
    expect(otherKey).to.not.equal(undefined);
  });

  it('an expired draft is removed with its key when found', async () => {
    await storage.drafts.save('intake', { a: 1 }, { ttlMs: 1000 });
    clock.advance(1000);
    expect(await storage.drafts.load('intake')).to.deep.equal({ status: 'expired' });
    const [draft, key] = await withRaw(name, (db) => Promise.all([db.get('drafts', 'intake'), db.get('keys', 'drafts/intake')]));
    expect(draft).to.equal(undefined);
    expect(key).to.equal(undefined);
  });

  it('purges expired drafts when the storage is opened', async () => {
    await storage.drafts.save('stale', { a: 1 }, { ttlMs: 1000 });
    storage.close();
    clock.advance(5000);
    storage = await openKitStorage({ dbName: name, now: clock.now });
    const [draft, key] = await withRaw(name, (db) => Promise.all([db.get('drafts', 'stale'), db.get('keys', 'drafts/stale')]));
    expect(draft).to.equal(undefined);
    expect(key).to.equal(undefined);
  });

  /** Overwrites the raw draft record, then checks load reports `reason` and removes it. */
  async function expectCorrupt(tamper: (record: Record<string, unknown>) => Record<string, unknown> | null, reason: string, keyTamper?: 'delete') {
    await storage.drafts.save('intake', { a: MARKER });
    await withRaw(name, async (db) => {
      const record = await db.get('drafts', 'intake');
      const changed = tamper(record);
      if (changed) await db.put('drafts', changed);
      if (keyTamper === 'delete') await db.delete('keys', 'drafts/intake');
    });
    const result = await storage.drafts.load('intake');
    expect(result).to.deep.equal({ status: 'corrupt', reason });
    expect(corrupt).to.deep.equal([{ store: 'drafts', id: 'intake', reason }]);
    const [draft, key] = await withRaw(name, (db) => Promise.all([db.get('drafts', 'intake'), db.get('keys', 'drafts/intake')]));
    expect(draft).to.equal(undefined);
    expect(key).to.equal(undefined);
    expect(await storage.drafts.load('intake')).to.deep.equal({ status: 'missing' });
  }

  it('reports a draft with altered ciphertext as corrupt and removes it', async () => {
    await expectCorrupt((r) => {
      const bytes = new Uint8Array((r.ciphertext as ArrayBuffer).slice(0));
      bytes[0] = bytes[0]! ^ 0xff;
      return { ...r, ciphertext: bytes.buffer };
    }, 'decrypt-failed');
  });

  it('reports a draft with a different IV as corrupt', async () => {
    await expectCorrupt((r) => ({ ...r, iv: crypto.getRandomValues(new Uint8Array(12)).buffer }), 'decrypt-failed');
  });

  it('reports a draft whose IV is not an IV as malformed', async () => {
    await expectCorrupt((r) => ({ ...r, iv: 'not bytes' }), 'malformed-record');
  });

  it('reports a draft with a missing key as corrupt', async () => {
    await expectCorrupt(() => null, 'key-missing', 'delete');
  });

  it('reports a draft whose expiry was pushed back as corrupt (dates are authenticated)', async () => {
    await expectCorrupt((r) => ({ ...r, expiresAt: (r.expiresAt as number) + 365 * 86_400_000 }), 'decrypt-failed');
  });

  it('reports a record without dates as malformed', async () => {
    await expectCorrupt((r) => ({ id: r.id, iv: r.iv, ciphertext: r.ciphertext }), 'malformed-record');
  });

  it('does not accept one draft copied under another id', async () => {
    await storage.drafts.save('victim', { a: 'original' });
    await storage.drafts.save('other', { a: MARKER });
    await withRaw(name, async (db) => {
      const other = await db.get('drafts', 'other');
      const otherKey = await db.get('keys', 'drafts/other');
      await db.put('drafts', { ...other, id: 'victim' });
      await db.put('keys', { ...otherKey, id: 'drafts/victim' });
    });
    expect(await storage.drafts.load('victim')).to.deep.equal({ status: 'corrupt', reason: 'decrypt-failed' });
    const other = await storage.drafts.load('other');
    expect(other.status === 'ok' && other.data).to.deep.equal({ a: MARKER });
  });

  it('drops an outbox entry that can no longer be decrypted and reports it, keeping the others', async () => {
    await storage.outbox.add({ id: 'sub-good-0001', kind: 'intake', payload: { n: 1 }, createdAt: 1 });
    await storage.outbox.add({ id: 'sub-bad-00001', kind: 'intake', payload: { n: 2 }, createdAt: 2 });
    await withRaw(name, (db) => db.delete('keys', 'outbox/sub-bad-00001'));
    const due = await storage.outbox.due(10);
    expect(due.map((e) => e.id)).to.deep.equal(['sub-good-0001']);
    expect(corrupt).to.deep.equal([{ store: 'outbox', id: 'sub-bad-00001', reason: 'key-missing' }]);
    expect(await withRaw(name, (db) => db.get('outbox', 'sub-bad-00001'))).to.equal(undefined);
  });

  it('uses a fresh IV (and key) on every save', async () => {
    await storage.drafts.save('intake', { same: true });
    const first = await withRaw(name, (db) => db.get('drafts', 'intake'));
    await storage.drafts.save('intake', { same: true });
    const second = await withRaw(name, (db) => db.get('drafts', 'intake'));
    expect(new Uint8Array(first.iv)).to.not.deep.equal(new Uint8Array(second.iv));
    expect(new Uint8Array(first.ciphertext)).to.not.deep.equal(new Uint8Array(second.ciphertext));
  });
});
