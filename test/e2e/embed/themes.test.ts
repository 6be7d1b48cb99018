/**
 * The two example themes (demo/themes/calm-light.css, dark.css) and their page.
 *
 * - On demo/themes/index.html the theme menus switch a panel's theme and the themed parts'
 *   computed styles differ from the defaults.
 * - In this test page, each theme around real elements (against the reference backend): axe
 *   finds nothing, every text token the theme sets reaches 4.5:1 on the surfaces it is used on,
 *   borders and the focus ring 3:1, and the text the visitor sees measures the same.
 * - The stylesheets use only documented tokens and parts, and no `!important`.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { $, waitFor } from '../security/frame.js';
import { type ExamplePage, openExample } from './example-page.js';
import { contrast, firstColor } from './contrast.js';
import '../../../src/index.js';

const THEMES = ['calm-light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

/** Tokens and parts the kit documents (README "Theming" and each element's parts). */
const DOCUMENTED_TOKENS = new Set([
  '--iop-color-primary', '--iop-color-on-primary', '--iop-color-text', '--iop-color-text-muted', '--iop-color-surface',
  '--iop-color-surface-alt', '--iop-color-border', '--iop-color-danger', '--iop-color-success', '--iop-color-warning',
  '--iop-color-crisis', '--iop-radius', '--iop-space', '--iop-font-size', '--iop-focus-ring', '--iop-focus-ring-offset',
  '--iop-motion-duration', '--iop-finder-sidebar-width', '--iop-schedule-clash-color', '--iop-schedule-panel-min-width',
  '--iop-insurance-max-width', '--iop-intake-max-width', '--iop-education-max-width',
]);
const DOCUMENTED_PARTS: Record<string, string[]> = {
  'iop-program-finder': ['filters', 'filters-toggle', 'results', 'card', 'button', 'compare-table', 'week'],
  'iop-schedule-viewer': ['toolbar', 'legend', 'panels', 'program', 'tracks', 'table-scroll', 'table', 'list', 'session', 'session-clash', 'totals', 'intensity-note', 'button'],
  'iop-insurance-check': ['form', 'section', 'label', 'hint', 'input', 'select', 'error', 'error-summary', 'button', 'button-primary', 'submit', 'title', 'notice', 'result', 'phone-link'],
  'iop-intake-questionnaire': ['crisis', 'crisis-link', 'crisis-reminder', 'button', 'button-primary', 'page', 'field', 'input', 'notice'],
  'iop-family-education': ['catalogue', 'card', 'reader', 'toolbar', 'button', 'link', 'callout', 'crisis-actions'],
};

const cssText = async (theme: Theme) => (await fetch(`/demo/themes/${theme}.css`)).text();

