/**
 * The shape of a benchmark case (`bench/cases/*.bench.ts`). A case module's default
 * export is one case or a list of cases.
 *
 * Only `run` is timed, with `performance.now()` around it. `run` measures work, not
 * frames: it may await `el.updateComplete` (a microtask), never `requestAnimationFrame`
 * (a timing that awaits a frame only ever reports ~16.7 ms).
 */
export interface BenchCase<Ctx = unknown> {
  /** Unique across all cases; `--filter` matches a substring of it. */
  name: string;
  description?: string;
  /** Median budget in ms (DESIGN.md §7); a median above it is reported as OVER. */
  budgetMs?: number;
  /**
   * Name of another case doing the same work in an anchor library (SurveyJS,
   * FullCalendar, …). The table prints anchor median / this median.
   */
  anchor?: string;
  /** Untimed: build data, mount elements. Called once per case. */
  setup(): Promise<Ctx> | Ctx;
  /** Untimed: put the context back before each run (e.g. reset a filter). */
  beforeEach?(ctx: Ctx): Promise<void> | void;
  /** The timed work. */
  run(ctx: Ctx): Promise<void> | void;
  /** Untimed: remove what setup mounted. */
  teardown?(ctx: Ctx): Promise<void> | void;
  /** Timed runs (default 20). */
  iterations?: number;
  /** Untimed runs before timing starts, so the JIT has warmed up (default 3). */
  warmup?: number;
}

/** What the page reports for one case. */
export interface CaseInfo {
  name: string;
  description?: string;
  budgetMs?: number;
  anchor?: string;
}

export interface CaseSamples extends CaseInfo {
  /** Milliseconds of each timed run, in run order. */
  samples: number[];
}

/** The page's API, on `window.iopBench`, driven by scripts/bench.ts. */
export interface BenchPageApi {
  /** Cases whose name contains `filter` (case-insensitive), plus the anchors they name. */
  list(filter?: string): Promise<CaseInfo[]>;
  run(name: string): Promise<CaseSamples>;
}
