/** Small builders that keep the default form readable: every text in English and Spanish. */
import type { Expr, Option, Question } from '../../schemas/index.js';

export type T = { en: string; es: string };
export const t = (en: string, es: string): T => ({ en, es });

type Extra = Partial<Pick<Question & { required: boolean }, 'required'>> & {
  help?: T;
  visibleIf?: Expr;
  requiredIf?: Expr;
  autocomplete?: string;
};

const extra = (e: Extra = {}) => ({
  ...(e.required ? { required: true } : {}),
  ...(e.help ? { help: e.help } : {}),
  ...(e.visibleIf ? { visibleIf: e.visibleIf } : {}),
  ...(e.requiredIf ? { requiredIf: e.requiredIf } : {}),
  ...(e.autocomplete ? { autocomplete: e.autocomplete } : {}),
});

export const opt = (value: string, en: string, es: string, more: Partial<Option> = {}): Option => ({ value, label: t(en, es), ...more });

export const text = (id: string, label: T, e: Extra & { maxLength?: number } = {}): Question => ({
  id,
  type: 'text',
  text: label,
  ...extra(e),
  ...(e.maxLength ? { maxLength: e.maxLength } : {}),
});
export const longText = (id: string, label: T, e: Extra = {}): Question => ({ id, type: 'long-text', text: label, maxLength: 4000, ...extra(e) });
export const yesNo = (id: string, label: T, e: Extra = {}): Question => ({ id, type: 'yes-no', text: label, ...extra(e) });
export const single = (id: string, label: T, options: Option[], e: Extra = {}): Question => ({ id, type: 'single', text: label, options, ...extra(e) });
export const multiple = (id: string, label: T, options: Option[], e: Extra & { minSelected?: number } = {}): Question => ({
  id,
  type: 'multiple',
  text: label,
  options,
  ...extra(e),
  ...(e.minSelected !== undefined ? { minSelected: e.minSelected } : {}),
});
export const date = (id: string, label: T, e: Extra & { max?: string } = {}): Question => ({ id, type: 'date', text: label, ...extra(e), ...(e.max ? { max: e.max } : {}) });
export const phone = (id: string, label: T, e: Extra = {}): Question => ({ id, type: 'phone', text: label, ...extra(e) });
export const email = (id: string, label: T, e: Extra = {}): Question => ({ id, type: 'email', text: label, ...extra(e) });
export const display = (id: string, label: T, visibleIf?: Expr): Question => ({ id, type: 'display', text: label, ...(visibleIf ? { visibleIf } : {}) });

export const isIn = (q: string, values: string[]): Expr => ({ op: 'in', q, values });
export const is = (q: string, value: string | boolean): Expr => ({ op: 'equals', q, value });

/** "Choose all that apply." */
export const ALL_THAT_APPLY = t('Choose all that apply.', 'Elija todas las opciones que correspondan.');
export const NOT_SURE = (value = 'not-sure') => opt(value, 'Not sure', 'No estoy seguro/a');
