/**
 * `<iop-intake-questionnaire>`: the pre-admission questionnaire a person fills in at their own
 * pace, on a phone, over several sittings, in English or Spanish — never losing an answer and
 * never missing a crisis. The form engine (conditions, screeners, validation, flags, crisis,
 * submissions, outbox) is `src/core/intake/`; device storage is `src/core/storage/`.
 * Importing this module has no side effects; `iop-kit/intake-questionnaire` defines the tag.
 */
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isUnconfiguredBackend, lazyHttpBackend } from '../../core/backend/create.js';
import { commonMessages, intlLocale } from '../../core/i18n/index.js';
import { validationMessage } from '../../core/intake/messages.js';
import type { Answers } from '../../core/intake/resolve.js';
import { FormSession } from '../../core/intake/session.js';
import type { KitStorage } from '../../core/storage/index.js';
import type { IntakeForm } from '../../core/schemas/index.js';
import { localize } from '../../core/text.js';
import { IopElement } from '../base/iop-element.js';
import { sharedStorage } from '../../core/storage/shared.js';
import type { DraftData } from './draft-sync.js';
import { DraftSync } from './draft-sync.js';
import { loadForm, type LoadFailure } from './load-form.js';
import { messages } from './messages.js';
import type { MessageKey } from './messages.js';
import type { PanelContext, SummaryEntry } from './panels.js';
import { styles } from './intake-questionnaire.styles.js';
import { SubmitFlow } from './submit-flow.js';
import { REVIEW, fieldSelector } from './steps.js';
import { renderBody } from './views.js';

export type { IntakeCrisisDetail, IntakePageChangeDetail, IntakeSavedDetail, IntakeSubmittedDetail } from './events.js';
import './events.js';
import { intakeEngineMessages } from '../../core/intake/messages.js';
import { formatDate } from '../../core/i18n/format.js';
import type { Formatters } from '../../core/i18n/format.js';
import { noticeMessages } from '../../core/i18n/notices.js';

export { REVIEW, fieldSelector } from './steps.js';

export type Phase = 'loading' | 'error' | 'resume' | 'form' | 'status' | 'not-supported';

