/** Test helpers for <iop-intake-questionnaire>: a fresh database per test, answering the way a person would. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/define/intake-questionnaire.js';
import type { IopIntakeQuestionnaire } from '../../../src/components/intake-questionnaire/intake-questionnaire.js';
import type { IntakeForm } from '../../../src/core/schemas/index.js';

export type El = IopIntakeQuestionnaire;

let n = 0;
/** A database name no other test uses. */
export const dbName = (): string => `iop-kit-test-intake-${Date.now().toString(36)}-${++n}-${Math.random().toString(36).slice(2, 7)}`;

export const q = <T extends Element = HTMLElement>(el: El, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);
export const qq = <T extends Element = HTMLElement>(el: El, selector: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const text = (el: El, selector: string): string => (q(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const allText = (el: El): string => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();
export const focused = (el: El): Element | null => el.shadowRoot!.activeElement;
export const fid = (id: string): string => `#${CSS.escape(`q-${id}`)}`;

/** Mounts the element and waits until its form (and any draft) is loaded. */
export async function mount(template: TemplateResult): Promise<El> {
  const el = await fixture<El>(template);
  await el.whenReady();
  return el;
}

export function mountForm(form: IntakeForm | undefined, storageName = dbName(), extra: { locale?: string; apiBase?: string } = {}): Promise<El> {
  return mount(
    html`<iop-intake-questionnaire
      .form=${form}
      storage-name=${storageName}
      locale=${extra.locale ?? 'en'}
      api-base=${extra.apiBase ?? '/api'}
      center-name="Harbor Recovery"
      center-phone="(555) 201-0100"
    ></iop-intake-questionnaire>`,
  );
}

/** Types into a text-like control (an `input` event) and leaves it. */
export async function type(el: El, id: string, value: string): Promise<void> {
  const input = q<HTMLInputElement | HTMLTextAreaElement>(el, fid(id));
  if (!input) throw new Error(`no control for ${id}`);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.blur();
  // A background test window may not move focus; leaving the field is what matters.
  input.dispatchEvent(new FocusEvent('blur'));
  await el.updateComplete;
}

/** Clicks the radio/checkbox of `id` whose value is `value` (`true`/`false` for yes/no). */
export async function choose(el: El, id: string, value: string | boolean): Promise<void> {
  const input = qq<HTMLInputElement>(el, `[data-q="${id}"] input`).find((i) => i.value === String(value));
  if (!input) throw new Error(`no option ${String(value)} for ${id}`);
  input.click();
  await el.updateComplete;
}

export async function click(el: El, selector: string): Promise<void> {
  const target = q(el, selector);
  if (!target) throw new Error(`no ${selector}`);
  target.click();
  await el.updateComplete;
}

export const next = (el: El) => click(el, 'button[data-action="next"]');
export const back = (el: El) => click(el, 'button[data-action="back"]');
export const heading = (el: El) => text(el, '#page-heading');

/** Waits for the review's answers: they come with the sending code, fetched on demand (usually long before the review). */
export async function reviewShown(el: El): Promise<void> {
  await waitUntil(() => q(el, '.review'), 'the review is shown', { timeout: 8000 });
  await el.updateComplete;
}

export async function waitForText(el: El, needle: string, timeout = 8000): Promise<void> {
  await waitUntil(() => allText(el).includes(needle), `text "${needle}"`, { timeout });
  await el.updateComplete;
}

/** A 2-page form with one question of every type, plus a consent and a signature. */
export function allTypesForm(): IntakeForm {
  return {
    id: 'all-types',
    version: '1',
    title: { en: 'Every kind of question', es: 'Cada tipo de pregunta' },
    locales: ['en', 'es'],
    draftTtlDays: 3,
    pages: [
      {
        id: 'p1',
        title: { en: 'Basics', es: 'Lo básico' },
        items: [
          { id: 'intro', type: 'display', text: { en: 'A few questions.', es: 'Unas preguntas.' } },
          { id: 'name', type: 'text', text: { en: 'Your name', es: 'Su nombre' }, required: true, maxLength: 40, autocomplete: 'name' },
          { id: 'story', type: 'long-text', text: { en: 'Tell us more', es: 'Cuéntenos más' }, maxLength: 500 },
          { id: 'drinks', type: 'number', text: { en: 'Drinks per week', es: 'Bebidas por semana' }, min: 0, max: 200, integer: true, unit: { en: 'drinks', es: 'bebidas' } },
          { id: 'dob', type: 'date', text: { en: 'Date of birth', es: 'Fecha de nacimiento' }, required: true, autocomplete: 'bday', max: 'today' },
          { id: 'tel', type: 'phone', text: { en: 'Phone', es: 'Teléfono' }, autocomplete: 'tel' },
          { id: 'mail', type: 'email', text: { en: 'Email', es: 'Correo' }, autocomplete: 'email' },
        ],
      },
      {
        id: 'p2',
        title: { en: 'Choices', es: 'Opciones' },
        items: [
          { id: 'color', type: 'single', text: { en: 'Pick one', es: 'Elija una' }, required: true, options: [{ value: 'a', label: { en: 'A', es: 'A' } }, { value: 'b', label: { en: 'B', es: 'B' } }] },
          {
            id: 'many',
            type: 'multiple',
            text: { en: 'Pick any', es: 'Elija varias' },
            options: [
              { value: 'none', label: { en: 'None of these', es: 'Ninguna' }, exclusive: true },
              { value: 'x', label: { en: 'X', es: 'X' } },
              { value: 'y', label: { en: 'Y', es: 'Y' } },
            ],
          },
          { id: 'pick', type: 'select', text: { en: 'Choose a state', es: 'Elija un estado' }, options: [{ value: 'tx', label: { en: 'Texas', es: 'Texas' } }, { value: 'ca', label: { en: 'California', es: 'California' } }] },
          { id: 'ok', type: 'yes-no', text: { en: 'Is this okay?', es: '¿Está bien?' } },
          { id: 'rate', type: 'scale', text: { en: 'How much?', es: '¿Cuánto?' }, options: [{ value: '0', label: { en: 'None', es: 'Nada' } }, { value: '1', label: { en: 'Some', es: 'Algo' } }] },
          { id: 'agree', type: 'consent', kind: 'hipaa-notice', version: 'v1', required: true, text: { en: 'I got the notice.', es: 'Recibí el aviso.' }, body: { en: 'The notice text.', es: 'El texto del aviso.' } },
          { id: 'sig', type: 'signature', text: { en: 'Type your full name to sign', es: 'Escriba su nombre completo' }, required: true },
        ],
      },
    ],
  };
}

/** A one-page form with PHQ-9 and the crisis question. */
export function screenerForm(): IntakeForm {
  return {
    id: 'screener',
    version: '1',
    title: 'Screener',
    locales: ['en', 'es'],
    pages: [
      { id: 'hello', title: 'Hello', items: [{ id: 'first', type: 'text', text: 'First name', required: true }] },
      {
        id: 'mood',
        title: { en: 'Mood', es: 'Ánimo' },
        items: [{ type: 'instrument', instrument: 'phq9' }, { id: 'crisis-now', type: 'yes-no', text: 'Right now, are you having thoughts of hurting yourself?' }],
      },
    ],
    flags: [{ flag: 'crisis', when: { op: 'equals', q: 'crisis-now', value: true } }],
  };
}
