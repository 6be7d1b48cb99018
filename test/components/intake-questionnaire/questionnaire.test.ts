/**
 * A FHIR R4 Questionnaire run directly (`.questionnaire` / `questionnaire-src`): LOINC PHQ-9
 * with the kit's crisis safety, nested enableWhen groups, submission end to end against /api,
 * the precedence of form sources, and every way loading a Questionnaire can fail.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import type { IntakeCrisisDetail, IntakeSubmittedDetail } from '../../../src/components/intake-questionnaire/events.js';
import type { IntakeSubmission } from '../../../src/core/schemas/index.js';
import { loincPhq9, nestedEnableWhen } from '../../fixtures/fhir/questionnaires.js';
import type { El } from './helpers.js';
import { allText, choose, click, dbName, focused, heading, mount, next, q, qq, text } from './helpers.js';

const PHQ9_SRC = '/demo/public/fhir/phq9-loinc.questionnaire.json';
const NESTED_SRC = '/demo/public/fhir/support-at-home.questionnaire.json';

function mountQ(o: { questionnaire?: unknown; src?: string; formId?: string; locale?: string; form?: unknown } = {}): Promise<El> {
  return mount(
    html`<iop-intake-questionnaire
      .questionnaire=${o.questionnaire}
      .form=${o.form}
      questionnaire-src=${o.src ?? ''}
      form-id=${o.formId ?? ''}
      storage-name=${dbName()}
      locale=${o.locale ?? 'en'}
      api-base="/api"
      center-name="Harbor Recovery"
      center-phone="(555) 201-0100"
    ></iop-intake-questionnaire>`,
  );
}

/** Records what console.warn is given while `fn` runs (still printing nothing of the person). */
async function capturingWarn<T>(fn: () => Promise<T>): Promise<{ result: T; warned: string[] }> {
  const original = console.warn;
  const warned: string[] = [];
  console.warn = (...args: unknown[]) => void warned.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
  try {
    return { result: await fn(), warned };
  } finally {
    console.warn = original;
  }
}

/** Ids of the questions a person can answer right now (headings and other display items left out). */
const visibleIds = (el: El) => qq(el, '[data-q]').filter((n) => n.querySelector('input, select, textarea')).map((n) => n.getAttribute('data-q'));

/** Records the URL of every request the page makes while `fn` runs (the requests still go out). */
async function observingFetch(fn: () => Promise<void>): Promise<string[]> {
  const realFetch = window.fetch;
  const urls: string[] = [];
  window.fetch = (input, init) => {
    urls.push(new URL(input instanceof Request ? input.url : String(input), location.href).href);
    return realFetch(input, init);
  };
  try {
    await fn();
  } finally {
    window.fetch = realFetch;
  }
  return urls;
}

