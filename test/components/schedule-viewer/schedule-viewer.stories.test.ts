import { expect, waitUntil } from '@open-wc/testing';
import { render as litRender } from 'lit';
import type { TemplateResult } from 'lit';
import meta, * as stories from '../../../stories/schedule-viewer.stories.js';
import type { IopScheduleViewer } from '../../../src/define/schedule-viewer.js';

type Args = { locale: string; view: '' | 'week' | 'list'; viewerTimeZone: string };
type Render = (args: Args, context: unknown) => TemplateResult;

const containers: HTMLElement[] = [];

/** Renders a story into a plain container (fixture() of a non-Lit root waits for a frame). */
async function renderStory(name: string): Promise<IopScheduleViewer[]> {
  const story = (stories as Record<string, { args?: Partial<Args>; render?: Render }>)[name]!;
  const render = (story.render ?? meta.render) as Render;
  const el = document.createElement('div');
  document.body.append(el);
  containers.push(el);
  litRender(render({ ...(meta.args as Args), ...story.args }, {}), el);
  const viewers = [...el.querySelectorAll('iop-schedule-viewer')];
  await Promise.all(viewers.map((v) => v.updateComplete));
  return viewers;
}

const shadowText = (v: IopScheduleViewer, selector: string) => (v.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('schedule-viewer stories', () => {
  afterEach(() => {
    for (const c of containers.splice(0)) c.remove();
  });

  const names = Object.keys(stories).filter((n) => n !== 'default');

  it('exports a story for every state', () => {
    expect(names).to.include.members(['OneProgram', 'ListView', 'Spanish', 'Loading', 'Empty', 'ErrorState', 'NotFound', 'NoSchedule', 'Compare', 'ViewerTimeZone', 'FitsMyWeek', 'Narrow']);
  });

  for (const name of names) {
    it(`${name} renders and is accessible`, async () => {
      const [viewer] = await renderStory(name);
      expect(viewer).to.exist;
      if (name !== 'Loading') await waitUntil(() => !viewer!.shadowRoot!.querySelector('.program.loading'), 'still loading', { timeout: 3000 });
      await viewer!.updateComplete;
      expect(viewer!.shadowRoot!.textContent!.trim()).not.to.equal('');
      await expect(viewer!.parentElement!).to.be.accessible();
    });
  }

  it('each state shows what it promises', async () => {
    const [loading] = await renderStory('Loading');
    expect(shadowText(loading!, '[role="status"]')).to.equal('Loading the schedule…');
    const [error] = await renderStory('ErrorState');
    await waitUntil(() => error!.shadowRoot!.querySelector('.error'));
    expect(shadowText(error!, '.error .message')).to.contain("We couldn't connect");
    const [compare] = await renderStory('Compare');
    await waitUntil(() => compare!.shadowRoot!.querySelectorAll('table').length === 3, 'compare tables', { timeout: 5000 });
    expect(shadowText(compare!, '.not-found')).to.contain('missing-program');
    const [fits] = await renderStory('FitsMyWeek');
    expect(fits!.shadowRoot!.querySelectorAll('.session.clash').length).to.equal(3);
    const [tz] = await renderStory('ViewerTimeZone');
    expect(shadowText(tz!, '.viewer-time')).to.equal('(3:00 PM – 5:00 PM your time)');
    const [narrow] = await renderStory('Narrow');
    await waitUntil(() => narrow!.shadowRoot!.querySelector('.agenda'), 'narrow list', { timeout: 5000 });
  });
});
