/**
 * Where the reference backend's data comes from: by default the sample files in
 * demo/data (read again when they change), or anything given as `dataSource`
 * (tests inject deliberately malformed data this way). The data is served as it is:
 * validating it is the client's job, which is what the adapters' tests check.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ReferenceData {
  programs: unknown[];
  payers: unknown[];
  educationModules: unknown[];
  intakeForms: unknown[];
}

export type DataSource = Partial<ReferenceData> | (() => Partial<ReferenceData> | Promise<Partial<ReferenceData>>);

/** demo/data, next to this folder. */
export const DEFAULT_SAMPLE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'data');

const FILES: Record<keyof ReferenceData, string> = {
  programs: 'programs.json',
  payers: 'payers.json',
  educationModules: 'education-modules.json',
  intakeForms: 'intake-forms.json',
};

/** Reads the four sample files from `dir`; a missing file is an empty list; re-read when its mtime changes. */
export function fileDataSource(dir: string = DEFAULT_SAMPLE_DIR): () => Promise<ReferenceData> {
  const cache = new Map<string, { mtimeMs: number; value: unknown[] }>();
  async function load(name: string): Promise<unknown[]> {
    const path = join(dir, name);
    let mtimeMs: number;
    try {
      mtimeMs = (await stat(path)).mtimeMs;
    } catch {
      return [];
    }
    const hit = cache.get(path);
    if (hit && hit.mtimeMs === mtimeMs) return hit.value;
    let value: unknown;
    try {
      value = JSON.parse(await readFile(path, 'utf8'));
    } catch (e) {
      throw new Error(`The sample data file ${name} could not be read as JSON (${e instanceof Error ? e.message : String(e)}).`);
    }
    const list = Array.isArray(value) ? value : [];
    cache.set(path, { mtimeMs, value: list });
    return list;
  }
  return async () => {
    const [programs, payers, educationModules, intakeForms] = await Promise.all([
      load(FILES.programs),
      load(FILES.payers),
      load(FILES.educationModules),
      load(FILES.intakeForms),
    ]);
    return { programs, payers, educationModules, intakeForms };
  };
}

/** Normalises a `DataSource` into a loader of all four lists. */
export function toLoader(source: DataSource | undefined): () => Promise<ReferenceData> {
  if (source === undefined) return fileDataSource();
  const get = typeof source === 'function' ? source : () => source;
  return async () => {
    const d = await get();
    const list = (v: unknown) => (Array.isArray(v) ? v : []);
    return { programs: list(d.programs), payers: list(d.payers), educationModules: list(d.educationModules), intakeForms: list(d.intakeForms) };
  };
}
