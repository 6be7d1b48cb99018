import { expect, html, waitUntil } from '@open-wc/testing';
import { $, $$, catalogueReady, click, dbName, mount, readerReady, text, withModules } from './helpers.js';
import { allModules, everyBlock, second } from './fixtures.js';

describe('iop-family-education catalogue', () => {
  it('loads the 12 sample modules from /api and shows the 6 in the element language, in suggested order', async () => {
    const el = await mount(html`<iop-family-education api-base="/api" locale="en" storage-name=${dbName()}></iop-family-education>`);
    expect(text($(el, '.loading'))).to.equal('Loading the modules…');
    await expect(el).to.be.accessible();
    await catalogueReady(el);
    const cards = $$(el, '.card');
    expect(cards.map((c) => c.dataset.card)).to.deep.equal([
      'what-is-addiction',
      'how-iop-works',
      'supporting-without-enabling',
      'communicating',
      'relapse-warning-signs',
      'caring-for-yourself',
    ]);
    const first = cards[0]!;
    expect(first.querySelector('h3')).to.exist;
    expect(text(first.querySelector('.meta'))).to.equal('About 6 minutes · For families · English');
    expect(text(first.querySelector('.status'))).to.equal('Not started');
    expect(text(first.querySelector('.open'))).to.equal('Start reading');
    expect(text($(el, '.other-languages'))).to.include('6 more modules are available in another language.');
    await expect(el).to.be.accessible();
    await click(el, '.other-languages button');
    expect($$(el, '.card').length).to.equal(12);
    expect($(el, '.other-languages button')!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('Spanish: the Spanish modules and every string in Spanish', async () => {
    const el = await mount(html`<iop-family-education api-base="/api" locale="es" storage-name=${dbName()}></iop-family-education>`);
    await catalogueReady(el);
    expect(text($(el, '#catalogue-title'))).to.equal('Aprendizaje para familias');
    expect($$(el, '.card').map((c) => c.dataset.card)[0]).to.equal('que-es-la-adiccion');
    expect(text($(el, '.card .meta'))).to.equal('Aproximadamente 6 minutos · Para familias · Español');
    expect(text($(el, '.card .open'))).to.equal('Empezar a leer');
    await expect(el).to.be.accessible();
    await click(el, '.card .open');
    await readerReady(el);
    expect(text($(el, '.mark-complete'))).to.equal('Marcar este módulo como terminado');
    expect(text($(el, '.switch-language'))).to.equal('Read this in English');
    expect($(el, '.switch-language')!.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('opens a module from the API and validates it block by block', async () => {
    const el = await mount(html`<iop-family-education api-base="/api" locale="en" storage-name=${dbName()}></iop-family-education>`);
    await catalogueReady(el);
    await click(el, '[data-card="how-iop-works"] .open');
    await readerReady(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('module-title');
    expect($$(el, '[data-block]').length).to.equal(14);
    expect($(el, '.invalid')).to.equal(null);
    expect(el.getAttribute('module')).to.equal('how-iop-works');
    await expect(el).to.be.accessible();
  });

  it('the language switch opens the translation and switches the element language', async () => {
    const el = await withModules(allModules(), { module: 'every-block' });
    expect(text($(el, '.switch-language'))).to.equal('Leer en español');
    await click(el, '.switch-language');
    await readerReady(el);
    expect(text($(el, '#module-title'))).to.equal('Todos los bloques');
    expect($(el, 'article')!.getAttribute('lang')).to.equal('es');
    expect(text($(el, '.back-button'))).to.equal('← Todos los módulos');
  });

  it('an unreachable backend is an error state whose Try again retries', async () => {
    let calls = 0;
    const backend = {
      listEducationModules: async () => {
        calls++;
        if (calls === 1) throw new TypeError('Failed to fetch');
        return [everyBlock(), second()].map(({ blocks: _b, ...s }) => s);
      },
    };
    const el = await mount(html`<iop-family-education locale="en" .backend=${backend} storage-name=${dbName()}></iop-family-education>`);
    await catalogueReady(el);
    expect(text($(el, '.error-state .message'))).to.not.equal('');
    await expect(el).to.be.accessible();
    await click(el, '.error-state button');
    await catalogueReady(el);
    expect($$(el, '.card').length).to.equal(2);
  });

  it('garbage from a custom backend is an error state, never an exception', async () => {
    const el = await mount(html`<iop-family-education locale="en" .backend=${{ listEducationModules: async () => [{ nope: 1 }, 42] }} storage-name=${dbName()}></iop-family-education>`);
    await catalogueReady(el);
    expect(text($(el, '.error-state .message'))).to.equal("We received information we couldn't read. Please try again later.");
  });

  it('a server error at /api-trouble is an error state', async () => {
    const el = await mount(html`<iop-family-education api-base="/api-trouble/500" locale="en" storage-name=${dbName()}></iop-family-education>`);
    await catalogueReady(el);
    expect($(el, '.error-state button')).to.exist;
  });

  it('an empty catalogue says so', async () => {
    const el = await mount(html`<iop-family-education locale="en" .modules=${[]} storage-name=${dbName()}></iop-family-education>`);
    await catalogueReady(el);
    expect(text($(el, '.empty'))).to.equal('There are no modules to read yet.');
    await expect(el).to.be.accessible();
  });

  it('works from a static src file', async () => {
    const el = await mount(html`<iop-family-education src="/test-static/iop-data.json" locale="en" storage-name=${dbName()}></iop-family-education>`);
    await catalogueReady(el);
    expect($$(el, '.card').length).to.be.greaterThan(0);
  });

  it('works inside <iop-provider>', async () => {
    await import('../../../src/define/provider.js');
    const wrap = await mount(html`<iop-provider api-base="/api" locale="es"><iop-family-education storage-name=${dbName()}></iop-family-education></iop-provider>` as never);
    const el = (wrap as unknown as HTMLElement).querySelector('iop-family-education')!;
    await catalogueReady(el);
    expect(text($(el, '#catalogue-title'))).to.equal('Aprendizaje para familias');
  });
});

describe('iop-family-education progress', () => {
  it('keeps position, answers and completion across a recreated element (same storage)', async () => {
    const name = dbName();
    const make = () => mount(html`<iop-family-education locale="en" .modules=${allModules()} storage-name=${name}></iop-family-education>`);
    let el = await make();
    await catalogueReady(el);
    await click(el, '[data-card="every-block"] .open');
    await readerReady(el);
    // Answer the first check, reach the check block.
    const radio = $$<HTMLInputElement>(el, 'fieldset.check input')[0]!;
    radio.click();
    await el.updateComplete;
    await click(el, 'fieldset.check .check-answer');
    await new Promise((r) => setTimeout(r, 100));
    el.remove();

    el = await make();
    await catalogueReady(el);
    await waitUntil(() => text($(el, '[data-card="every-block"] .status')).startsWith('In progress'), 'progress was not restored', { timeout: 3000 });
    expect(text($(el, '[data-card="every-block"] .status'))).to.match(/^In progress: \d+% read$/);
    expect(text($(el, '[data-card="every-block"] .open'))).to.equal('Continue');
    await click(el, '[data-card="every-block"] .open');
    await readerReady(el);
    // The saved answer is read back from IndexedDB after the module opens.
    await waitUntil(() => text($(el, 'fieldset.check .verdict')) !== '', 'the saved answer was not restored', { timeout: 3000 });
    expect(text($(el, 'fieldset.check .verdict'))).to.equal('Well done: your answer is right.');
    expect($$<HTMLInputElement>(el, 'fieldset.check input')[0]!.checked).to.equal(true);
    expect(text($(el, '.resume'))).to.include('You read part of this module before.');
    await click(el, '.resume-button');
    expect(el.shadowRoot!.activeElement?.getAttribute('data-block')).to.equal(String(11));
    await click(el, '.mark-complete');
    await new Promise((r) => setTimeout(r, 100));
    el.remove();

    el = await make();
    await catalogueReady(el);
    await waitUntil(() => text($(el, '[data-card="every-block"] .status')) === '✓ Completed', 'completion was not restored', { timeout: 3000 });
    expect(text($(el, '[data-card="every-block"] .open'))).to.equal('Read again');
    await expect(el).to.be.accessible();
  });

  describe('reading position', () => {
    const RealIO = window.IntersectionObserver;
    afterEach(() => {
      window.IntersectionObserver = RealIO;
    });

    it('is the furthest block seen, reported by IntersectionObserver', async () => {
      // A controllable observer: a hidden test page renders no frames, so a real one may never report.
      let report: IntersectionObserverCallback | undefined;
      const observed: Element[] = [];
      window.IntersectionObserver = class {
        constructor(cb: IntersectionObserverCallback) {
          report = cb;
        }
        observe(e: Element) {
          observed.push(e);
        }
        disconnect() {}
        unobserve() {}
        takeRecords() {
          return [];
        }
      } as unknown as typeof IntersectionObserver;
      const el = await withModules(allModules(), { module: 'every-block' });
      expect(observed.length).to.equal(14);
      const see = (i: number) => report!([{ target: observed[i]!, isIntersecting: true } as unknown as IntersectionObserverEntry], {} as IntersectionObserver);
      see(5);
      see(2);
      expect(el.record?.position).to.equal(5);
      see(13);
      await el.updateComplete;
      expect(el.record?.position).to.equal(13);
      expect(Number($<HTMLProgressElement>(el, '#reading-progress')!.value)).to.equal(99);
      expect(text($(el, '.reading-progress .percent'))).to.equal('99%');
    });

    it('without IntersectionObserver, moving to the next module counts this one as read through', async () => {
      (window as { IntersectionObserver?: unknown }).IntersectionObserver = undefined;
      const el = await withModules(allModules(), { module: 'every-block' });
      await click(el, '.next');
      await readerReady(el);
      expect(el.progress.get('every-block')?.position).to.equal(13);
      await click(el, '.back-button');
      expect(text($(el, '[data-card="every-block"] .status'))).to.equal('In progress: 99% read');
    });
  });
});
