/**
 * `<iop-family-education>`: a catalogue and reader of a center's family education modules.
 */
import { createHttpBackend } from '../../core/backend/http.js';
import { adoptStyles, html } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { IopElement } from '../base/iop-element.js';
import type { BackendAdapter } from '../../core/backend/types.js';
import type { EducationProgressDetail } from '../../core/education/progress.js';
import type { LenientModule } from '../../core/education/lenient.js';
import type { EducationModuleSummary } from '../../core/schemas/education.js';
import type { KitStorage, ModuleProgress } from '../../core/storage/index.js';
import { loadCatalogue } from '../../core/i18n/catalogue.js';
import { LazyPart } from '../base/lazy-part.js';
import { fetchCatalogue, fetchModule, localModules, moduleFromHash, ordered, sharedStorage, TEXT_SIZES, type Catalogue, type Reader } from './data.js';
import { messages, type MessageKey } from './messages.js';
import type { SpeechState } from './comfort.js';
import type { CheckState, ReflectionState } from './interactive.js';
import { BLOCK_COUNT, renderCatalogue, renderReader } from './catalogue-view.js';
import { styles } from './family-education.styles.js';
import { commonMessages } from '../../core/i18n/common.js';

type ReaderModule = typeof import('./reader-view.js');
/** A change to a progress record: fields, or fields computed from the record (answers). */
export type ProgressChange = Partial<ModuleProgress> | ((record: ModuleProgress) => Partial<ModuleProgress>);
/** The reader's code once fetched on this page: every instance then renders a module at once. */
let readerModule: ReaderModule | undefined;

export type { EducationProgressDetail };

declare module '../base/iop-element.js' {
  interface IopEventMap {
    'iop-education-progress': CustomEvent<EducationProgressDetail>;
  }
}

/**
 * Family education: a catalogue of the center's modules (progress, suggested order,
 * language) and a reader with knowledge checks, private reflections, reading progress and
 * resume, text size, read-aloud, print and a share link. Content is rendered from data
 * with Lit templates only; an invalid block is shown as "this part could not be displayed".
 *
 * The catalogue and the reader's frame are in the element's entry; the open module's view, its
 * tools and their strings and styles (`reader-view.ts`) are fetched when a module is opened —
 * early, when a pointer or the keyboard reaches a module's button, or at start when the element
 * starts on a module (then alongside the module's data).
 *
 * Progress (position, completed, knowledge-check choices — no personal data) is kept in the
 * kit's `progress` store. Reflection text is kept only when the reader presses "Save on
 * this device": encrypted in the `drafts` store for 30 days, with a visible Delete.
 *
 * @summary Catalogue and reader of family education modules, with progress and knowledge checks.
 *
 * @event iop-education-progress - xAPI-like, no actor: `detail: { verb: { id, display: 'experienced' | 'answered' | 'completed' }, object: { moduleId, blockId? }, result?: { score: { scaled }, success, completion }, timestamp }`.
 *
 * @csspart catalogue - The list of modules.
 * @csspart card - One module in the catalogue.
 * @csspart reader - The module being read.
 * @csspart toolbar - Reading tools (text size, read aloud, print, share, language).
 * @csspart button - Every button.
 * @csspart link - Links inside module text.
 * @csspart callout - Tip, warning and crisis callouts (also `callout-tip`, `callout-warning`, `callout-crisis`).
 * @csspart crisis-actions - The 988 and center phone links of a crisis callout.
 * @csspart quote - A quote.
 * @csspart figure - An image or video with its caption (videos also `video`).
 * @csspart video - A video block (also `figure`).
 * @csspart check - A knowledge check.
 * @csspart feedback - Feedback under a chosen option.
 * @csspart reflection - A reflection prompt.
 * @csspart progress - Progress bars.
 *
 * @cssprop [--iop-education-max-width=44rem] - Widest line of module text.
 * @cssprop [--iop-color-crisis=#8c1d18] - Border of crisis callouts.
 */
export class IopFamilyEducation extends IopElement {
  /** It reads from its API as soon as it shows: the HTTP adapter comes with it (see `IopElement.httpBackend`). */
  protected static override httpBackend = createHttpBackend;

  static override styles = [...IopElement.styles, styles];
  protected static override catalogues = [messages, commonMessages];

  /** Modules given directly (full modules, validated block by block). Takes precedence over the backend. Property only. */
  @property({ attribute: false }) modules?: readonly unknown[];