/**
 * @summary A multi-step intake questionnaire with save-and-resume, screeners, crisis help, consents and a submission outbox.
 *
 * Which form runs, first match wins: `.form` (an `IntakeForm`) → `.questionnaire` (a FHIR R4
 * Questionnaire object or JSON text) → `questionnaire-src` (the URL of a Questionnaire JSON
 * file on the same site) → `form-id` (the center's backend) → the kit's built-in IOP intake
 * form. A Questionnaire is imported leniently by `iop-kit/fhir`'s importer, loaded on demand
 * only when one is given; what it ignored or changed is logged with `console.warn` (form
 * structure only) and kept in `importWarnings`. PHQ-9, GAD-7, AUDIT-C, DAST-10 and CRAFFT
 * recognised by their LOINC codes get the kit's scoring and crisis safety, as on the built-in form.
 * Every change is saved (encrypted) on the device; the person comes back to the same page.
 * An answer that indicates thoughts of self-harm shows crisis help at once, first on the page.
 *
 * @event iop-intake-page-change - A step was shown. `detail: { pageId, index }` (`pageId` is `'review'` for the review step).
 * @event iop-intake-saved - The draft was saved on the device. `detail: { savedAt }` (epoch ms; no answers).
 * @event iop-intake-submitted - The center's server acknowledged the submission. `detail: { receiptId, submissionId, flags }`.
 * @event iop-intake-crisis - An answer indicated a risk of self-harm. `detail: { sources }` (question ids). Fires once per occurrence.
 *
 * @csspart progress - The progress area (step text, bar, list of steps).
 * @csspart page - The current step. `page-heading` its heading.
 * @csspart field - One question; `fieldset` for groups; `label`, `hint`, `error`, `input`, `textarea`, `select`, `option` inside.
 * @csspart instrument - A screener's group of items; `stem` its lead-in.
 * @csspart consent - A consent; `consent-body` its scrollable full text.
 * @csspart crisis - The crisis help panel; `crisis-link` its call/text links; `crisis-reminder` the line after acknowledging.
 * @csspart error-summary - The list of problems shown on Next.
 * @csspart review - The review step; `edit-button` its Edit buttons.
 * @csspart nav - Back / Next; `button` every button, `button-primary` the main ones.
 * @csspart status - Sending status; `receipt` the receipt; `notice` other notices; `phone-link` the center's phone.
 * @csspart footer - How long answers are kept and "Delete my answers".
 * @csspart base - The element's frame, around everything else.
 * @csspart title - The form's title.
 * @csspart resume - "Welcome back": the offer to continue saved answers.
 * @csspart page-heading - The current step's heading.
 * @csspart fieldset - A group of choices.
 * @csspart label - A question's label.
 * @csspart hint - Help text under a question.
 * @csspart error - A question's error message.
 * @csspart input - Text, number and date inputs, radio buttons and checkboxes.
 * @csspart textarea - Long-text answers.
 * @csspart select - Drop-down lists.
 * @csspart option - One choice (label and control).
 * @csspart display - Text shown between questions (no answer).
 * @csspart stem - A screener's lead-in ("Over the last 2 weeks…").
 * @csspart consent-body - A consent's full text, scrollable.
 * @csspart crisis-link - The crisis panel's call and text links.
 * @csspart crisis-reminder - The crisis line shown after the panel is acknowledged.
 * @csspart flag-notes - The level-of-care notes after sending (withdrawal risk, needs 24-hour support).
 * @csspart edit-button - The review's "Edit" buttons.
 * @csspart confirm - An inline "Are you sure?" with its two choices.
 * @csspart button - Every button.
 * @csspart button-primary - The main buttons (Next, Send); also `button`.
 * @csspart receipt - The receipt after sending.
 * @csspart receipt-line - The receipt's reference number line.
 * @csspart status-line - The line saying where the submission is (sending, waiting for a connection, sent).
 * @csspart notice - Other notices (storage, static site).
 * @csspart phone-link - `tel:` links to the center.
 *
 * @cssprop [--iop-intake-max-width=42rem] - Widest the questionnaire grows.
 * @cssprop [--iop-color-crisis=#8c1d18] - Border and heading of the crisis panel.
 */
export class IopIntakeQuestionnaire extends IopElement {
  /** Its API is called only for a center's form (`form-id`) and to send: the HTTP adapter's code is fetched then (see `IopElement.httpBackend`). */
  protected static override httpBackend = lazyHttpBackend;

  static override styles = [...IopElement.styles, styles];
  protected static override catalogues = [messages, commonMessages, intakeEngineMessages, noticeMessages];

  /** @internal Date formatting in the current locale (only what the questionnaire shows, so the other formatters stay out of its bundle). */
  get format(): Pick<Formatters, 'locale' | 'date'> {
    const locale = this.renderLocale;
    return { locale, date: (iso, style) => formatDate(iso, locale, style) };
  }

  /** The form to run (validated against the contract). Takes precedence over every other source. Property only. */
  @property({ attribute: false }) form?: IntakeForm;

  /** A FHIR R4 Questionnaire to run (object or JSON text), imported on demand. After `.form`, before `questionnaire-src`. Property only. */
  @property({ attribute: false }) questionnaire?: object | string;

  /** URL of a FHIR R4 Questionnaire JSON file on the same site (fetched with `fetch`; other origins are refused). After `.questionnaire`, before `form-id`. */
  @property({ attribute: 'questionnaire-src' }) questionnaireSrc?: string;

  /** Id of the center's form (`getIntakeForm` on the backend). No form source at all: the built-in default form. */
  @property({ attribute: 'form-id' }) formId?: string;

  /** Id of the program the person is applying to (sent as `programId`). */
  @property({ attribute: 'program-id' }) programId?: string;

  /** IndexedDB database name (default `iop-kit`); tests and pages with several kits use their own. */
  @property({ attribute: 'storage-name' }) storageName?: string;

