/**
 * Storybook's Docs page of every element lists its attributes, properties, events, slots,
 * CSS parts and CSS custom properties. Checked the way Storybook builds the page: the
 * manifest analysed from the current sources (custom-elements.json), filtered by
 * .storybook/docs-manifest.ts, through @storybook/web-components' own `extractArgTypes`
 * (run on the Node side by scripts/cem.ts, served at /__iop/docs-tables.json); and compared
 * with the real element classes (observed attributes, Lit reactive properties, styles).
 * Parts, slots and events a story actually shows are checked in all-stories.test.ts.
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { DEFAULT_SLOT, suffixed } from '../../.storybook/docs-manifest.js';
import { elementsOf, loadDocsTables, loadManifest, loadStoriesFiles, type DocsRows, type DocsTables, type Manifest, type StoriesFile } from './stories-index.js';
type LitClass = typeof LitElement & { elementProperties: Map<PropertyKey, { attribute?: boolean | string; state?: boolean }> };

const manifest: Manifest = await loadManifest();
const files: StoriesFile[] = await loadStoriesFiles();
const docs: DocsTables = await loadDocsTables();
const elements = elementsOf(manifest);

/** The rows of an element's Docs table, exactly as Storybook computes them. */
const rowsOf = (tag: string): DocsRows => docs[tag]?.rows ?? {};
const visible = (rows: DocsRows, category: string) => Object.values(rows).filter((r) => r.table?.category === category && !r.table.disable);

