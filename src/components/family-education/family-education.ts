/**
 * `<iop-family-education>`: a catalogue and reader of a center's family education modules.
 */
import { html } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { IopElement } from '../base/iop-element.js';
import type { BackendAdapter } from '../../core/backend/types.js';
import { checkResult, decodeAnswer, encodeAnswer, progressEvent, type CheckBlock, type EducationProgressDetail } from '../../core/education/progress.js';
import type { LenientModule } from '../../core/education/lenient.js';
import type { EducationModuleSummary } from '../../core/schemas/education.js';
import type { KitStorage, ModuleProgress } from '../../core/storage/index.js';
import { translate } from '../../core/i18n/catalogue.js';
import { fetchCatalogue, fetchModule, localModules, ordered, REFLECTION_TTL_MS, reflectionId, sharedStorage, type Catalogue, type Reader } from './data.js';
import { messages, type MessageKey } from './messages.js';
import { moduleFromHash, speak, speechUnits, shareUrl, TEXT_SIZES, type SpeechState } from './comfort.js';
import type { CheckState, ReflectionState } from './interactive.js';
import { BLOCK_COUNT, renderCatalogue } from './catalogue-view.js';
import { renderReader } from './reader-view.js';
import { styles } from './family-education.styles.js';
import { commonMessages } from '../../core/i18n/common.js';

export type { EducationProgressDetail };

declare module '../base/iop-element.js' {
  interface IopEventMap {
    'iop-education-progress': CustomEvent<EducationProgressDetail>;
  }
}

type Reflection = Extract<LenientModule['blocks'][number], { type: 'reflection' }>;

/**
 * Family education: a catalogue of the center's modules (progress, suggested order,
 * language) and a reader with knowledge checks, private reflections, reading progress and
 * resume, text size, read-aloud, print and a share link. Content is rendered from data
 * with Lit templates only; an invalid block is shown as "this part could not be displayed".
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
 * @csspart check - A knowledge check.
 * @csspart feedback - Feedback under a chosen option.
 * @csspart reflection - A reflection prompt.
 * @csspart progress - Progress bars.
 *
 * @cssprop [--iop-education-max-width=44rem] - Widest line of module text.
 * @cssprop [--iop-color-crisis=#8c1d18] - Border of crisis callouts.
 */
export class IopFamilyEducation extends IopElement {
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

