/** Programs from any backend, validated: malformed ones are left out and counted. */
import { BackendError, type BackendAdapter, type RequestOptions } from '../backend/types.js';
import { Program } from '../schemas/program.js';
import type { ListResult } from '../schemas/parse.js';
import { checkId } from '../backend/shared.js';
import { expectList, expectOne, sourceOf } from './validate.js';

export function loadPrograms(backend: BackendAdapter, options?: RequestOptions): Promise<ListResult<Program>> {
  return backend.listPrograms(options).then((data) => expectList(Program, data, 'a program list', sourceOf(backend)));
}

export async function loadProgram(backend: BackendAdapter, id: string, options?: RequestOptions): Promise<Program> {
  checkId(id, 'program');
  return expectOne(Program, await backend.getProgram(id, options), 'a program', sourceOf(backend));
}

export interface ProgressiveOptions extends RequestOptions {
  /** How many programs to validate before `onFirst` (default 200). */
  first?: number;
  /** How many to validate between pauses after that (default 1000). */
  slice?: number;
  /** Called once with the first valid programs when more remain to be checked. */
  onFirst?: (items: Program[]) => void;
}

/** Lets the browser paint and handle input between slices of work. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Like `loadPrograms`, for directories of thousands of programs (a state or national
 * locator): validation runs in slices with pauses between them, so the page never freezes
 * and the first programs can be shown while the rest are checked.
 */
export async function loadProgramsProgressively(backend: BackendAdapter, options: ProgressiveOptions = {}): Promise<ListResult<Program>> {
  const data = await backend.listPrograms(options.signal ? { signal: options.signal } : undefined);
  const source = sourceOf(backend);
  const given = data && typeof data === 'object' && !Array.isArray(data) ? (data as { items?: unknown }).items : data;
  if (!Array.isArray(given)) return expectList(Program, data, 'a program list', source);
  const items: Program[] = [];
  const rejected: ListResult<Program>['rejected'] = [];
  const first = Math.max(1, options.first ?? 200);
  const slice = Math.max(1, options.slice ?? 1000);
  for (let start = 0; start < given.length; ) {
    const end = Math.min(given.length, start + (start === 0 ? first : slice));
    const part = expectList(Program, given.slice(start, end), 'a program list', source);
    items.push(...part.items);
    for (const r of part.rejected) rejected.push({ ...r, index: r.index + start });
    if (start === 0 && end < given.length) options.onFirst?.(items.slice());
    start = end;
    if (start < given.length) {
      await pause();
      if (options.signal?.aborted) throw new BackendError('aborted', 'The request was cancelled.');
    }
  }
  return { items, rejected };
}
