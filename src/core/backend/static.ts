/**
 * Static adapter: one JSON file (`src="/iop-data.json"`) with
 * `{ programs?, payers?, educationModules?, intakeForms? }`, fetched once and cached
 * (a failed fetch is retried on the next call). Each list is validated on its own:
 * a bad program does not hide the others, and a missing list is simply empty.
 * Writes (insurance check, intake submission) are not possible on a static source.
 */
import { EducationModule, IntakeForm, Payer, Program, describeIssues, summarizeModule } from '../schemas/index.js';
import type { ListResult, RejectedItem } from '../schemas/index.js';
import type { z } from '../schemas/zod.js';
import { matchPayers } from '../payers.js';
import { createTransport } from './http.js';
import { BackendError } from './types.js';
import type { IopBackend } from './types.js';
import { checkId, expectList, markKitBackend, raceSignal, throwIfAborted } from './shared.js';

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
  cache: Partial<Record<Key, ListResult<unknown>>>;
}

const LIST_KEYS: Key[] = ['programs', 'payers', 'educationModules', 'intakeForms'];

export function createStaticBackend(options: StaticBackendOptions): IopBackend {
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
    return { raw, cache: {} };
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

  async function list<S extends z.ZodMiniType>(key: Key, schema: S, what: string, signal?: AbortSignal): Promise<ListResult<z.output<S>>> {
    const loaded = await load(signal);
    const cached = loaded.cache[key];
    if (cached) return cached as ListResult<z.output<S>>;
    const result = expectList(schema, loaded.raw[key], `"${key}" (${what})`, source);
    loaded.cache[key] = result;
    return result;
  }

  function find<T extends { id: string }>(result: ListResult<T>, id: string, what: string): T {
    const found = result.items.find((i) => i.id === id);
    if (found) return found;
    const bad: RejectedItem | undefined = result.rejected.find((r) => r.id === id);
    if (bad) throw new BackendError('invalid-response', `${source} has ${what} "${id}", but it is not valid: ${describeIssues(bad.issues)}.`, { fieldIssues: bad.issues });
    throw new BackendError('not-found', `The ${what} "${id}" was not found in ${src}.`, { status: 404 });
  }

  const readOnly = (what: string) =>
    Promise.reject(
      new BackendError('not-supported', `${what} cannot be sent: this site uses a static data file (${src}), which cannot receive information. Please call the center instead.`),
    );

  const backend: IopBackend = {
    kind: 'static',
    listPrograms: (o) => list('programs', Program, 'programs', o?.signal),
    async getProgram(id, o) {
      checkId(id, 'program');
      return find(await list('programs', Program, 'programs', o?.signal), id, 'program');
    },
    async searchPayers(query, o) {
      const { items, rejected } = await list('payers', Payer, 'payers', o?.signal);
      return { items: matchPayers(items, typeof query === 'string' ? query : ''), rejected };
    },
    checkInsurance: () => readOnly('An insurance check'),
    async getIntakeForm(id, o) {
      checkId(id, 'intake form');
      return find(await list('intakeForms', IntakeForm, 'intake forms', o?.signal), id, 'intake form');
    },
    submitIntake: () => readOnly('An intake questionnaire'),
    async listEducationModules(o) {
      const { items, rejected } = await list('educationModules', EducationModule, 'education modules', o?.signal);
      return { items: items.map(summarizeModule), rejected };
    },
    async getEducationModule(id, o) {
      checkId(id, 'education module');
      return find(await list('educationModules', EducationModule, 'education modules', o?.signal), id, 'education module');
    },
  };
  return markKitBackend(backend);
}
