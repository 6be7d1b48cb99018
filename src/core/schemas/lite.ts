/**
 * The kit's own runtime for the part of the `zod/mini` API its schemas use.
 *
 * The contract's schemas (`src/core/schemas/*.ts`) are written with the `zod/mini` API
 * and their TypeScript types come from zod. In the browser they run on this module
 * instead of zod's runtime: zod's classes carry everything zod can do (about 7 KB gzip in
 * every element), this carries only what the contract needs (about 2 KB). Nothing here
 * evaluates strings as code.
 *
 * It keeps zod's results: the same accepted values, the same output (unknown keys
 * dropped), the same issues at the same paths with the same messages, including zod's
 * rules for which checks still run after a failure. `toZod` (./to-zod.ts) rebuilds any
 * schema as a real zod schema; `npm run schemas` writes the JSON Schemas from those, and
 * `test/core/schemas/lite-vs-zod.test.ts` runs both on generated values and asserts they agree.
 *
 * Supported: object (shape getters for recursive schemas), array, string, number, int,
 * boolean, literal, enum, union, discriminatedUnion, record, partialRecord, optional;
 * checks maxLength, minLength, regex, gte, lte, refine; `safeParse` with an error map.
 * Each export is typed as its zod/mini namesake, so schemas infer zod's types.
 */
import type * as Zod from 'zod/mini';

export type { infer, input, output, ZodMiniType } from 'zod/mini';

type Key = string | number;
type ErrorFn = (issue: RawIssue) => unknown;

/** An issue before its message is chosen; the fields zod gives the error map. */
export interface RawIssue {
  code: string;
  input?: unknown;
  path?: Key[];
  expected?: string;
  values?: readonly unknown[];
  options?: unknown[];
  origin?: string;
  minimum?: number;
  maximum?: number;
  keys?: string[];
  /** `true`: later checks still run. `false`: nothing else runs. Unset: only checks with a `when` run. */
  continue?: boolean;
  /** The error map of what raised the issue. */
  err?: ErrorFn | undefined;
  /** For an issue a check raised: the error map of the schema the check belongs to. */
  own?: ErrorFn | undefined;
}

interface Payload {
  value: unknown;
  issues: RawIssue[];
}

type Params = string | { error?: string | ErrorFn; message?: string; path?: Key[] } | undefined;

/** How a schema or check was made (zod's function name and arguments), for `toZod`. */
export interface Made {
  fn: string;
  args: unknown[];
}

export interface Check extends Made {
  err?: ErrorFn | undefined;
  /** Length checks run even after a type error, as long as the value has a length. */
  when?: (p: Payload) => boolean;
  run(p: Payload): void;
}

export interface Schema extends Made {
  err?: ErrorFn | undefined;
  checks: Check[];
  /** Set for optional schemas: an absent key is fine. */
  optional?: boolean;
  /** Literal and enum values: what a discriminated union dispatches on. */
  values?: readonly unknown[];
  /** An object's fields (getters resolved), read by `discriminatedUnion`. */
  shape?: () => Record<string, { values?: readonly unknown[] | undefined }>;
  parse(p: Payload): Payload;
  check(...checks: Check[]): Schema;
}