  /** Id of a module to open. Unset: the catalogue, or the module named by `#module=<id>` in the page's URL. */
  @property({ reflect: true }) module?: string;

  /** Level (1–6) of the element's own headings; module headings sit below it. Default 2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Starting text size in percent: 100, 125, 150, 175 or 200 (the reader's A− / A+ change it). Default 100. */
  @property({ type: Number, attribute: 'text-size' }) textSize = 100;

  /** IndexedDB database name (default `iop-kit`); tests and pages with several kits use their own. */
  @property({ attribute: 'storage-name' }) storageName?: string;

  /** The device storage to use instead of opening one (e.g. `createMemoryStorage()`). Property only. */
  @property({ attribute: false }) storage?: KitStorage;

  /** @internal */ @state() catalogue: Catalogue = { status: 'loading' };
  /** @internal */ @state() reader?: Reader;
  /** @internal */ @state() progress: ReadonlyMap<string, ModuleProgress> = new Map();
  /** @internal */ @state() persistent = true;
  /** @internal */ @state() showAll = false;
  /** @internal */ @state() sizeStep = 0;
  /** @internal */ @state() speech: SpeechState = 'idle';
  /** @internal */ @state() checks: ReadonlyMap<string, CheckState> = new Map();
  /** @internal */ @state() reflections: ReadonlyMap<string, ReflectionState> = new Map();
  /** @internal */ @state() failedVideos: ReadonlySet<number> = new Set();
  /** @internal */ @state() announcement = '';
  /** @internal */ @state() shareMessage = '';
  /** @internal Position (furthest block) when the module was opened, for "go to where you left off". */
  @state() resumeAt = 0;

