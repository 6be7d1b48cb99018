/**
 * fast-check generators of malformed and hostile backend behaviour, for the "bad backend
 * data" fuzz of every element (issue 7): wrong types, missing fields, huge strings (100 KB),
 * deep nesting (1,000 levels), arrays of nulls, numbers where strings go, prototype-pollution
 * keys, valid data with a few fields broken, and transport failures of a custom `.backend`
 * (throwing strings, null, objects, odd errors; rejecting; never settling; slow).
 */
import fc from 'fast-check';

export const HUGE = 100_000;

function nest(depth: number, kind: 'array' | 'object'): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = kind === 'array' ? [v] : { id: v, name: v, items: v };
  return v;
}

const hugeStrings = ['x'.repeat(HUGE), '<img src=x onerror=alert(1)>'.repeat(HUGE / 28), '\u202e\u0000\ud800'.repeat(HUGE / 3), 'é'.repeat(HUGE)];
const deep = [nest(1000, 'array'), nest(1000, 'object')];

/** Own `__proto__` / `constructor` keys (JSON.parse makes them own properties, as a real JSON answer would). */
const pollution = [
  JSON.parse('{"__proto__":{"polluted":"yes","id":"p","name":"P"},"id":"x"}') as unknown,
  JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}},"id":"y","name":"Y"}') as unknown,
  JSON.parse('{"toString":"no","valueOf":1,"hasOwnProperty":null,"then":"not a function"}') as unknown,
  JSON.parse('[{"__proto__":[]},{"constructor":null}]') as unknown,
];

/** Values no JSON answer contains but a custom adapter can return. */
const exotic: unknown[] = [
  NaN,
  Infinity,
  -Infinity,
  -0,
  Number.MAX_SAFE_INTEGER + 2,
  Symbol('hostile'),
  () => 'a function',
  new Date(NaN),
  /regex/g,
  new Map([['id', 'm']]),
  new Set([1]),
  Object.create(null) as unknown,
  new Uint8Array(8),
  BigInt(7),
  new Proxy(
    {},
    {
      get() {
        throw new Error('hostile getter');
      },
      ownKeys() {
        throw new Error('hostile ownKeys');
      },
      getOwnPropertyDescriptor() {
        throw new Error('hostile descriptor');
      },
      // (no `has` trap: fast-check itself asks `cloneMethod in value` of every generated value)
    },
  ),
  Object.defineProperty({ id: 'g' }, 'name', {
    enumerable: true,
    get() {
      throw new TypeError('getter throws');
    },
  }),
];

const key = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'name', 'items', 'blocks', 'pages', 'tracks', 'sessions', 'status', 'title', 'then'),
);

const scalar = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom(...exotic),
  fc.constantFrom(...hugeStrings),
);

/** Anything at all, nested a little; plus the fixed nasties (huge, deep, pollution, arrays of nulls). */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
    fc.array(fc.constant(null), { minLength: 1, maxLength: 200 }),
    fc.constantFrom(...deep),
    fc.constantFrom(...pollution),
  ),
})).value;

type Path = (string | number)[];

/** Every path inside `value` (objects and arrays), up to `limit`. */
function paths(value: unknown, limit = 400): Path[] {
  const out: Path[] = [];
  const walk = (v: unknown, at: Path) => {
    if (out.length >= limit || !v || typeof v !== 'object') return;
    try {
      for (const k of Array.isArray(v) ? [...v.keys()] : Object.keys(v)) {
        const p = [...at, k];
        out.push(p);
        walk((v as Record<string | number, unknown>)[k], p);
      }
    } catch {
      // a hostile value put there by an earlier edit (throwing proxy or getter): do not descend
    }
  };
  walk(value, []);
  return out;
}

/** One edit of a valid value: replace a field with something hostile, delete it, or change its type. */
const edit = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('replace', 'delete', 'to-string', 'to-number', 'wrap', 'huge', 'null'),
  value: hostileValue,
});

function applyEdits(valid: unknown, edits: { at: number; op: string; value: unknown }[]): unknown {
  const copy = structuredClone(valid);
  // Paths of the valid value only: edits never descend into inserted (shared) hostile values.
  const all = paths(copy);
  for (const e of edits) {
    if (!all.length) return e.value;
    const path = all[e.at % all.length]!;
    let parent: Record<string | number, unknown>;
    try {
      parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], copy) as Record<string | number, unknown>;
    } catch {
      continue;
    }
    const k = path[path.length - 1]!;
    let old: unknown;
    try {
      old = parent[k];
    } catch {
      continue;
    }
    try {
      if (e.op === 'delete') {
        if (Array.isArray(parent)) parent.splice(Number(k), 1);
        else delete parent[k];
      } else if (e.op === 'to-string') parent[k] = typeof old === 'object' ? '[object Object]' : String(old);
      else if (e.op === 'to-number') parent[k] = typeof old === 'string' ? old.length : 42;
      else if (e.op === 'wrap') parent[k] = [old];
      else if (e.op === 'huge') parent[k] = hugeStrings[0];
      else if (e.op === 'null') parent[k] = null;
      else parent[k] = e.value;
    } catch {
      // a hostile container refused the edit
    }
  }
  return copy;
}