  /** The device storage to use instead of opening one (e.g. `createMemoryStorage()`). Property only. */
  @property({ attribute: false }) storage?: KitStorage;

  /** @internal */
  @state() phase: Phase = 'loading';
  @state() failure?: LoadFailure;
  /** @internal The current answers (never leaves the element except in the submission). */
  @state() answers: Answers = {};
  @state() pageId = '';
  @state() touched: ReadonlySet<string> = new Set();
  @state() attempted: ReadonlySet<string> = new Set();
  @state() summary?: readonly SummaryEntry[];
  @state() crisisSeen: readonly string[] = [];
  @state() crisisAck: readonly string[] = [];
  @state() confirming?: 'start-over' | 'delete';
  @state() savedAt?: number;
  @state() resumeSavedAt?: number;
  @state() remoteChanged = false;
  @state() persistent = true;
  /** A problem with the saved draft to tell the person about: it could not be read back, or saves are failing. */
  @state() draftProblem?: 'not-restored' | 'not-saving';
  @state() politeText = '';
  @state() alertText = '';

  /** The engine session of the running form (`undefined` while loading). */
  session?: FormSession;
  /** The form being run (after loading). */
  activeForm?: IntakeForm;
  /** What the import of `.questionnaire` / `questionnaire-src` ignored or changed (empty for other sources). Read-only. */
  importWarnings: readonly string[] = [];
  /** @internal `initial` answers of an imported Questionnaire: a new draft starts with them. */
  initialAnswers?: Answers;
  protected kit?: KitStorage;
  /** @internal */
  draft?: DraftSync;
  /** @internal */
  startedAt = new Date().toISOString();
  /** @internal */
  consentsAgreedAt: Record<string, string> = {};
  readonly submit = new SubmitFlow(this);

  #loadToken = 0;
  #abort?: AbortController;
  #ready!: Promise<void>;
  #resolveReady!: () => void;
  #focusAfter?: string;

  constructor() {
    super();
    this.#newReady();
  }

