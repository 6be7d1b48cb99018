/**
 * Loading the programs a schedule viewer shows: from a `.programs` property (validated
 * against the contract) or by id from the backend, in parallel, each program with its
 * own outcome so one bad id never hides the others.
 */
import { isBackendError } from '../../core/backend/types.js';
import { loadProgram } from '../../core/data/programs.js';
import { failureMessageKey, type FailureMessageKey } from '../../core/i18n/common.js';
import { Program, parse } from '../../core/schemas/index.js';
import type { Program as ProgramData } from '../../core/schemas/index.js';

export type Entry =
  | { id: string; status: 'loading' }
  | { id: string; status: 'ready'; program: ProgramData }
  | { id: string; status: 'not-found' }
  | { id: string; status: 'error'; kind: ErrorKind };

/** What the person is told: matches `commonMessages` keys. */
export type ErrorKind = FailureMessageKey;

/** `"a, b ,,c"` → `['a', 'b', 'c']` (duplicates dropped, order kept). */
export function splitIds(programId: string | undefined, programIds: string | undefined): string[] {
  const raw = programIds?.trim() ? programIds.split(',') : programId?.trim() ? [programId] : [];
  return [...new Set(raw.map((s) => s.trim()).filter(Boolean))];
}

export const errorKind = failureMessageKey;

const validated = new WeakMap<object, Entry>();

/** A `.programs` item as an entry: the program when it matches the contract, else an error entry. */
export function entryFromData(data: unknown, index: number): Entry {
  if (data && typeof data === 'object') {
    const hit = validated.get(data);
    if (hit) return hit;
  }
  const r = parse(Program, data);
  const id = data && typeof data === 'object' && typeof (data as { id?: unknown }).id === 'string' ? (data as { id: string }).id : `#${index + 1}`;
  const entry: Entry = r.ok ? { id: r.data.id, status: 'ready', program: r.data } : { id, status: 'error', kind: 'invalidDataError' };
  if (data && typeof data === 'object') validated.set(data, entry);
  return entry;
}

/** One program from the backend; never rejects (the outcome is the entry). */
export async function fetchEntry(backend: Parameters<typeof loadProgram>[0], id: string, signal: AbortSignal): Promise<Entry> {
  try {
    // Validated against the Program schema whatever the adapter answers.
    const program = await loadProgram(backend, id, { signal });
    return { id, status: 'ready', program };
  } catch (error) {
    if (isBackendError(error) && (error.kind === 'not-found' || (error.kind === 'http' && error.status === 404))) return { id, status: 'not-found' };
    return { id, status: 'error', kind: errorKind(error) };
  }
}
