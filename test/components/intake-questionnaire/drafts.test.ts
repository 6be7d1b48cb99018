/** Never lose an answer: drafts saved encrypted, restored after a "reload", deleted on request, two tabs. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { DEBOUNCE_MS } from '../../../src/components/intake-questionnaire/draft-sync.js';
import { createMemoryStorage } from '../../../src/core/storage/memory.js';
import type { El } from './helpers.js';
import { allText, allTypesForm, choose, click, dbName, fid, focused, heading, mountForm, next, q, text, type } from './helpers.js';

/** Every stored value in a database, as text (ArrayBuffers decoded as UTF-8 and Latin-1). */
async function rawDump(name: string): Promise<{ text: string; drafts: number }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open(name);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  let out = '';
  let drafts = 0;
  const show = (v: unknown): string => {
    if (v instanceof ArrayBuffer || ArrayBuffer.isView(v)) {
      const bytes = v instanceof ArrayBuffer ? new Uint8Array(v) : new Uint8Array(v.buffer);
      return new TextDecoder('utf-8').decode(bytes) + String.fromCharCode(...bytes);
    }
    if (v && typeof v === 'object') return Object.values(v).map(show).join('|');
    return String(v);
  };
  for (const store of [...db.objectStoreNames]) {
    const all = await new Promise<unknown[]>((resolve) => {
      const r = db.transaction(store).objectStore(store).getAll();
      r.onsuccess = () => resolve(r.result);
    });
    if (store === 'drafts') drafts = all.length;
    out += all.map(show).join('\n');
  }
  db.close();
  return { text: out, drafts };
}

const settle = () => new Promise((r) => setTimeout(r, DEBOUNCE_MS + 250));

async function reload(el: El, name: string, form = allTypesForm()): Promise<El> {
  el.remove();
  return mountForm(form, name);
}

describe('<iop-intake-questionnaire> drafts', () => {
  it('saves every change (debounced, encrypted) and fires iop-intake-saved without answers', async () => {
    const name = dbName();
    const el = await mountForm(allTypesForm(), name);
    const saved: unknown[] = [];
    el.addEventListener('iop-intake-saved', (e) => saved.push(e.detail));
    await type(el, 'name', 'Zebulon Quixotic-Marmalade');
    await type(el, 'story', 'My distinctive secret 7Q9X');
    await waitUntil(() => saved.length > 0, 'saved', { timeout: 3000 });
    expect(saved).to.have.length(1); // debounced: two changes, one save
    expect(Object.keys(saved[0] as object)).to.deep.equal(['savedAt']);
    expect(text(el, '.saved')).to.match(/^Saved at \d{1,2}:\d{2}/);
    const dump = await rawDump(name);
    expect(dump.drafts).to.equal(1);
    expect(dump.text).not.to.include('Zebulon');
    expect(dump.text).not.to.include('7Q9X');
    expect(localStorage.length === 0 || !JSON.stringify({ ...localStorage }).includes('Zebulon')).to.equal(true);
  });

  it('saves at once when the page is hidden (pagehide)', async () => {
    const name = dbName();
    const el = await mountForm(allTypesForm(), name);
    let saved = 0;
    el.addEventListener('iop-intake-saved', () => saved++);
    await type(el, 'name', 'Quick');
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(() => saved === 1, 'saved on pagehide', { timeout: DEBOUNCE_MS - 100 });
  });

  it('restores the page and every answer after a reload: "Welcome back" → continue where you left off', async () => {
    const name = dbName();
    let el = await mountForm(allTypesForm(), name);
    await type(el, 'name', 'Robin');
    await type(el, 'dob', '1988-02-03');
    await next(el);
    await choose(el, 'color', 'b');
    await choose(el, 'many', 'y');
    await settle();
    el = await reload(el, name);
    expect(text(el, '#resume-title')).to.equal('Welcome back — continue where you left off');
    expect(allText(el)).to.include('saved on this device on');
    await expect(el).to.be.accessible();
    await click(el, 'button[data-action="resume"]');
    expect(heading(el)).to.equal('Choices');
    expect(focused(el)?.id).to.equal('page-heading');
    expect(q<HTMLInputElement>(el, '[data-q="color"] input[value="b"]')!.checked).to.equal(true);
    expect(q<HTMLInputElement>(el, '[data-q="many"] input[value="y"]')!.checked).to.equal(true);
    await click(el, 'button[data-action="back"]');
    expect(q<HTMLInputElement>(el, fid('name'))!.value).to.equal('Robin');
  });

  it('Start over asks to confirm, then deletes the draft', async () => {
    const name = dbName();
    let el = await mountForm(allTypesForm(), name);
    await type(el, 'name', 'Robin');
    await settle();
    el = await reload(el, name);
    await click(el, 'button[data-action="start-over"]');
    expect(text(el, '.confirm')).to.include('cannot be undone');
    await expect(el).to.be.accessible();
    await click(el, 'button[data-action="confirm-no"]');
    expect(q(el, 'button[data-action="resume"]')).to.exist;
    await click(el, 'button[data-action="start-over"]');
    await click(el, 'button[data-action="confirm-yes"]');
    await waitUntil(() => q(el, '#page-heading'), 'fresh form');
    expect(q<HTMLInputElement>(el, fid('name'))!.value).to.equal('');
    await waitUntil(async () => (await rawDump(name)).drafts === 0, 'draft gone');
    el = await reload(el, name);
    expect(q(el, '#resume-title')).to.equal(null);
  });

  it('"Delete my answers" (confirmed) removes the draft and its key', async () => {
    const name = dbName();
    const el = await mountForm(allTypesForm(), name);
    await type(el, 'name', 'Robin');
    await settle();
    expect((await rawDump(name)).drafts).to.equal(1);
    await click(el, 'button[data-action="delete"]');
    await expect(el).to.be.accessible();
    await click(el, 'button[data-action="confirm-yes"]');
    await waitUntil(async () => (await rawDump(name)).drafts === 0, 'draft deleted');
    const dump = await rawDump(name);
    expect(dump.text).not.to.include('drafts/intake:all-types');
    expect(q<HTMLInputElement>(el, fid('name'))!.value).to.equal('');
    await waitUntil(() => text(el, '[role="status"][aria-live="polite"]') === 'Your answers were deleted from this device.');
  });

  it('without persistent storage: a clear notice that answers will not be kept', async () => {
    const el = await fixture<El>(html`<iop-intake-questionnaire .form=${allTypesForm()} .storage=${createMemoryStorage('unavailable')}></iop-intake-questionnaire>`);
    await el.whenReady();
    expect(text(el, '.notice.storage')).to.equal("Your answers can't be saved on this device; they will be lost if you leave this page.");
    expect(allText(el)).not.to.include('kept for');
    await expect(el).to.be.accessible();
  });

  it('two tabs on one draft: the later edit wins and the other tab says so and can load it', async () => {
    const name = dbName();
    const a = await mountForm(allTypesForm(), name);
    await type(a, 'name', 'First tab');
    await settle();
    const b = await mountForm(allTypesForm(), name);
    await click(b, 'button[data-action="resume"]');
    await type(b, 'name', 'Second tab');
    await settle();
    await waitUntil(() => q(a, '.other-tab'), 'notice in the first tab', { timeout: 3000 });
    expect(text(a, '.other-tab')).to.include('This form was changed in another tab');
    await expect(a).to.be.accessible();
    await click(a, 'button[data-action="reload-draft"]');
    await waitUntil(() => q<HTMLInputElement>(a, fid('name'))?.value === 'Second tab', 'latest answers loaded');
    expect(q(a, '.other-tab')).to.equal(null);
  });
});
