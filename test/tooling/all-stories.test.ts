/**
 * Every story of every `stories/*.stories.ts` — found by listing the folder (scripts/cem.ts
 * serves the list), so a new stories file needs no change here — renders through its meta's
 * `render` with the meta's and its own args, settles, and passes axe. And what it shows is
 * on the element's Docs page: every `::part()` name, slot and `iop-*` event the element
 * uses in the story is in its custom-elements.json entry.
 */
import { expect } from '@open-wc/testing';
import { render as litRender } from 'lit';
import type { TemplateResult } from 'lit';
import { elementsOf, loadManifest, loadStoriesFiles, type ManifestDeclaration, type StoryExport, type StoriesFile } from './stories-index.js';

const files: StoriesFile[] = await loadStoriesFiles();
const documented = elementsOf(await loadManifest());

interface Seen {
  parts: Set<string>;
  slots: Set<string>;
  events: Set<string>;
}

/** Events the kit's elements dispatch while a story runs, by tag (element's own `dispatchEvent`). */
const dispatched: [tag: string, type: string][] = [];
const realDispatch = EventTarget.prototype.dispatchEvent;
function spyOnEvents(): void {
  EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
    if (this instanceof HTMLElement && this.localName.startsWith('iop-') && event.type.startsWith('iop-')) dispatched.push([this.localName, event.type]);
    return realDispatch.call(this, event);
  };
}

/** Every kit element in `root` (light DOM and, recursively, shadow roots). */
function kitElements(root: ParentNode, out: HTMLElement[] = []): HTMLElement[] {
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.localName.startsWith('iop-')) out.push(el);
    if (el.shadowRoot) kitElements(el.shadowRoot, out);
  }
  return out;
}

/** Parts and slots in an element's own shadow root (not in nested elements' roots). */
function seenIn(el: HTMLElement): Pick<Seen, 'parts' | 'slots'> {
  const parts = new Set<string>();
  const slots = new Set<string>();
  for (const node of el.shadowRoot?.querySelectorAll('[part], slot') ?? []) {
    for (const p of (node.getAttribute('part') ?? '').split(/\s+/)) if (p) parts.add(p);
    if (node.localName === 'slot') slots.add(node.getAttribute('name') ?? '');
  }
  return { parts, slots };
}

/** A fingerprint of everything rendered, to know when a story has stopped changing. */
function fingerprint(root: ParentNode): string {
  return kitElements(root)
    .map((el) => `${el.localName}:${el.shadowRoot?.innerHTML.length ?? 0}`)
    .join('|');
}

// Not requestAnimationFrame: it never fires in a page the browser treats as hidden, which is
// what a test page can be while another test file runs beside it (concurrency 2).
const frame = () => new Promise((r) => setTimeout(r, 50));

/**
 * Waits until every kit element has finished updating and nothing has changed for 400 ms
 * (longer than the payer typeahead's debounce, so stories that fill in a form reach their
 * answer), or 5 s at most.
 */
async function settle(root: HTMLElement): Promise<void> {
  const until = performance.now() + 5000;
  let last = '';
  let since = performance.now();
  while (performance.now() < until) {
    await Promise.all(kitElements(root).map((el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
    await frame();
    const now = fingerprint(root);
    if (now !== last) {
      last = now;
      since = performance.now();
    } else if (performance.now() - since >= 400) return;
  }
}

function renderStory(file: StoriesFile, name: string, story: StoryExport, into: HTMLElement): void {
  const annotations = typeof story === 'function' ? { render: story } : story;
  const render = annotations.render ?? file.meta.render;
  expect(render, `${file.path} ${name}: a render function (its own or the meta's)`).to.be.a('function');
  const args = { ...file.meta.args, ...annotations.args };
  // What Storybook's StoryContext carries that a render function may read.
  const context = { args, argTypes: file.meta.argTypes ?? {}, globals: { locale: 'en' }, name: annotations.name ?? name, title: file.meta.title, parameters: {}, viewMode: 'story' };
  const result: TemplateResult | Node = render!(args, context);
  if (result instanceof Node) into.append(result);
  else litRender(result, into);
}

/**
 * Parts the elements render today without a `@csspart` line (their JSDoc is another
 * helper's file; listed in docs/notes/storybook.md). Remove an entry once its element
 * documents it. Any part, slot or event not documented and not listed here fails.
 */
const KNOWN_UNDOCUMENTED: Record<string, string[]> = {
  'iop-insurance-check': ['title', 'date', 'consents', 'submit', 'photos', 'guardian-note'],
  'iop-intake-questionnaire': ['base', 'title', 'status-line', 'resume', 'receipt-line', 'flag-notes', 'display'],
  'iop-schedule-viewer': ['panels'],
};

function undocumented(decl: ManifestDeclaration, seen: Seen): string[] {
  const parts = new Set([...(decl.cssParts ?? []).map((p) => p.name), ...(KNOWN_UNDOCUMENTED[decl.tagName ?? ''] ?? [])]);
  const slots = new Set((decl.slots ?? []).map((s) => s.name));
  const events = new Set((decl.events ?? []).map((e) => e.name));
  return [
    ...[...seen.parts].filter((p) => !parts.has(p)).map((p) => `part "${p}"`),
    ...[...seen.slots].filter((s) => !slots.has(s)).map((s) => `slot "${s || '(default)'}"`),
    ...[...seen.events].filter((e) => !events.has(e)).map((e) => `event "${e}"`),
  ];
}

describe('every story (stories/*.stories.ts)', () => {
  const containers: HTMLElement[] = [];
  before(() => {
    spyOnEvents();
    document.documentElement.lang = 'en';
  });
  after(() => {
    EventTarget.prototype.dispatchEvent = realDispatch;
  });
  afterEach(() => {
    for (const c of containers.splice(0)) c.remove();
  });

  it('finds every stories file, each with stories', () => {
    expect(files.map((f) => f.path)).to.include.members([
      '/stories/family-education.stories.ts',
      '/stories/insurance-check.stories.ts',
      '/stories/intake-questionnaire.stories.ts',
      '/stories/program-finder.stories.ts',
      '/stories/provider.stories.ts',
      '/stories/schedule-viewer.stories.ts',
    ]);
    for (const f of files) expect(f.stories.length, `${f.path}: stories`).to.be.greaterThan(0);
  });

  for (const file of files) {
    describe(file.path, () => {
      for (const [name, story] of file.stories) {
        it(`${name} renders and passes axe, and its parts, slots and events are documented`, async () => {
          const root = document.createElement('div');
          document.body.append(root);
          containers.push(root);
          dispatched.length = 0;
          renderStory(file, name, story, root);
          await settle(root);

          const els = kitElements(root);
          expect(els.length, 'renders kit elements').to.be.greaterThan(0);
          const shown = els.some((el) => (el.shadowRoot?.textContent ?? '').trim() !== '');
          expect(shown, 'the elements show something').to.be.true;
          await expect(root).to.be.accessible();

          const seen = new Map<string, Seen>();
          for (const el of els) {
            if (!documented.has(el.localName)) continue;
            const s = seen.get(el.localName) ?? { parts: new Set(), slots: new Set(), events: new Set() };
            const mine = seenIn(el);
            mine.parts.forEach((p) => s.parts.add(p));
            mine.slots.forEach((x) => s.slots.add(x));
            seen.set(el.localName, s);
          }
          for (const [tag, type] of dispatched) seen.get(tag)?.events.add(type);
          for (const [tag, s] of seen) expect(undocumented(documented.get(tag)!, s), `<${tag}> in ${name}: missing from custom-elements.json`).to.deep.equal([]);
        });
      }
    });
  }
});
