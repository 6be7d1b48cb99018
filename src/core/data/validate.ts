/**
 * Validation of what a backend answers, by domain. Adapters (HTTP, static file, custom
 * object) only move JSON; these functions check it against the contract. Each domain
 * lives in its own module importing only its own schemas, so an element's bundle
 * carries the schemas it uses and no others.
 */
import { describeIssues, parse, parseList, type ListResult } from '../schemas/parse.js';
import type * as z from '../schemas/zod.js';
import { BackendError } from '../backend/types.js';

export { sourceOf } from '../backend/shared.js';

/** One object; a mismatch is `invalid-response` naming the fields. */
export function expectOne<S extends z.ZodMiniType>(schema: S, data: unknown, what: string, source: string): z.output<S> {
  const r = parse(schema, data);
  if (r.ok) return r.data;
  throw new BackendError('invalid-response', `${source} sent ${what} that does not match the contract: ${describeIssues(r.issues)}.`, {
    fieldIssues: r.issues,
  });
}

/**
 * A list, given as `T[]` or `{ items: T[], rejected? }`: good items kept, bad ones reported
 * with their index and id; anything else is `invalid-response`.
 */
export function expectList<S extends z.ZodMiniType>(schema: S, data: unknown, what: string, source: string): ListResult<z.output<S>> {
  let items = data;
  let earlier: ListResult<unknown>['rejected'] = [];
  if (data && typeof data === 'object' && !Array.isArray(data) && Array.isArray((data as { items?: unknown }).items)) {
    items = (data as { items: unknown[] }).items;
    const r = (data as { rejected?: unknown }).rejected;
    if (Array.isArray(r)) earlier = r as ListResult<unknown>['rejected'];
  }
  const r = parseList(schema, items);
  if (!r.ok) throw new BackendError('invalid-response', `${source} sent ${what} that is not a list: ${describeIssues(r.issues)}.`, { fieldIssues: r.issues });
  return earlier.length ? { items: r.data.items, rejected: [...earlier, ...r.data.rejected] } : r.data;
}

/** What the kit is about to send; a mismatch is `invalid-request` with the field issues. */
export function checkRequest<S extends z.ZodMiniType>(schema: S, data: unknown, what: string): z.output<S> {
  const r = parse(schema, data);
  if (r.ok) return r.data;
  throw new BackendError('invalid-request', `The ${what} is not complete or not valid: ${describeIssues(r.issues)}.`, { fieldIssues: r.issues });
}
