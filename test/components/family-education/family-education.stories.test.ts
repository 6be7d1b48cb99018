import { expect, waitUntil } from '@open-wc/testing';
import { render as litRender } from 'lit';
import type { TemplateResult } from 'lit';
import meta, * as stories from '../../../stories/family-education.stories.js';
import type { IopFamilyEducation } from '../../../src/define/family-education.js';

type Args = { locale: string };
type Render = (args: Args, context: unknown) => TemplateResult;

const containers: HTMLElement[] = [];
const sel = (el: IopFamilyEducation, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const txt = (el: IopFamilyEducation, s: string) => (sel(el, s)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What each story must show once it has settled. */
const expected: Record<string, (el: IopFamilyEducation) => boolean> = {
  Catalogue: (el) => txt(el, '[data-card="second-module"] .status').startsWith('In progress') && txt(el, '#catalogue-title') === 'Learning for families',
  Spanish: (el) => txt(el, '#catalogue-title') === 'Aprendizaje para familias' && !!sel(el, '[data-card="todos-los-bloques"]'),
  Module: (el) => txt(el, '#module-title') === 'Every kind of block',
  CheckWrong: (el) => txt(el, 'fieldset.check .feedback').startsWith('✗ Not quite.'),
  CheckRight: (el) => txt(el, 'fieldset.check .verdict') === 'Well done: your answer is right.',
  Completed: (el) => txt(el, '.completed-note').startsWith('You completed this module.'),
  InvalidBlock: (el) => txt(el, '.invalid') === '⚠ This part could not be displayed.',
  Print: (el) => !!sel(el, '.print') && txt(el, 'fieldset.check .verdict') !== '',
  SpanishModule: (el) => txt(el, '#module-title') === 'Todos los bloques' && txt(el, '.switch-language') === 'Read this in English',
  Narrow: (el) => el.getBoundingClientRect().width === 320 && !!sel(el, '#module-title'),
  LargeText: (el) => txt(el, '#size-label') === 'Text size: 200%' && el.scrollWidth <= 320,
  Loading: (el) => txt(el, '.loading') === 'Loading the modules…',
  Empty: (el) => txt(el, '.empty') === 'There are no modules to read yet.',
  ErrorState: (el) => txt(el, '.error-state .message').includes("We couldn't connect"),
};

async function renderStory(name: string): Promise<IopFamilyEducation> {
  const story = (stories as Record<string, { args?: Partial<Args>; render?: Render }>)[name]!;
  const render = (story.render ?? meta.render) as Render;
  const host = document.createElement('div');
  document.body.append(host);
  containers.push(host);
  litRender(render({ ...(meta.args as Args), ...story.args }, {}), host);
  const el = host.querySelector('iop-family-education')!;
  await el.updateComplete;
  return el;
}

describe('family-education stories', () => {
  afterEach(() => {
    for (const c of containers.splice(0)) c.remove();
  });

  const names = Object.keys(stories).filter((n) => n !== 'default');

  it('exports a story for every state', () => {
    expect(names).to.have.members(Object.keys(expected));
  });

  for (const name of names) {
    it(`${name} renders its state and passes axe`, async () => {
      const el = await renderStory(name);
      await waitUntil(() => expected[name]!(el), `story ${name} did not reach its state`, { timeout: 5000 });
      await expect(el).to.be.accessible();
    });
  }
});
