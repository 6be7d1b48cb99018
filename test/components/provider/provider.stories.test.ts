import { expect } from '@open-wc/testing';
import { render as litRender } from 'lit';
import type { TemplateResult } from 'lit';
import meta, * as stories from '../../../stories/provider.stories.js';

type Args = { locale: string; centerName: string; centerPhone: string };
type Render = (args: Args, context: unknown) => TemplateResult;

const shown = (root: Element, selector: string) =>
  [...root.querySelectorAll('iop-provider-demo')].map((el) => el.shadowRoot!.querySelector(selector)!.textContent!.trim());

async function renderStory(name: string): Promise<HTMLElement> {
  const story = (stories as Record<string, { args?: Partial<Args>; render?: Render }>)[name]!;
  const render = (story.render ?? meta.render) as Render;
  const args = { ...(meta.args as Args), ...story.args };
  // Rendered into a plain container rather than with fixture(): fixture waits for an animation
  // frame when the root is not a Lit element, and background test pages may not get one.
  const el = document.createElement('div');
  document.body.append(el);
  containers.push(el);
  litRender(render(args, {}), el);
  await Promise.all([...el.querySelectorAll('iop-provider-demo')].map((d) => (d as unknown as { updateComplete: Promise<unknown> }).updateComplete));
  return el;
}

const containers: HTMLElement[] = [];

describe('provider stories', () => {
  afterEach(() => {
    for (const c of containers.splice(0)) c.remove();
  });

  const names = Object.keys(stories).filter((name) => name !== 'default');

  it('exports stories', () => {
    expect(names).to.include.members(['English', 'Spanish', 'ElementOverrides', 'WithoutProvider', 'Themed']);
  });

  for (const name of names) {
    it(`${name} renders and is accessible`, async () => {
      const el = await renderStory(name);
      expect(el.querySelectorAll('iop-provider-demo').length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });
  }

  it('English shows the English locale and the center name from the provider', async () => {
    const el = await renderStory('English');
    expect(shown(el, '.locale')).to.deep.equal(['English (en)']);
    expect(shown(el, '.center-name')).to.deep.equal(['Harbor Recovery Center']);
  });

  it('Spanish shows Spanish labels and the Spanish center name', async () => {
    const el = await renderStory('Spanish');
    expect(shown(el, '.locale')).to.deep.equal(['Español (es)']);
    expect(shown(el, '.center-name')).to.deep.equal(['Centro de Recuperación Harbor']);
    expect(el.querySelector('iop-provider-demo')!.shadowRoot!.querySelector('h2')!.textContent).to.equal('Lo que recibió este elemento');
  });

  it("ElementOverrides shows an element's own locale and name winning", async () => {
    const el = await renderStory('ElementOverrides');
    expect(shown(el, '.locale')).to.deep.equal(['English (en)', 'Español (es)']);
    expect(shown(el, '.center-name')).to.deep.equal(['Harbor Recovery Center', 'Harbor Evening IOP']);
    expect(shown(el, '.center-phone')).to.deep.equal(['(555) 201-0100', '(555) 201-0100']);
  });

  it('WithoutProvider follows the page lang, then English', async () => {
    const el = await renderStory('WithoutProvider');
    expect(shown(el, '.locale')).to.deep.equal(['Español (es)', 'English (en)']);
    expect(shown(el, '.center-name')).to.deep.equal(['Sin definir', 'Not set']);
  });
});
