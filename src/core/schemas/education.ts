/**
 * Family education modules: ordered blocks rendered from data with Lit templates,
 * never as HTML. Paragraph-like text may use a small inline markup, parsed by the
 * kit (not the browser): `**bold**`, `*italic*`, `[label](https://…)` with
 * http, https, mailto and tel links only.
 */
import * as z from './zod.js';
import { Id, Locale, WebUrl, nonEmpty } from './common.js';

const text = (max = 5000, what = 'text') => nonEmpty(max, what);

export const AUDIENCES = ['family', 'patient', 'everyone'] as const;

export const Block = /* @__PURE__ */ z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), id: z.optional(Id), level: z.union([z.literal(2), z.literal(3)]), text: text(200) }),
  z.object({ type: z.literal('paragraph'), id: z.optional(Id), text: text() }),
  z.object({
    type: z.literal('list'),
    id: z.optional(Id),
    ordered: z.optional(z.boolean()),
    items: z.array(text(1000, 'item')).check(z.minLength(1, 'a list needs at least one item'), z.maxLength(100)),
  }),
  /** A crisis callout always shows 988 and the center's phone, whatever its text says. */
  z.object({ type: z.literal('callout'), id: z.optional(Id), variant: z.enum(['tip', 'warning', 'crisis']), title: z.optional(text(200, 'title')), text: text() }),
  z.object({ type: z.literal('quote'), id: z.optional(Id), text: text(), cite: z.optional(text(200, 'cite')) }),
  z.object({ type: z.literal('image'), id: z.optional(Id), src: WebUrl, alt: text(500, 'alt text'), caption: z.optional(text(500, 'caption')) }),
  z.object({
    type: z.literal('video'),
    id: z.optional(Id),
    src: WebUrl,
    title: text(200, 'title'),
    /** A WebVTT captions file: required. */
    captions: WebUrl,
    poster: z.optional(WebUrl),
  }),
  z.object({
    type: z.literal('check'),
    id: Id,
    question: text(1000, 'question'),
    multiple: z.boolean(),
    options: z
      .array(z.object({ id: Id, text: text(500, 'option'), correct: z.boolean(), feedback: text(1000, 'feedback') }))
      .check(
        z.minLength(2, 'a knowledge check needs at least two options'),
        z.maxLength(10),
        z.refine((os) => os.some((o) => o.correct), 'mark at least one option correct'),
      ),
  }),
  /** The answer stays on the device only; the family member can delete it. */
  z.object({ type: z.literal('reflection'), id: Id, prompt: text(1000, 'prompt') }),
]);
export type Block = z.infer<typeof Block>;

const summaryFields = {
  id: Id,
  locale: Locale,
  title: text(200, 'title'),
  summary: text(1000, 'summary'),
  audience: z.enum(AUDIENCES),
  estimatedMinutes: z.int().check(z.gte(1, 'must be at least 1 minute'), z.lte(240, 'must be at most 240 minutes')),
  /** Suggested reading order (1 first). */
  order: z.optional(z.int().check(z.gte(0))),
  /** The same module in other locales, by id: `{ "es": "que-es-la-adiccion" }`. */
  translations: z.optional(z.partialRecord(Locale, Id)),
};

export const EducationModuleSummary = /* @__PURE__ */ z.object(summaryFields);
export type EducationModuleSummary = z.infer<typeof EducationModuleSummary>;

export const EducationModule = /* @__PURE__ */ z.object({
  ...summaryFields,
  blocks: z.array(Block).check(z.minLength(1, 'a module needs at least one block'), z.maxLength(1000)),
});
export type EducationModule = z.infer<typeof EducationModule>;

/** The catalogue entry of a module (what `GET /education/modules` lists). */
export function summarizeModule(m: EducationModule): EducationModuleSummary {
  const { blocks: _blocks, ...summary } = m;
  return summary;
}
