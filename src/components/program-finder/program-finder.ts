/**
 * `<iop-program-finder>`: filter, sort and compare a center's (or a whole directory's)
 * programs. Importing this module has no side effects; `iop-kit/program-finder` defines the tag.
 */
import { createHttpBackend } from '../../core/backend/http.js';
import { adoptStyles, html, nothing } from 'lit';
import type { CSSResult, PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { BackendAdapter } from '../../core/backend/types.js';
import { isBackendError } from '../../core/backend/index.js';
import { loadProgramsProgressively } from '../../core/data/programs.js';
import { findPayers } from '../../core/data/payers.js';
import { FACETS, FinderIndex, emptyFilters } from '../../core/finder/index.js';
import { suggestedTrack, trackClashes } from './fit.js';
import type { BusyBlock, Facet, FilterResult, FinderFilters, LatLng, SortKey } from '../../core/finder/index.js';
import { ProgramOrder } from '../../core/finder/order.js';
import { readUrlFilters, writeUrlFilters } from './url-sync.js';
import { localTimeZone } from '../../core/time.js';
import type { Program } from '../../core/schemas/index.js';
import { IopElement } from '../base/iop-element.js';
import { LazyPart, renderPartPending } from '../base/lazy-part.js';
import { loadCatalogue, type Catalogue } from '../../core/i18n/catalogue.js';
import { messages } from './messages.js';
import { finderStyles } from './program-finder.styles.js';
import { renderError, renderReady } from './states.js';
import { commonMessages } from '../../core/i18n/common.js';
import { programLabels } from '../../core/i18n/program-labels.js';
import { formatDate, formatList, formatNumber, formatTime } from '../../core/i18n/format.js';
import type { FinderFormatters } from './derive.js';
import { noticeMessages } from '../../core/i18n/notices.js';

declare module '../base/iop-element.js' {
  interface IopEventMap {
    'iop-program-select': CustomEvent<{ programId: string; trackId?: string }>;
    'iop-compare-change': CustomEvent<{ programIds: string[] }>;
    'iop-filter-change': CustomEvent<{ filters: FinderFilters; resultCount: number }>;
  }
}

/** At most this many programs side by side. */
export const MAX_COMPARE = 4;
/** Above this many programs the filter index is built after the first results are on screen. */
const DEFER_INDEX_ABOVE = 2000;
/** Screen readers hear the result count this long after the last change (typing does not flood them). */
const ANNOUNCE_DELAY_MS = 600;

type Status = 'loading' | 'ready' | 'error';

/** A part fetched on first use: its templates, plus the strings and styles only it needs. */
interface PartModule {
  readonly messages: Catalogue;
  readonly styles: CSSResult;
}
/** The parts used only after the person acts (see `docs/notes/program-finder.md`, "Size"). */
interface Parts {
  compare: typeof import('./compare-table.js');
  week: typeof import('./week-editor.js');
  empty: typeof import('./empty-result.js');
}

/**
 * @summary Find a program that fits your life: filters with live counts, sorting, "fits my week", and a side-by-side comparison.
 *
 * Loads programs from its backend (provider, `api-base`, `src` or `.backend`), validated by the
 * contract; malformed programs are left out and counted visibly. Filters are checkbox groups with
 * the number of programs each option would give; the result count is announced politely.
 *
 * @event iop-program-select - "View schedule" was chosen. `detail: { programId, trackId? }` (`trackId`: the first track that fits the chosen times and busy times, when those narrow it). Cancelable: `preventDefault()` stops the finder from updating the `schedule-viewer`.
 * @event iop-compare-change - The compare list changed. `detail: { programIds }`.
 * @event iop-filter-change - The person changed a filter (or the search). `detail: { filters, resultCount }`; `filters.query` is the search text, given only to the host page, never written to the URL.
 *
 * @csspart filters - The filter panel.
 * @csspart filters-toggle - The "Filters (n)" button shown in narrow containers.
 * @csspart results - The results list.
 * @csspart card - One result.
 * @csspart button - Every button.
 * @csspart compare-table - The comparison table.
 * @csspart week - The "Fits my week" editor.
 *
 * @cssprop [--iop-finder-sidebar-width=18rem] - Width of the filter panel in wide containers.
 */
export class ProgramFinder extends IopElement {
  /** It reads from its API as soon as it shows: the HTTP adapter comes with it (see `IopElement.httpBackend`). */
  protected static override httpBackend = createHttpBackend;

  static override styles = [...IopElement.styles, finderStyles];
  protected static override catalogues: readonly Catalogue[] = [messages, commonMessages, programLabels, noticeMessages];

  /** @internal Date, time, number and list formatting in the current locale (only what the finder shows). */
  get format(): FinderFormatters {
    const locale = this.renderLocale;
    return (this.#formatters?.locale === locale && this.#formatters) || (this.#formatters = {
      locale,
      date: (iso, style) => formatDate(iso, locale, style),
      time: (hhmm) => formatTime(hhmm, locale),
      number: (value, options) => formatNumber(value, locale, options),
      list: (items, type) => formatList(items, locale, type),
    });
  }
  #formatters?: FinderFormatters;

  /** Keep the filters (never the search text, busy times or location) in the page URL: `query` (`?format=virtual`), `hash` (`#format=virtual`), or unset (off, the default). Uses `history.replaceState`. */
  @property({ attribute: 'url-state' }) urlState?: 'query' | 'hash';

  /** A CSS selector of an `<iop-schedule-viewer>` on the page (e.g. `#schedule`): "View schedule" sets its `program-id` and scrolls to it. */
  @property({ attribute: 'schedule-viewer' }) scheduleViewer?: string;

  /** How many results are shown at first and added by "Show more". */
  @property({ attribute: 'page-size', type: Number }) pageSize = 20;

  /** The visitor's IANA time zone, in which busy times are read (default: the browser's). */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** Programs that clash with the busy times: `mark` (shown, labelled) or `hide`. */
  @property({ attribute: 'clash-mode' }) clashMode: 'mark' | 'hide' = 'mark';

  /** The current filters. Set it to preselect filters (e.g. a page for virtual programs only). */
  @property({ attribute: false }) filters: FinderFilters = emptyFilters();

  /** Result order: `best`, `soonest`, `hours`, or `nearest` (only once the visitor has shared a location). */
  @property() sort: SortKey = 'best';

  /** Times the visitor is not free, in their own time zone. Kept in memory only: never stored, never in the URL. */
  @property({ attribute: false }) busy: BusyBlock[] = [];

  /** Ids of the programs chosen for comparison (at most 4). */
  @property({ attribute: false }) compared: string[] = [];

  /** @internal */ @state() status: Status = 'loading';
  /** @internal */ @state() errorKind = '';
  /**
   * Programs given by the host page instead of loading them from the backend (e.g. already
   * validated with `loadPrograms`, or from the locator bridge). They are not validated again.
   */
  @property({ attribute: false }) programs?: readonly Program[];

  /** @internal The programs shown: `programs`, or those loaded from the backend. */
  @state() data: readonly Program[] = [];
  /** @internal */ @state() rejectedCount = 0;
  /** @internal True while the first programs are shown and the rest are still being checked. */ @state() loadingMore = false;
  /** @internal */ @state() payerNames: ReadonlyMap<string, string> = new Map();
  /** @internal */ @state() visible = 20;
  /** @internal */ @state() origin?: LatLng;
  /** @internal */ @state() geo: 'idle' | 'asking' | 'on' | 'denied' = 'idle';
  /** @internal */ @state() filtersOpen = false;
  /** @internal */ @state() view: 'results' | 'compare' = 'results';
  /** @internal */ @state() weekOpen = false;
  /** @internal */ @state() announcement = '';
  /** @internal */ @state() notice = '';
  @state() private indexVersion = 0;

  /** @internal */ index?: FinderIndex;
  /** @internal */ result: FilterResult = { matches: [], counts: {} as FilterResult['counts'], blockers: [] };
  /** @internal */ shown: number[] = [];
  /** @internal */ hasCoordinates = false;
  #partStyles: CSSResult[] = [];
  /** @internal Parts fetched on first use: the comparison (once a program is chosen to compare), the "Fits my week" panel (once opened, or pointed at), and "nothing matches" (once a filter changes). */
  readonly parts: { [K in keyof Parts]: LazyPart<Parts[K]> } = {
    compare: this.#part(() => import('./compare-table.js')),
    week: this.#part(() => import('./week-editor.js')),
    empty: this.#part(() => import('./empty-result.js')),
  };
  #order?: ProgramOrder;
  #byId = new Map<string, Program>();
  #abort?: AbortController;
  #announceTimer?: ReturnType<typeof setTimeout>;
  #userChangedFilters = false;
  #restoredUrl = false;
  #focusAfterUpdate?: string;

  /** A part whose Spanish strings (when rendering in Spanish) and styles arrive with it, so it never flashes English or unstyled. */
  #part<M extends PartModule>(loader: () => Promise<M>): LazyPart<M> {
    return new LazyPart(this, async () => {
      const part = await loader();
      const finder = ProgramFinder;
      if (!finder.catalogues.includes(part.messages)) finder.catalogues = [...finder.catalogues, part.messages];
      await loadCatalogue(part.messages, this.effectiveLocale);
      if (!this.#partStyles.includes(part.styles)) {
        this.#partStyles.push(part.styles);
        adoptStyles(this.renderRoot as ShadowRoot, [...finder.elementStyles, ...this.#partStyles]);
      }
      return part;
    });
  }

  /** @internal A part's template once it is loaded; until then "Loading…" (or "Try again" if it could not be fetched). */
  renderPart<K extends keyof Parts>(name: K, render: (part: Parts[K]) => TemplateResult): TemplateResult | typeof nothing {
    const part = this.parts[name] as LazyPart<Parts[K]>;
    const loaded = part.get();
    return loaded ? render(loaded) : renderPartPending(this, part);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
    this.#abort?.abort();
  }

  protected override backendChanged(backend: BackendAdapter): void {
    this.#load(backend);
  }

  #load(backend: BackendAdapter): void {
    this.#abort?.abort();
    const controller = new AbortController();
    this.#abort = controller;
    const { signal } = controller;
    this.#loadPayers(backend, signal);
    if (this.programs) return;
    this.status = 'loading';
    this.errorKind = '';
    const onFirst = (items: Program[]) => {
      if (signal.aborted || this.programs) return;
      // A large directory: show the first programs while the rest are checked.
      this.data = items;
      this.loadingMore = true;
      this.status = 'ready';
    };
    loadProgramsProgressively(backend, { signal, onFirst }).then(
      (list) => {
        if (signal.aborted || this.programs) return;
        this.data = list.items;
        this.rejectedCount = list.rejected.length;
        this.loadingMore = false;
        this.status = 'ready';
      },
      (error: unknown) => {
        if (signal.aborted) return;
        this.errorKind = isBackendError(error) ? error.kind : 'unknown';
        this.status = 'error';
      },
    );
  }

  /** Payer names for the "Insurance plans accepted" filter: best effort, the finder works without them. */
  #loadPayers(backend: BackendAdapter, signal: AbortSignal): void {
    findPayers(backend, '', { signal }).then(
      (list) => {
        if (!signal.aborted) this.payerNames = new Map(list.items.map((p) => [p.id, p.name]));
      },
      () => undefined,
    );
  }

  /** Loads the programs again (the error state's "Try again"). */
  retry(): void {
    this.#load(this.backendAdapter);
  }

  /** @internal The zone busy times are read in. */
  get viewerZone(): string {
    return this.timeZone || localTimeZone();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.#restoredUrl && this.urlState) this.#restoreFromUrl();
    if (changed.has('filters')) this.#normalizeFilters();
    if (changed.has('pageSize') && !(this.pageSize >= 1)) this.pageSize = 20;
    if (changed.has('programs') && this.programs) {
      this.data = this.programs;
      this.rejectedCount = 0;
      this.status = 'ready';
    }
    if (changed.has('data')) this.#indexPrograms();
    const filterInputs = ['data', 'filters', 'busy', 'clashMode', 'timeZone', 'indexVersion'] as const;
    if (filterInputs.some((k) => changed.has(k))) this.#filter();
    if (changed.has('pageSize') && !this.hasUpdated) this.visible = this.pageSize;
    const orderInputs = ['sort', 'origin', 'visible', 'pageSize'] as const;
    if (filterInputs.some((k) => changed.has(k)) || orderInputs.some((k) => changed.has(k))) this.#orderResults();
  }

  /** Accepts partial filters from the host page (`{ format: ['virtual'] }`): missing facets are empty. */
  #normalizeFilters(): void {
    const given = (this.filters ?? {}) as Partial<FinderFilters>;
    const base = emptyFilters();
    const complete = FACETS.every((f) => Array.isArray(given[f])) && typeof given.query === 'string';
    if (!complete) {
      for (const f of FACETS) if (Array.isArray(given[f])) (base[f] as string[]) = given[f] as string[];
      if (typeof given.query === 'string') base.query = given.query;
      this.filters = base;
    }
  }

  #indexPrograms(): void {
    const programs = this.data;
    this.#byId = new Map(programs.map((p) => [p.id, p]));
    this.#order = new ProgramOrder(programs);
    this.hasCoordinates = programs.some((p) => p.location?.coordinates);
    this.index = undefined;
    this.visible = this.pageSize;
    if (programs.length <= DEFER_INDEX_ABOVE) {
      this.index = new FinderIndex(programs);
    } else {
      // A national directory: show the first results at once, then build the filter index.
      setTimeout(() => {
        if (this.data !== programs) return;
        this.index = new FinderIndex(programs);
        this.indexVersion++;
      }, 0);
    }
  }

  #filter(): void {
    const busy = this.clashMode === 'hide' ? this.busy : [];
    if (this.index) {
      this.result = this.index.filter(this.filters, { busy, viewerZone: this.viewerZone });
    } else {
      const all = Array.from(this.data, (_, i) => i);
      this.result = { matches: this.filtersActive || busy.length ? [] : all, counts: {} as FilterResult['counts'], blockers: [] };
    }
  }

  #orderResults(): void {
    if (!this.#order || (!this.index && (this.filtersActive || (this.clashMode === 'hide' && this.busy.length)))) {
      this.shown = [];
      return;
    }
    const sort = this.sort === 'nearest' && !this.origin ? 'best' : this.sort;
    const ordered = this.#order.order(this.result.matches, sort, { query: this.filters.query, times: this.filters.times, origin: this.origin });
    this.shown = ordered.take(this.visible);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('filters') || changed.has('busy') || changed.has('clashMode') || changed.has('status') || changed.has('indexVersion')) {
      this.#scheduleAnnouncement();
    }
    if (this.#userChangedFilters) {
      this.#userChangedFilters = false;
      this.emit('iop-filter-change', { filters: structuredClone(this.filters), resultCount: this.result.matches.length });
    }
    if ((changed.has('filters') || changed.has('sort')) && this.urlState && this.#restoredUrl) writeUrlFilters(this.urlState, this.filters, this.sort);
    if (this.#focusAfterUpdate) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.#focusAfterUpdate);
      // A target inside a part still being fetched is focused once the part is on screen.
      if (target || !this.renderRoot.querySelector('.part-loading')) this.#focusAfterUpdate = undefined;
      target?.focus();
    }
  }

  #scheduleAnnouncement(): void {
    clearTimeout(this.#announceTimer);
    if (this.status !== 'ready') return;
    this.#announceTimer = setTimeout(() => {
      this.announcement = this.resultCountText;
    }, ANNOUNCE_DELAY_MS);
  }

  /** @internal "12 programs match". */
  get resultCountText(): string {
    return this.t(messages, 'results', { count: this.result.matches.length });
  }

  /** @internal */
  get filtersActive(): boolean {
    return FACETS.some((f) => this.filters[f].length > 0) || this.filters.query.trim() !== '';
  }

  /** @internal Number of chosen options (for the "Filters (n)" button). */
  get activeCount(): number {
    return FACETS.reduce((n, f) => n + this.filters[f].length, 0) + (this.filters.query.trim() ? 1 : 0);
  }

  // ---- URL state (filters only) ----

  #restoreFromUrl(): void {
    this.#restoredUrl = true;
    const { filters, sort } = readUrlFilters(this.urlState!);
    this.filters = { ...filters, query: this.filters.query };
    if (sort) this.sort = sort;
  }

  // ---- Actions (used by the templates) ----

  /** @internal */
  setFilters(next: FinderFilters): void {
    this.filters = next;
    this.visible = this.pageSize;
    this.#userChangedFilters = true;
    void this.parts.empty.load(); // a filter that leaves nothing names what to clear without a wait
  }

  /** @internal */
  toggleOption(facet: Facet, value: string, on: boolean): void {
    const current = this.filters[facet] as string[];
    const values = on ? [...current.filter((v) => v !== value), value] : current.filter((v) => v !== value);
    this.setFilters({ ...this.filters, [facet]: values });
  }

  /** @internal Clears one facet, the search, the busy times, or (no argument) everything. */
  clear(what?: Facet | 'query' | 'busy'): void {
    if (what === 'busy') {
      this.busy = [];
      this.visible = this.pageSize;
      return;
    }
    if (what === undefined) this.busy = this.clashMode === 'hide' ? [] : this.busy;
    this.setFilters(what === undefined ? emptyFilters() : what === 'query' ? { ...this.filters, query: '' } : { ...this.filters, [what]: [] });
  }

  /** @internal */
  setSort(sort: SortKey): void {
    this.sort = sort;
    this.visible = this.pageSize;
  }

  /** @internal Shows the next page and moves focus to its first result. */
  showMore(): void {
    const first = this.shown.length;
    this.visible = this.shown.length + this.pageSize;
    this.#focusAfterUpdate = `[data-position="${first}"] h4`;
  }

  /** @internal Asks the browser for the visitor's location, only because they pressed "Use my location". */
  locate(): void {
    if (!('geolocation' in navigator)) {
      this.geo = 'denied';
      return;
    }
    this.geo = 'asking';
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        this.origin = { lat: pos.coords.latitude, lng: pos.coords.longitude };
        this.geo = 'on';
        this.setSort('nearest');
      },
      () => {
        this.geo = 'denied';
        if (this.sort === 'nearest') this.setSort('best');
      },
      { maximumAge: 10 * 60 * 1000, timeout: 15000 },
    );
  }

  /** @internal */
  toggleCompare(program: Program): void {
    const name = this.programName(program);
    if (this.compared.includes(program.id)) {
      this.compared = this.compared.filter((id) => id !== program.id);
      this.notice = this.t(messages, 'compareRemoved', { name });
    } else if (this.compared.length >= MAX_COMPARE) {
      this.notice = this.t(messages, 'compareFull', { max: MAX_COMPARE });
      return;
    } else {
      this.compared = [...this.compared, program.id];
      void this.parts.compare.load();
      this.notice = this.t(messages, 'compareAdded', { name, count: this.compared.length, max: MAX_COMPARE });
    }
    if (this.compared.length === 0 && this.view === 'compare') this.view = 'results';
    this.emit('iop-compare-change', { programIds: [...this.compared] });
  }

  /** @internal */
  showView(view: 'results' | 'compare'): void {
    this.view = view;
    this.notice = '';
    this.#focusAfterUpdate = view === 'compare' ? '#compare-heading' : '#results-heading';
  }

  /** @internal */
  selectProgram(program: Program): void {
    const track = suggestedTrack(program, this.filters.times, this.busy, this.viewerZone);
    const detail: { programId: string; trackId?: string } = { programId: program.id };
    if (track) detail.trackId = track.id;
    const event = this.emit('iop-program-select', detail, { cancelable: true });
    const selector = this.scheduleViewer;
    if (!event.defaultPrevented && selector) {
      void import('./schedule-link.js').then(
        (m) => m.openScheduleViewer(this, selector, program.id),
        () => undefined,
      );
    }
  }

  /** @internal For each track of `program`: whether it clashes with the busy times. */
  clashes(program: Program): boolean[] {
    return trackClashes(program, this.busy, this.viewerZone);
  }

  /** @internal */
  addBusy(block: BusyBlock): void {
    this.busy = [...this.busy, block];
    this.visible = this.pageSize;
    void this.parts.empty.load();
  }

  /** @internal */
  removeBusy(index: number): void {
    this.busy = this.busy.filter((_, i) => i !== index);
    this.visible = this.pageSize;
  }

  /** @internal */
  programById(id: string): Program | undefined {
    return this.#byId.get(id);
  }

  /** @internal */
  programName(program: Program): string {
    const name = program.name;
    return typeof name === 'string' ? name : (name[this.effectiveLocale] ?? name.en ?? Object.values(name)[0] ?? '');
  }

  /** @internal Moves focus after the next render (a CSS selector inside the shadow root). */
  focusLater(selector: string): void {
    this.#focusAfterUpdate = selector;
  }

  // ---- Render ----

  protected override render(): TemplateResult {
    return html`
      <section class="finder" aria-labelledby="heading">
        <h2 id="heading">${this.t(messages, 'heading')}</h2>
        <div class="visually-hidden" role="status" aria-live="polite" id="live">${this.status === 'ready' ? this.announcement : nothing}</div>
        <div class="visually-hidden" role="status" aria-live="polite" id="notice-live">${this.notice}</div>
        ${this.status === 'loading'
          ? html`<p class="state loading" role="status">${this.t(messages, 'loadingPrograms')}</p>`
          : this.status === 'error'
            ? renderError(this)
            : renderReady(this)}
      </section>
    `;
  }
}
