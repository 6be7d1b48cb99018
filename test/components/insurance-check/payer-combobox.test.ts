/** The payer typeahead with the keyboard (ARIA 1.2 combobox), against the real /api payers. */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Payer } from '../../../src/core/schemas/index.js';
import { PAYER_DEBOUNCE_MS } from '../../../src/components/insurance-check/payer-combobox.js';
import { focused, leaveField, mount, q, qq, text } from './helpers.js';
import type { El } from './helpers.js';

const input = (el: El) => q<HTMLInputElement>(el, '#f-payer')!;
const options = (el: El) => qq(el, '[role="option"]').map((o) => o.textContent!.trim());
const status = (el: El) => text(el, '[data-payer-status]');

async function typeInPayer(el: El, value: string): Promise<void> {
  input(el).focus();
  await sendKeys({ type: value });
  await waitUntil(() => input(el).getAttribute('aria-expanded') === 'true', `list opened for "${value}"`, { timeout: 5000 });
  await waitUntil(() => /found/.test(status(el)), 'count announced', { timeout: 2000 });
}

describe('<iop-insurance-check> payer typeahead', () => {
  it('is a combobox controlling a listbox, collapsed at first', async () => {
    const el = await mount();
    const i = input(el);
    expect(i.getAttribute('role')).to.equal('combobox');
    expect(i.getAttribute('aria-autocomplete')).to.equal('list');
    expect(i.getAttribute('aria-expanded')).to.equal('false');
    const listbox = q(el, `#${i.getAttribute('aria-controls')}`)!;
    expect(listbox.getAttribute('role')).to.equal('listbox');
    expect(i.hasAttribute('aria-activedescendant')).to.equal(false);
    expect(q<HTMLLabelElement>(el, 'label[for="f-payer"]')!.textContent!.trim()).to.equal('Insurance company');
  });

  it('"UHC Open Access Plus" finds UnitedHealthcare; arrows move aria-activedescendant; Enter chooses', async () => {
    const el = await mount();
    await typeInPayer(el, 'UHC Open Access Plus');
    expect(options(el)[0]).to.equal('UnitedHealthcare');
    expect(status(el)).to.match(/^\d+ insurance compan(y|ies) found\./);
    const i = input(el);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const first = qq(el, '[role="option"]')[0]!;
    expect(i.getAttribute('aria-activedescendant')).to.equal(first.id);
    expect(first.getAttribute('aria-selected')).to.equal('true');
    if (options(el).length > 1) {
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(i.getAttribute('aria-activedescendant')).to.equal(qq(el, '[role="option"]')[1]!.id);
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(i.getAttribute('aria-activedescendant')).to.equal(first.id);
    }
    // Up from the first wraps to the last.
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    const all = qq(el, '[role="option"]');
    expect(i.getAttribute('aria-activedescendant')).to.equal(all[all.length - 1]!.id);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(i.value).to.equal('UnitedHealthcare');
    expect(i.getAttribute('aria-expanded')).to.equal('false');
    expect(i.hasAttribute('aria-activedescendant')).to.equal(false);
    expect(focused(el)).to.equal(i);
    // Enter chose; it did not submit the form (no error summary).
    expect(q(el, '.error-summary')).to.equal(null);
  });

  it('"medi-cal" finds Medi-Cal; Escape closes and keeps what was typed', async () => {
    const el = await mount();
    await typeInPayer(el, 'medi-cal');
    expect(options(el)[0]).to.equal('Medi-Cal (California Medicaid)');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    const i = input(el);
    expect(i.getAttribute('aria-expanded')).to.equal('false');
    expect(i.hasAttribute('aria-activedescendant')).to.equal(false);
    expect(i.value).to.equal('medi-cal');
    // ArrowDown opens the same list again.
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(i.getAttribute('aria-expanded')).to.equal('true');
    expect(options(el)[0]).to.equal('Medi-Cal (California Medicaid)');
  });

  it('announces "no insurance companies match" politely, and the free-text option is there', async () => {
    const el = await mount();
    input(el).focus();
    await sendKeys({ type: 'zzqxv' });
    await waitUntil(() => /No insurance companies match/.test(status(el)), 'zero announced', { timeout: 5000 });
    expect(q(el, '[data-payer-status]')!.getAttribute('role')).to.equal('status');
    await (q<HTMLInputElement>(el, '#f-payerNotListed')!).click();
    await el.updateComplete;
    expect(q<HTMLLabelElement>(el, 'label[for="f-payerFreeText"]')!.textContent).to.include('Insurance company name, as on the card');
  });

  it('a Medicare payer switches the member ID to the MBI rule with a specific message', async () => {
    const el = await mount();
    await typeInPayer(el, 'Original Medicare');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(input(el).value).to.equal('Medicare');
    expect(text(el, '#h-memberId')).to.include('11-character Medicare number');
    const id = q<HTMLInputElement>(el, '#f-memberId')!;
    id.focus();
    await sendKeys({ type: 'A123456789' });
    await leaveField(el, id);
    expect(text(el, '#e-memberId')).to.include('A Medicare number (MBI) has 11 characters');
    id.focus();
    id.select();
    await sendKeys({ type: '1EG4-TE5-MK73' });
    await el.updateComplete;
    expect(q(el, '#e-memberId')).to.equal(null);
  });

  it('debounces keystrokes and aborts stale searches: only the last query is applied', async () => {
    const calls: string[] = [];
    let aborted = 0;
    const payers: Payer[] = [
      { id: 'P1', name: 'Alpha Health', aliases: [], kind: 'commercial', memberIdRule: 'generic' },
      { id: 'P2', name: 'Beta Care', aliases: [], kind: 'commercial', memberIdRule: 'generic' },
    ];
    const el = await mount(html`<iop-insurance-check></iop-insurance-check>`);
    el.backend = {
      searchPayers: (query: string, { signal }: { signal?: AbortSignal } = {}) =>
        new Promise<Payer[]>((resolve) => {
          calls.push(query);
          signal?.addEventListener('abort', () => aborted++);
          // The first query answers late; a stale answer must not replace the newer one.
          setTimeout(() => resolve(payers.filter((p) => p.name.toLowerCase().startsWith(query.toLowerCase()[0] ?? ''))), query === 'a' ? 400 : 10);
        }),
    };
    await el.updateComplete;
    input(el).focus();
    await sendKeys({ type: 'al' }); // within the debounce: one search for "al"
    await new Promise((r) => setTimeout(r, PAYER_DEBOUNCE_MS + 100));
    expect(calls).to.deep.equal(['al']);
    await sendKeys({ press: 'Backspace' }); // "a": slow
    await new Promise((r) => setTimeout(r, PAYER_DEBOUNCE_MS + 50));
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'b' }); // "b": fast, aborts "a"
    await waitUntil(() => options(el)[0] === 'Beta Care', 'Beta listed', { timeout: 3000 });
    await new Promise((r) => setTimeout(r, 500));
    expect(options(el)).to.deep.equal(['Beta Care']);
    expect(calls).to.deep.equal(['al', 'a', 'b']);
    expect(aborted).to.be.greaterThan(0);
  });

  it('a failing payer search says so and offers typing the name', async () => {
    const el = await mount(html`<iop-insurance-check></iop-insurance-check>`);
    el.backend = { searchPayers: () => Promise.reject(new Error('down')) };
    await el.updateComplete;
    input(el).focus();
    await sendKeys({ type: 'aet' });
    await waitUntil(() => q(el, '.combobox .warn'), 'failure shown', { timeout: 3000 });
    expect(status(el)).to.include('We could not load the list of insurance companies');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('is accessible with the list open and an option highlighted', async () => {
    const el = await mount();
    await typeInPayer(el, 'aetna');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
