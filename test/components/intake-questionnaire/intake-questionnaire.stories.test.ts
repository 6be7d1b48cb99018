import { expect, waitUntil } from '@open-wc/testing';
import { render as litRender } from 'lit';
import type { TemplateResult } from 'lit';
import meta, * as stories from '../../../stories/intake-questionnaire.stories.js';
import type { IopIntakeQuestionnaire } from '../../../src/define/intake-questionnaire.js';

type Args = { locale: string };
type Render = (args: Args, context: unknown) => TemplateResult;

const containers: HTMLElement[] = [];

/** Renders a story into a plain container and waits for the element to be ready. */
async function renderStory(name: string): Promise<IopIntakeQuestionnaire> {
  const story = (stories as Record<string, { args?: Partial<Args>; render?: Render }>)[name]!;
  const render = (story.render ?? meta.render) as Render;
  const el = document.createElement('div');
  document.body.append(el);
  containers.push(el);
  litRender(render({ ...(meta.args as Args), ...story.args }, {}), el);
  const q = el.querySelector('iop-intake-questionnaire')!;
  if (name !== 'Loading') await q.whenReady();
  await q.updateComplete;
  return q;
}

const sel = (el: IopIntakeQuestionnaire, s: string) => el.shadowRoot!.querySelector(s);
const txt = (el: IopIntakeQuestionnaire, s: string) => (sel(el, s)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What each story must show once it has settled. */
const expected: Record<string, (el: IopIntakeQuestionnaire) => boolean> = {
  DefaultForm: (el) => txt(el, '#page-heading') === 'About you',
  Spanish: (el) => txt(el, '#page-heading') === 'Sus datos',
  Narrow: (el) => !!sel(el, '#page-heading'),
  Loading: (el) => txt(el, '.loading') === 'Loading the questionnaire…',
  ErrorState: (el) => txt(el, '.error-state .message').includes("We couldn't connect"),
  SubstanceUsePage: (el) => !!sel(el, '[data-q="withdrawal-history"]'),
  ScreenersPage: (el) => txt(el, '#inst-phq9') === 'About your mood',
  ConsentsPage: (el) => !!sel(el, '.consent-body') && !!sel(el, '#q-signature-date'),
  CrisisPanel: (el) => !!sel(el, '#crisis-panel'),
  ErrorSummary: (el) => !!sel(el, '#error-summary'),
  ResumePrompt: (el) => txt(el, '#resume-title') === 'Welcome back — continue where you left off',
  Review: (el) => txt(el, '#page-heading') === 'Review your answers' && txt(el, '.flag-notes').includes('safest first step'),
  OfflineQueued: (el) => txt(el, '.status-line').includes("when you're back online"),
  Receipt: (el) => txt(el, '.receipt-line') === 'Received. Your reference is HL-2026-0042.',
  StaticSource: (el) => txt(el, '#status-title') === "This form can't be sent from this website",
  NotKept: (el) => txt(el, '.notice.storage').includes("can't be saved on this device"),
  FhirLoincPhq9: (el) => txt(el, '#page-heading') === 'PHQ-9 quick depression assessment panel' && !!sel(el, '#crisis-panel') && !!sel(el, '[data-q="phq9-9"]'),
  FhirNestedEnableWhen: (el) => txt(el, '#page-heading') === 'Where you live' && !!sel(el, '[data-q="childcare-when"] input'),
};

describe('intake-questionnaire stories', () => {
  afterEach(() => {
    for (const c of containers.splice(0)) c.remove();
  });

  const names = Object.keys(stories).filter((n) => n !== 'default');

  it('exports a story for every state', () => {
    expect(names).to.have.members(Object.keys(expected));
  });

  for (const name of names) {
    it(`${name} shows its state and is accessible`, async () => {
      const el = await renderStory(name);
      await waitUntil(() => expected[name]!(el), `${name} state`, { timeout: 5000 });
      await el.updateComplete;
      await expect(el.parentElement!).to.be.accessible();
    });
  }
});
