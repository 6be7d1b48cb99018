/** Crisis safety: help at once, first on the page, focused, announced; the event once; continuing. */
import { expect, html, waitUntil } from '@open-wc/testing';
import type { IntakeCrisisDetail } from '../../../src/components/intake-questionnaire/events.js';
import { allText, choose, click, dbName, focused, heading, mount, mountForm, next, q, qq, reviewShown, screenerForm, text, type } from './helpers.js';

async function toMood(form = screenerForm(), locale = 'en') {
  const el = await mountForm(form, dbName(), { locale });
  await type(el, 'first', 'Kim');
  await next(el);
  return el;
}

describe('<iop-intake-questionnaire> crisis safety', () => {
  it('PHQ-9 item 9 above 0: the crisis panel appears on the same page, before the questions, focused and announced; the event fires once', async () => {
    const el = await toMood();
    const events: IntakeCrisisDetail[] = [];
    el.addEventListener('iop-intake-crisis', (e) => events.push(e.detail));
    await choose(el, 'phq9-1', '1');
    expect(q(el, '#crisis-panel')).to.equal(null);
    await choose(el, 'phq9-9', '2');
    expect(heading(el)).to.equal('Mood'); // same page
    const panel = q(el, '#crisis-panel')!;
    expect(panel).to.exist;
    // Before the heading and the questions: first in the page section.
    const page = q(el, 'section.page')!;
    expect(page.firstElementChild).to.equal(panel);
    expect(panel.compareDocumentPosition(q(el, '[data-q="phq9-1"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(focused(el)).to.equal(panel);
    const hrefs = qq<HTMLAnchorElement>(el, '#crisis-panel a').map((a) => a.getAttribute('href'));
    expect(hrefs).to.include.members(['tel:988', 'sms:988', 'tel:911', 'tel:+15552010100']);
    expect(text(el, '#crisis-panel')).to.include('Call Harbor Recovery: (555) 201-0100');
    await waitUntil(() => text(el, '[aria-live="assertive"]').includes('988'), 'assertive announcement');
    expect(events).to.deep.equal([{ sources: ['phq9-9'] }]);
    await expect(el).to.be.accessible();
    // Changing to another positive answer is the same occurrence.
    await choose(el, 'phq9-9', '3');
    expect(events).to.have.length(1);
    // Nothing in the kit shows a score, band or diagnosis.
    expect(allText(el)).not.to.match(/moderately|severe|depress(ion|ed) (score|band)|score/i);
  });

  it('the person can continue after acknowledging; a reminder stays; help returns when a new source appears', async () => {
    const el = await toMood();
    const events: IntakeCrisisDetail[] = [];
    el.addEventListener('iop-intake-crisis', (e) => events.push(e.detail));
    await choose(el, 'phq9-9', '1');
    await click(el, 'button[data-action="crisis-continue"]');
    expect(q(el, '#crisis-panel')).to.equal(null);
    expect(text(el, '.crisis-reminder')).to.include('988');
    expect(focused(el)?.id).to.equal('q-phq9-9');
    await choose(el, 'crisis-now', true);
    expect(q(el, '#crisis-panel')).to.exist;
    expect(events.map((e) => e.sources)).to.deep.equal([['phq9-9'], ['phq9-9', 'crisis-now']]);
    await click(el, 'button[data-action="crisis-continue"]');
    // Clearing it (answer 0, no) and raising it again is a new occurrence.
    await choose(el, 'phq9-9', '0');
    await choose(el, 'crisis-now', false);
    await choose(el, 'phq9-9', '1');
    expect(events).to.have.length(3);
  });

  it('the form’s own crisis question (default form, "right now") shows help and the submission carries the crisis flag', async () => {
    const el = await mount(html`<iop-intake-questionnaire storage-name=${dbName()} locale="es" center-phone="(555) 201-0100"></iop-intake-questionnaire>`);
    el.goTo('mental-health');
    await el.updateComplete;
    await choose(el, 'crisis-now', true);
    expect(q(el, '#crisis-panel')).to.exist;
    expect(text(el, '#crisis-panel')).to.include('Llamar al 988');
    expect(text(el, '#crisis-panel')).to.include('Entiendo — continuar con el formulario');
    await expect(el).to.be.accessible();
    expect(el.session!.flags(el.answers)).to.include('crisis');
  });

  it('level-of-care flags give gentle copy on the review page, never a refusal', async () => {
    const el = await mount(html`<iop-intake-questionnaire storage-name=${dbName()} locale="en"></iop-intake-questionnaire>`);
    el.answers = { reason: 'substance-use', 'withdrawal-history': ['seizures'] };
    el.goTo('review');
    await reviewShown(el);
    expect(text(el, '.flag-notes')).to.include('Our team will talk with you about the safest first step.');
    expect(allText(el)).not.to.match(/not eligible|cannot accept|can't accept|refus/i);
    await expect(el).to.be.accessible();
  });
});
