/**
 * Family education first render of a 100-block module: the element is created with
 * `.modules` (a fresh copy each run, so the block-by-block validation is timed too) and
 * `module` set, appended, and timed until `updateComplete`. The module mixes every block
 * type the way real modules do (paragraphs with inline markup, headings, lists, callouts,
 * quotes, images, a video, knowledge checks and reflections). Storage is in memory, so
 * IndexedDB is not part of the timing (progress is restored just after, asynchronously).
 * The reader's code (fetched on demand) is fetched once in `setup`, as a page does when the
 * first module is opened, so the runs time the render itself.
 */
import '../../src/define/family-education.js';
import type { IopFamilyEducation } from '../../src/define/family-education.js';
import { createMemoryStorage } from '../../src/core/storage/memory.js';
import type { Block, EducationModule } from '../../src/core/schemas/education.js';
import type { BenchCase } from '../harness/types.js';

const BLOCKS = 100;
/**
 * The bench page serves no images or videos, and the harness treats a 404 in the console as
 * a failure: media point at the bench page itself (answers 200; the browser just cannot
 * decode it, silently), so the DOM work is the same as with real media.
 */
const MEDIA = '/index.html';

function block(i: number): Block {
  switch (i % 10) {
    case 0:
      return { type: 'heading', level: i % 20 === 0 ? 2 : 3, text: `Part ${i / 10 + 1}: what families can do` };
    case 1:
    case 2:
    case 5:
      return {
        type: 'paragraph',
        text: `Paragraph ${i}. Recovery is **possible**, and families *matter*. Talk with the care team, and read more at [SAMHSA](https://www.samhsa.gov/find-help). Take one small step today; you do not have to do it all at once.`,
      };
    case 3:
      return { type: 'list', items: ['Listen without judging', 'Set a **clear** boundary', 'Take care of *yourself*', 'Call [the center](tel:+15125550100)'] };
    case 4:
      return { type: 'callout', variant: i % 30 === 4 ? 'crisis' : 'tip', title: 'Remember', text: 'Call or text **988** any time, day or night.' };
    case 6:
      return { type: 'quote', text: 'I learned that I could love my son and still say no.', cite: 'A parent' };
    case 7:
      return i === 7
        ? { type: 'video', src: MEDIA, title: 'A week in an IOP', captions: MEDIA }
        : { type: 'image', src: MEDIA, alt: 'A person resting on a park bench with a cup of tea.', caption: 'Rest counts.' };
    case 8:
      return {
        type: 'check',
        id: `check-${i}`,
        question: 'Which of these are part of IOP? Choose all that apply.',
        multiple: i % 20 === 8,
        options: [
          { id: 'a', text: 'Group therapy', correct: true, feedback: 'Right. **Group** is the center of most IOPs.' },
          { id: 'b', text: 'Family sessions', correct: i % 20 === 8, feedback: 'Families often take part.' },
          { id: 'c', text: 'Sleeping at the center', correct: false, feedback: 'Not in IOP: people live at home.' },
        ],
      };
    default:
      return { type: 'reflection', id: `reflect-${i}`, prompt: 'What is one thing you would like to try this week?' };
  }
}

const source: EducationModule = {
  id: 'bench-module',
  locale: 'en',
  title: 'A long module',
  summary: 'One hundred blocks of every kind.',
  audience: 'family',
  estimatedMinutes: 45,
  blocks: Array.from({ length: BLOCKS }, (_, i) => block(i)),
};

const stage = (): HTMLElement => document.getElementById('stage') ?? document.body;

interface Ctx {
  fresh: unknown[];
  el?: IopFamilyEducation;
}

function make(modules: unknown[]): IopFamilyEducation {
  const el = document.createElement('iop-family-education');
  el.modules = modules;
  el.storage = createMemoryStorage('unavailable');
  el.setAttribute('locale', 'en');
  el.setAttribute('module', 'bench-module');
  return el;
}

const kit: BenchCase<Ctx> = {
  name: 'family-education: 100-block module, first render',
  description: '100 blocks (every type), created with .modules + module, append, await updateComplete',
  budgetMs: 50,
  iterations: 30,
  warmup: 5,
  async setup() {
    const el = make([structuredClone(source)]);
    stage().append(el);
    await el.updateComplete;
    // The reader's code is fetched on demand, once per page; from then on every element renders
    // a module in its first update, which is what the runs time.
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('article.reader'); i++) {
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
    }
    const blocks = el.shadowRoot!.querySelectorAll('[data-block]').length;
    const invalid = el.shadowRoot!.querySelectorAll('.invalid').length;
    el.remove();
    if (blocks !== BLOCKS || invalid !== 0) throw new Error(`expected ${BLOCKS} valid blocks, got ${blocks} (${invalid} invalid)`);
    return { fresh: [] };
  },
  beforeEach(ctx) {
    ctx.el?.remove();
    ctx.fresh = [structuredClone(source)];
  },
  async run(ctx) {
    const el = make(ctx.fresh);
    stage().append(el);
    await el.updateComplete;
    ctx.el = el;
  },
  teardown(ctx) {
    ctx.el?.remove();
  },
};

export default [kit];
