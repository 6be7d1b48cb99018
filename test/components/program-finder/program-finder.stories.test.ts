import { expect, waitUntil } from '@open-wc/testing';
import { render as litRender } from 'lit';
import type { TemplateResult } from 'lit';
import meta, * as stories from '../../../stories/program-finder.stories.js';
import type { ProgramFinder } from '../../../src/components/program-finder/program-finder.js';

type Render = (args: Record<string, unknown>, context: unknown) => TemplateResult;
const containers: HTMLElement[] = [];

async function renderStory(name: string): Promise<ProgramFinder> {
  const story = (stories as unknown as Record<string, { args?: Record<string, unknown>; render?: Render }>)[name]!;
  const render = (story.render ?? meta.render) as Render;
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  litRender(render({ ...meta.args, ...story.args }, {}), container);
  const el = container.querySelector('iop-program-finder') as ProgramFinder;
  await el.updateComplete;
  if (name !== 'Loading') await waitUntil(() => el.status !== 'loading', `${name} loaded`, { timeout: 5000 });
  await el.updateComplete;
  // A part fetched on demand (compare, "Fits my week", "nothing matches") is checked once it is on screen.
  await waitUntil(() => !el.shadowRoot!.querySelector('.part-loading'), `${name}: parts loaded`, { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** Compare, "Fits my week" and "nothing matches" are fetched on demand: wait for `sel` first. */
async function shownText(el: ProgramFinder, sel: string): Promise<string> {
  await waitUntil(() => el.shadowRoot!.querySelector(sel), `${sel} shown`, { timeout: 5000 });
  return text(el, sel);
}

const text = (el: ProgramFinder, sel: string) => (el.shadowRoot!.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('program finder stories', () => {
  afterEach(() => {
    for (const c of containers.splice(0)) c.remove();
  });

  const names = Object.keys(stories).filter((n) => n !== 'default' && n !== 'samplePrograms');

  it('exports every state', () => {
    expect(names).to.include.members(['Typical', 'Loading', 'ErrorState', 'Empty', 'OneProgram', 'NoMatch', 'Compare', 'FitsMyWeek', 'Spanish', 'Narrow']);
  });

  for (const name of names) {
    it(`${name} renders and is accessible`, async () => {
      const el = await renderStory(name);
      expect(el.shadowRoot!.querySelector('h2')).to.exist;
      await expect(el).to.be.accessible();
    });
  }

  it('each story shows what it promises', async () => {
    expect(text(await renderStory('Loading'), '.loading')).to.equal('Loading programs…');
    expect(text(await renderStory('ErrorState'), '.state.error')).to.contain('Call Harbor Light Recovery at (512) 555-0100');
    expect(text(await renderStory('Typical'), '#results-heading')).to.equal('12 programs match');
    expect(text(await renderStory('SomeMalformed'), '.rejected')).to.match(/^2 programs could not be shown/);
    expect(await shownText(await renderStory('NoMatch'), '.empty-result')).to.match(/^No programs match Virtual \(online\) \+ Veterans \+ Women\./);
    const compare = await renderStory('Compare');
    await shownText(compare, 'thead');
    expect(compare.shadowRoot!.querySelectorAll('thead th').length).to.equal(3);
    expect(await shownText(await renderStory('FitsMyWeek'), '.busy-list')).to.equal('Mon–Fri, 9:00 AM–5:00 PM Remove');
    expect(text(await renderStory('Spanish'), '#results-heading')).to.equal('12 programas coinciden');
    const locator = await renderStory('FromLocatorRows');
    expect(text(locator, '#results-heading')).to.equal('4 programs match');
    expect(text(locator, '[data-program-id="locator-xyz0001"] .no-schedule')).to.equal('Schedule not published — call (512) 555-0102');
    const narrow = await renderStory('Narrow');
    expect(getComputedStyle(narrow.shadowRoot!.querySelector('.filters-toggle')!).display).to.not.equal('none');
  });
});
