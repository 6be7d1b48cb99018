/**
 * The `z` every schema of the contract is written with: the `zod/mini` API and zod's
 * types, run by the kit's own small runtime (`./lite.ts`), so an element does not carry
 * zod's classes (about 7 KB gzip each). `./to-zod.ts` turns any of these schemas into a
 * real zod schema (for JSON Schema, and for the test that both agree).
 *
 * Usage: `import * as z from './zod.js'`, then `z.object({ … })`, `z.infer<typeof X>`.
 */
import type * as Zod from 'zod/mini';
import * as lite from './lite.js';

export type { infer, input, output, ZodMiniType } from 'zod/mini';
export type { RawIssue } from './lite.js';

export const object = lite.object as unknown as typeof Zod.object;
export const array = lite.array as unknown as typeof Zod.array;
export const string = lite.string as unknown as typeof Zod.string;
export const number = lite.number as unknown as typeof Zod.number;
export const int = lite.int as unknown as typeof Zod.int;
export const boolean = lite.boolean as unknown as typeof Zod.boolean;
export const literal = lite.literal as unknown as typeof Zod.literal;
const enumOf = lite.enum as unknown as typeof Zod.enum;
export { enumOf as enum };
export const union = lite.union as unknown as typeof Zod.union;
export const discriminatedUnion = lite.discriminatedUnion as unknown as typeof Zod.discriminatedUnion;
export const record = lite.record as unknown as typeof Zod.record;
export const partialRecord = lite.partialRecord as unknown as typeof Zod.partialRecord;
export const optional = lite.optional as unknown as typeof Zod.optional;
export const maxLength = lite.maxLength as unknown as typeof Zod.maxLength;
export const minLength = lite.minLength as unknown as typeof Zod.minLength;
export const regex = lite.regex as unknown as typeof Zod.regex;
export const gte = lite.gte as unknown as typeof Zod.gte;
export const lte = lite.lte as unknown as typeof Zod.lte;
export const refine = lite.refine as unknown as typeof Zod.refine;

/** Validates; never throws for data a schema can describe. */
export const safeParse = lite.safeParse as unknown as (schema: Zod.ZodMiniType, value: unknown, options?: { error?: (issue: lite.RawIssue) => unknown }) => lite.SafeParse;
