import { expect } from '@open-wc/testing';
import { XSS_PAYLOADS, SCRIPT_URLS } from '../../fixtures/education/xss-corpus.js';
import { $, $$, withModules } from './helpers.js';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

/** One module whose every text field of every block type carries a payload. */
function hostile(payloads: readonly string[], n: number): unknown {
  const p = (i: number) => payloads[i % payloads.length]!;
  return {
    id: `hostile-${n}`,
    locale: 'en',
    title: p(0),
    summary: p(1),
    audience: 'family',
    estimatedMinutes: 3,
    blocks: payloads.flatMap((x, i) => [
      { type: 'heading', level: 2, text: x },
      { type: 'paragraph', text: `${x} **${x}** *${x}* [${x}](https://example.org/?q=${encodeURIComponent(x)}) [label](${x})` },
      { type: 'list', items: [x, `[x](${x})`] },
      { type: 'callout', variant: (['tip', 'warning', 'crisis'] as const)[i % 3], title: x, text: x },
      { type: 'quote', text: x, cite: x },
      { type: 'image', src: '/images/self-care.svg', alt: x, caption: x },
      { type: 'video', src: '/media/none.mp4', title: x, captions: '/media/none.vtt' },
      {
        type: 'check',
        id: `c${i}`,
        question: x,
        multiple: i % 2 === 0,
        options: [
          { id: 'a', text: x, correct: true, feedback: x },
          { id: 'b', text: x, correct: false, feedback: `[x](${x}) ${x}` },
        ],
      },
      { type: 'reflection', id: `r${i}`, prompt: x },
    ]),
  };
}

/** Every attribute on every element of the shadow tree (and nested shadow trees). */
function* allElements(root: ParentNode): Generator<Element> {
  for (const e of root.querySelectorAll('*')) {
    yield e;
    if (e.shadowRoot) yield* allElements(e.shadowRoot);
  }
}

describe('iop-family-education XSS corpus', () => {
  let alerts = 0;
  const realAlert = window.alert;
  before(() => {
    window.alert = () => void alerts++;
  });
  after(() => {
    window.alert = realAlert;
  });

  const corpus = [...XSS_PAYLOADS, ...SCRIPT_URLS];
  const chunks: string[][] = [];
  for (let i = 0; i < corpus.length; i += 12) chunks.push(corpus.slice(i, i + 12));

  chunks.forEach((chunk, n) => {
    it(`renders payloads ${n * 12 + 1}–${n * 12 + chunk.length} in every field of every block as text`, async () => {
      window.__xss = undefined;
      const el = await withModules([hostile(chunk, n)], { module: `hostile-${n}` });
      // Reveal feedback: check every knowledge check with both options chosen.
      for (const fs of $$(el, 'fieldset.check')) {
        for (const input of fs.querySelectorAll('input')) (input as HTMLInputElement).click();
        await el.updateComplete;
        (fs.querySelector('.check-answer') as HTMLButtonElement).click();
      }
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 100));
      expect($$(el, '[data-block]').length).to.equal(chunk.length * 9);
      expect($(el, '.invalid'), 'every hostile block is still valid content').to.equal(null);
      // Multiple choice (even i): both options chosen; single choice: the last one clicked.
      expect($$(el, '.feedback').length).to.equal(chunk.reduce((sum, _, i) => sum + (i % 2 === 0 ? 2 : 1), 0));
      for (const e of allElements(el.shadowRoot!)) {
        for (const a of e.attributes) {
          expect(a.name.startsWith('on'), `attribute ${a.name} on <${e.localName}>`).to.equal(false);
          if (a.name === 'href' || a.name === 'src' || a.name === 'poster') {
            expect(/^(https?:|mailto:|tel:|sms:|\/[^/])/i.test(a.value), `${a.name}="${a.value}"`).to.equal(true);
          }
        }
        expect(['script', 'iframe', 'object', 'embed', 'svg', 'math', 'style', 'base', 'meta', 'form'], `<${e.localName}>`).to.not.include(e.localName);
      }
      expect(el.shadowRoot!.querySelectorAll('a[href^="javascript" i]').length).to.equal(0);
      // The payloads are visible as text.
      expect(el.shadowRoot!.textContent).to.include(chunk[0]!.trim().slice(0, 10));
      expect(window.__xss).to.equal(undefined);
      expect(alerts).to.equal(0);
    });
  });
});
