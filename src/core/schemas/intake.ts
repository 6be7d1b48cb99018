/**
 * IntakeForm (a schema-driven pre-admission questionnaire) and IntakeSubmission.
 * Conditions are a small JSON expression tree evaluated without `eval`
 * (src/core/expressions), so the kit runs under a strict Content-Security-Policy.
 */
import * as z from './zod.js';
import { Id, IsoDateTime, Locale, Text, nonEmpty } from './common.js';

/** Standardized screeners the kit scores with their published rules (DESIGN.md §8). */
export const INSTRUMENTS = ['phq9', 'gad7', 'audit-c', 'dast10', 'crafft'] as const;
export const InstrumentId = /* @__PURE__ */ z.enum(INSTRUMENTS);
export type InstrumentId = z.infer<typeof InstrumentId>;

import { FLAGS } from './flags.js';

export { FLAGS };
export const Flag = /* @__PURE__ */ z.enum(FLAGS);
export type Flag = z.infer<typeof Flag>;

export type Scalar = string | number | boolean;
const Scalar = /* @__PURE__ */ z.union([z.string().check(z.maxLength(500)), z.number(), z.boolean()]);

/**
 * A condition. The subject of a comparison is exactly one of:
 * `q` (a question's answer), `score` (an instrument's total), `ageOf` (age in years
 * from a date question). `in` is true when the answer (or any of a multiple
 * answer's values) is among `values`.
 *
 * ```json
 * { "op": "and", "exprs": [
 *   { "op": "in", "q": "focus", "values": ["substance-use", "both"] },
 *   { "op": "lt", "ageOf": "dob", "value": 18 } ] }
 * ```
 */
export type Expr =
  | { op: 'equals' | 'notEquals' | 'gt' | 'gte' | 'lt' | 'lte'; q?: string; score?: InstrumentId; ageOf?: string; value: Scalar }
  | { op: 'in'; q?: string; score?: InstrumentId; ageOf?: string; values: Scalar[] }
  | { op: 'answered'; q: string }
  | { op: 'not'; expr: Expr }
  | { op: 'and' | 'or'; exprs: Expr[] };

export const COMPARISON_OPS = ['equals', 'notEquals', 'gt', 'gte', 'lt', 'lte'] as const;

const oneSubject = /* @__PURE__ */ z.refine<{ q?: string; score?: string; ageOf?: string }>(
  (e) => [e.q, e.score, e.ageOf].filter((s) => s !== undefined).length === 1,
  'a comparison needs exactly one of "q", "score" or "ageOf"',
);

const subject = {
  q: z.optional(Id),
  score: z.optional(InstrumentId),
  ageOf: z.optional(Id),
};

export const Expr: z.ZodMiniType<Expr> = /* @__PURE__ */ z.discriminatedUnion('op', [
  z.object({ op: z.enum(COMPARISON_OPS), ...subject, value: Scalar }).check(oneSubject),
  z.object({ op: z.literal('in'), ...subject, values: z.array(Scalar).check(z.minLength(1, 'list at least one value'), z.maxLength(200)) }).check(oneSubject),
  z.object({ op: z.literal('answered'), q: Id }),
  z.object({
    op: z.literal('not'),
    get expr() {
      return Expr;
    },
  }),
  z.object({
    op: z.enum(['and', 'or']),
    get exprs() {
      return z.array(Expr).check(z.minLength(1, 'needs at least one expression'), z.maxLength(50));
    },
  }),
]) as unknown as z.ZodMiniType<Expr>;

/** A choice. `value` is what is stored and submitted; `score` feeds an instrument. */
export const Option = /* @__PURE__ */ z.object({
  value: z.string().check(z.regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'must be a value: letters, digits, "-", "_", "." or ":"')),
  label: Text,
  score: z.optional(z.number()),
  /** In a multiple-choice question, choosing this clears the others ("None of these"). */
  exclusive: z.optional(z.boolean()),
});
export type Option = z.infer<typeof Option>;

const base = {
  id: Id,
  text: Text,
  help: z.optional(Text),
  required: z.optional(z.boolean()),
  requiredIf: z.optional(Expr),
  visibleIf: z.optional(Expr),
  /** An HTML autocomplete token (`given-name`, `bday`, `tel`, …) so browsers can autofill. */
  autocomplete: z.optional(z.string().check(z.regex(/^[a-z][a-z0-9 -]{0,60}$/, 'must be an autocomplete token'))),
};

const options = /* @__PURE__ */ z.array(Option).check(
  z.minLength(1, 'a choice question needs options'),
  z.maxLength(200),
  z.refine((os) => new Set(os.map((o) => o.value)).size === os.length, 'option values must be unique'),
);

export const QUESTION_TYPES = [
  'text',
  'long-text',
  'number',
  'date',
  'single',
  'multiple',
  'select',
  'yes-no',
  'scale',
  'phone',
  'email',
  'signature',
  'consent',
  'display',
] as const;