/** `--iop-*` custom properties an element's styles read (`var(--iop-…)`). */
function tokensRead(ctor: LitClass): string[] {
  const text = (ctor.elementStyles ?? [])
    .map((s) => ('cssText' in s ? s.cssText : [...(s as CSSStyleSheet).cssRules].map((r) => r.cssText).join('\n')))
    .join('\n');
  return [...new Set([...text.matchAll(/var\(\s*(--iop-[a-z0-9-]+)/g)].map((m) => m[1]!))].sort();
}

describe('Storybook docs pages', () => {
  it('every stories file documents one kit element with a Docs page', () => {
    expect(files.length, 'stories files').to.be.greaterThan(0);
    for (const { path, meta } of files) {
      expect(meta.component, `${path}: meta.component`).to.match(/^iop-[a-z-]+$/);
      expect(meta.tags ?? [], `${path}: meta.tags`).to.include('autodocs');
      expect(elements.has(meta.component!), `${path}: ${meta.component} is not in custom-elements.json`).to.be.true;
    }
  });

  it('every element in the manifest is defined by the kit and has a stories file', () => {
    const components = files.map((f) => f.meta.component);
    expect([...elements.keys()].sort()).to.deep.equal(['iop-family-education', 'iop-insurance-check', 'iop-intake-questionnaire', 'iop-program-finder', 'iop-provider', 'iop-schedule-viewer']);
    for (const tag of elements.keys()) {
      expect(customElements.get(tag), `${tag} defined by importing iop-kit`).to.exist;
      expect(components, `a stories file with component: '${tag}'`).to.include(tag);
    }
  });

  it('only stories are exported as stories (data exports are excluded)', () => {
    for (const { path, stories } of files) {
      for (const [name, story] of stories) {
        const ok = typeof story === 'function' || (typeof story === 'object' && story !== null && !Array.isArray(story));
        expect(ok, `${path}: export ${name} is indexed as a story but is not one (add it to meta.excludeStories)`).to.be.true;
      }
    }
  });

  for (const tag of ['iop-family-education', 'iop-insurance-check', 'iop-intake-questionnaire', 'iop-program-finder', 'iop-provider', 'iop-schedule-viewer']) {
    describe(`<${tag}>`, () => {
      const decl = () => elements.get(tag)!;
      const ctor = () => customElements.get(tag) as unknown as LitClass;

      it('has a summary and a description for the Docs page', () => {
        expect(docs[tag]?.description, 'description').to.be.a('string').and.not.empty;
        expect((decl() as { summary?: string }).summary, '@summary').to.be.a('string').and.not.empty;
      });

      it('lists every observed attribute, with its type and a description', () => {
        const rows = rowsOf(tag);
        const attrs = ctor().observedAttributes;
        expect(attrs.length).to.be.greaterThan(0);
        for (const name of attrs) {
          const row = rows[name];
          expect(row?.table?.category, `attribute ${name}`).to.equal('attributes');
          expect(row!.description, `attribute ${name}: description`).to.be.a('string').and.not.empty;
          expect(row!.table!.type?.summary, `attribute ${name}: type`).to.be.a('string').and.not.empty;
        }
        expect(visible(rows, 'attributes').map((r) => r.name).sort()).to.deep.equal([...attrs].sort());
      });

      it('lists every public reactive property (not internal state), with a description', () => {
        const rows = rowsOf(tag);
        const props = [...ctor().elementProperties].filter(([, o]) => !o.state).map(([k]) => String(k));
        for (const name of props) {
          const row = rows[name];
          expect(['properties', 'attributes'], `property ${name}`).to.include(row?.table?.category);
          expect(row!.description, `property ${name}: description`).to.be.a('string').and.not.empty;
        }
        const states = [...ctor().elementProperties].filter(([, o]) => o.state).map(([k]) => String(k));
        for (const name of states) expect(rows[name]?.table?.category, `@state ${name} is internal`).not.to.equal('properties');
        for (const row of visible(rows, 'properties')) {
          expect(row.name, 'no private or protected members').not.to.match(/^#/);
          const member = decl().members?.find((m) => m.name === row.name);
          expect(member?.privacy, `${row.name} is public`).to.be.undefined;
        }
      });

      it('lists every --iop-* custom property its styles read, with a description', () => {
        const rows = rowsOf(tag);
        const documented = visible(rows, 'css custom properties');
        for (const row of documented) expect(row.description, `${row.name}: description`).to.be.a('string').and.not.empty;
        for (const token of tokensRead(ctor())) {
          const row = rows[token] ?? rows[suffixed(token, 'CSS property')];
          expect(row?.table?.category, `${token} (used in its styles)`).to.equal('css custom properties');
        }
      });

      it('lists its events (named iop-<noun>-<verb>), with a type and a description', () => {
        const rows = rowsOf(tag);
        for (const e of decl().events ?? []) {
          expect(e.name).to.match(/^iop-[a-z]+(-[a-z]+)+$/);
          expect(rows[e.name]?.table?.category, `event ${e.name}`).to.equal('events');
          expect(e.description, `event ${e.name}: description`).to.be.a('string').and.not.empty;
          expect(e.type?.text, `event ${e.name}: type`).to.match(/^CustomEvent<.+>$/);
        }
        if (tag !== 'iop-provider') expect(decl().events ?? [], 'events').not.to.be.empty;
      });

      it('lists its CSS parts and slots, each with a description', () => {
        const rows = rowsOf(tag);
        for (const p of decl().cssParts ?? []) {
          const row = rows[p.name]?.table?.category === 'css shadow parts' ? rows[p.name] : rows[suffixed(p.name, 'part')];
          expect(row?.table?.category, `part ${p.name}`).to.equal('css shadow parts');
          expect(p.description, `part ${p.name}: description`).to.be.a('string').and.not.empty;
        }
        for (const s of decl().slots ?? []) {
          const name = s.name || DEFAULT_SLOT;
          expect(rows[name]?.table?.category, `slot ${name}`).to.equal('slots');
          expect(rows[name]!.description, `slot ${name}: description`).to.be.a('string').and.not.empty;
        }
        if (tag === 'iop-provider') expect(rows[DEFAULT_SLOT]?.table?.category, 'the provider wraps its content in a default slot').to.equal('slots');
        else expect(decl().cssParts ?? [], 'parts').not.to.be.empty;
      });
    });
  }
});