  #newReady(): void {
    this.#ready = new Promise((r) => (this.#resolveReady = r));
  }

  /** Resolves once the form, the device storage and any saved draft are loaded (or loading failed). */
  whenReady(): Promise<void> {
    return this.#ready.then(() => this.updateComplete).then(() => undefined);
  }

  /** @internal */
  msg = (key: MessageKey, params?: Record<string, string | number>): string =>
    (this.t as (c: unknown, k: string, p?: unknown) => string)(messages, key, params);

  /** @internal */
  get panelCtx(): PanelContext {
    const c = this.center;
    const locale = this.effectiveLocale;
    const clock = new Intl.DateTimeFormat(intlLocale(locale), { hour: 'numeric', minute: '2-digit' });
    return { locale, t: this.msg, centerName: c.name, centerPhone: c.phone, clock: (ms) => clock.format(ms) };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.kit) this.#attach(this.kit);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.submit.use(undefined);
    void this.draft?.close();
    this.draft = undefined;
  }

  protected override backendChanged(): void {
    // A backend that arrives late (a provider upgraded after us) may be what the form needs.
    if (this.phase === 'loading' || this.phase === 'error') void this.load();
  }

  protected override willUpdate(changed: PropertyValues): void {
    const reload = this.hasUpdated && (changed.has('form') || changed.has('questionnaire') || changed.has('questionnaireSrc') || changed.has('formId') || changed.has('storage') || changed.has('storageName'));
    super.willUpdate(changed);
    if (reload) void this.load();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const sel = this.#focusAfter;
    if (sel) {
      this.#focusAfter = undefined;
      (this.renderRoot.querySelector(sel) as HTMLElement | null)?.focus();
    }
  }

  /** Moves focus after the next render (`#page-heading`, `#crisis-panel`, a field…). */
  focusAfterRender(selector: string): void {
    this.#focusAfter = selector;
  }

  announce(text: string): void {
    this.politeText = '';
    void this.updateComplete.then(() => (this.politeText = text));
  }

  /** (Re)loads form, storage and draft; superseded loads are ignored. */
  /** @internal */
  async load(): Promise<void> {
    const token = ++this.#loadToken;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    if (this.phase !== 'loading') this.#newReady();
    this.phase = 'loading';
    this.failure = undefined;
    const storageP = this.storage ? Promise.resolve(this.storage) : sharedStorage(this.storageName);
    const result = await loadForm(this, this.backendAdapter, abort.signal);
    const kit = await storageP;
    if (token !== this.#loadToken) return;
    this.importWarnings = result.warnings ?? [];
    if (!result.ok) {
      this.failure = result.failure;
      this.phase = 'error';
      this.#resolveReady();
      return;
    }
    this.activeForm = result.form;
    this.initialAnswers = result.initialAnswers as Answers | undefined;
    this.session = new FormSession(result.form, result.instruments);
    this.kit = kit;
    this.persistent = kit.persistent;
    if (this.isConnected) this.#attach(kit);
    const loaded = await kit.drafts.load<DraftData>(this.draftId).catch(() => ({ status: 'missing' as const }));
    if (token !== this.#loadToken) return;
    if (loaded.status === 'ok' && isDraft(loaded.data)) {
      this.applyDraft(loaded.data);
      if (loaded.data.submissionId) await this.submit.resume(loaded.data.submissionId);
      else if (Object.keys(loaded.data.answers).length) {
        this.resumeSavedAt = loaded.savedAt;
        this.phase = 'resume';
      } else this.phase = 'form';
    } else {
      // A draft that could not be read back (altered bytes, a lost key) is gone: say so, never silently.
      if (loaded.status === 'corrupt') this.draftProblem = 'not-restored';
      this.reset();
      this.phase = 'form';
    }
    this.#resolveReady();
  }

  #attach(kit: KitStorage): void {
    if (!this.session) return;
    this.submit.use(kit);
    void this.draft?.close();
    this.draft = new DraftSync({
      storage: kit,
      draftId: this.draftId,
      ttlMs: this.ttlDays * 86_400_000,
      onSaved: (savedAt) => {
        this.savedAt = savedAt;
        if (this.draftProblem === 'not-saving') this.draftProblem = undefined;
        this.emit('iop-intake-saved', { savedAt });
      },
      onError: () => (this.draftProblem = 'not-saving'),
      onRemoteChange: () => (this.remoteChanged = true),
    });
  }

  /** `intake:<form id>@<version>`: a new form version starts a new draft. */
  get draftId(): string {
    return `intake:${this.activeForm?.id ?? ''}@${this.activeForm?.version ?? ''}`;
  }

  get ttlDays(): number {
    return this.activeForm?.draftTtlDays ?? 7;
  }

  /** Everything the draft keeps. */
  draftData(): DraftData {
    return {
      v: 1,
      answers: this.answers,
      pageId: this.pageId,
      startedAt: this.startedAt,
      consentsAgreedAt: this.consentsAgreedAt,
      crisisSeen: [...this.crisisSeen],
      crisisAcknowledged: [...this.crisisAck],
      ...(this.submit.submissionId ? { submissionId: this.submit.submissionId } : {}),
    };
  }

  protected applyDraft(d: DraftData): void {
    this.answers = d.answers;
    this.startedAt = d.startedAt;
    this.consentsAgreedAt = { ...d.consentsAgreedAt };
    this.crisisSeen = d.crisisSeen;
    this.crisisAck = d.crisisAcknowledged;
    this.pageId = d.pageId === REVIEW || this.session?.page(d.pageId) ? d.pageId : this.firstPageId();
    this.submit.submissionId = d.submissionId;
    this.touched = new Set();
    this.attempted = new Set();
    this.summary = undefined;
  }

  /** A blank questionnaire on its first page. */
  /** @internal */
  reset(): void {
    this.applyDraft({ v: 1, answers: { ...this.initialAnswers }, pageId: '', startedAt: new Date().toISOString(), consentsAgreedAt: {}, crisisSeen: [], crisisAcknowledged: [] });
  }

  firstPageId(): string {
    return this.session?.visiblePages(this.answers)[0]?.id ?? '';
  }

  saveSoon(): void {
    this.draft?.schedule(this.draftData());
  }

  /** Deletes the draft and its key, and starts afresh on the first page. */
  async deleteAnswers(): Promise<void> {
    this.confirming = undefined;
    await this.draft?.delete().catch(() => undefined);
    this.reset();
    this.savedAt = undefined;
    this.remoteChanged = false;
    this.phase = 'form';
    this.announce(this.msg('deleted'));
    this.goTo(this.pageId, { announce: false });
  }

  /** Loads the draft another tab saved (or a blank form if it deleted it). */
  async reloadDraft(): Promise<void> {
    if (!this.kit) return;
    await this.draft?.cancel();
    const loaded = await this.kit.drafts.load<DraftData>(this.draftId).catch(() => ({ status: 'missing' as const }));
    if (loaded.status === 'ok' && isDraft(loaded.data)) this.applyDraft(loaded.data);
    else this.reset();
    this.remoteChanged = false;
    this.phase = 'form';
    this.goTo(this.pageId, { announce: true });
  }

  // ---- answers, crisis, navigation -------------------------------------------------------

  setAnswer(id: string, value: unknown): void {
    const next: Record<string, unknown> = { ...this.answers };
    if (value === undefined || value === '') delete next[id];
    else next[id] = value;
    this.answers = next as Answers;
    if (this.session?.question(id)?.type === 'consent') {
      if (value === true) this.consentsAgreedAt = { ...this.consentsAgreedAt, [id]: new Date().toISOString() };
      else {
        const { [id]: _gone, ...rest } = this.consentsAgreedAt;
        this.consentsAgreedAt = rest;
      }
    }
    this.#checkCrisis();
    if (this.summary) this.summary = this.summaryFor(this.pageId);
    this.saveSoon();
  }

  #checkCrisis(): void {
    const s = this.session;
    if (!s) return;
    const raised = s.crisisNow(this.answers);
    if (!raised) {
      if (this.crisisSeen.length) {
        this.crisisSeen = [];
        this.crisisAck = [];
      }
      return;
    }
    const sources = s.crisisSources(this.answers);
    const all = sources.length ? sources : ['crisis'];
    const fresh = all.filter((x) => !this.crisisSeen.includes(x));
    if (!fresh.length) return;
    this.crisisSeen = [...this.crisisSeen, ...fresh];
    this.focusAfterRender('#crisis-panel');
    const c = (this.effectiveLocale === 'es' && noticeMessages.es) || noticeMessages.en;
    this.alertText = '';
    void this.updateComplete.then(() => (this.alertText = `${this.msg('crisisTitle')}. ${c.crisisLifeline} ${c.crisisEmergency}`));
    this.emit('iop-intake-crisis', { sources: sources });
  }

  get crisisState(): 'open' | 'acknowledged' | 'none' {
    if (!this.crisisSeen.length) return 'none';
    return this.crisisSeen.every((x) => this.crisisAck.includes(x)) ? 'acknowledged' : 'open';
  }

  acknowledgeCrisis(): void {
    this.crisisAck = [...this.crisisSeen];
    const source = this.crisisSeen.find((id) => this.session?.item(id)?.pageId === this.pageId);
    this.focusAfterRender(source ? fieldSelector(source) : '#page-heading');
    this.saveSoon();
  }

  touch(id: string): void {
    if (!this.touched.has(id)) this.touched = new Set([...this.touched, id]);
  }

  summaryFor(pageId: string): SummaryEntry[] {
    const s = this.session!;
    const locale = this.effectiveLocale;
    return s.validatePage(pageId, this.answers, locale).map((e) => ({
      questionId: e.questionId,
      label: localize(s.question(e.questionId)?.text, locale),
      message: validationMessage(e, locale),
    }));
  }

  /** The visible steps: the form's visible pages, then the review. */
  get steps(): { id: string; title: string }[] {
    const locale = this.effectiveLocale;
    const pages = this.session?.visiblePages(this.answers) ?? [];
    return [...pages.map((p) => ({ id: p.id, title: localize(p.title, locale) })), { id: REVIEW, title: this.msg('reviewTitle') }];
  }

  /** Index of the current step; a page that became hidden counts as the next visible one. */
  get stepIndex(): number {
    const steps = this.steps;
    const i = steps.findIndex((s) => s.id === this.pageId);
    if (i >= 0) return i;
    const order = this.session?.pages.map((p) => p.id) ?? [];
    const at = order.indexOf(this.pageId);
    const after = steps.findIndex((s) => s.id === REVIEW || order.indexOf(s.id) > at);
    return Math.max(0, after);
  }

  goTo(pageId: string, o: { focus?: string; announce?: boolean } = {}): void {
    if (pageId !== this.firstPageId()) this.submit.preload();
    this.pageId = pageId;
    this.summary = undefined;
    this.focusAfterRender(o.focus ?? '#page-heading');
    const steps = this.steps;
    const index = steps.findIndex((s) => s.id === pageId);
    if (o.announce !== false) this.announce(this.msg('stepOf', { index: index + 1, count: steps.length, title: steps[index]?.title ?? '' }));
    this.emit('iop-intake-page-change', { pageId, index });
    this.saveSoon();
  }

  next(): void {
    const pageId = this.steps[this.stepIndex]!.id;
    const errors = this.summaryFor(pageId);
    if (errors.length) {
      this.attempted = new Set([...this.attempted, pageId]);
      this.summary = errors;
      this.focusAfterRender('#error-summary');
      return;
    }
    this.goTo(this.steps[this.stepIndex + 1]?.id ?? REVIEW);
  }

  back(): void {
    const prev = this.steps[this.stepIndex - 1];
    if (prev) this.goTo(prev.id);
  }

  /** Shows the page of `questionId` (if needed) and focuses its control. */
  goToQuestion(questionId: string, pageId = this.session?.item(questionId)?.pageId): void {
    if (pageId && pageId !== this.pageId) this.goTo(pageId, { focus: fieldSelector(questionId) });
    else {
      this.focusAfterRender(fieldSelector(questionId));
      this.requestUpdate();
    }
  }

  /** A static data file (or no backend at all) cannot take submissions: say so before anyone fills in the form. */
  #cannotSend(): boolean {
    const adapter = this.backendAdapter;
    return adapter.kind === 'static' || isUnconfiguredBackend(adapter);
  }

  protected override render(): TemplateResult {
    const title = this.activeForm ? localize(this.activeForm.title, this.effectiveLocale) : '';
    return html`<div class="frame" part="base">
      ${title && this.phase !== 'error' ? html`<h2 class="form-title" part="title">${title}</h2>` : nothing}
      ${!this.persistent && this.phase !== 'loading' ? html`<p class="notice storage" part="notice" role="note">${this.t(noticeMessages, 'storageFallbackNotice')}</p>` : nothing}
      ${this.phase === 'form' && this.#cannotSend()
        ? html`<p class="notice storage" part="notice" role="note">${this.center.phone ? this.t(noticeMessages, 'staticSourceNotice', { phone: this.center.phone }) : this.t(noticeMessages, 'staticSourceNoticeNoPhone')}</p>`
        : nothing}
      ${this.draftProblem && this.phase !== 'loading'
        ? html`<p class="notice storage" part="notice" role="status">${this.msg(this.draftProblem === 'not-restored' ? 'draftNotRestored' : 'draftNotSaving')}</p>`
        : nothing}
      ${renderBody(this)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.politeText}</div>
      <div class="visually-hidden" aria-live="assertive">${this.alertText}</div>
    </div>`;
  }

}


function isDraft(d: unknown): d is DraftData {
  const x = d as Partial<DraftData> | undefined;
  return !!x && x.v === 1 && typeof x.answers === 'object' && x.answers !== null && typeof x.pageId === 'string' && Array.isArray(x.crisisSeen) && Array.isArray(x.crisisAcknowledged);
}
