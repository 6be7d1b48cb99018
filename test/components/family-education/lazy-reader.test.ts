/**
 * The open module's code (`reader-view.ts`) is fetched on demand: not with the catalogue, early
 * when a module's button is hovered or focused, at start when the element starts on a module.
 * This file runs in a page of its own, so the first test sees a page that has fetched nothing yet.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { placeholderMismatches } from '../../../src/core/i18n/catalogue.js';
import { messages } from '../../../src/components/family-education/messages.js';
import { readerMessages } from '../../../src/components/family-education/reader.messages.js';
import { $, $$, catalogueReady, click, readerReady, text, withModules } from './helpers.js';
import { allModules } from './fixtures.js';

const fetched = (name: string) => performance.getEntriesByType('resource').some((e) => e.name.includes(name));

describe('iop-family-education reader on demand', () => {
  it('the catalogue renders without the reader; pointing at a module fetches it, opening it shows the module', async () => {
    const el = await withModules(allModules());
    await catalogueReady(el);
    expect($$(el, '.card').length).to.be.greaterThan(0);
    expect(fetched('reader-view'), 'the reader was fetched with the catalogue').to.equal(false);
    $(el, '.card .open')!.dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(() => fetched('reader-view'), 'hovering a module did not fetch the reader', { timeout: 5000 });
    await click(el, '.card .open');
    await readerReady(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('module-title');
    expect($$(el, '[data-block]').length).to.equal(14);
    // The reader's styles came with it: the toolbar is laid out as a row.
    expect(getComputedStyle($(el, '.tools')!).display).to.equal('flex');
  });

  it('on an English page the language switch reads "Leer en español" without fetching Spanish', async () => {
    const el = await withModules(allModules(), { module: 'every-block' });
    expect(text($(el, '.switch-language'))).to.equal('Leer en español');
    expect($(el, '.switch-language')!.getAttribute('lang')).to.equal('es');
    expect(fetched('messages.es'), 'Spanish strings were fetched on an English page').to.equal(false);
  });

  it('a module opened in Spanish never shows the reader in English first', async () => {
    const seen: string[] = [];
    const host = document.createElement('div');
    document.body.append(host);
    const el = document.createElement('iop-family-education');
    el.modules = allModules();
    el.locale = 'es';
    el.module = 'todos-los-bloques';
    const watch = new MutationObserver(() => {
      const label = el.shadowRoot?.querySelector('.mark-complete')?.textContent?.trim();
      if (label) seen.push(label);
    });
    host.append(el);
    watch.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await readerReady(el);
    watch.disconnect();
    expect(text($(el, '.mark-complete'))).to.equal('Marcar este módulo como terminado');
    expect(seen.filter((s) => s !== 'Marcar este módulo como terminado')).to.deep.equal([]);
    host.remove();
  });

  it('has every message of both catalogues in English and Spanish with the same placeholders', async () => {
    expect(await placeholderMismatches(messages)).to.deep.equal([]);
    expect(await placeholderMismatches(readerMessages)).to.deep.equal([]);
  });
});
