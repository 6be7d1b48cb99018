/**
 * Where the reader's modules come from: a `.modules` property (parsed block by block), or
 * the backend (the validated list, then each module raw → `parseModuleLenient`), the
 * device storage shared per page, and a module named in the page's `#module=` hash.
 */
import { isBackendError } from '../../core/backend/types.js';
import { failureMessageKey, type FailureMessageKey } from '../../core/i18n/common.js';
import type { BackendAdapter } from '../../core/backend/types.js';
import { loadEducationModuleRaw, loadEducationModules } from '../../core/data/education.js';
import { parseModuleLenient, type LenientModule } from '../../core/education/lenient.js';
import type { EducationModuleSummary } from '../../core/schemas/education.js';

/** What the person is told: `commonMessages` keys. */
export type ErrorKind = FailureMessageKey;
export const errorKind = failureMessageKey;

const isNotFound = (e: unknown) => isBackendError(e) && (e.kind === 'not-found' || (e.kind === 'http' && e.status === 404));

export type Catalogue = { status: 'loading' } | { status: 'ready'; items: EducationModuleSummary[] } | { status: 'error'; kind: ErrorKind };

export type Reader =
  | { status: 'loading'; id: string }
  | { status: 'ready'; module: LenientModule }
  | { status: 'not-found'; id: string }
  | { status: 'error'; id: string; kind: ErrorKind };

export interface LocalModules {
  byId: Map<string, LenientModule>;
  items: EducationModuleSummary[];
  rejected: number;
}

const memo = new WeakMap<readonly unknown[], LocalModules>();

/** Modules given directly: each parsed leniently; a module whose own fields are invalid is left out. */
export function localModules(list: readonly unknown[]): LocalModules {
  const hit = memo.get(list);
  if (hit) return hit;
  const byId = new Map<string, LenientModule>();
  let rejected = 0;
  for (const data of list) {
    const r = parseModuleLenient(data);
    if (r.ok && !byId.has(r.module.id)) byId.set(r.module.id, r.module);
    else rejected++;
  }
  const items = [...byId.values()].map(({ blocks: _b, ...summary }) => summary);
  const value = { byId, items, rejected };
  memo.set(list, value);
  return value;
}

/** The catalogue from the backend; never rejects. */
export async function fetchCatalogue(backend: BackendAdapter, signal: AbortSignal): Promise<Catalogue> {
  try {
    const { items, rejected } = await loadEducationModules(backend, { signal });
    // Every entry malformed: that is bad data, not an empty catalogue.
    if (items.length === 0 && rejected.length > 0) return { status: 'error', kind: 'invalidDataError' };
    return { status: 'ready', items };
  } catch (e) {
    return { status: 'error', kind: errorKind(e) };
  }
}

/** One module from the backend, validated block by block; never rejects. */
export async function fetchModule(backend: BackendAdapter, id: string, signal: AbortSignal): Promise<Reader> {
  try {
    const r = parseModuleLenient(await loadEducationModuleRaw(backend, id, { signal }));
    return r.ok ? { status: 'ready', module: r.module } : { status: 'error', id, kind: 'invalidDataError' };
  } catch (e) {
    return isNotFound(e) ? { status: 'not-found', id } : { status: 'error', id, kind: errorKind(e) };
  }
}

/** Catalogue entries in `locale` first-class: sorted by suggested order, then title. */
export function ordered(items: readonly EducationModuleSummary[]): EducationModuleSummary[] {
  return [...items].sort((a, b) => (a.order ?? 1e9) - (b.order ?? 1e9) || a.title.localeCompare(b.title));
}

export { sharedStorage } from '../../core/storage/shared.js';

/** Text sizes offered by A− / A+, in percent of the element's base size. */
export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;

/** The module id in a `#module=<id>` hash, if any. */
export function moduleFromHash(hash: string = location.hash): string | undefined {
  const m = /(?:^#|&)module=([^&]+)/.exec(hash);
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return undefined;
  }
}
