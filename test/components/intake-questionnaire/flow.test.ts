/** Rendering, every question type, step validation, focus, Back, review and Spanish. */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { IntakePageChangeDetail } from '../../../src/components/intake-questionnaire/events.js';
import {
  allText,
  allTypesForm,
  back,
  choose,
  click,
  dbName,
  fid,
  focused,
  heading,
  mount,
  mountForm,
  next,
  q,
  qq,
  reviewShown,
  text,
  type,
} from './helpers.js';

describe('<iop-intake-questionnaire> pages and questions', () => {
  it('runs the built-in default form when neither .form nor form-id is given', async () => {
    const el = await mount(html`<iop-intake-questionnaire storage-name=${dbName()} locale="en" center-phone="(555) 201-0100"></iop-intake-questionnaire>`);
    expect(text(el, '.form-title')).to.equal('Start your intake');
    expect(heading(el)).to.equal('About you');
    expect(text(el, '#progress-text')).to.match(/^Step 1 of \d+: About you$/);
    expect(q(el, fid('first-name'))!.getAttribute('autocomplete')).to.equal('given-name');
    expect(allText(el)).to.include('kept for 7 days');
    await expect(el).to.be.accessible();
  });

  it('runs a form from the backend (form-id="sample-short-intake" from /api)', async () => {
    const el = await mount(html`<iop-intake-questionnaire api-base="/api" form-id="sample-short-intake" storage-name=${dbName()} locale="en"></iop-intake-questionnaire>`);
    expect(text(el, '.form-title')).to.equal('Sample short intake questionnaire');
    expect(text(el, '#progress-text')).to.equal('Step 1 of 5: About you');
    const steps = qq(el, '.steps li').map((l) => l.textContent!.trim());
    expect(steps).to.have.length(5);
    expect(steps[0]).to.equal('About you');
    expect(steps[4]).to.equal('Review your answers');
    expect(q(el, '.steps li[aria-current="step"]')!.textContent!.trim()).to.equal('About you');
    await expect(el).to.be.accessible();
  });

  it('shows an error with Try again when the form cannot be found, and retries', async () => {
    const el = await mount(html`<iop-intake-questionnaire api-base="/api" form-id="no-such-form" storage-name=${dbName()} center-phone="(555) 201-0100"></iop-intake-questionnaire>`);
    expect(text(el, '.error-state')).to.include("We couldn't find this questionnaire");
    expect(q<HTMLAnchorElement>(el, '.error-state a')!.getAttribute('href')).to.equal('tel:+15552010100');
    await expect(el).to.be.accessible();
    el.formId = 'sample-short-intake';
    await el.whenReady();
    await waitUntil(() => q(el, '#page-heading'), 'form after retry');
  });

  it('renders every question type as a labelled control (axe), with counters, unit, date hint, autocomplete, consent text and signature date', async () => {
    const el = await mountForm(allTypesForm());
    expect(q(el, 'p.display')!.textContent).to.equal('A few questions.');
    expect(q(el, `label[for="q-name"]`)!.textContent).to.include('Your name');
    expect(q(el, fid('name'))!.getAttribute('maxlength')).to.equal('40');
    expect(text(el, '#q-name-count')).to.equal('0 of 40 characters');
    await type(el, 'name', 'Sam');
    expect(text(el, '#q-name-count')).to.equal('3 of 40 characters');
    expect(q(el, 'textarea#q-story')).to.exist;
    expect(text(el, '#q-drinks-unit')).to.equal('drinks');
    expect(q(el, fid('drinks'))!.getAttribute('inputmode')).to.equal('numeric');
    expect(q<HTMLInputElement>(el, fid('dob'))!.type).to.equal('date');
    expect(text(el, '#q-dob-format')).to.include('calendar');
    expect(q(el, fid('tel'))!.getAttribute('type')).to.equal('tel');
    expect(q(el, fid('tel'))!.getAttribute('autocomplete')).to.equal('tel');
    expect(q(el, fid('mail'))!.getAttribute('autocomplete')).to.equal('email');
    expect(allText(el)).to.include('kept for 3 days');
    await expect(el).to.be.accessible();
    await type(el, 'dob', '1990-04-12');
    await next(el);
    expect(heading(el)).to.equal('Choices');
    expect(text(el, 'fieldset[data-q="color"] legend')).to.include('Pick one');
    expect(qq(el, 'fieldset[data-q="color"] input[type="radio"]')).to.have.length(2);
    expect(qq(el, 'fieldset[data-q="ok"] label').map((l) => l.textContent!.trim())).to.deep.equal(['Yes', 'No']);
    expect(q(el, 'select#q-pick')).to.exist;
    expect(q(el, '.consent-body[role="region"]')!.textContent).to.include('The notice text.');
    expect(q(el, '.consent-body')!.getAttribute('tabindex')).to.equal('0');
    expect(text(el, 'label[for="q-agree"]')).to.equal('I agree');
    expect(text(el, '#q-sig-date')).to.match(/^Date: \w+ \d{1,2}, \d{4}$/);
    await expect(el).to.be.accessible();
  });

  it('multiple choice: an exclusive option clears the others and the others clear it', async () => {
    const el = await mountForm(allTypesForm());
    await type(el, 'name', 'Sam');
    await type(el, 'dob', '1990-04-12');
    await next(el);
    await choose(el, 'many', 'x');
    await choose(el, 'many', 'y');
    expect(el.answers['many']).to.deep.equal(['x', 'y']);
    await choose(el, 'many', 'none');
    expect(el.answers['many']).to.deep.equal(['none']);
    expect(qq<HTMLInputElement>(el, '[data-q="many"] input').map((i) => i.checked)).to.deep.equal([true, false, false]);
    await choose(el, 'many', 'x');
    expect(el.answers['many']).to.deep.equal(['x']);
  });

  it('Next with missing answers: error summary linked to each field, focused; messages next to the fields; the link focuses the field', async () => {
    const el = await mountForm(allTypesForm());
    expect(q(el, '.error')).to.equal(null); // nothing before interaction
    await next(el);
    expect(heading(el)).to.equal('Basics');
    const summary = q(el, '#error-summary')!;
    expect(focused(el)).to.equal(summary);
    expect(text(el, '#error-summary-title')).to.equal('Please check 2 answers');
    const links = qq<HTMLAnchorElement>(el, '#error-summary a');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#q-name', '#q-dob']);
    expect(links[0]!.textContent).to.include('Your name: Please answer this question.');
    expect(text(el, '#q-name-error')).to.include('Please answer this question.');
    expect(q(el, fid('name'))!.getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, fid('name'))!.getAttribute('aria-describedby')).to.include('q-name-error');
    await expect(el).to.be.accessible();
    links[1]!.click();
    await el.updateComplete;
    expect(focused(el)).to.equal(q(el, fid('dob')));
    expect(location.hash).to.equal('');
  });

  it('an error shows next to a field only after the person has left it', async () => {
    const el = await mountForm(allTypesForm());
    const input = q<HTMLInputElement>(el, fid('tel'))!;
    input.focus();
    input.value = '123';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(q(el, '#q-tel-error')).to.equal(null);
    input.blur();
    input.dispatchEvent(new FocusEvent('blur'));
    await el.updateComplete;
    expect(text(el, '#q-tel-error')).to.include('10-digit phone number');
  });

  it('moves focus to the page heading on every page change, announces the step, and fires iop-intake-page-change', async () => {
    const el = await mountForm(allTypesForm());
    const changes: IntakePageChangeDetail[] = [];
    el.addEventListener('iop-intake-page-change', (e) => changes.push(e.detail));
    await type(el, 'name', 'Sam');
    await type(el, 'dob', '1990-04-12');
    await next(el);
    expect(focused(el)).to.equal(q(el, '#page-heading'));
    await waitUntil(() => text(el, '[role="status"][aria-live="polite"]') === 'Step 2 of 3: Choices', 'announced');
    await back(el);
    expect(focused(el)?.id).to.equal('page-heading');
    expect(changes).to.deep.equal([
      { pageId: 'p2', index: 1 },
      { pageId: 'p1', index: 0 },
    ]);
  });

  it('Back never loses answers', async () => {
    const el = await mountForm(allTypesForm());
    await type(el, 'name', 'Sam Rivera');
    await type(el, 'dob', '1990-04-12');
    await type(el, 'story', 'Some words');
    await next(el);
    await choose(el, 'color', 'b');
    await choose(el, 'ok', false);
    await back(el);
    expect(q<HTMLInputElement>(el, fid('name'))!.value).to.equal('Sam Rivera');
    expect(q<HTMLTextAreaElement>(el, fid('story'))!.value).to.equal('Some words');
    await next(el);
    expect(qq<HTMLInputElement>(el, '[data-q="color"] input').find((i) => i.checked)!.value).to.equal('b');
    expect(qq<HTMLInputElement>(el, '[data-q="ok"] input').find((i) => i.checked)!.value).to.equal('false');
  });

  it('review lists every visible answer with Edit buttons that jump to the page and the question', async () => {
    const el = await mountForm(allTypesForm());
    await type(el, 'name', 'Sam Rivera');
    await type(el, 'dob', '1990-04-12');
    await next(el);
    await choose(el, 'color', 'a');
    await choose(el, 'ok', true);
    await click(el, fid('agree'));
    await type(el, 'sig', 'Sam Rivera');
    await next(el);
    expect(heading(el)).to.equal('Review your answers');
    expect(text(el, '#progress-text')).to.equal('Step 3 of 3: Review your answers');
    await reviewShown(el);
    const row = (id: string) => text(el, `.review-row[data-q="${id}"] dd .review-answer`);
    expect(row('name')).to.equal('Sam Rivera');
    expect(row('dob')).to.equal('April 12, 1990');
    expect(row('color')).to.equal('A');
    expect(row('ok')).to.equal('Yes');
    expect(row('agree')).to.equal('Agreed');
    expect(row('story')).to.equal('Not answered');
    expect(q(el, '.review-row[data-q="intro"]')).to.equal(null);
    expect(q(el, 'button[data-edit="name"]')!.getAttribute('aria-label')).to.equal('Edit: Your name');
    await expect(el).to.be.accessible();
    await click(el, 'button[data-edit="dob"]');
    expect(heading(el)).to.equal('Basics');
    expect(focused(el)).to.equal(q(el, fid('dob')));
  });

  it('Spanish: engine texts, instrument texts and the element’s own copy', async () => {
    const el = await mountForm(allTypesForm(), dbName(), { locale: 'es' });
    expect(el.getAttribute('lang')).to.equal('es');
    expect(text(el, '#progress-text')).to.equal('Paso 1 de 3: Lo básico');
    expect(text(el, '#q-name-count')).to.equal('0 de 40 caracteres');
    await next(el);
    expect(text(el, '#error-summary-title')).to.equal('Por favor, revise 2 respuestas');
    expect(text(el, '#q-name-error')).to.include('Por favor, responda esta pregunta.');
    expect(text(el, 'button[data-action="delete"]')).to.equal('Borrar mis respuestas');
    await expect(el).to.be.accessible();
    const d = await mount(html`<iop-intake-questionnaire storage-name=${dbName()} locale="es"></iop-intake-questionnaire>`);
    d.pageId = 'mental-health';
    await d.updateComplete;
    expect(text(d, '#inst-phq9')).to.equal('Sobre su estado de ánimo');
    expect(allText(d)).to.include('Poco interés o placer en hacer cosas');
    await expect(d).to.be.accessible();
  });

  it('narrow (320 px): no horizontal overflow, tap targets at least 44 px', async () => {
    const wrap = document.createElement('div');
    wrap.style.width = '320px';
    document.body.append(wrap);
    const el = await mountForm(allTypesForm());
    wrap.append(el);
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    for (const b of qq(el, 'button')) expect(b.getBoundingClientRect().height).to.be.at.least(44);
    await expect(el).to.be.accessible();
    wrap.remove();
  });

  it('keyboard only: completes a short form with Tab, typing, Space and Enter', async () => {
    const el = await mountForm({
      id: 'kbd',
      version: '1',
      title: 'Short',
      locales: ['en'],
      pages: [
        { id: 'a', title: 'Name', items: [{ id: 'nm', type: 'text', text: 'Name', required: true }] },
        { id: 'b', title: 'Okay', items: [{ id: 'yn', type: 'yes-no', text: 'All good?', required: true }] },
      ],
    });
    q<HTMLInputElement>(el, fid('nm'))!.focus();
    await sendKeys({ type: 'Alex' });
    await sendKeys({ press: 'Tab' }); // → Next
    expect(focused(el)?.getAttribute('data-action')).to.equal('next');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(heading(el)).to.equal('Okay');
    expect(focused(el)?.id).to.equal('page-heading');
    await sendKeys({ press: 'Tab' }); // → first radio
    expect(focused(el)).to.equal(q(el, fid('yn')));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.answers['yn']).to.equal(true);
    await sendKeys({ press: 'Tab' }); // → Back
    await sendKeys({ press: 'Tab' }); // → Next
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(heading(el)).to.equal('Review your answers');
    expect(text(el, '.review-row[data-q="nm"] .review-answer')).to.equal('Alex');
  });
});
