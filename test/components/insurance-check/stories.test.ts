/** Every exported story renders, reaches its state and passes axe. */
import { expect, waitUntil } from '@open-wc/testing';
import { render as litRender } from 'lit';
import type { TemplateResult } from 'lit';
import meta, * as stories from '../../../stories/insurance-check.stories.js';
import type { IopInsuranceCheck } from '../../../src/components/insurance-check/insurance-check.js';

type Args = Record<string, string>;
type Render = (args: Args, context: unknown) => TemplateResult;

/** What each story must show once settled: a selector and its text (substring). */
const EXPECT: Record<string, [string, string]> = {
  EmptyForm: ['h2', 'Check your insurance'],
  Spanish: ['h2', 'Verifique su seguro'],
  Narrow320: ['h2', 'Check your insurance'],
  ForAMinor: ['.guardian-note', 'under 18'],
  ErrorSummary: ['.error-summary h3', 'Please check 7 answers'],
  WithCardPhotos: ['label[for="f-card-front"]', 'Front of the card'],
  Sending: ['#sending', 'Checking with the insurance company'],
  Active: ['#result-heading', 'Good news: the plan is active'],
  ActiveSpanish: ['#result-heading', 'Buenas noticias'],
  CarveOut: ['.carve-out', 'Magellan Healthcare'],
  CoinsuranceOnly: ['.benefit', 'Coinsurance 30%'],
  OutOfNetwork: ['section.alternatives', 'Other ways to pay for care'],
  Inactive: ['#result-heading', 'not active'],
  NotFound: ['#result-heading', 'could not match'],
  NeedsReview: ['.hours', 'Mon–Fri 8 AM–6 PM'],
  PayerError: ['#result-heading', "couldn't get an answer"],
  NetworkFailure: ['#failed-heading', "We couldn't send your details"],
  StaticSite: ['#notice-heading', 'not available on this website'],
  NpiConfigurationError: ['#notice-heading', 'not set up correctly'],
};

const containers: HTMLElement[] = [];

async function renderStory(name: string): Promise<IopInsuranceCheck> {
  const story = (stories as Record<string, { args?: Args; render?: Render }>)[name]!;
  const render = (story.render ?? meta.render) as Render;
  const el = document.createElement('div');
  document.body.append(el);
  containers.push(el);
  litRender(render({ ...(meta.args as Args), ...story.args }, {}), el);
  const check = el.querySelector('iop-insurance-check') as IopInsuranceCheck;
  await check.updateComplete;
  return check;
}

describe('insurance-check stories', () => {
  afterEach(() => {
    for (const c of containers.splice(0)) c.remove();
  });

  const names = Object.keys(stories).filter((n) => n !== 'default');

  it('exports every state', () => {
    expect(names.sort()).to.deep.equal(Object.keys(EXPECT).sort());
  });

  for (const name of names) {
    it(`${name} reaches its state and is accessible`, async () => {
      const el = await renderStory(name);
      const [selector, expected] = EXPECT[name]!;
      await waitUntil(() => el.shadowRoot!.querySelector(selector)?.textContent?.includes(expected), `${name}: ${selector} shows "${expected}"`, { timeout: 5000 });
      await expect(el).to.be.accessible();
    });
  }
});
