/**
 * Parsing helpers: every validation in the kit goes through here so messages are
 * readable ("tracks[0].sessions[1].end: must be a time written HH:MM") and no
 * parse ever throws.
 */
import * as z from './zod.js';

import type { FieldIssue } from './issues.js';

export { describeIssues, type FieldIssue } from './issues.js';

export type ParseResult<T> = { ok: true; data: T } | { ok: false; issues: FieldIssue[] };

/** An item of a list that did not pass validation. */
export interface RejectedItem {
  index: number;
  /** The item's `id`, when it had a string one. */
  id?: string;
  issues: FieldIssue[];
}

export interface ListResult<T> {
  items: T[];
  rejected: RejectedItem[];
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function typeName(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'an object';
  if (typeof input === 'string') return 'text';
  return `a ${typeof input}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

/**
 * Readable messages for issues whose schema did not name its own. Exported for the test
 * that runs the same schemas through zod itself (`toZod`) and compares the messages.
 */
export const errorMap = (issue: z.RawIssue): string | undefined => {
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) return 'is required';
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${EXPECTED[issue.expected!] ?? issue.expected}, not ${typeName(issue.input)}`;
    case 'invalid_value':
      return `must be one of: ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${issue.minimum} item(s)` : `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' ? `may have at most ${issue.maximum} item(s)` : `must be at most ${issue.maximum}`;
    case 'unrecognized_keys':
      return `has unknown field(s): ${(issue.keys ?? []).join(', ')}`;
    case 'invalid_union': {
      const { options } = issue;
      if (Array.isArray(options) && options.length > 0) return `must be one of: ${options.map((v) => JSON.stringify(v)).join(', ')}`;
      return 'does not match any of the allowed shapes';
    }
    case 'invalid_key':
      return 'has an invalid key';
    case 'invalid_element':
      return 'has an invalid entry';
    default:
      return undefined;
  }
};


/** Validates `data`; never throws. */
export function parse<S extends z.ZodMiniType>(schema: S, data: unknown): ParseResult<z.output<S>> {
  let result: ReturnType<typeof z.safeParse>;
  try {
    result = z.safeParse(schema, data, { error: errorMap });
  } catch (e) {
    // Pathological input (e.g. a cyclic or exotic object): still an answer, not a throw.
    return { ok: false, issues: [{ path: '', message: `could not be read (${e instanceof Error ? e.message : String(e)})` }] };
  }
  return result.success
    ? { ok: true, data: result.data as z.output<S> }
    : { ok: false, issues: result.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
}

/**
 * Validates a list item by item: good items are kept, bad ones are reported with
 * their index and id (so an element can say "2 programs could not be shown").
 */
export function parseList<S extends z.ZodMiniType>(schema: S, data: unknown): ParseResult<ListResult<z.output<S>>> {
  if (!Array.isArray(data)) return { ok: false, issues: [{ path: '', message: `must be a list, not ${typeName(data)}` }] };
  const items: z.output<S>[] = [];
  const rejected: RejectedItem[] = [];
  data.forEach((item, index) => {
    const r = parse(schema, item);
    if (r.ok) items.push(r.data);
    else {
      const id = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : undefined;
      rejected.push({ index, ...(id !== undefined ? { id } : {}), issues: r.issues });
    }
  });
  return { ok: true, data: { items, rejected } };
}