/** A valid value with 1–3 fields broken (wrong type, missing, hostile). */
export function broken(valid: unknown): fc.Arbitrary<unknown> {
  return fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => applyEdits(valid, edits));
}

/** What a list method answers: hostile, or a list (bare or `{ items }`) mixing good, broken and hostile items. */
export function listAnswer(validItems: readonly unknown[]): fc.Arbitrary<unknown> {
  const item = fc.oneof(fc.constantFrom(...validItems), fc.constantFrom(...validItems).chain(broken), hostileValue);
  const list = fc.array(item, { maxLength: 6 });
  return fc.oneof(hostileValue, list, list.map((items) => ({ items })), fc.record({ items: hostileValue }));
}

/** What a single-object method answers: hostile, or a valid object with fields broken. */
export function oneAnswer(valid: unknown): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 1, arbitrary: hostileValue }, { weight: 2, arbitrary: broken(valid) });
}

/** Odd things a custom adapter may throw. */
class EvilError extends Error {
  override get message(): string {
    throw new Error('message getter throws');
  }
}
export const thrown: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(null, undefined, 0, 42, true, Symbol('thrown'), { error: 'plain object' }, { kind: 'network', message: 'looks like a BackendError' }),
  fc.constantFrom(
    new Error('plain Error'),
    new TypeError('Failed to fetch'),
    new DOMException('The operation was aborted.', 'AbortError'),
    new DOMException('quota', 'QuotaExceededError'),
    Object.assign(new Error('fake'), { name: 'BackendError', kind: 'no-such-kind' }),
    Object.assign(new Error('fake 500'), { name: 'BackendError', kind: 'http', status: 'five hundred' }),
    new EvilError(),
  ),
  fc.constantFrom(...hugeStrings),
);

/** How one backend call behaves. `hang` never settles (only the element's abort ends it). */
export type Behaviour =
  | { t: 'resolve'; value: unknown; delay: number }
  | { t: 'return-sync'; value: unknown }
  | { t: 'reject'; value: unknown; delay: number }
  | { t: 'throw-sync'; value: unknown }
  | { t: 'thenable-throws'; value: unknown }
  | { t: 'hang' }
  | { t: 'missing' }
  | { t: 'not-a-function' };

export function behaviour(answer: fc.Arbitrary<unknown>, options: { hang?: boolean } = {}): fc.Arbitrary<Behaviour> {
  const delay = fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 40 }) });
  const kinds: { weight: number; arbitrary: fc.Arbitrary<Behaviour> }[] = [
    { weight: 8, arbitrary: fc.record({ t: fc.constant('resolve' as const), value: answer, delay }) },
    { weight: 2, arbitrary: fc.record({ t: fc.constant('return-sync' as const), value: answer }) },
    { weight: 2, arbitrary: fc.record({ t: fc.constant('reject' as const), value: thrown, delay }) },
    { weight: 2, arbitrary: fc.record({ t: fc.constant('throw-sync' as const), value: thrown }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('thenable-throws' as const), value: thrown }) },
    { weight: 1, arbitrary: fc.constant({ t: 'missing' as const }) },
    { weight: 1, arbitrary: fc.constant({ t: 'not-a-function' as const }) },
  ];
  if (options.hang !== false) kinds.push({ weight: 1, arbitrary: fc.constant({ t: 'hang' as const }) });
  return fc.oneof(...kinds);
}

/** The adapter method for a behaviour (or what stands in the method's place). */
export function method(b: Behaviour): unknown {
  switch (b.t) {
    case 'missing':
      return undefined;
    case 'not-a-function':
      return 'listPrograms is not a function';
    case 'resolve':
      return () => (b.delay ? new Promise((r) => setTimeout(() => r(b.value), b.delay)) : Promise.resolve(b.value));
    case 'return-sync':
      return () => b.value;
    case 'reject':
      return () => (b.delay ? new Promise((_, j) => setTimeout(() => j(b.value), b.delay)) : Promise.reject(b.value));
    case 'throw-sync':
      return () => {
        throw b.value;
      };
    case 'thenable-throws':
      return () => ({
        then() {
          throw b.value;
        },
      });
    case 'hang':
      return () => new Promise(() => {});
  }
}

/** A custom backend object whose methods behave as given (others are absent). */
export function customBackend(methods: Record<string, Behaviour>): object {
  const backend: Record<string, unknown> = {};
  for (const [name, b] of Object.entries(methods)) {
    const m = method(b);
    if (m !== undefined) backend[name] = m;
  }
  return backend;
}

/** Short description of a case for failure messages (never the huge values themselves). */
export function describeBehaviour(b: Behaviour): string {
  if (!('value' in b)) return b.t;
  const v = b.value;
  const kind = v === null ? 'null' : Array.isArray(v) ? `array(${v.length})` : typeof v;
  return `${b.t}:${kind}`;
}