export const Question = /* @__PURE__ */ z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('text'), maxLength: z.optional(z.int().check(z.gte(1), z.lte(5000))) }),
  z.object({ ...base, type: z.literal('long-text'), maxLength: z.optional(z.int().check(z.gte(1), z.lte(20000))) }),
  z.object({
    ...base,
    type: z.literal('number'),
    min: z.optional(z.number()),
    max: z.optional(z.number()),
    integer: z.optional(z.boolean()),
    unit: z.optional(Text),
  }),
  /** `max: "today"` forbids future dates (a birth date, a last-use date). */
  z.object({ ...base, type: z.literal('date'), min: z.optional(z.string()), max: z.optional(z.string()) }),
  z.object({ ...base, type: z.literal('single'), options }),
  z.object({ ...base, type: z.literal('select'), options }),
  z.object({
    ...base,
    type: z.literal('multiple'),
    options,
    minSelected: z.optional(z.int().check(z.gte(0))),
    maxSelected: z.optional(z.int().check(z.gte(1))),
  }),
  z.object({ ...base, type: z.literal('yes-no') }),
  /** A rating item (e.g. "Not at all" 0 … "Nearly every day" 3). */
  z.object({ ...base, type: z.literal('scale'), options }),
  z.object({ ...base, type: z.literal('phone') }),
  z.object({ ...base, type: z.literal('email') }),
  /** Electronic signature: the person types their full name; the date is recorded with it. */
  z.object({ ...base, type: z.literal('signature') }),
  /** A consent the person agrees to; its exact text and version go into the submission. */
  z.object({
    ...base,
    type: z.literal('consent'),
    kind: z.enum(['42-cfr-part-2', 'hipaa-notice', 'telehealth', 'contact', 'other']),
    version: nonEmpty(40, 'version'),
    /** The full text the person agrees to. */
    body: Text,
  }),
  /** Text with no answer (instructions, a heading inside a page). */
  z.object({ id: Id, type: z.literal('display'), text: Text, visibleIf: z.optional(Expr) }),
]);
export type Question = z.infer<typeof Question>;

/** A standardized screener placed on a page; its items and scoring come from the kit. */
export const InstrumentRef = /* @__PURE__ */ z.object({
  type: z.literal('instrument'),
  instrument: InstrumentId,
  visibleIf: z.optional(Expr),
});
export type InstrumentRef = z.infer<typeof InstrumentRef>;

export const PageItem = /* @__PURE__ */ z.discriminatedUnion('type', [InstrumentRef, Question]);
export type PageItem = z.infer<typeof PageItem>;

export const Page = /* @__PURE__ */ z.object({
  id: Id,
  title: Text,
  description: z.optional(Text),
  visibleIf: z.optional(Expr),
  items: z.array(PageItem).check(z.minLength(1, 'a page needs at least one item'), z.maxLength(300)),
});
export type Page = z.infer<typeof Page>;

/** A rule that raises a flag on the submission (and, for `crisis`, shows crisis help at once). */
export const FlagRule = /* @__PURE__ */ z.object({ flag: Flag, when: Expr });

/** Every question id a form declares (instrument items excluded: the kit names them). */
export function formQuestionIds(form: { pages: { items: PageItem[] }[] }): string[] {
  return form.pages.flatMap((p) => p.items.flatMap((i) => ('id' in i ? [i.id] : [])));
}

export const IntakeForm = /* @__PURE__ */ z
  .object({
    id: Id,
    version: nonEmpty(40, 'version'),
    title: Text,
    locales: z.array(Locale).check(z.minLength(1, 'name at least one locale')),
    pages: z.array(Page).check(z.minLength(1, 'a form needs at least one page'), z.maxLength(100)),
    flags: z.optional(z.array(FlagRule).check(z.maxLength(50))),
    /** How long an unsent draft is kept on the device, in days (default 7). */
    draftTtlDays: z.optional(z.int().check(z.gte(1), z.lte(90))),
  })
  .check(
    z.refine((f) => new Set(f.pages.map((p) => p.id)).size === f.pages.length, { message: 'page ids must be unique', path: ['pages'] }),
    z.refine(
      (f) => {
        const ids = formQuestionIds(f);
        return new Set(ids).size === ids.length;
      },
      { message: 'question ids must be unique across the form', path: ['pages'] },
    ),
  );
export type IntakeForm = z.infer<typeof IntakeForm>;

export const AnswerValue = /* @__PURE__ */ z.union([
  z.string().check(z.maxLength(20000)),
  z.number(),
  z.boolean(),
  z.array(z.string().check(z.maxLength(200))).check(z.maxLength(200)),
]);
export type AnswerValue = z.infer<typeof AnswerValue>;

export const InstrumentScore = /* @__PURE__ */ z.object({
  instrument: InstrumentId,
  total: z.number(),
  /** Band name from the instrument's published bands (`minimal`, `mild`, …; `positive`/`negative`). */
  band: nonEmpty(40, 'band'),
  /** Whether the score meets the instrument's positive-screen threshold. */
  positive: z.boolean(),
});
export type InstrumentScore = z.infer<typeof InstrumentScore>;

export const IntakeSubmission = /* @__PURE__ */ z.object({
  /** Client-generated; also the `Idempotency-Key`, reused on every retry. */
  submissionId: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8–64 letters, digits, "-" or "_"')),
  formId: Id,
  formVersion: nonEmpty(40, 'form version'),
  locale: Locale,
  /** Answers of visible questions only, keyed by question id. */
  answers: z.record(Id, AnswerValue),
  scores: z.array(InstrumentScore).check(z.maxLength(INSTRUMENTS.length)),
  flags: z.array(Flag).check(z.maxLength(FLAGS.length)),
  consents: z.array(
    z.object({
      id: Id,
      version: nonEmpty(40, 'version'),
      agreedAt: IsoDateTime,
      /** Typed full name, when the form asks for a signature. */
      signature: z.optional(nonEmpty(200, 'signature')),
    }),
  ),
  startedAt: z.optional(IsoDateTime),
  submittedAt: IsoDateTime,
  programId: z.optional(Id),
});
export type IntakeSubmission = z.infer<typeof IntakeSubmission>;

export const IntakeReceipt = /* @__PURE__ */ z.object({ receiptId: nonEmpty(100, 'receipt id'), receivedAt: z.optional(IsoDateTime) });
export type IntakeReceipt = z.infer<typeof IntakeReceipt>;