describe('<iop-intake-questionnaire> with a FHIR Questionnaire', () => {
  it('a LOINC-coded PHQ-9 gets the kit’s wording, and item 9 above 0 shows crisis help on that page and fires iop-intake-crisis', async () => {
    const { result: el, warned } = await capturingWarn(() => mountQ({ questionnaire: loincPhq9 }));
    expect(heading(el)).to.equal('PHQ-9 quick depression assessment panel');
    expect(visibleIds(el)).to.include.members(['phq9-1', 'phq9-9', '69722-7']);
    // The kit's published scoring replaces the file's FHIRPath total: no total-score question is asked.
    expect(visibleIds(el)).not.to.include('44261-6');
    expect(el.importWarnings.some((w) => w.startsWith('PHQ-9 recognised by its LOINC item codes'))).to.equal(true);
    expect(warned.join('\n')).to.include('PHQ-9 recognised');
    const events: IntakeCrisisDetail[] = [];
    el.addEventListener('iop-intake-crisis', (e) => events.push(e.detail));
    await choose(el, 'phq9-1', '2');
    expect(q(el, '#crisis-panel')).to.equal(null);
    await choose(el, 'phq9-9', '1');
    expect(heading(el)).to.equal('PHQ-9 quick depression assessment panel'); // same page
    const panel = q(el, '#crisis-panel')!;
    expect(panel).to.exist;
    expect(q(el, 'section.page')!.firstElementChild).to.equal(panel);
    expect(focused(el)).to.equal(panel);
    const hrefs = qq<HTMLAnchorElement>(el, '#crisis-panel a').map((a) => a.getAttribute('href'));
    expect(hrefs).to.include.members(['tel:988', 'sms:988', 'tel:911', 'tel:+15552010100']);
    expect(events).to.deep.equal([{ sources: ['phq9-9'] }]);
    expect(el.session!.flags(el.answers)).to.include('crisis');
    await expect(el).to.be.accessible();
  });

  it('in Spanish the recognised PHQ-9 speaks Spanish (the kit’s translation) and the crisis help too', async () => {
    const el = await mountQ({ questionnaire: loincPhq9, locale: 'es' });
    expect(text(el, '[data-q="phq9-1"]')).to.match(/interés|placer/i);
    await choose(el, 'phq9-9', '3');
    expect(text(el, '#crisis-panel')).to.include('Llamar al 988');
    await expect(el).to.be.accessible();
  });

  it('questionnaire-src: fetched from this site, the same form as the property; the demo files are the test fixtures', async () => {
    expect(await (await fetch(PHQ9_SRC)).json()).to.deep.equal(loincPhq9);
    expect(await (await fetch(NESTED_SRC)).json()).to.deep.equal(nestedEnableWhen);
    const el = await mountQ({ src: NESTED_SRC });
    expect(el.phase).to.equal('form');
    expect(text(el, '.form-title')).to.equal('Support at home');
    expect(heading(el)).to.equal('Where you live');
    expect(el.importWarnings).to.deep.equal([]);
  });

  it('nested enableWhen groups: each level appears when the answer above it allows, and disappears when it no longer does', async () => {
    const el = await mountQ({ questionnaire: nestedEnableWhen });
    expect(visibleIds(el)).to.deep.equal(['lives-with-others']);
    await choose(el, 'lives-with-others', true);
    expect(visibleIds(el)).to.deep.equal(['lives-with-others', 'household-size', 'children']);
    expect(allText(el)).to.include('Your household'); // the group's heading
    await choose(el, 'children', true);
    expect(visibleIds(el)).to.include('childcare-needed');
    expect(visibleIds(el)).not.to.include('childcare-when');
    await choose(el, 'childcare-needed', 'yes');
    expect(visibleIds(el)).to.include('childcare-when');
    await choose(el, 'childcare-when', 'evenings');
    // Up two levels: no children → the whole childcare branch goes.
    await choose(el, 'children', false);
    expect(visibleIds(el)).to.deep.equal(['lives-with-others', 'household-size', 'children']);
    await choose(el, 'children', true);
    expect(visibleIds(el)).to.include.members(['childcare-needed', 'childcare-when']); // answers kept while hidden
    await choose(el, 'lives-with-others', false);
    expect(visibleIds(el)).to.deep.equal(['lives-with-others']);
    await expect(el).to.be.accessible();
    // Page 2: a group shown under enableBehavior "any".
    await next(el);
    expect(heading(el)).to.equal('Getting to sessions');
    await choose(el, 'transport', 'car');
    expect(visibleIds(el)).to.deep.equal(['transport']);
    await choose(el, 'transport', 'none');
    expect(visibleIds(el)).to.deep.equal(['transport', 'virtual-ok', 'travel-notes']);
    await choose(el, 'transport', 'ride');
    expect(visibleIds(el)).to.include('virtual-ok');
  });

  it('nested enableWhen in Spanish: translated questions, options and headings', async () => {
    const el = await mountQ({ questionnaire: nestedEnableWhen, locale: 'es' });
    expect(text(el, '.form-title')).to.equal('Apoyo en casa');
    expect(heading(el)).to.equal('Dónde vive');
    await choose(el, 'lives-with-others', true);
    await choose(el, 'children', true);
    expect(text(el, '[data-q="childcare-needed"]')).to.include('No estoy seguro/a');
    expect(allText(el)).to.include('Cuidado de niños');
    await expect(el).to.be.accessible();
  });

  it('end to end: an imported Questionnaire is submitted to /api with its answers, the kit’s PHQ-9 score and the crisis flag', async () => {
    const sent: IntakeSubmission[] = [];
    const realFetch = window.fetch;
    // Observe (not replace) what the backend receives.
    window.fetch = (input, init) => {
      if (String(input instanceof Request ? input.url : input).endsWith('/intake-submissions') && typeof init?.body === 'string') sent.push(JSON.parse(init.body) as IntakeSubmission);
      return realFetch(input, init);
    };
    try {
      const el = await mountQ({ src: PHQ9_SRC });
      const submitted: IntakeSubmittedDetail[] = [];
      el.addEventListener('iop-intake-submitted', (e) => submitted.push(e.detail));
      for (let i = 1; i <= 8; i++) await choose(el, `phq9-${i}`, '1');
      await choose(el, 'phq9-9', '1');
      await click(el, 'button[data-action="crisis-continue"]');
      await choose(el, '69722-7', 'LA6573-5');
      await next(el);
      expect(heading(el)).to.equal('Review your answers');
      await click(el, 'button[data-action="submit"]');
      await waitUntil(() => q(el, '.receipt'), 'receipt', { timeout: 8000 });
      expect(text(el, '.receipt-line')).to.match(/^Received\. Your reference is \S+\.$/);
      expect(submitted).to.have.length(1);
      expect(submitted[0]!.flags).to.include('crisis');
      const stored = ((await (await fetch(`/api/_debug/submissions/count?id=${encodeURIComponent(submitted[0]!.submissionId)}`)).json()) as { count: number }).count;
      expect(stored).to.equal(1);
      expect(sent).to.have.length(1);
      const body = sent[0]!;
      expect(body.formId).to.equal('44249-1');
      expect(body.answers['phq9-9']).to.equal('1');
      expect(body.answers['69722-7']).to.equal('LA6573-5');
      const phq9 = body.scores.find((s) => s.instrument === 'phq9')!;
      expect(phq9.total).to.equal(9);
      expect(body.flags).to.include('crisis');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('an imported Questionnaire’s initial values start a new draft', async () => {
    const withInitial = { ...nestedEnableWhen, id: 'with-initial', item: [{ linkId: 'nick', type: 'string', text: 'What should we call you?', initial: [{ valueString: 'Sam' }] }] };
    const el = await mountQ({ questionnaire: withInitial });
    expect(q<HTMLInputElement>(el, '#q-nick')!.value).to.equal('Sam');
  });

  it('precedence: .form → .questionnaire → questionnaire-src → form-id → the built-in form', async () => {
    const form = { id: 'direct', version: '1', title: 'Direct form', locales: ['en'], pages: [{ id: 'p', title: 'Direct page', items: [{ id: 'x', type: 'text', text: 'X' }] }] };
    expect(heading(await mountQ({ form, questionnaire: loincPhq9, src: NESTED_SRC, formId: 'sample-short-intake' }))).to.equal('Direct page');
    expect(heading(await mountQ({ questionnaire: loincPhq9, src: NESTED_SRC, formId: 'sample-short-intake' }))).to.equal('PHQ-9 quick depression assessment panel');
    expect(heading(await mountQ({ src: NESTED_SRC, formId: 'sample-short-intake' }))).to.equal('Where you live');
    const byId = await mountQ({ formId: 'sample-short-intake' });
    expect(byId.activeForm!.id).to.equal('sample-short-intake');
    expect(byId.importWarnings).to.deep.equal([]);
  });

  it('changing .questionnaire or questionnaire-src loads the new form', async () => {
    const el = await mountQ({ questionnaire: loincPhq9 });
    el.questionnaire = undefined;
    el.questionnaireSrc = NESTED_SRC;
    await waitUntil(() => el.phase === 'form' && el.activeForm?.id === 'support-at-home', 'new form', { timeout: 5000 });
    await el.updateComplete;
    expect(heading(el)).to.equal('Where you live');
  });

  describe('when the Questionnaire cannot be used', () => {
    const errorText = (el: El) => text(el, '.error-state .message');

    it('not found (404): the error state says so, with the phone and Try again', async () => {
      const { result: el, warned } = await capturingWarn(() => mountQ({ src: '/demo/public/fhir/missing.json' }));
      expect(el.phase).to.equal('error');
      expect(errorText(el)).to.equal("We couldn't find this questionnaire. Please call us and we will help you start.");
      expect(q(el, 'button[data-action="retry-load"]')).to.exist;
      expect(text(el, '.error-state')).to.include('(555) 201-0100');
      expect(warned.join(' ')).to.include('HTTP 404');
      await expect(el).to.be.accessible();
    });

    it('not JSON (an HTML page): the invalid state, and the developer is told why', async () => {
      const { result: el, warned } = await capturingWarn(() => mountQ({ src: '/api-trouble/html/questionnaire.json', locale: 'es' }));
      expect(errorText(el)).to.equal('Este cuestionario tiene un problema de nuestro lado. Por favor, llámenos y le ayudaremos a empezar.');
      expect(warned.join(' ')).to.include('is not JSON');
      await expect(el).to.be.accessible();
    });

    it('JSON that is not a Questionnaire (property or file): the invalid state', async () => {
      const { result: el, warned } = await capturingWarn(() => mountQ({ questionnaire: { resourceType: 'Patient', id: 'p1' } }));
      expect(el.phase).to.equal('error');
      expect(errorText(el)).to.include('This questionnaire has a problem on our side');
      expect(warned.join(' ')).to.include('expected resourceType "Questionnaire"');
      const fromText = await mountQ({ questionnaire: '{"resourceType": "Questionnaire", "item": "nope"' });
      expect(fromText.phase).to.equal('error');
    });

    it('another origin is refused before any request is made (the kit makes no third-party requests)', async () => {
      let el!: El;
      let warned: string[] = [];
      const urls = await observingFetch(async () => {
        ({ result: el, warned } = await capturingWarn(() => mountQ({ src: 'https://forms.example.org/phq9.json' })));
      });
      expect(el.phase).to.equal('error');
      expect(warned.join(' ')).to.include('must be on this site');
      expect(urls.filter((u) => !u.startsWith(location.origin))).to.deep.equal([]);
    });

    it('a server error: Try again fetches the Questionnaire again', async () => {
      const path = `/api-trouble/503/q-${Date.now()}.json`;
      let el!: El;
      const first = await observingFetch(async () => {
        el = (await capturingWarn(() => mountQ({ src: path }))).result;
      });
      expect(el.phase).to.equal('error');
      expect(errorText(el)).to.equal('Something went wrong on our side. Please try again in a moment.');
      expect(first.filter((u) => u.endsWith(path))).to.have.length(1);
      const again = await observingFetch(() =>
        capturingWarn(async () => {
          await click(el, 'button[data-action="retry-load"]');
          await el.whenReady();
        }).then(() => undefined),
      );
      expect(again.filter((u) => u.endsWith(path))).to.have.length(1);
      expect(el.phase).to.equal('error');
      expect(q(el, 'button[data-action="retry-load"]')).to.exist;
    });
  });
});