const errorOf = (params: Params): ErrorFn | undefined => {
  if (params === undefined) return undefined;
  const e = typeof params === 'string' ? params : (params.message ?? params.error);
  return typeof e === 'function' ? e : () => e;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (!isObject(v)) return false;
  const ctor = v.constructor;
  if (typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return isObject(proto) && Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');
};

/** Any issue (from `from` on) that stops the checks without a `when`. */
const aborted = (p: Payload, from = 0) => {
  for (let i = from; i < p.issues.length; i++) if (p.issues[i]!.continue !== true) return true;
  return false;
};

/** Moves a child's issues into `p`, under `key`. */
const adopt = (p: Payload, key: Key, child: Payload) => {
  for (const i of child.issues) (i.path ??= []).unshift(key), p.issues.push(i);
};

function runChecks(schema: Schema, p: Payload): Payload {
  let stop = aborted(p);
  for (const ch of schema.checks) {
    if (ch.when ? p.issues.some((i) => i.continue === false) || !ch.when(p) : stop) continue;
    const before = p.issues.length;
    ch.run(p);
    if (p.issues.length === before) continue;
    for (let i = before; i < p.issues.length; i++) p.issues[i]!.own ??= schema.err;
    stop ||= aborted(p, before);
  }
  return p;
}

function make(fn: string, args: unknown[], params: Params, parse: (p: Payload, self: Schema) => Payload, extra: Partial<Schema> = {}, checks: Check[] = []): Schema {
  const self: Schema = {
    fn,
    args,
    err: errorOf(params),
    checks,
    ...extra,
    parse: checks.length ? (p) => runChecks(self, parse(p, self)) : (p) => parse(p, self),
    check: (...more) => make(fn, args, params, parse, extra, [...checks, ...more]),
  };
  return self;
}

const typeIssue = (p: Payload, expected: string, self: Schema): Payload => (
  p.issues.push({ code: 'invalid_type', expected, input: p.value, err: self.err }), p
);

const typed = (fn: string, test: (v: unknown) => boolean) => (params?: Params) =>
  make(fn, [params], params, (p, self) => (test(p.value) ? p : typeIssue(p, fn, self)));

const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

export const string = (typed('string', (v) => typeof v === 'string')) as unknown as typeof Zod.string;
export const number = (typed('number', isNumber)) as unknown as typeof Zod.number;
export const boolean = (typed('boolean', (v) => typeof v === 'boolean')) as unknown as typeof Zod.boolean;

/** A whole number in the safe range (zod's `z.int()`: a number whose first check is "safeint"). */
export const int = ((params?: Params): Schema => {
  const err = errorOf(params);
  const whole: Check = {
    fn: '',
    args: [],
    run(p) {
      const v = p.value as number;
      const safe = Number.MAX_SAFE_INTEGER;
      if (!Number.isInteger(v)) p.issues.push({ code: 'invalid_type', expected: 'int', input: v, continue: false, err });
      else if (v > safe) p.issues.push({ code: 'too_big', maximum: safe, origin: 'int', input: v, continue: true, err });
      else if (v < -safe) p.issues.push({ code: 'too_small', minimum: -safe, origin: 'int', input: v, continue: true, err });
    },
  };
  return make('int', [params], params, (p, self) => (isNumber(p.value) ? p : typeIssue(p, 'number', self)), {}, [whole]);
}) as unknown as typeof Zod.int;

const oneOf = (fn: string, args: unknown[], values: readonly unknown[], params: Params) =>
  make(fn, args, params, (p, self) => (values.includes(p.value) ? p : (p.issues.push({ code: 'invalid_value', values, input: p.value, err: self.err }), p)), { values });

export const literal = ((value: string | number | boolean, params?: Params): Schema => oneOf('literal', [value, params], [value], params)) as unknown as typeof Zod.literal;
const enumOf = ((values: readonly string[], params?: Params): Schema => oneOf('enum', [values, params], values, params)) as unknown as typeof Zod.enum;
export { enumOf as enum };

export const optional = ((inner: Schema): Schema =>
  make('optional', [inner], undefined, (p) => (p.value === undefined ? p : inner.parse(p)), { optional: true, values: inner.values && [...inner.values, undefined] })) as unknown as typeof Zod.optional;

export const array = ((element: Schema, params?: Params): Schema =>
  make('array', [element, params], params, (p, self) => {
    const input = p.value;
    if (!Array.isArray(input)) return typeIssue(p, 'array', self);
    // zod's size cap: a list longer than a leading maximum is reported without reading its items.
    for (const ch of self.checks) {
      if (!ch.fn.endsWith('Length')) break;
      if (ch.fn === 'maxLength' && input.length > (ch.args[0] as number)) {
        ch.run(p);
        p.issues[p.issues.length - 1].continue = false;
        return p;
      }
    }
    p.value = Array.from(input, (item, i) => {
      const r = element.parse({ value: item, issues: [] });
      adopt(p, i, r);
      return r.value;
    });
    return p;
  })) as unknown as typeof Zod.array;

export const object = ((shapeIn: Record<string, Schema>, params?: Params): Schema => {
  let resolved: Record<string, Schema> | undefined;
  let fields: [string, Schema][] | undefined;
  // Getters (recursive schemas) are read on first use, when every schema exists.
  const shape = () => (resolved ??= { ...shapeIn });
  return make('object', [shapeIn, params], params, (p, self) => {
    const input = p.value;
    if (!isObject(input)) return typeIssue(p, 'object', self);
    const out: Record<string, unknown> = {};
    for (const [key, el] of (fields ??= Object.entries(shape()).filter(([k]) => k !== '__proto__'))) {
      const present = key in input;
      if (!present && el.optional) continue;
      const r = el.parse({ value: input[key], issues: [] });
      adopt(p, key, r);
      if (present) out[key] = r.value;
    }
    p.value = out;
    return p;
  }, { shape });
}) as unknown as typeof Zod.object;

export const union = ((options: Schema[], params?: Params): Schema =>
  make('union', [options, params], params, (p, self) => {
    if (options.length === 1) return options[0].parse(p);
    const results: Payload[] = [];
    for (const o of options) {
      const r = o.parse({ value: p.value, issues: [] });
      if (!r.issues.length) return r;
      results.push(r);
    }
    const open = results.filter((r) => !aborted(r));
    if (open.length === 1) return open[0];
    p.issues.push({ code: 'invalid_union', input: p.value, err: self.err });
    return p;
  })) as unknown as typeof Zod.union;

/**
 * Dispatches on `input[discriminator]` to the one option whose literal/enum has that value.
 * An option may itself be a discriminated union on the same key (a page item is an
 * instrument or one of the question types).
 */
export const discriminatedUnion = ((discriminator: string, options: Schema[], params?: Params): Schema => {
  let map: Map<unknown, Schema> | undefined;
  const routes = () => {
    if (!map) {
      map = new Map();
      for (const o of options) for (const v of o.shape?.()[discriminator]?.values ?? []) map.set(v, o);
    }
    return map;
  };
  // What an enclosing union on the same key sees: this union's values.
  const shape = () => ({ [discriminator]: { values: [...routes().keys()] } });
  return make('discriminatedUnion', [discriminator, options, params], params, (p, self) => {
    const input = p.value;
    if (!isObject(input)) return typeIssue(p, 'object', self);
    const option = routes().get(input[discriminator]);
    if (option) return option.parse(p);
    p.issues.push({ code: 'invalid_union', options: [...routes().keys()], input, path: [discriminator], err: self.err });
    return p;
  }, { shape });
}) as unknown as typeof Zod.discriminatedUnion;

function recordOf(fn: string, keyType: Schema, valueType: Schema, params: Params): Schema {
  return make(fn, [keyType, valueType, params], params, (p, self) => {
    const input = p.value;
    if (!isPlainObject(input)) return typeIssue(p, 'record', self);
    const out: Record<string, unknown> = {};
    const unknownKeys: string[] = [];
    for (const key of Object.keys(input)) {
      if (key === '__proto__') continue;
      if (keyType.parse({ value: key, issues: [] }).issues.length) {
        if (keyType.values) unknownKeys.push(key);
        else p.issues.push({ code: 'invalid_key', origin: 'record', input: key, path: [key], err: self.err });
        continue;
      }
      const r = valueType.parse({ value: input[key], issues: [] });
      adopt(p, key, r);
      out[key] = r.value;
    }
    if (unknownKeys.length) p.issues.push({ code: 'unrecognized_keys', keys: unknownKeys, input, continue: true, err: self.err });
    p.value = out;
    return p;
  });
}

/** A record whose keys are checked by `keyType` (not an enum: the kit uses enums only with `partialRecord`). */
export const record = ((keyType: Schema, valueType: Schema, params?: Params): Schema => recordOf('record', keyType, valueType, params)) as unknown as typeof Zod.record;
/** A record whose keys come from an enum, none required. */
export const partialRecord = ((keyType: Schema, valueType: Schema, params?: Params): Schema => recordOf('partialRecord', keyType, valueType, params)) as unknown as typeof Zod.partialRecord;

// ---- checks ----

const makeCheck = (fn: string, args: unknown[], params: Params, fail: (v: never) => RawIssue | undefined, when?: Check['when']): Check => {
  const err = errorOf(params);
  return {
    fn,
    args,
    err,
    ...(when ? { when } : {}),
    run(p) {
      const issue = fail(p.value as never);
      if (issue) p.issues.push({ input: p.value, continue: true, err, ...issue });
    },
  };
};

const hasLength = (p: Payload) => p.value != null && (p.value as { length?: unknown }).length !== undefined;
const origin = (v: unknown) => (Array.isArray(v) ? 'array' : typeof v === 'string' ? 'string' : 'unknown');
/** Strings are measured in code points, as zod does. */
const lengthOf = (v: string | unknown[]) => (typeof v === 'string' ? Array.from(v).length : v.length);

export const maxLength = ((maximum: number, params?: Params): Check =>
  makeCheck('maxLength', [maximum, params], params, (v: string | unknown[]) => (v.length > maximum && lengthOf(v) > maximum ? { code: 'too_big', maximum, origin: origin(v) } : undefined), hasLength)) as unknown as typeof Zod.maxLength;

export const minLength = ((minimum: number, params?: Params): Check =>
  makeCheck('minLength', [minimum, params], params, (v: string | unknown[]) => (v.length < 2 * minimum && lengthOf(v) < minimum ? { code: 'too_small', minimum, origin: origin(v) } : undefined), hasLength)) as unknown as typeof Zod.minLength;

export const regex = ((pattern: RegExp, params?: Params): Check =>
  makeCheck('regex', [pattern, params], params, (v: string) => ((pattern.lastIndex = 0), pattern.test(v) ? undefined : { code: 'invalid_format', origin: 'string' }))) as unknown as typeof Zod.regex;

export const gte = ((minimum: number, params?: Params): Check =>
  makeCheck('gte', [minimum, params], params, (v: number) => (v >= minimum ? undefined : { code: 'too_small', minimum, origin: typeof v === 'number' ? 'number' : 'unknown' }))) as unknown as typeof Zod.gte;

export const lte = ((maximum: number, params?: Params): Check =>
  makeCheck('lte', [maximum, params], params, (v: number) => (v <= maximum ? undefined : { code: 'too_big', maximum, origin: typeof v === 'number' ? 'number' : 'unknown' }))) as unknown as typeof Zod.lte;

export const refine = (<T>(test: (value: T) => unknown, params?: Params): Check => {
  const path = typeof params === 'object' ? params.path : undefined;
  return makeCheck('refine', [test, params], params, (v: T) => (test(v) ? undefined : { code: 'custom', path: [...(path ?? [])] }));
}) as unknown as typeof Zod.refine;

// ---- parsing ----

export interface Issue {
  path: Key[];
  message: string;
}

export type SafeParse = { success: true; data: unknown } | { success: false; error: { issues: Issue[] } };

const text = (m: unknown): string | undefined => (typeof m === 'string' ? m : (m as { message?: string } | undefined)?.message);

/** Validates `value`; the message of each issue is its check's, else its schema's, else `options.error`'s, else "Invalid input". */
export function safeParse(schema: Zod.ZodMiniType, value: unknown, options: { error?: ErrorFn } = {}): SafeParse {
  const { value: data, issues } = (schema as unknown as Schema).parse({ value, issues: [] });
  if (!issues.length) return { success: true, data };
  return {
    success: false,
    error: {
      issues: issues.map((i) => ({
        path: i.path ?? [],
        message: text(i.err?.(i)) ?? text(i.own?.(i)) ?? text(options.error?.(i)) ?? 'Invalid input',
      })),
    },
  };
}