  #readerPart = new LazyPart<ReaderModule>(this, () => {
    if (this.effectiveLocale === 'es') void import('./reader.messages.es.js').catch(() => undefined);
    return import('./reader-view.js').then((m) => {
      readerModule = m;
      const later = this.#openedLater;
      this.#openedLater = undefined;
      if (later && later.id === this.openId) void m.restore(this, later, this.record, this.#storage!);
      return m;
    });
  });
  #readerStyled = false;
  #catalogueAbort?: AbortController;
  #moduleAbort?: AbortController;
  #storage?: Promise<KitStorage>;
  #saveTimer?: ReturnType<typeof setTimeout>;
  /** Changes to the open module's record made before its stored record has been read. */
  #early?: ProgressChange[];
  /** Furthest block seen in the open module, also before its stored record has been read. */
  #seen = -1;
  #focusAfterRender?: string;
  #hashChange = () => {
    const id = moduleFromHash();
    if (id && id !== this.openId) {
      this.#fromHash = id;
      this.openModule(id, true);
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#hashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#hashChange);
    readerModule?.observe(this, undefined);
    this.#catalogueAbort?.abort();
    this.#moduleAbort?.abort();
    this.#flush();
    this.stopSpeech();
  }

  /** @internal Message in the element's language. */
  tr = (key: MessageKey, params?: Record<string, string | number>): string => (this.t as (c: typeof messages, k: string, p?: object) => string)(messages, key, params);

  /** @internal Starts fetching the reader's code (a module's button is about to be pressed). */
  preloadReader = (): void => void this.#readerPart.load();

  /** The reader's code if it is here; otherwise starts fetching it. */
  #readerView(): ReaderModule | undefined {
    const view = readerModule ?? this.#readerPart.get();
    if (view && !this.#readerStyled) {
      this.#readerStyled = true;
      adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof IopFamilyEducation).elementStyles, view.readerStyles]);
    }
    return view;
  }

  /** Rendering the reader in Spanish waits for its Spanish strings too (no English flash). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const wait = readerModule && loadCatalogue(readerModule.readerMessages, this.effectiveLocale);
    return wait ? wait.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Id of the module being read (or loading), if any. */
  get openId(): string | undefined {
    const r = this.reader;
    return r ? (r.status === 'ready' ? r.module.id : r.id) : undefined;
  }

  /** Opens module `id` in the reader. */
  openModule(id: string, focus = true): void {
    this.#flush();
    this.stopSpeech();
    this.module = id;
    this.#focusAfterRender = focus ? 'title' : undefined;
    this.#loadModule(id);
  }

  /** Back to the catalogue. */
  showCatalogue(): void {
    const from = this.openId;
    this.#flush();
    this.stopSpeech();
    this.reader = undefined;
    this.module = undefined;
    this.#focusAfterRender = from ? `card:${from}` : undefined;
    void this.#refreshProgress();
  }

  protected override backendChanged(): void {
    this.#catalogueDirty = true;
  }
  #catalogueDirty = false;
  /** A module opened from the page's `#module=` hash: another instance's id is not an error here. */
  #fromHash?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('textSize')) {
      const step = TEXT_SIZES.indexOf(this.textSize as (typeof TEXT_SIZES)[number]);
      if (step >= 0) this.sizeStep = step;
    }
    if (changed.has('storage') || changed.has('storageName') || !this.#storage) {
      this.#storage = this.storage ? Promise.resolve(this.storage) : sharedStorage(this.storageName);
      void this.#storage.then((s) => (this.persistent = s.persistent));
      void this.#refreshProgress();
    }
    if (this.#catalogueDirty || changed.has('modules')) {
      this.#catalogueDirty = false;
      this.#loadCatalogue();
      const id = this.openId;
      if (id) this.#loadModule(id);
    }
    if (!this.hasUpdated && !this.module) {
      const fromHash = moduleFromHash();
      if (fromHash) {
        this.#fromHash = fromHash;
        this.module = fromHash;
      }
    }
    if (changed.has('module') && this.module && this.module !== this.openId) this.#loadModule(this.module);
    if (changed.has('module') && !this.module && this.reader) this.reader = undefined;
  }

  #loadCatalogue(): void {
    this.#catalogueAbort?.abort();
    if (this.modules) {
      const local = localModules(this.modules);
      this.catalogue = local.items.length === 0 && local.rejected > 0 ? { status: 'error', kind: 'invalidDataError' } : { status: 'ready', items: local.items };
      return;
    }
    const controller = new AbortController();
    this.#catalogueAbort = controller;
    this.catalogue = { status: 'loading' };
    void fetchCatalogue(this.backendAdapter, controller.signal).then((c) => {
      if (!controller.signal.aborted) this.catalogue = c;
    });
  }

  /** @internal Retry after an error. */
  retry(): void {
    if (this.reader && this.reader.status !== 'ready') this.#loadModule(this.reader.id);
    else this.#loadCatalogue();
  }

  #loadModule(id: string): void {
    void this.#readerPart.load();
    this.#moduleAbort?.abort();
    this.checks = new Map();
    this.reflections = new Map();
    this.failedVideos = new Set();
    this.shareMessage = '';
    this.resumeAt = 0;
    this.#seen = -1;
    this.#early = [];
    const local = this.modules ? localModules(this.modules).byId.get(id) : undefined;
    if (local || this.modules) {
      if (!local && this.#fromHash === id) return this.#hashMiss();
      this.reader = local ? { status: 'ready', module: local } : { status: 'not-found', id };
      if (local) void this.#opened(local);
      return;
    }
    const controller = new AbortController();
    this.#moduleAbort = controller;
    this.reader = { status: 'loading', id };
    this.announcement = this.tr('loadingModule');
    void fetchModule(this.backendAdapter as BackendAdapter, id, controller.signal).then((r) => {
      if (controller.signal.aborted) return;
      if (r.status === 'not-found' && this.#fromHash === id) return this.#hashMiss();
      this.reader = r;
      this.announcement = '';
      if (r.status === 'ready') void this.#opened(r.module);
    });
  }

  #hashMiss(): void {
    this.#fromHash = undefined;
    this.reader = undefined;
    this.module = undefined;
    this.announcement = '';
  }

  /**
   * Restores progress of a module just opened, then (with the reader's code) its answers and
   * saved reflections, and records that it was opened. If the reader's code could not be
   * fetched, that waits for "Try again".
   */
  async #opened(module: LenientModule): Promise<void> {
    const storage = await this.#storage!;
    let record: ModuleProgress | undefined;
    try {
      record = await storage.progress.get(module.id);
      record ??= await storage.progress.put({ moduleId: module.id, position: 0, completed: false, answers: { [BLOCK_COUNT]: String(module.blocks.length) } });
      if (record.answers[BLOCK_COUNT] !== String(module.blocks.length)) {
        record = await storage.progress.put({ ...record, answers: { ...record.answers, [BLOCK_COUNT]: String(module.blocks.length) } });
      }
    } catch {
      record = undefined;
    }
    if (this.openId !== module.id) return;
    const early = this.#early ?? [];
    this.#early = undefined;
    if (record) {
      this.resumeAt = record.completed ? 0 : record.position;
      // What the person did while the stored record was being read goes on top of it.
      for (const change of early) record = { ...record, ...(typeof change === 'function' ? change(record) : change) };
      this.#setRecord(record);
      if (early.length) this.saveProgress({}, true);
      if (this.#seen > record.position) this.saveProgress({ position: this.#seen });
    }
    const view = readerModule ?? (await this.#readerPart.load());
    if (!view) this.#openedLater = module;
    else if (this.openId === module.id) await view.restore(this, module, record, storage);
  }
  /** A module opened while the reader's code could not be fetched: restored once it arrives. */
  #openedLater?: LenientModule;

  async #refreshProgress(): Promise<void> {
    const storage = await this.#storage!;
    const list = await storage.progress.list().catch(() => [] as ModuleProgress[]);
    const map = new Map(this.progress);
    for (const r of list) if ((map.get(r.moduleId)?.updatedAt ?? -1) <= r.updatedAt) map.set(r.moduleId, r);
    this.progress = map;
  }

  #setRecord(record: ModuleProgress): void {
    this.progress = new Map(this.progress).set(record.moduleId, record);
  }

  /** @internal The open module's progress record (in memory; saved shortly after each change). */
  get record(): ModuleProgress | undefined {
    const id = this.openId;
    return id ? this.progress.get(id) : undefined;
  }

  /** @internal The device storage (opened once per database and page). */
  get store(): Promise<KitStorage> {
    return this.#storage!;
  }

  /** @internal Changes the open module's record; saved shortly after (at once with `saveNow`). */
  saveProgress(change: ProgressChange, saveNow = false): void {
    const id = this.openId;
    if (!id) return;
    this.#early?.push(change);
    const prev = this.progress.get(id) ?? { moduleId: id, position: 0, completed: false, answers: {}, updatedAt: 0 };
    this.#setRecord({ ...prev, ...(typeof change === 'function' ? change(prev) : change), updatedAt: Date.now() });
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.#flush(), saveNow ? 0 : 250);
  }

  /** Writes the open module's record now. */
  #flush(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    const record = this.record;
    if (!record || !this.#storage) return;
    void this.#storage.then((s) => s.progress.put(record)).catch(() => undefined);
  }

  /** @internal Marks block `index` as reached. */
  reached(index: number): void {
    this.#seen = Math.max(this.#seen, index);
    const r = this.record;
    if (r && index > r.position) this.saveProgress({ position: index });
  }

  /** @internal Stops reading aloud. */
  stopSpeech(): void {
    if (this.speech === 'idle') return;
    this.speech = 'idle';
    globalThis.speechSynthesis?.cancel();
  }

  /** @internal Number of blocks of a module given in `.modules`. */
  blockCount(id: string): number | undefined {
    return this.modules ? localModules(this.modules).byId.get(id)?.blocks.length : undefined;
  }

  /** @internal Catalogue entries shown: the element's language, or all. */
  get shownItems(): { items: EducationModuleSummary[]; others: number } {
    const all = this.catalogue.status === 'ready' ? this.catalogue.items : [];
    const mine = all.filter((m) => m.locale === this.effectiveLocale);
    return { items: ordered(this.showAll ? all : mine), others: all.length - mine.length };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    readerModule?.observe(this, this.reader?.status === 'ready' ? this.reader.module : undefined);
    const focus = this.#focusAfterRender;
    const r = this.reader;
    const waiting = r?.status === 'loading' || (r?.status === 'ready' && !readerModule && !this.#readerPart.failed);
    if (focus && (!waiting || focus.startsWith('card:'))) {
      const el =
        focus === 'title'
          ? this.renderRoot.querySelector<HTMLElement>('#module-title, .reader-message')
          : this.renderRoot.querySelector<HTMLElement>(`[data-card="${CSS.escape(focus.slice(5))}"] .open`);
      if (el) {
        this.#focusAfterRender = undefined;
        el.focus();
      }
    }
  }

  override render() {
    return html`<div class="frame">
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.reader ? renderReader(this, this.reader, this.#readerPart, this.reader.status === 'ready' ? this.#readerView() : undefined) : renderCatalogue(this)}
    </div>`;
  }
}
