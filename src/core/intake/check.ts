/**
 * Checks what the schema of a form cannot (`checkForm`), for forms the kit did not write: the
 * intake element fetches this with the schema only for them (see `given-form.ts`), and the
 * built-in form's test runs it. Apart from `expand.ts` so that running a form never bundles it.
 */
import type { Expr, InstrumentId, IntakeForm, Question } from '../schemas/index.js';
import { referencedQuestions } from './expressions.js';
import type { ExpandOptions } from './expand.js';

/** A problem that makes a form misbehave although it passes the schema. */
export interface FormProblem {
  /** Where: `pages[2].items[0].visibleIf`, `flags[1].when`. */
  path: string;
  message: string;
}

/**
 * Checks what the schema cannot: every expression names questions that exist (and
 * `ageOf` names a date question), no form question reuses an instrument item id, no
 * instrument is placed twice. An empty list means the form is sound.
 */
export function checkForm(form: IntakeForm, options: ExpandOptions = {}): FormProblem[] {
  const problems: FormProblem[] = [];
  const instrumentTypes = instrumentItemTypes();
  const types = new Map<string, Question['type']>();
  const placed = new Set<InstrumentId>();
  form.pages.forEach((page, p) =>
    page.items.forEach((item, i) => {
      if (item.type === 'instrument') {
        if (placed.has(item.instrument)) problems.push({ path: `pages[${p}].items[${i}]`, message: `instrument "${item.instrument}" is placed more than once` });
        placed.add(item.instrument);
      } else {
        if (instrumentTypes.has(item.id)) problems.push({ path: `pages[${p}].items[${i}].id`, message: `"${item.id}" is an instrument item id; choose another` });
        types.set(item.id, item.type);
      }
    }),
  );
  for (const [id, type] of instrumentTypes) types.set(id, type);

  const check = (expr: Expr | undefined, path: string) => {
    if (!expr) return;
    for (const id of referencedQuestions(expr)) {
      const type = types.get(id);
      if (type === undefined) problems.push({ path, message: `refers to question "${id}", which the form does not have` });
      else if (type === 'display') problems.push({ path, message: `refers to "${id}", which is display text and has no answer` });
    }
    for (const id of ageOfIds(expr)) if (types.has(id) && types.get(id) !== 'date') problems.push({ path, message: `ageOf "${id}" must name a date question` });
  };
  form.pages.forEach((page, p) => {
    check(page.visibleIf, `pages[${p}].visibleIf`);
    page.items.forEach((item, i) => {
      check(item.visibleIf, `pages[${p}].items[${i}].visibleIf`);
      if (item.type !== 'instrument' && item.type !== 'display') check(item.requiredIf, `pages[${p}].items[${i}].requiredIf`);
    });
  });
  (form.flags ?? []).forEach((rule, f) => check(rule.when, `flags[${f}].when`));
  const dob = options.dobQuestion;
  if (dob !== undefined && types.get(dob) !== 'date') problems.push({ path: 'dobQuestion', message: `"${dob}" is not a date question of this form` });
  return problems;
}

function ageOfIds(expr: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 64 || !expr || typeof expr !== 'object') return out;
  const e = expr as Record<string, unknown>;
  if (typeof e['ageOf'] === 'string') out.push(e['ageOf']);
  if (e['op'] === 'not') ageOfIds(e['expr'], out, depth + 1);
  if (Array.isArray(e['exprs'])) for (const x of e['exprs']) ageOfIds(x, out, depth + 1);
  return out;
}

/**
 * Every instrument's item ids and types (`stem` and `attribution` are display text):
 * `[instrument, type of the listed items, item suffixes]`.
 */
const ITEM_TABLE: readonly (readonly [InstrumentId, Question['type'], string])[] = [
  ['phq9', 'scale', '1 2 3 4 5 6 7 8 9'],
  ['gad7', 'scale', '1 2 3 4 5 6 7'],
  ['audit-c', 'scale', '1 2 3'],
  ['dast10', 'yes-no', '1 2 3 4 5 6 7 8 9 10'],
  ['crafft', 'number', 'a1 a2 a3'],
  ['crafft', 'yes-no', 'car relax alone forget friends trouble'],
  ['crafft', 'display', 'attribution'],
];

/** Item id → type for every item of every instrument (stems included), without loading them. */
export function instrumentItemTypes(): Map<string, Question['type']> {
  const types = new Map<string, Question['type']>();
  for (const [id] of ITEM_TABLE) types.set(`${id}-stem`, 'display');
  for (const [id, type, suffixes] of ITEM_TABLE) for (const s of suffixes.split(' ')) types.set(`${id}-${s}`, type);
  return types;
}
