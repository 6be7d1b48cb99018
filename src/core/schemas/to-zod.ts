/**
 * Rebuilds a contract schema (run in the browser by `./lite.ts`) as a real `zod/mini`
 * schema, call for call: the same functions with the same arguments. Used where zod's
 * own machinery is wanted — `npm run schemas` (JSON Schema) and the test that checks the
 * kit's runtime against zod — and never by an element, so zod stays out of the bundles.
 */
import * as zod from 'zod/mini';
import type { Check, Schema } from './lite.js';

type AnyFn = (...args: unknown[]) => unknown;
const call = (fn: string, args: unknown[]) => (zod as unknown as Record<string, AnyFn>)[fn](...args);

/** zod normalises (and edits) the params object it is given: give it a copy. */
const copy = (a: unknown) => (a && typeof a === 'object' && !Array.isArray(a) && !(a instanceof RegExp) ? { ...a } : a);

/** The same schema, built by zod. Recursive schemas (getters in a shape) stay lazy. */
export function toZod(schema: unknown, seen = new Map<Schema, zod.ZodMiniType>()): zod.ZodMiniType {
  const s = schema as Schema;
  const done = seen.get(s);
  if (done) return done;
  const conv = (x: unknown) => toZod(x, seen);
  let built: zod.ZodMiniType;
  const a = s.args.map(copy);
  switch (s.fn) {
    case 'object': {
      const shapeIn = s.args[0] as Record<string, Schema>;
      const shape: Record<string, unknown> = {};
      for (const [key, desc] of Object.entries(Object.getOwnPropertyDescriptors(shapeIn))) {
        if (desc.get) Object.defineProperty(shape, key, { enumerable: true, get: () => conv(desc.get!.call(shapeIn)) });
        else shape[key] = conv(desc.value);
      }
      built = zod.object(shape as zod.core.$ZodLooseShape, a[1] as never);
      break;
    }
    case 'array':
    case 'optional':
      built = call(s.fn, [conv(s.args[0]), ...a.slice(1)]) as zod.ZodMiniType;
      break;
    case 'union':
      built = zod.union((s.args[0] as Schema[]).map(conv) as never, a[1] as never);
      break;
    case 'discriminatedUnion':
      built = zod.discriminatedUnion(s.args[0] as string, (s.args[1] as Schema[]).map(conv) as never, a[2] as never);
      break;
    case 'record':
    case 'partialRecord':
      built = call(s.fn, [conv(s.args[0]), conv(s.args[1]), a[2]]) as zod.ZodMiniType;
      break;
    default:
      built = call(s.fn, a) as zod.ZodMiniType;
  }
  // `int`'s first check is its own "whole number" rule, which zod's z.int() already has.
  const checks = s.checks.filter((c: Check) => c.fn).map((c) => call(c.fn, c.args.map(copy)) as zod.core.$ZodCheck);
  if (checks.length) built = (built as zod.ZodMiniType & { check(...c: unknown[]): zod.ZodMiniType }).check(...checks);
  seen.set(s, built);
  return built;
}