describe('themes: the stylesheets use only documented tokens and parts', () => {
  for (const theme of THEMES) {
    it(`${theme}.css: documented --iop-* tokens, documented ::part() names, no !important, no other selectors into the elements`, async () => {
      const css = (await cssText(theme)).replace(/\/\*[\s\S]*?\*\//g, '');
      expect(css).to.not.include('!important');
      const tokens = [...css.matchAll(/(--iop-[a-z-]+)\s*:/g)].map((m) => m[1]!);
      expect(tokens.length).to.be.greaterThan(8);
      expect(tokens.filter((t) => !DOCUMENTED_TOKENS.has(t))).to.deep.equal([]);
      const parts = [...css.matchAll(/(iop-[a-z-]+)::part\(([a-z-]+)\)/g)].map((m) => `${m[1]}::part(${m[2]})`);
      expect(parts.length).to.be.greaterThan(0);
      expect(parts.filter((p) => !DOCUMENTED_PARTS[p.split('::')[0]!]?.includes(/\(([a-z-]+)\)/.exec(p)![1]!))).to.deep.equal([]);
      // Any selector that names an element does so only to reach one of its parts.
      const selectors = [...css.matchAll(/([^{}]+)\{/g)].flatMap((m) => m[1]!.split(',').map((s) => s.trim()));
      expect(selectors.filter((s) => /iop-[a-z-]+/.test(s) && !/::part\(/.test(s) && !/^\.iop-theme-/.test(s))).to.deep.equal([]);
    });
  }
});

describe('themes: demo/themes/index.html, a theme menu per panel', () => {
  let page: ExamplePage;
  before(async function () {
    this.timeout(30000);
    page = await openExample('/demo/themes/index.html', { width: 1300 });
    for (const f of page.doc.querySelectorAll('iop-program-finder')) await waitFor(f, 'li.card', 10000);
  });
  after(() => page?.remove());

  const choose = (id: string, value: string) => {
    const select = page.doc.getElementById(id) as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new page.win.Event('change', { bubbles: true }));
  };
  const cardStyle = (panel: string) => {
    const card = $(page.doc.querySelector(`#${panel} iop-program-finder`)!, 'li.card')!;
    const s = page.win.getComputedStyle(card);
    return { background: s.backgroundColor, radius: s.borderTopLeftRadius, shadow: s.boxShadow, color: s.color };
  };
  const buttonRadius = (panel: string) => page.win.getComputedStyle($(page.doc.querySelector(`#${panel} iop-program-finder`)!, 'button')!).borderTopLeftRadius;

  it('starts with calm light on the left and dark on the right', () => {
    expect(page.doc.getElementById('panel-a')!.classList.contains('iop-theme-calm-light')).to.equal(true);
    expect(page.doc.getElementById('panel-b')!.classList.contains('iop-theme-dark')).to.equal(true);
  });

  it('each theme changes what the visitor sees: the card part and the buttons differ from the default', async () => {
    choose('theme-a', '');
    const plain = { card: cardStyle('panel-a'), button: buttonRadius('panel-a') };
    choose('theme-a', 'iop-theme-calm-light');
    const calm = { card: cardStyle('panel-a'), button: buttonRadius('panel-a') };
    choose('theme-a', 'iop-theme-dark');
    const dark = { card: cardStyle('panel-a'), button: buttonRadius('panel-a') };
    choose('theme-a', 'iop-theme-calm-light');
    expect(calm.card.radius, 'calm: rounder cards (--iop-radius)').to.not.equal(plain.card.radius);
    expect(calm.card.shadow, 'calm: ::part(card) shadow').to.not.equal(plain.card.shadow);
    expect(calm.button, 'calm: pill buttons (::part(button))').to.equal('999px');
    expect(plain.button).to.not.equal('999px');
    expect(dark.card.background, 'dark: dark cards').to.equal('rgb(26, 33, 41)');
    expect(dark.card.color).to.equal('rgb(230, 237, 243)');
    expect(plain.card.background).to.equal('rgb(255, 255, 255)');
  });

  it('no console error, nothing from another origin', () => {
    expect(page.errors).to.deep.equal([]);
    expect(page.consoleErrors).to.deep.equal([]);
    expect(page.foreignRequests()).to.deep.equal([]);
    expect(page.failedRequests()).to.deep.equal([]);
  });
});

/** Loads the theme stylesheets into this test page once. */
async function loadThemeSheets(): Promise<void> {
  for (const theme of THEMES) {
    if (document.querySelector(`link[data-theme="${theme}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = `/demo/themes/${theme}.css`;
    link.dataset['theme'] = theme;
    const loaded = new Promise((r) => link.addEventListener('load', r, { once: true }));
    document.head.append(link);
    await loaded;
  }
}

for (const theme of THEMES) {
  describe(`themes: ${theme} around real elements`, () => {
    let root: HTMLElement;
    const token = (name: string) => getComputedStyle(root).getPropertyValue(name).trim();

    before(async function () {
      this.timeout(30000);
      await loadThemeSheets();
      // Not `fixture()`: that one is removed after each test, and these elements serve them all.
      const host = document.createElement('div');
      document.body.append(host);
      render(html`<div class="iop-theme-${theme}" style="padding: 1rem">
        <iop-provider api-base="/api" center-name="Harbor Light Recovery (demo)" center-phone="(512) 555-0100">
          <iop-program-finder page-size="2"></iop-program-finder>
          <iop-schedule-viewer program-id="harborlight-bilingual-iop"></iop-schedule-viewer>
          <iop-insurance-check></iop-insurance-check>
        </iop-provider>
      </div>`, host);
      root = host.firstElementChild as HTMLElement;
      await waitFor(root.querySelector('iop-program-finder')!, 'li.card', 10000);
      await waitFor(root.querySelector('iop-schedule-viewer')!, 'table', 10000);
      await waitFor(root.querySelector('iop-insurance-check')!, '#f-firstName', 10000);
    });

    after(() => root?.parentElement?.remove());

    it('text tokens reach 4.5:1 on the surfaces they sit on; border and focus ring 3:1', () => {
      const surfaces = { surface: token('--iop-color-surface'), 'surface-alt': token('--iop-color-surface-alt') };
      const page = firstColor(getComputedStyle(root).backgroundColor);
      const texts = ['--iop-color-text', '--iop-color-text-muted', '--iop-color-primary', '--iop-color-danger', '--iop-color-success', '--iop-color-warning', '--iop-color-crisis'];
      const low: string[] = [];
      const ratios: string[] = [];
      for (const t of texts) {
        for (const [name, bg] of Object.entries(surfaces)) {
          const r = contrast(token(t), bg);
          ratios.push(`${t}/${name} ${r.toFixed(2)}`);
          if (r < 4.5) low.push(`${t} on ${name}: ${r.toFixed(2)}`);
        }
      }
      const onPrimary = contrast(token('--iop-color-on-primary'), token('--iop-color-primary'));
      if (onPrimary < 4.5) low.push(`on-primary on primary: ${onPrimary.toFixed(2)}`);
      for (const [name, bg] of Object.entries({ ...surfaces, page })) {
        const b = contrast(token('--iop-color-border'), bg);
        if (name !== 'page' && b < 3) low.push(`border on ${name}: ${b.toFixed(2)}`);
        const ring = contrast(firstColor(token('--iop-focus-ring')), bg);
        if (ring < 3) low.push(`focus ring on ${name}: ${ring.toFixed(2)}`);
      }
      console.log(`theme ${theme}: ${ratios.join(', ')}, on-primary ${onPrimary.toFixed(2)}`);
      expect(low).to.deep.equal([]);
    });

    it('what the visitor reads measures the same: card text, muted text and buttons on their real backgrounds', () => {
      const finder = root.querySelector('iop-program-finder')!;
      const card = $(finder, 'li.card')!;
      const cs = getComputedStyle(card);
      expect(contrast(firstColor(cs.color), firstColor(cs.backgroundColor))).to.be.at.least(4.5);
      const primary = finder.shadowRoot!.querySelector<HTMLElement>('button.view-schedule')!;
      const ps = getComputedStyle(primary);
      expect(contrast(firstColor(ps.color), firstColor(ps.backgroundColor))).to.be.at.least(4.5);
      expect(ps.backgroundColor).to.equal(firstColor(token('--iop-color-primary')));
    });

    if (theme === 'dark') {
      it("the intake's crisis links get dark text on the light crisis colour (::part(crisis-link)), 4.5:1 or more", () => {
        const rule = [...document.styleSheets]
          .flatMap((s) => [...s.cssRules])
          .find((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText.includes('.iop-theme-dark iop-intake-questionnaire::part(crisis-link)'));
        expect(rule, 'the part rule').to.exist;
        expect(contrast(rule!.style.color, rule!.style.backgroundColor)).to.be.at.least(4.5);
        expect(rule!.style.backgroundColor).to.equal(firstColor(token('--iop-color-crisis')));
      });
    }

    for (const tag of ['iop-program-finder', 'iop-schedule-viewer', 'iop-insurance-check']) {
      it(`<${tag}> in the ${theme} theme is axe-clean`, async function () {
        this.timeout(20000);
        await expect(root.querySelector(tag)).to.be.accessible();
      });
    }

    it('the focus ring is the theme\'s', async () => {
      const check = root.querySelector('iop-insurance-check')!;
      const input = $<HTMLInputElement>(check, '#f-firstName')!;
      // A key press first, so the focus counts as keyboard focus (:focus-visible) even when this page is in the background.
      await sendKeys({ press: 'Shift' });
      input.focus();
      await waitUntil(() => check.shadowRoot!.activeElement === input && input.matches(':focus-visible'), 'keyboard focus on the first field');
      const s = getComputedStyle(input);
      // Fields may draw their focus ring as an outline (focus-visible) — its colour is the theme's.
      expect(s.outlineColor).to.equal(firstColor(token('--iop-focus-ring')));
      input.blur();
    });
  });
}
