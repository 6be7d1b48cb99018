/**
 * Helpers for the security tests: a same-origin page in an iframe (its own realm, its own
 * headers — e.g. the strict CSP), and a person's input into elements that live in it.
 * Inputs are driven the way the component tests do it (value + `input`, clicks), with
 * events created in the element's own realm.
 */
import { waitUntil } from '@open-wc/testing';

export interface Frame {
  iframe: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
}

/** Loads `url` in a visible, wide iframe and resolves once its `load` event fired. */
export async function openFrame(url: string): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '1200px';
  iframe.style.height = '2400px';
  iframe.title = 'page under test';
  const loaded = new Promise<void>((resolve, reject) => {
    iframe.addEventListener('load', () => resolve(), { once: true });
    iframe.addEventListener('error', () => reject(new Error(`could not load ${url}`)), { once: true });
  });
  iframe.src = url;
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Window & typeof globalThis;
  return { iframe, win, doc: win.document };
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Deletes an IndexedDB database (resolves also when it is blocked or missing). */
export function deleteDb(name: string, factory: IDBFactory = indexedDB): Promise<void> {
  return new Promise((resolve) => {
    const req = factory.deleteDatabase(name);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
}

type Host = Element & { shadowRoot: ShadowRoot | null; updateComplete?: Promise<unknown> };

export const $ = <T extends Element = HTMLElement>(host: Element, selector: string): T | null =>
  (host as Host).shadowRoot?.querySelector<T>(selector) ?? null;
export const $$ = <T extends Element = HTMLElement>(host: Element, selector: string): T[] => [
  ...((host as Host).shadowRoot?.querySelectorAll<T>(selector) ?? []),
];
export const shadowText = (host: Element): string => ((host as Host).shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

export async function settle(host: Element): Promise<void> {
  await (host as Host).updateComplete;
}

/** Waits until `selector` matches in the host's shadow root. */
export async function waitFor<T extends Element = HTMLElement>(host: Element, selector: string, timeout = 8000): Promise<T> {
  await waitUntil(() => $(host, selector), `${host.localName}: ${selector}`, { timeout });
  await settle(host);
  return $<T>(host, selector)!;
}

/** Types into the control `selector` (an `input` event in the control's realm), then leaves it. */
export async function typeInto(host: Element, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(host, selector);
  if (!input) throw new Error(`${host.localName}: no ${selector}`);
  const view = input.ownerDocument.defaultView as Window & typeof globalThis;
  input.focus();
  input.value = value;
  input.dispatchEvent(new view.Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new view.Event('change', { bubbles: true, composed: true }));
  input.blur();
  input.dispatchEvent(new view.FocusEvent('blur'));
  input.dispatchEvent(new view.FocusEvent('focusout', { bubbles: true, composed: true, relatedTarget: null }));
  await settle(host);
}

export async function clickIn(host: Element, selector: string): Promise<void> {
  const target = $(host, selector);
  if (!target) throw new Error(`${host.localName}: no ${selector}`);
  target.click();
  await settle(host);
}

/** Fills the insurance form of `<iop-insurance-check>` (ids as in its form view) and sends it. */
export async function fillInsurance(
  el: Element,
  v: { first: string; last: string; dob: string; memberId: string; phone?: string; email?: string },
): Promise<void> {
  await typeInto(el, '#f-firstName', v.first);
  await typeInto(el, '#f-lastName', v.last);
  const [y, m, d] = v.dob.split('-');
  await typeInto(el, '#f-dob-month', String(Number(m)));
  await typeInto(el, '#f-dob-day', String(Number(d)));
  await typeInto(el, '#f-dob-year', y!);
  await clickIn(el, '#f-isHolder-yes');
  await typeInto(el, '#f-payer', 'UHC');
  await waitUntil(() => $$(el, '[role="option"]').some((o) => o.textContent!.trim() === 'UnitedHealthcare'), 'payer option', { timeout: 5000 });
  $$(el, '[role="option"]').find((o) => o.textContent!.trim() === 'UnitedHealthcare')!.click();
  await settle(el);
  await typeInto(el, '#f-memberId', v.memberId);
  if (v.phone) await typeInto(el, '#f-phone', v.phone);
  if (v.email) await typeInto(el, '#f-email', v.email);
  await clickIn(el, '#f-consentVerify');
}

const qid = (id: string) => `#${CSS.escape(`q-${id}`)}`;

/**
 * Chooses the radio/checkbox `value` of intake question `id`. The page may re-render its
 * controls right after a page change (draft save, focus); a click on a control that is no
 * longer connected is lost, so the choice is checked on the live DOM and repeated if needed.
 */
export async function chooseIntake(el: Element, id: string, value: string | boolean): Promise<void> {
  const find = () => $$<HTMLInputElement>(el, `[data-q="${id}"] input`).find((i) => i.value === String(value));
  for (let attempt = 0; attempt < 5; attempt++) {
    const input = find();
    if (!input) throw new Error(`intake: no option ${String(value)} for ${id}`);
    if (input.checked && attempt > 0) return;
    input.click();
    // In a page that also runs other elements, Chromium did not always follow the scripted click
    // with a `change` event (the radio ends checked, the element never hears of it); send it.
    const view = input.ownerDocument.defaultView as Window & typeof globalThis;
    input.dispatchEvent(new view.Event('change', { bubbles: true }));
    await settle(el);
    await sleep(30);
    await settle(el);
    if (find()?.checked) return;
  }
  throw new Error(`intake: could not choose ${String(value)} for ${id}`);
}

export const typeIntake = (el: Element, id: string, value: string) => typeInto(el, qid(id), value);

export async function intakeNext(el: Element): Promise<string> {
  const heading = () => ($(el, '#page-heading')?.textContent ?? '').trim();
  const before = heading();
  await clickIn(el, 'button[data-action="next"]');
  await waitUntil(() => heading() !== before || $(el, '#error-summary'), 'the next page (or an error summary)', { timeout: 5000 });
  // The new page settles over a few updates (focus, draft save); let it, so no control goes stale.
  await sleep(100);
  await settle(el);
  return heading();
}

/** Page 1 of the reference backend's `sample-short-intake` ("About you"). */
export async function fillSampleIntakePage1(
  el: Element,
  v: { first: string; last: string; dob: string; phone: string; email: string },
): Promise<void> {
  await typeIntake(el, 'first-name', v.first);
  await typeIntake(el, 'last-name', v.last);
  await typeIntake(el, 'dob', v.dob);
  await typeIntake(el, 'phone', v.phone);
  await typeIntake(el, 'email', v.email);
  await chooseIntake(el, 'ok-to-leave-message', false);
}

/** Ticks the checkbox `selector` (a consent), sending the `change` the element listens for. */
export async function tickIntake(el: Element, selector: string): Promise<void> {
  const box = $<HTMLInputElement>(el, selector);
  if (!box) throw new Error(`intake: no ${selector}`);
  if (!box.checked) box.click();
  const view = box.ownerDocument.defaultView as Window & typeof globalThis;
  box.dispatchEvent(new view.Event('change', { bubbles: true }));
  await settle(el);
}
