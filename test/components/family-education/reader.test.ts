import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render as litRender, type TemplateResult } from 'lit';
import { staticBlock } from '../../../src/components/family-education/blocks.js';
import { $, $$, click, mount, readerReady, text, withModules } from './helpers.js';
import { allModules, everyBlock, withBadBlock } from './fixtures.js';
import type { EducationProgressDetail } from '../../../src/define/family-education.js';

describe('iop-family-education reader', () => {
  it('renders every block type with Lit templates, headings under the element heading level', async () => {
    const el = await withModules(allModules(), { module: 'every-block' });
    expect(text($(el, 'h2#module-title'))).to.equal('Every kind of block');
    // Content headings: level 2 → h3, level 3 → h4.
    expect($$(el, 'h3.content-heading').map(text)).to.deep.equal(['What helps']);
    expect($$(el, 'h4.content-heading').map(text)).to.deep.equal(['A smaller heading']);
    const para = $(el, '.block-paragraph p')!;
    expect(text(para.querySelector('strong'))).to.equal('possible');
    expect(text(para.querySelector('em'))).to.equal('families');
    const [samhsa, tel] = [...para.querySelectorAll('a')];
    expect(samhsa!.getAttribute('href')).to.equal('https://www.samhsa.gov/');
    expect(samhsa!.getAttribute('target')).to.equal('_blank');
    expect(samhsa!.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(text(samhsa)).to.include('(opens in a new tab)');
    expect(tel!.getAttribute('href')).to.equal('tel:+15125550100');
    expect(tel!.hasAttribute('target')).to.equal(false);
    expect($$(el, '.block-list ul li').length).to.equal(2);
    expect($$(el, '.block-list ol li').length).to.equal(2);
    expect($$(el, '.callout').map((c) => c.getAttribute('role'))).to.deep.equal(['note', 'note', 'note']);
    expect(text($(el, 'figure.quote figcaption'))).to.equal('— A parent');
    const img = $<HTMLImageElement>(el, 'figure.image img')!;
    expect(img.getAttribute('alt')).to.equal('A person resting on a park bench with a cup of tea.');
    expect(text($(el, 'figure.video figcaption'))).to.equal('A short clip');
    expect($(el, 'figure.video .captions-link a')!.getAttribute('href')).to.equal('/media/how-iop-works.en.vtt');
    expect($$(el, 'fieldset.check').length).to.equal(2);
    expect($$(el, 'fieldset.check')[0]!.querySelectorAll('input[type="radio"]').length).to.equal(2);
    expect($$(el, 'fieldset.check')[1]!.querySelectorAll('input[type="checkbox"]').length).to.equal(3);
    expect(text($(el, '.reflection label'))).to.equal('What would you like to try this week?');
    await expect(el).to.be.accessible();
  });

  it('heading-level moves every heading', async () => {
    const el = await mount(html`<iop-family-education heading-level="3" .modules=${allModules()} module="every-block"></iop-family-education>`);
    await readerReady(el);
    expect($(el, 'h3#module-title')).to.exist;
    expect(text($(el, 'h4.content-heading'))).to.equal('What helps');
    expect(text($(el, 'h5.content-heading'))).to.equal('A smaller heading');
  });

  it('a crisis callout always shows call/text 988 and the center phone', async () => {
    const el = await withModules(allModules(), { module: 'every-block' });
    const crisis = $(el, '.callout.crisis')!;
    const hrefs = [...crisis.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include.members(['tel:988', 'sms:988', 'tel:+15125550100']);
    expect(text(crisis)).to.include('Call Harbor Light: (512) 555-0100');
  });

  it('shows "this part could not be displayed" for an invalid block and renders the rest', async () => {
    const el = await withModules([withBadBlock()], { module: 'bad-block' });
    const blocks = $$(el, '[data-block]');
    expect(blocks.length).to.equal(4);
    expect(text(blocks[2])).to.equal('⚠ This part could not be displayed.');
    expect(text(blocks[3])).to.equal('After the broken part.');
    await expect(el).to.be.accessible();
  });

  it('an invalid block from a custom backend does not reject the module', async () => {
    const backend = {
      listEducationModules: async () => [{ ...(withBadBlock() as object), blocks: undefined }],
      getEducationModule: async () => withBadBlock(),
    };
    const el = await mount(html`<iop-family-education locale="en" .backend=${backend} module="bad-block"></iop-family-education>`);
    await readerReady(el);
    expect(text($(el, '.invalid'))).to.equal('⚠ This part could not be displayed.');
    expect(text($(el, '#module-title'))).to.equal('A module with a broken part');
  });

  it('a video renders with a default captions track in the module language', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const block = { type: 'video' as const, src: '/media/clip.mp4', title: 'Clip', captions: '/media/clip.es.vtt', poster: '/images/p.svg' };
    const env = { t: (k: string) => k, level: 2, origin: location.origin, locale: 'es', center: {}, failedVideos: new Set<number>(), onVideoError: () => {} };
    litRender(staticBlock(block, 0, env as never) as TemplateResult, host);
    const video = host.querySelector('video')!;
    expect(video.getAttribute('src')).to.equal('/media/clip.mp4');
    expect(video.getAttribute('poster')).to.equal('/images/p.svg');
    const track = video.querySelector('track')!;
    expect([track.getAttribute('kind'), track.getAttribute('srclang'), track.hasAttribute('default')]).to.deep.equal(['captions', 'es', true]);
    host.remove();
  });

  it('a video that cannot play falls back to a notice with the captions link', async () => {
    const el = await withModules(allModules(), { module: 'every-block' });
    // The clip does not exist; a hidden test page may defer media loading, so report the failure as the browser would.
    $(el, 'video')?.dispatchEvent(new Event('error'));
    await waitUntil(() => $(el, '.video-unavailable'), 'the missing video did not fall back', { timeout: 5000 });
    expect(text($(el, '.video-unavailable'))).to.include('This video can’t be played here.');
    expect($(el, '.captions-link a')!.getAttribute('href')).to.equal('/media/how-iop-works.en.vtt');
    await expect(el).to.be.accessible();
  });

  it('single choice: wrong answer feedback, try again, right answer, score in the event', async () => {
    const el = await withModules(allModules(), { module: 'every-block' });
    const events: EducationProgressDetail[] = [];
    el.addEventListener('iop-education-progress', (e) => events.push(e.detail));
    const check = () => $$(el, 'fieldset.check')[0]!;
    (check().querySelector('.check-answer') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(text(check().querySelector('[role="status"]'))).to.equal('Please choose an answer first.');
    (check().querySelectorAll('input')[1] as HTMLInputElement).click();
    await el.updateComplete;
    (check().querySelector('.check-answer') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(text(check().querySelector('.feedback'))).to.equal('✗ Not quite. Not quite. It is a health condition.');
    const status = text(check().querySelector('[role="status"]'));
    expect(status).to.include('That answer is not right yet.');
    expect(status).to.include('It is only willpower.: ✗ Not quite.');
    expect(events.at(-1)).to.deep.include({ object: { moduleId: 'every-block', blockId: 'check-one' } });
    expect(events.at(-1)!.verb.display).to.equal('answered');
    expect(events.at(-1)!.result).to.deep.equal({ score: { scaled: 0 }, success: false });
    await expect(el).to.be.accessible();
    (check().querySelector('.retry') as HTMLButtonElement).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(check().querySelector('.feedback')).to.equal(null);
    expect([...check().querySelectorAll('input')].some((i) => (i as HTMLInputElement).checked)).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(check().querySelector('input'));
    (check().querySelectorAll('input')[0] as HTMLInputElement).click();
    await el.updateComplete;
    (check().querySelector('.check-answer') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(text(check().querySelector('.feedback'))).to.equal('✓ Correct. Yes. Treatment works.');
    expect(check().querySelector('.feedback strong + strong')?.textContent).to.equal('Treatment');
    expect(text(check().querySelector('.verdict'))).to.equal('Well done: your answer is right.');
    expect(events.at(-1)!.result).to.deep.equal({ score: { scaled: 1 }, success: true });
  });

  it('multiple choice: partial score and per-option feedback', async () => {
    const el = await withModules(allModules(), { module: 'every-block' });
    const check = $$(el, 'fieldset.check')[1]!;
    const inputs = check.querySelectorAll('input');
    for (const i of inputs) (i as HTMLInputElement).click();
    await el.updateComplete;
    (check.querySelector('.check-answer') as HTMLButtonElement).click();
    await el.updateComplete;
    const feedback = [...check.querySelectorAll('.feedback')].map(text);
    expect(feedback).to.deep.equal(['✓ Correct. Right: group is central.', '✓ Correct. Right: families take part.', '✗ Not quite. No: people live at home.']);
    // (2 right − 1 wrong) / 2 right options.
    expect(text(check.querySelector('.verdict'))).to.equal('Your score: 50%. Read the notes under your choices, then try again if you like.');
  });

  it('works from the keyboard: Tab to an option, arrows choose, Enter checks', async () => {
    const el = await withModules(allModules(), { module: 'every-block' });
    const first = $$<HTMLInputElement>(el, 'fieldset.check input[type="radio"]')[0]!;
    first.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect($$<HTMLInputElement>(el, 'fieldset.check input[type="radio"]')[1]!.checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.classList.contains('check-answer')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text($(el, 'fieldset.check .verdict'))).to.include('not right yet');
    expect(el.shadowRoot!.activeElement?.classList.contains('retry')).to.equal(true); // the same button, now "Try again"
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($$(el, 'fieldset.check input')[0]);
  });

  it('next and previous follow the suggested order; back returns to the catalogue', async () => {
    const el = await withModules(allModules(), { module: 'every-block' });
    expect($(el, '.prev')).to.equal(null);
    expect(text($(el, '.next'))).to.equal('Next module: Caring for yourself →');
    await click(el, '.next');
    await readerReady(el);
    expect(text($(el, '#module-title'))).to.equal('Caring for yourself');
    expect(el.shadowRoot!.activeElement?.id).to.equal('module-title');
    expect(text($(el, '.prev'))).to.include('Every kind of block');
    await click(el, '.back-button');
    await el.updateComplete;
    expect($(el, '.cards')).to.exist;
    expect(el.shadowRoot!.activeElement?.closest('[data-card]')?.getAttribute('data-card')).to.equal('second-module');
  });

  it('mark complete: completed state, event, and undo', async () => {
    const el = await withModules(allModules(), { module: 'second-module' });
    const events: EducationProgressDetail[] = [];
    el.addEventListener('iop-education-progress', (e) => events.push(e.detail));
    await click(el, '.mark-complete');
    expect(text($(el, '.completed-note'))).to.equal('You completed this module. Thank you for taking the time.');
    expect(text($(el, '.reading-progress .percent'))).to.equal('✓ Completed');
    expect(events.at(-1)!.verb.display).to.equal('completed');
    expect(events.at(-1)!.result).to.deep.equal({ completion: true });
    expect(JSON.stringify(events)).to.not.match(/actor/);
    await expect(el).to.be.accessible();
    await click(el, '.back-button');
    expect(text($(el, '[data-card="second-module"] .status'))).to.equal('✓ Completed');
  });

  it('emits "experienced" when a module is opened', async () => {
    const events: EducationProgressDetail[] = [];
    document.addEventListener('iop-education-progress', (e) => events.push(e.detail));
    await withModules([everyBlock()], { module: 'every-block' });
    expect(events.some((e) => e.verb.display === 'experienced' && e.object.moduleId === 'every-block' && !e.object.blockId)).to.equal(true);
  });

  it('an unknown module id shows a not-found message with a way back', async () => {
    const el = await withModules(allModules(), { module: 'no-such-module' });
    expect(text($(el, '.reader-message'))).to.include('We couldn’t find this module.');
    expect($(el, '.back-button')).to.exist;
    await expect(el).to.be.accessible();
  });
});