  #catalogueAbort?: AbortController;
  #moduleAbort?: AbortController;
  #storage?: Promise<KitStorage>;
  #observer?: IntersectionObserver;
  #observed?: LenientModule;
  #saveTimer?: ReturnType<typeof setTimeout>;
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
    this.#observer?.disconnect();
    this.#observed = undefined;
    this.#catalogueAbort?.abort();
    this.#moduleAbort?.abort();
    this.#flush();
    if (this.speech !== 'idle') globalThis.speechSynthesis?.cancel();
  }

  /** @internal Message in the element's language. */
  tr = (key: MessageKey, params?: Record<string, string | number>): string => (this.t as (c: typeof messages, k: string, p?: object) => string)(messages, key, params);

  /** @internal Message in another language (the language switch speaks the target language). */
  trIn = (locale: string, key: MessageKey): string => translate(messages, locale === 'es' ? 'es' : 'en', key as 'switchLanguage');

  /** Id of the module being read (or loading), if any. */
  get openId(): string | undefined {
    const r = this.reader;
    return r ? (r.status === 'ready' ? r.module.id : r.id) : undefined;
  }

  /** Opens module `id` in the reader. */
  openModule(id: string, focus = true): void {
    this.#flush();
    this.#stopSpeech();
    this.module = id;
    this.#focusAfterRender = focus ? 'title' : undefined;
    this.#loadModule(id);
  }

  /** Back to the catalogue. */
  showCatalogue(): void {
    const from = this.openId;
    this.#flush();
    this.#stopSpeech();
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
    this.#moduleAbort?.abort();
    this.checks = new Map();
    this.reflections = new Map();
    this.failedVideos = new Set();
    this.shareMessage = '';
    this.resumeAt = 0;
    this.#seen = -1;
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

  /** Restores progress, answers and saved reflections of a module just opened; records that it was opened. */
  async #opened(module: LenientModule): Promise<void> {
    this.emit('iop-education-progress', progressEvent('experienced', module.id));
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
    if (record) {
      this.#setRecord(record);
      this.resumeAt = record.completed ? 0 : record.position;
      if (this.#seen > record.position) this.#update({ position: this.#seen });
      const checks = new Map<string, CheckState>();
      for (const b of module.blocks) {
        if (b.type !== 'check' || !Object.hasOwn(record.answers, b.id)) continue;
        const selected = decodeAnswer(record.answers[b.id]);
        checks.set(b.id, { selected, result: checkResult(b, selected) });
      }
      this.checks = checks;
    }
    const reflections = new Map<string, ReflectionState>();
    for (const b of module.blocks) {
      if (b.type !== 'reflection') continue;
      const draft = await storage.drafts.load<{ text?: unknown }>(reflectionId(module.id, b.id)).catch(() => undefined);
      if (draft?.status === 'ok' && typeof draft.data?.text === 'string') reflections.set(b.id, { text: draft.data.text, saved: true });
    }
    if (this.openId === module.id && reflections.size > 0) this.reflections = new Map([...reflections, ...this.reflections]);
  }

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

  #update(change: Partial<ModuleProgress>, saveNow = false): void {
    const id = this.openId;
    if (!id) return;
    const prev = this.progress.get(id) ?? { moduleId: id, position: 0, completed: false, answers: {}, updatedAt: 0 };
    this.#setRecord({ ...prev, ...change, updatedAt: Date.now() });
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
    if (r && index > r.position) this.#update({ position: index });
  }

  /** @internal */
  setComplete(done: boolean): void {
    const r = this.reader;
    if (r?.status !== 'ready') return;
    this.#update(done ? { completed: true, position: r.module.blocks.length - 1 } : { completed: false }, true);
    this.announcement = done ? this.tr('completedNote') : '';
    if (done) this.emit('iop-education-progress', progressEvent('completed', r.module.id));
  }

  /** @internal */
  select(block: CheckBlock, optionId: string, checked: boolean): void {
    const prev = this.checks.get(block.id)?.selected ?? [];
    const selected = block.multiple ? (checked ? [...prev, optionId] : prev.filter((x) => x !== optionId)) : checked ? [optionId] : [];
    this.checks = new Map(this.checks).set(block.id, { selected });
  }

  /** @internal "Check answer". */
  check(block: CheckBlock, index: number): void {
    const selected = this.checks.get(block.id)?.selected ?? [];
    if (selected.length === 0) {
      this.checks = new Map(this.checks).set(block.id, { selected, empty: true });
      return;
    }
    const result = checkResult(block, selected);
    this.checks = new Map(this.checks).set(block.id, { selected, result });
    const r = this.record;
    this.#update({ answers: { ...(r?.answers ?? {}), [block.id]: encodeAnswer(selected) }, position: Math.max(r?.position ?? 0, index) }, true);
    this.emit('iop-education-progress', progressEvent('answered', this.openId!, block.id, result));
  }

  /** @internal "Try again": clears the choice and the result, focuses the first option. */
  retryCheck(block: CheckBlock, index: number): void {
    this.checks = new Map(this.checks).set(block.id, { selected: [] });
    const answers = { ...(this.record?.answers ?? {}) };
    delete answers[block.id];
    this.#update({ answers }, true);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`#check-${index}-0`)?.focus());
  }

  /** @internal */
  reflectionInput(block: Reflection, text: string): void {
    const prev = this.reflections.get(block.id);
    this.reflections = new Map(this.reflections).set(block.id, { text, saved: prev?.saved ?? false });
  }

  /** @internal "Save on this device": encrypted in the drafts store, never sent anywhere. */
  async saveReflection(block: Reflection): Promise<void> {
    const id = this.openId;
    const state = this.reflections.get(block.id);
    if (!id || !state?.text.trim()) return;
    const storage = await this.#storage!;
    try {
      await storage.drafts.save(reflectionId(id, block.id), { text: state.text }, { ttlMs: REFLECTION_TTL_MS });
      const now = this.reflections.get(block.id) ?? state;
      this.reflections = new Map(this.reflections).set(block.id, { ...now, saved: true, message: storage.persistent ? 'saved' : 'notKept' });
    } catch {
      this.reflections = new Map(this.reflections).set(block.id, { ...state, message: 'notKept' });
    }
  }

  /** @internal "Delete": clears the box and the saved copy. */
  async deleteReflection(block: Reflection, index: number): Promise<void> {
    const id = this.openId;
    if (!id) return;
    this.reflections = new Map(this.reflections).set(block.id, { text: '', saved: false, message: 'deleted' });
    const storage = await this.#storage!;
    await storage.drafts.delete(reflectionId(id, block.id)).catch(() => undefined);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLTextAreaElement>(`#reflection-${index}`)?.focus());
  }

  /** @internal */
  videoFailed(index: number): void {
    if (!this.failedVideos.has(index)) this.failedVideos = new Set(this.failedVideos).add(index);
  }

  /** @internal A− / A+. */
  resize(delta: number): void {
    this.sizeStep = Math.min(TEXT_SIZES.length - 1, Math.max(0, this.sizeStep + delta));
  }

  /** @internal Read aloud / pause / resume / stop. */
  speechAction(action: 'start' | 'pause' | 'resume' | 'stop'): void {
    const r = this.reader;
    if (r?.status !== 'ready' || !globalThis.speechSynthesis) return;
    const synth = globalThis.speechSynthesis;
    if (action === 'start') {
      speak(speechUnits(r.module), r.module.locale, () => {
        if (this.speech !== 'idle') this.speech = 'idle';
      });
      this.speech = 'speaking';
      this.announcement = this.tr('reading');
    } else if (action === 'pause') {
      synth.pause();
      this.speech = 'paused';
    } else if (action === 'resume') {
      synth.resume();
      this.speech = 'speaking';
    } else {
      this.#stopSpeech();
      this.announcement = this.tr('readingStopped');
    }
  }

  #stopSpeech(): void {
    if (this.speech === 'idle') return;
    this.speech = 'idle';
    globalThis.speechSynthesis?.cancel();
  }

  /** @internal Copies the share link (id only) and confirms in a live region. */
  async share(): Promise<void> {
    const id = this.openId;
    if (!id) return;
    const url = shareUrl(id);
    try {
      await navigator.clipboard.writeText(url);
      this.shareMessage = this.tr('copied');
    } catch {
      this.renderRoot.querySelector<HTMLInputElement>('#share-url')?.select();
      this.shareMessage = this.tr('copyByHand');
    }
  }

  /** @internal Opens the module in another language: the whole element switches language. */
  switchLanguage(locale: string, id: string): void {
    this.locale = locale;
    this.openModule(id, true);
  }

  /** @internal Goes to where the reader left off. */
  resume(): void {
    const target = this.renderRoot.querySelector<HTMLElement>(`[data-block="${this.resumeAt}"]`);
    target?.scrollIntoView({ block: 'start' });
    target?.focus();
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

  /** @internal Modules before and after the open one, in the suggested order of its language. */
  neighbours(module: LenientModule): { prev?: EducationModuleSummary; next?: EducationModuleSummary } {
    const all = this.catalogue.status === 'ready' ? this.catalogue.items : [];
    const list = ordered(all.filter((m) => m.locale === module.locale));
    const i = list.findIndex((m) => m.id === module.id);
    return i < 0 ? {} : { prev: list[i - 1], next: list[i + 1] };
  }

  /** @internal Next/previous: without IntersectionObserver, leaving forward counts the module as read through. */
  go(id: string, forward: boolean): void {
    const r = this.reader;
    if (forward && r?.status === 'ready' && typeof IntersectionObserver === 'undefined') this.reached(r.module.blocks.length - 1);
    this.openModule(id, true);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#observe();
    const focus = this.#focusAfterRender;
    if (focus && (this.reader?.status !== 'loading' || focus.startsWith('card:'))) {
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

  /** Watches blocks coming into view: the furthest one seen is the reading position. */
  #observe(): void {
    const r = this.reader;
    const module = r?.status === 'ready' ? r.module : undefined;
    if (module === this.#observed) return;
    this.#observer?.disconnect();
    this.#observed = module;
    if (!module || typeof IntersectionObserver === 'undefined') return;
    this.#observer = new IntersectionObserver((entries) => {
      let max = -1;
      for (const e of entries) if (e.isIntersecting) max = Math.max(max, Number((e.target as HTMLElement).dataset.block));
      if (max >= 0) this.reached(max);
    });
    for (const el of this.renderRoot.querySelectorAll('[data-block]')) this.#observer.observe(el);
  }

  override render() {
    return html`<div class="frame">
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.reader ? renderReader(this, this.reader) : renderCatalogue(this)}
    </div>`;
  }
}
