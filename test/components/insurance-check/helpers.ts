/** Test helpers for <iop-insurance-check>: fill the form the way a person would (input events, real clicks). */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/insurance-check.js';
import type { IopInsuranceCheck } from '../../../src/components/insurance-check/insurance-check.js';

export type El = IopInsuranceCheck;

export const q = <T extends Element = HTMLElement>(el: El, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);
export const qq = <T extends Element = HTMLElement>(el: El, selector: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const text = (el: El, selector: string): string => (q(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const allText = (el: El): string => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Types `value` into the input `#id` (an `input` event), then leaves it (`blur`) unless `leave` is false. */
export async function type(el: El, id: string, value: string, leave = true): Promise<void> {
  const input = q<HTMLInputElement>(el, `#${id}`);
  if (!input) throw new Error(`no #${id}`);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  if (leave) await leaveField(el, input);
}

/**
 * Leaves a field: the `blur` (and bubbling `focusout`) a person's Tab would cause. Dispatched
 * directly because a test page running in the background (two at a time) gets no focus events.
 */
export async function leaveField(el: El, input: HTMLElement): Promise<void> {
  input.blur();
  input.dispatchEvent(new FocusEvent('blur'));
  input.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true, relatedTarget: null }));
  await el.updateComplete;
}

export async function click(el: El, selector: string): Promise<void> {
  const target = q(el, selector);
  if (!target) throw new Error(`no ${selector}`);
  target.click();
  await el.updateComplete;
}

export async function setDate(el: El, key: 'dob' | 'holderDob', iso: string): Promise<void> {
  const [y, m, d] = iso.split('-');
  await type(el, `f-${key}-month`, String(Number(m)), false);
  await type(el, `f-${key}-day`, String(Number(d)), false);
  await type(el, `f-${key}-year`, y!, false);
  await leaveField(el, q<HTMLInputElement>(el, `#f-${key}-year`)!);
}

/** Types into the payer combobox and clicks the option named `name` once the list shows it. */
export async function choosePayer(el: El, query: string, name: string): Promise<void> {
  await type(el, 'f-payer', query, false);
  await waitUntil(() => qq(el, '[role="option"]').some((o) => o.textContent!.trim() === name), `payer "${name}" listed for "${query}"`, { timeout: 5000 });
  qq(el, '[role="option"]').find((o) => o.textContent!.trim() === name)!.click();
  await el.updateComplete;
}

export interface Fill {
  firstName?: string;
  lastName?: string;
  dob?: string;
  holder?: boolean;
  memberId?: string;
  payerQuery?: string;
  payerName?: string;
  consent?: boolean;
}

/** A complete, valid form (UnitedHealthcare unless told), every field filled the way a person would. */
export async function fillValid(el: El, fill: Fill = {}): Promise<void> {
  await type(el, 'f-firstName', fill.firstName ?? 'Jordan');
  await type(el, 'f-lastName', fill.lastName ?? 'Rivera');
  await setDate(el, 'dob', fill.dob ?? '1990-04-12');
  await click(el, fill.holder === false ? '#f-isHolder-no' : '#f-isHolder-yes');
  await choosePayer(el, fill.payerQuery ?? 'UHC', fill.payerName ?? 'UnitedHealthcare');
  await type(el, 'f-memberId', fill.memberId ?? 'A123 456 789');
  if (fill.consent !== false) await click(el, '#f-consentVerify');
}

export async function submit(el: El): Promise<void> {
  const button = q<HTMLButtonElement>(el, 'button[type="submit"]')!;
  button.click();
  await el.updateComplete;
}

/** Waits for the result (or failure) heading and returns its text. */
export async function waitForResult(el: El, timeout = 8000): Promise<string> {
  await waitUntil(() => q(el, '#result-heading, #failed-heading'), 'a result heading', { timeout });
  await el.updateComplete;
  return text(el, '#result-heading, #failed-heading');
}

export async function mount(template = html`<iop-insurance-check api-base="/api" center-name="Harbor Recovery" center-phone="(555) 201-0100"></iop-insurance-check>`): Promise<El> {
  const el = await fixture<El>(template);
  await el.updateComplete;
  return el;
}

/** Active element inside the shadow root. */
export const focused = (el: El): Element | null => el.shadowRoot!.activeElement;
