import { expect, html, waitUntil } from '@open-wc/testing';
import { $, $$, click, mount, readerReady, text, withModules } from './helpers.js';
import { allModules } from './fixtures.js';
import { createMemoryStorage } from '../../../src/core/storage/memory.js';

describe('iop-family-education reading comfort', () => {
  it('text size: A+ up to 200 %, no horizontal scroll at 320 px', async () => {
    const el = await withModules(allModules(), { module: 'every-block' });
    el.style.width = '320px';
    expect(text($(el, '#size-label'))).to.equal('Text size: 100%');
    expect($(el, '.smaller')!.getAttribute('aria-disabled')).to.equal('true');
    for (let i = 0; i < 5; i++) await click(el, '.larger');
    expect(text($(el, '#size-label'))).to.equal('Text size: 200%');
    expect($(el, '.larger')!.getAttribute('aria-disabled')).to.equal('true');
    const article = $(el, 'article')!;
    const base = parseFloat(getComputedStyle(el).fontSize);
    expect(parseFloat(getComputedStyle(article).fontSize)).to.equal(base * 2);
    expect(el.scrollWidth).to.be.at.most(320);
    for (const e of el.shadowRoot!.querySelectorAll('article *')) {
      const r = e.getBoundingClientRect();
      if (r.width === 0) continue;
      expect(r.right - el.getBoundingClientRect().left, `<${e.localName} class="${e.getAttribute('class')}"> overflows`).to.be.at.most(321);
    }
    await expect(el).to.be.accessible();
    await click(el, '.smaller');
    expect(text($(el, '#size-label'))).to.equal('Text size: 175%');
  });

  describe('read aloud', () => {
    const original = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
    afterEach(() => {
      if (original) Object.defineProperty(window, 'speechSynthesis', original);
    });

    it('is hidden when the browser has no speechSynthesis', async () => {
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
      const el = await withModules(allModules(), { module: 'every-block' });
      expect($(el, '.read-aloud')).to.equal(null);
      expect($(el, '.speech')).to.equal(null);
    });

    it('speaks the module text in the module language, with pause, resume and stop', async () => {
      const spoken: { text: string; lang: string }[] = [];
      const calls: string[] = [];
      const stub = {
        speak: (u: SpeechSynthesisUtterance) => spoken.push({ text: u.text, lang: u.lang }),
        cancel: () => calls.push('cancel'),
        pause: () => calls.push('pause'),
        resume: () => calls.push('resume'),
        getVoices: () => [],
      };
      Object.defineProperty(window, 'speechSynthesis', { value: stub, configurable: true });
      const el = await withModules(allModules(), { module: 'todos-los-bloques', locale: 'es' });
      await click(el, '.read-aloud');
      expect(spoken.map((s) => s.lang)).to.satisfy((l: string[]) => l.length > 0 && l.every((x) => x === 'es'));
      expect(spoken[0]!.text).to.equal('Todos los bloques');
      expect(spoken[1]!.text).to.equal('La recuperación es posible.');
      await click(el, '.pause');
      await click(el, '.resume');
      await click(el, '.stop');
      expect(calls).to.deep.equal(['cancel', 'pause', 'resume', 'cancel']);
      expect($(el, '.read-aloud')).to.exist;
    });
  });

  it('share link carries only the module id, copy confirms in a live region', async () => {
    const el = await withModules(allModules(), { module: 'every-block' });
    const input = $<HTMLInputElement>(el, '#share-url')!;
    const url = new URL(input.value);
    expect(url.hash).to.equal('#module=every-block');
    expect(url.href.split('#')[0]).to.equal(location.href.split('#')[0]);
    let copied = '';
    const clip = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (s: string) => void (copied = s) }, configurable: true });
    try {
      await click(el, '.copy');
      await waitUntil(() => text($(el, '.share-status')) !== '');
      expect(copied).to.equal(input.value);
      expect($(el, '.share-status')!.getAttribute('role')).to.equal('status');
      expect(text($(el, '.share-status'))).to.equal('Link copied.');
    } finally {
      delete (navigator as unknown as { clipboard?: unknown }).clipboard;
      if (clip) Object.defineProperty(Navigator.prototype, 'clipboard', clip);
    }
  });

  it('opens the module named by #module= on load', async () => {
    const before = location.hash;
    history.replaceState(null, '', '#module=second-module');
    try {
      const el = await mount(html`<iop-family-education locale="en" .modules=${allModules()} .storage=${createMemoryStorage('unavailable')}></iop-family-education>`);
      await readerReady(el);
      expect(text($(el, '#module-title'))).to.equal('Caring for yourself');
    } finally {
      history.replaceState(null, '', before || location.pathname);
    }
  });

  it('has a print stylesheet and a Print button; print hides buttons and keeps check options', async () => {
    const el = await withModules(allModules(), { module: 'every-block' });
    const rules = (el.constructor as typeof HTMLElement & { elementStyles: { cssText: string }[] }).elementStyles.map((s) => s.cssText).join('\n');
    expect(rules).to.match(/@media print/);
    let printed = 0;
    const realPrint = window.print;
    window.print = () => void printed++;
    try {
      await click(el, '.print');
    } finally {
      window.print = realPrint;
    }
    expect(printed).to.equal(1);
    // Emulate print media through the CSSOM: the print rules hide every button, keep the inputs.
    const sheet = el.shadowRoot!.adoptedStyleSheets.find((s) => [...s.cssRules].some((r) => r instanceof CSSMediaRule && r.conditionText === 'print'))!;
    const print = [...sheet.cssRules].find((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print')!;
    const hidden = [...print.cssRules].filter((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.style.display === 'none').map((r) => r.selectorText);
    expect(hidden.join(',')).to.include('button');
    for (const input of $$(el, 'fieldset.check input')) expect(hidden.some((sel) => input.matches(sel))).to.equal(false);
  });

  it('reflection: nothing kept until "Save on this device"; Delete removes it', async () => {
    const storage = createMemoryStorage('unavailable');
    const el = await mount(html`<iop-family-education locale="en" .modules=${allModules()} .storage=${storage} module="every-block"></iop-family-education>`);
    await readerReady(el);
    const area = $<HTMLTextAreaElement>(el, '.reflection textarea')!;
    area.value = 'I will call my sister.';
    area.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(await storage.drafts.list()).to.deep.equal([]);
    await click(el, '.reflection .save');
    await waitUntil(() => text($(el, '.reflection-status')) !== '');
    const saved = await storage.drafts.load<{ text: string }>('edu-reflection:every-block:reflect-one');
    expect(saved.status === 'ok' && saved.data.text).to.equal('I will call my sister.');
    // Memory storage: the person is told it is not kept beyond this page.
    expect(text($(el, '.reflection-status'))).to.equal('This device can’t keep your notes; they will be lost when you leave this page.');
    // Nothing personal in the progress store.
    expect(JSON.stringify(await storage.progress.list())).to.not.include('sister');
    await click(el, '.reflection .delete');
    await waitUntil(async () => (await storage.drafts.load('edu-reflection:every-block:reflect-one')).status === 'missing');
    expect($<HTMLTextAreaElement>(el, '.reflection textarea')!.value).to.equal('');
    expect(text($(el, '.reflection-status'))).to.equal('Deleted from this device.');
    await expect(el).to.be.accessible();
  });
});
