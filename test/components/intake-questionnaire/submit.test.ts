/** Submitting end to end against the reference backend: receipt, exactly once, offline queue, static site. */
import { expect, html, waitUntil } from '@open-wc/testing';
import type { IntakeSubmittedDetail } from '../../../src/components/intake-questionnaire/events.js';
import type { IntakeForm } from '../../../src/core/schemas/index.js';
import type { El } from './helpers.js';
import { allText, click, dbName, focused, mount, q, reviewShown, text, type } from './helpers.js';

/** Records the server holds for one submission id (other test files submit to /api at the same time). */
const countOf = async (id: string): Promise<number> => ((await (await fetch(`/api/_debug/submissions/count?id=${encodeURIComponent(id)}`)).json()) as { count: number }).count;

/** One page: a name, a consent and a signature. */
const shortForm = (): IntakeForm => ({
  id: 'short-submit',
  version: '1',
  title: 'Short intake',
  locales: ['en', 'es'],
  pages: [
    {
      id: 'only',
      title: 'You',
      items: [
        { id: 'name', type: 'text', text: 'Your name', required: true },
        { id: 'agree', type: 'consent', kind: '42-cfr-part-2', version: 'p2-v1', required: true, text: 'I agree to share', body: 'Consent text.' },
        { id: 'sig', type: 'signature', text: 'Sign', required: true },
      ],
    },
  ],
});

async function fillAndReview(el: El): Promise<void> {
  await type(el, 'name', 'Casey');
  await click(el, '#q-agree');
  await type(el, 'sig', 'Casey Lee');
  await click(el, 'button[data-action="next"]');
  expect(text(el, '#page-heading')).to.equal('Review your answers');
  await reviewShown(el);
}

function mountShort(name: string, apiBase: string, extra = html``): Promise<El> {
  void extra;
  return mount(
    html`<iop-intake-questionnaire .form=${shortForm()} storage-name=${name} api-base=${apiBase} center-name="Harbor Recovery" center-phone="(555) 201-0100"></iop-intake-questionnaire>`,
  );
}

describe('<iop-intake-questionnaire> submitting', () => {
  it('end to end: receipt shown, iop-intake-submitted fires, stored exactly once, draft deleted', async () => {
    const name = dbName();
    const el = await mountShort(name, '/api');
    const submitted: IntakeSubmittedDetail[] = [];
    el.addEventListener('iop-intake-submitted', (e) => submitted.push(e.detail));
    await fillAndReview(el);
    await click(el, 'button[data-action="submit"]');
    await waitUntil(() => q(el, '.receipt'), 'receipt', { timeout: 8000 });
    await el.updateComplete;
    expect(text(el, '.receipt-line')).to.match(/^Received\. Your reference is \S+\.$/);
    expect(text(el, '.receipt')).to.include('What happens next');
    expect(focused(el)?.id).to.equal('status-title');
    expect(submitted).to.have.length(1);
    expect(text(el, '.receipt-line')).to.include(submitted[0]!.receiptId);
    expect(submitted[0]!.submissionId).to.match(/^[A-Za-z0-9_-]{22}$/);
    expect(submitted[0]!.flags).to.deep.equal([]);
    expect(JSON.stringify(submitted[0])).not.to.include('Casey');
    expect(await countOf(submitted[0]!.submissionId)).to.equal(1);
    await expect(el).to.be.accessible();
    // The draft is gone: a reload starts fresh.
    await new Promise((r) => setTimeout(r, 200));
    el.remove();
    const again = await mountShort(name, '/api');
    expect(q(again, '#resume-title')).to.equal(null);
    expect(q(again, '.receipt')).to.equal(null);
  });

  it('backend unreachable: honest queued status, then delivered on `online` once the backend is back — stored once', async () => {
    const name = dbName();
    const el = await mountShort(name, 'http://127.0.0.1:9/');
    await fillAndReview(el);
    await click(el, 'button[data-action="submit"]');
    await waitUntil(() => q(el, '.sending.waiting-offline, .sending.retry-scheduled'), 'queued status', { timeout: 8000 });
    await el.updateComplete;
    expect(text(el, '.status-line')).to.match(/Saved on this device\. We('|’)ll send it when you('|’)re back online\.|will try again at \d{1,2}:\d{2}/);
    await expect(el).to.be.accessible();
    const submitted: IntakeSubmittedDetail[] = [];
    el.addEventListener('iop-intake-submitted', (e) => submitted.push(e.detail));
    el.apiBase = '/api';
    await el.updateComplete;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => q(el, '.receipt'), 'receipt after online', { timeout: 8000 });
    expect(submitted).to.have.length(1);
    window.dispatchEvent(new Event('online')); // a second flush sends nothing more
    await new Promise((r) => setTimeout(r, 300));
    expect(await countOf(submitted[0]!.submissionId)).to.equal(1);
  });

  it('a submission queued on an earlier visit is sent on page load, and the receipt shown', async () => {
    const name = dbName();
    let el = await mountShort(name, 'http://127.0.0.1:9/');
    await fillAndReview(el);
    await click(el, 'button[data-action="submit"]');
    await waitUntil(() => q(el, '.sending.waiting-offline, .sending.retry-scheduled'), 'queued', { timeout: 8000 });
    const id = el.submit.submissionId!;
    el.remove();
    el = await mountShort(name, '/api');
    await waitUntil(() => q(el, '.receipt'), 'receipt after reload', { timeout: 8000 });
    expect(text(el, '.receipt-line')).to.match(/^Received\. Your reference is/);
    expect(await countOf(id)).to.equal(1);
  });

  it('static source: says the form cannot be sent from this site, gives the phone, keeps the draft', async () => {
    const name = dbName();
    const el = await mount(
      html`<iop-intake-questionnaire .form=${shortForm()} storage-name=${name} src="/test-static/iop-data.json" center-phone="(555) 201-0100"></iop-intake-questionnaire>`,
    );
    // Said before anyone fills in the form, not only at the end.
    expect(text(el, '.notice[role="note"]')).to.equal("This website can't send this form online. Please call (555) 201-0100.");
    await fillAndReview(el);
    await click(el, 'button[data-action="submit"]');
    await waitUntil(() => q(el, '#status-title'), 'the status view', { timeout: 8000 });
    expect(text(el, '#status-title')).to.equal("This form can't be sent from this website");
    expect(allText(el)).to.include('Please call (555) 201-0100');
    expect(q<HTMLAnchorElement>(el, '.not-supported a')!.getAttribute('href')).to.equal('tel:+15552010100');
    expect(allText(el)).to.include('Your answers are still saved on this device.');
    await expect(el).to.be.accessible();
    await click(el, 'button[data-action="back-to-review"]');
    expect(text(el, '#page-heading')).to.equal('Review your answers');
  });

  it('submit with an unanswered question goes to its page with the error summary', async () => {
    const el = await mountShort(dbName(), '/api');
    el.goTo('review');
    await reviewShown(el);
    await click(el, 'button[data-action="submit"]');
    await waitUntil(() => text(el, '#page-heading') === 'You', 'back on the page with the problem');
    expect(text(el, '#page-heading')).to.equal('You');
    expect(focused(el)?.id).to.equal('error-summary');
  });
});
