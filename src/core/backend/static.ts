/**
 * Static adapter: one JSON file (`src="/iop-data.json"`) with
 * `{ programs?, payers?, educationModules?, intakeForms? }`, fetched once and cached
 * (a failed fetch is retried on the next call). A missing list is simply empty; the
 * items are validated one by one by `src/core/data`, so a bad program does not hide
 * the others. Writes (insurance check, intake submission) are not possible on a
 * static source.
 */
import { matchPayers } from '../payers.js';
import { createTransport } from './http.js';
import { BackendError } from './types.js';
import type { BackendAdapter } from './types.js';
import { checkId, markKitBackend, raceSignal, throwIfAborted } from './shared.js';

export interface StaticBackendOptions {
  /** URL of the JSON file. */
  src: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** The shape of the static file. */
export interface StaticData {
  programs?: unknown;
  payers?: unknown;
  educationModules?: unknown;
  intakeForms?: unknown;
}

type Key = keyof StaticData;

interface Loaded {
  raw: Record<Key, unknown>;
}

const LIST_KEYS: Key[] = ['programs', 'payers', 'educationModules', 'intakeForms'];

export function createStaticBackend(options: StaticBackendOptions): BackendAdapter {
  const src = options.src.trim();
  if (!src) throw new BackendError('not-supported', 'No data file (src) was given.');
  const source = `The data file ${src}`;
  let loading: Promise<Loaded> | undefined;

  const send = createTransport({ base: src, timeoutMs: options.timeoutMs, fetch: options.fetch, label: source });

  async function fetchFile(): Promise<Loaded> {
    const { data } = await send({ method: 'GET', path: '' });
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      throw new BackendError('invalid-response', `${source} must hold a JSON object with "programs", "payers", "educationModules" and/or "intakeForms".`);
    }
    const raw = {} as Record<Key, unknown>;
    for (const k of LIST_KEYS) raw[k] = (data as StaticData)[k] ?? [];
    return { raw };
  }

  function load(signal?: AbortSignal): Promise<Loaded> {
    throwIfAborted(signal);
    if (!loading) {
      loading = fetchFile();
      loading.catch(() => {
        loading = undefined; // try again on the next call
      });
    }
    return raceSignal(loading, signal);
  }

  async function list(key: Key, signal?: AbortSignal): Promise<unknown[]> {
    const raw = (await load(signal)).raw[key];
    if (!Array.isArray(raw)) throw new BackendError('invalid-response', `${source} has "${key}" that is not a list.`);
    return raw;
  }

  /** The item with this id (validated later, with the rest of the answer). */
  async function find(key: Key, id: string, what: string, signal?: AbortSignal): Promise<unknown> {
    const found = (await list(key, signal)).find((i) => i !== null && typeof i === 'object' && (i as { id?: unknown }).id === id);
    if (found !== undefined) return found;
    throw new BackendError('not-found', `The ${what} "${id}" was not found in ${src}.`, { status: 404 });
  }

  const readOnly = (what: string) =>
    Promise.reject(
      new BackendError('not-supported', `${what} cannot be sent: this site uses a static data file (${src}), which cannot receive information. Please call the center instead.`),
    );

  const backend: BackendAdapter = {
    kind: 'static',
    listPrograms: (o) => list('programs', o?.signal),
    getProgram: async (id, o) => find('programs', checkId(id, 'program'), 'program', o?.signal),
    async searchPayers(query, o) {
      // Match on the entries that have at least a name; the answer is validated in full afterwards.
      const named = (await list('payers', o?.signal)).filter(
        (p): p is { name: string; aliases?: unknown } => p !== null && typeof p === 'object' && typeof (p as { name?: unknown }).name === 'string',
      );
      const payers = named.map((p) => ({ ...p, aliases: Array.isArray(p.aliases) ? p.aliases.filter((a): a is string => typeof a === 'string') : [] }));
      return matchPayers(payers, typeof query === 'string' ? query : '');
    },
    checkInsurance: () => readOnly('An insurance check'),
    getIntakeForm: async (id, o) => find('intakeForms', checkId(id, 'intake form'), 'intake form', o?.signal),
    submitIntake: () => readOnly('An intake questionnaire'),
    async listEducationModules(o) {
      // The catalogue lists modules without their blocks, like GET /education/modules.
      return (await list('educationModules', o?.signal)).map((m) => {
        if (m === null || typeof m !== 'object' || Array.isArray(m)) return m;
        const { blocks: _blocks, ...summary } = m as Record<string, unknown>;
        return summary;
      });
    },
    getEducationModule: async (id, o) => find('educationModules', checkId(id, 'education module'), 'education module', o?.signal),
  };
  return markKitBackend(backend);
}
