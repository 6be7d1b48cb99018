/**
 * `<iop-insurance-check>`: "Will my insurance cover this?" — a short form, the center's
 * eligibility check (X12 270/271 behind `checkInsurance`), and the answer in plain words.
 * Importing this module has no side effects; `iop-kit/insurance-check` defines the tag.
 */
import { createHttpBackend } from '../../core/backend/http.js';
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isBackendError, isUnconfiguredBackend } from '../../core/backend/index.js';
import type { BackendErrorKind } from '../../core/backend/index.js';
import { loadCatalogue } from '../../core/i18n/catalogue.js';
import { commonMessages, failureMessageKey } from '../../core/i18n/common.js';
import {
  DEFAULT_SERVICE_TYPES,
  FIELD_ORDER,
  emptyInsuranceForm,
  isMinor,
  toInsuranceRequest,
  validateInsuranceForm,
} from '../../core/insurance-form.js';
import type { InsuranceField, InsuranceFormErrors, InsuranceFormValues } from '../../core/insurance-form.js';
import { SERVICE_TYPE_CODES } from '../../core/insurance-codes.js';
import type { InsuranceCheckRequest } from '../../core/schemas/insurance.js';
import { loadChecking } from './load-checking.js';
import type { InsuranceCheckResult, ServiceTypeCode } from '../../core/schemas/index.js';
import { isNpi } from '../../core/validators.js';
import { IopElement } from '../base/iop-element.js';
import { LazyPart } from '../base/lazy-part.js';
import { CONSENT_IDS, DEFAULT_CONSENT_VERSION } from './events.js';
import { styles } from './insurance-check.styles.js';
import { renderForm } from './form-view.js';
import { renderConfigError, renderErrorSummary, renderFailed, renderNotSupported, renderResultPending, renderSending } from './panels.js';
import type { PhotoSide, Voice } from './form-view.js';
import { messages } from './messages.js';
import { PayerCombobox } from './payer-combobox.js';
import { DEFAULT_ALTERNATIVES } from './view-context.js';
import type { InsuranceAlternative, Translate, ViewContext } from './view-context.js';
import { formattersFor } from '../../core/i18n/format.js';
import type { Formatters } from '../../core/i18n/format.js';
import { noticeMessages } from '../../core/i18n/notices.js';

export type { InsuranceAlternative } from './view-context.js';

export { CONSENT_IDS, DEFAULT_CONSENT_VERSION } from './events.js';
export type { InsuranceSubmittedDetail } from './events.js';

type Phase = 'form' | 'sending' | 'result' | 'failed' | 'not-supported';

const present = (s: string | null | undefined): s is string => typeof s === 'string' && s.trim() !== '';

let instances = 0;

/**
 * @summary Insurance details → the center's eligibility check → a plain-language answer, with other ways to pay when coverage is not found.
 *
 * The form collects what a real-time eligibility check (X12 270) needs — the patient's name and
 * date of birth exactly as on the card, the policy holder when it is someone else, the insurance
 * company (typeahead over `searchPayers`), the member ID — plus optional contact details and the
 * consents, each recorded with its exact text and version. Errors show next to each field once
 * the person has left it, and in a summary on submit. Nothing is written to storage; after an
 * answer the fields are cleared unless the person goes back to correct them.
 *
 * @event iop-insurance-submitted - A check was sent. `detail: { payerId?, payerName, serviceTypeCodes }` (no personal data).
 * @event iop-insurance-result - The answer arrived. `detail`: the `InsuranceCheckResult` (`{ status, planName?, benefits, … }`; never the member ID).
 *
 * @csspart form - The form.
 * @csspart section - Each group of questions (`<fieldset>`).
 * @csspart label - Field labels and group legends.
 * @csspart hint - Help text under a label.
 * @csspart input - Text inputs (also the date parts and the payer input).
 * @csspart select - Drop-down lists.
 * @csspart error - A field's error message.
 * @csspart error-summary - The list of errors shown on submit.
 * @csspart button - Every button; the main ones also have `button-primary`.
 * @csspart payer-combobox - The insurance-company typeahead (`payer-input`, `payer-listbox`, `payer-option` inside).
 * @csspart photo - A card photo picker; `photo-preview` is its preview image.
 * @csspart result - The answer panel; `result-heading` its heading.
 * @csspart benefit - One group of services with the same benefits.
 * @csspart carve-out - The notice naming a behavioral-health carve-out administrator.
 * @csspart guarantee - "Verification is not a guarantee of payment."
 * @csspart alternatives - Other ways to pay and the SAMHSA helpline.
 * @csspart notice - Notices that replace the form (configuration error, static site, sending).
 * @csspart phone-link - `tel:` links to the center or a carve-out administrator.
 * @csspart title - The element's heading.
 * @csspart date - A date of birth's month, day and year inputs.
 * @csspart guardian-note - The note shown when the patient is under 18 (a parent or guardian fills in the form).
 * @csspart consents - The consents group (also `section`).
 * @csspart photos - The card photos group (also `section`).
 * @csspart button-primary - The main buttons ("Check my coverage", "Try again"); also `button`.
 * @csspart submit - The "Check my coverage" button.
 * @csspart payer-input - The insurance-company text box.
 * @csspart payer-listbox - The list of matching insurance companies.
 * @csspart payer-option - One insurance company in that list.
 * @csspart photo-preview - The preview of a chosen card photo.
 * @csspart result-heading - The heading of the answer panel.
 *
 * @cssprop [--iop-insurance-max-width=40rem] - Widest the form grows.
 */
export class IopInsuranceCheck extends IopElement {
  /** Its first action, typing a plan's name, asks the API at once: the HTTP adapter comes with it (see `IopElement.httpBackend`). */
  protected static override httpBackend = createHttpBackend;

  static override styles = [...IopElement.styles, styles];
  protected static override catalogues = [messages, commonMessages, noticeMessages];

  /** Date, time, money, percent, number and list formatters for the current locale. */
  get format(): Formatters {
    return formattersFor(this.renderLocale);
  }

  /** The center's 10-digit National Provider Identifier; overrides the provider's `center-npi`. A bad NPI shows a configuration error instead of the form. */
  @property() npi?: string;

  /** When the center's phone is answered ("Mon–Fri 8 AM–6 PM"); overrides the provider's `center-hours`. */
  @property({ attribute: 'center-hours' }) centerHours?: string;

  /** Require a phone number or an e-mail address. */
  @property({ type: Boolean, attribute: 'contact-required' }) contactRequired = false;

  /** Offer optional photos of the card, front and back (downscaled on the device). */
  @property({ type: Boolean, attribute: 'allow-card-photos' }) allowCardPhotos = false;

  /** Version id recorded with each consent's exact text (default `iop-kit-2025-1`). Change it whenever you change the wording. */
  @property({ attribute: 'consent-version' }) consentVersion?: string;

  /** X12 service type codes to ask about, space-separated (default `30 MH AI CF CJ`). Unknown codes are ignored. */
  @property({ attribute: 'service-types' }) serviceTypes?: string;

  /** Id of the program the person is asking about (sent as `programId`). */
  @property({ attribute: 'program-id' }) programId?: string;

  /** Other ways to pay, shown when coverage is not found or not enough. Default: self-pay, sliding scale, payment plans, state-funded programs, Medicaid help. */
  @property({ attribute: false }) alternatives: readonly InsuranceAlternative[] = DEFAULT_ALTERNATIVES;

  @state() protected values: InsuranceFormValues = emptyInsuranceForm();
  @state() protected touched: ReadonlySet<InsuranceField> = new Set();
  @state() protected submitted = false;
  @state() protected phase: Phase = 'form';
  @state() protected result?: InsuranceCheckResult;
  @state() protected failure?: BackendErrorKind;
  @state() protected photoStatus: Partial<Record<PhotoSide, 'reading' | 'failed'>> = {};

  readonly #uid = `iic${++instances}`;
  readonly #payers = new PayerCombobox(this, () => this.backendAdapter, `${this.#uid}-payers`);
  #errors: InsuranceFormErrors = {};
  #stash?: InsuranceFormValues;
  #lastRequest?: InsuranceCheckRequest;
  #abort?: AbortController;
  #focusAfterRender?: string;
  /** The result panel and its strings (Spanish too when needed): loaded when the person presses "Check my coverage". */
  readonly #resultPart = new LazyPart(this, () =>
    import('./result-view.js').then(async (m) => {
      await loadCatalogue(m.resultMessages, this.effectiveLocale);
      return m;
    }),
  );

  readonly #t: Translate = ((key: string, ...params: unknown[]) => (this.t as (c: unknown, k: string, ...p: unknown[]) => string)(messages, key, ...params)) as Translate;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  protected override backendChanged(): void {
    this.#payers.reset();
    // A check still waiting on the old backend is abandoned: back to the form, everything still filled in.
    if (this.phase === 'sending') this.#abort?.abort();
    if (this.phase === 'not-supported' || this.phase === 'sending') this.phase = 'form';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Errors follow the values (shown only for touched fields, or all after a submit).
    this.#errors = validateInsuranceForm(this.values, { contactRequired: this.contactRequired });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const id = this.#focusAfterRender;
    const target = id ? this.renderRoot.querySelector<HTMLElement>(`#${id}`) : null;
    // Kept until it exists: the result heading appears once the result panel has loaded.
    if (target) {
      this.#focusAfterRender = undefined;
      target.focus();
    }
  }

  /** The NPI in effect (own attribute over the provider's). */
  get effectiveNpi(): string | undefined {
    return present(this.npi) ? this.npi.trim() : this.center.npi;
  }

  get #serviceTypeCodes(): ServiceTypeCode[] {
    const known = new Set<string>(SERVICE_TYPE_CODES);
    const asked = (this.serviceTypes ?? '').split(/[\s,]+/).filter((c) => known.has(c)) as ServiceTypeCode[];
    return asked.length ? [...new Set(asked)] : [...DEFAULT_SERVICE_TYPES];
  }

  get #voice(): Voice {
    if (isMinor(this.values.dob)) return 'guardian';
    return this.values.forWhom === 'other' ? 'other' : 'self';
  }

  get #ctx(): ViewContext {
    const c = this.center;
    return {
      t: this.#t,
      tc: this.t.bind(this),
      format: this.format,
      locale: this.effectiveLocale,
      centerName: c.name,
      centerPhone: c.phone,
      centerHours: present(this.centerHours) ? this.centerHours.trim() : c.hours,
      alternatives: this.alternatives,
    };
  }

  #consentTexts(voice: Voice) {
    const center = this.center.name ?? this.#t('thisCenter');
    const version = present(this.consentVersion) ? this.consentVersion.trim().slice(0, 40) : DEFAULT_CONSENT_VERSION;
    return {
      verify: { id: CONSENT_IDS.verify, version, text: this.#t(`consentVerify_${voice}`, { center }) },
      contact: { id: CONSENT_IDS.contact, version, text: this.#t('consentContact', { center }) },
    };
  }

  #set = <K extends keyof InsuranceFormValues>(key: K, value: InsuranceFormValues[K]) => {
    const next = { ...this.values, [key]: value };
    if (key === 'payerNotListed' && value) {
      next.payer = null;
      this.#payers.close();
    }
    if (key === 'isHolder') this.#touch('isHolder');
    this.values = next;
  };

  #touch(field: InsuranceField): void {
    if (this.touched.has(field)) return;
    this.touched = new Set([...this.touched, field]);
  }

  get #shown(): InsuranceFormErrors {
    if (this.submitted) return this.#errors;
    const shown: InsuranceFormErrors = {};
    for (const f of FIELD_ORDER) if (this.touched.has(f) && this.#errors[f]) shown[f] = this.#errors[f];
    return shown;
  }

  async #onPhoto(side: PhotoSide, file: File | undefined): Promise<void> {
    if (!file) return;
    this.photoStatus = { ...this.photoStatus, [side]: 'reading' };
    try {
      const { downscaleCardPhoto } = await import('./card-photo.js'); // only once a person adds a photo
      const url = await downscaleCardPhoto(file);
      this.#set(side === 'front' ? 'cardFront' : 'cardBack', url);
      this.photoStatus = { ...this.photoStatus, [side]: undefined };
      this.#focusAfterRender = undefined;
    } catch {
      this.photoStatus = { ...this.photoStatus, [side]: 'failed' };
    }
  }

  #onSubmit = (e: Event): void => {
    e.preventDefault();
    void this.#resultPart.load(); // so the answer can be shown as soon as it arrives
    void loadChecking().catch(() => undefined);
    this.submitted = true;
    if (Object.keys(this.#errors).length) {
      this.#focusAfterRender = `${this.#uid}-summary`;
      return;
    }
    const request = toInsuranceRequest(this.values, {
      locale: this.effectiveLocale,
      serviceTypeCodes: this.#serviceTypeCodes,
      consents: this.#consentTexts(this.#voice),
      checkId: typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : undefined,
      programId: present(this.programId) ? this.programId.trim() : undefined,
    });
    void this.#validateAndSend(request);
  };

  async #validateAndSend(request: unknown): Promise<void> {
    let parsed: ReturnType<Awaited<ReturnType<typeof loadChecking>>['validateRequest']>;
    try {
      parsed = (await loadChecking()).validateRequest(request);
    } catch {
      this.#fail('network'); // the checking code could not be fetched: offline
      return;
    }
    if (!parsed.ok) {
      // The form's rules and the contract disagree: a bug, not the person's fault. Keep everything, offer the phone.
      this.#fail('invalid-request');
      return;
    }
    void this.#send(parsed.data);
  }

  #fail(kind: BackendErrorKind): void {
    this.phase = kind === 'not-supported' ? 'not-supported' : 'failed';
    this.failure = kind;
    this.#focusAfterRender = kind === 'not-supported' ? 'notice-heading' : 'failed-heading';
  }

  async #send(request: InsuranceCheckRequest): Promise<void> {
    this.#lastRequest = request;
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.phase = 'sending';
    this.failure = undefined;
    this.#focusAfterRender = 'sending';
    this.emit('iop-insurance-submitted', {
      ...(request.payer.id !== undefined ? { payerId: request.payer.id } : {}),
      payerName: request.payer.name,
      serviceTypeCodes: [...request.serviceTypeCodes],
    });
    let result: InsuranceCheckResult;
    try {
      const { checkInsurance } = await loadChecking();
      result = await checkInsurance(this.backendAdapter, request, { signal: abort.signal });
    } catch (error) {
      if (abort.signal.aborted) return;
      this.#fail(isBackendError(error) ? error.kind : 'network');
      return;
    }
    // Keep "Checking…" until the result panel (preloaded on submit) can show the answer; offline, its own "Try again" shows.
    await this.#resultPart.load();
    if (abort.signal.aborted) return;
    this.result = result;
    this.phase = 'result';
    if (result.status !== 'error') {
      // Privacy: the answer is in; the details leave the screen. "Back to correct" brings them back.
      this.#stash = this.values;
      this.values = emptyInsuranceForm();
      this.touched = new Set();
      this.submitted = false;
      this.#lastRequest = undefined;
    }
    this.#focusAfterRender = 'result-heading';
    this.emit('iop-insurance-result', result);
  }

  #backToForm = (): void => {
    if (this.#stash) this.values = this.#stash;
    this.#stash = undefined;
    this.result = undefined;
    this.failure = undefined;
    this.phase = 'form';
    this.#focusAfterRender = `${this.#uid}-title`;
  };

  #newCheck = (): void => {
    this.#stash = undefined;
    this.#lastRequest = undefined;
    this.values = emptyInsuranceForm();
    this.touched = new Set();
    this.submitted = false;
    this.result = undefined;
    this.failure = undefined;
    this.photoStatus = {};
    this.#payers.reset();
    this.phase = 'form';
    this.#focusAfterRender = `${this.#uid}-title`;
  };

  #retry = (): void => {
    if (this.#lastRequest) void this.#send(this.#lastRequest);
    else this.#backToForm();
  };

  #focusField(id: string): void {
    const el = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    el?.focus();
    el?.scrollIntoView?.({ block: 'center' });
  }

  #failureText(kind: BackendErrorKind | undefined): string {
    return this.t(commonMessages, failureMessageKey(kind));
  }

  protected override render(): TemplateResult {
    const ctx = this.#ctx;
    const npi = this.effectiveNpi;
    if (npi !== undefined && !isNpi(npi)) return renderConfigError(ctx, npi);
    const backend = this.backendAdapter;
    if (this.phase === 'not-supported' || backend.kind === 'static' || isUnconfiguredBackend(backend)) {
      const phone = ctx.centerPhone;
      return renderNotSupported(ctx, phone ? this.t(noticeMessages, 'staticSourceNotice', { phone }) : this.t(noticeMessages, 'staticSourceNoticeNoPhone'));
    }
    switch (this.phase) {
      case 'sending':
        return renderSending(ctx);
      case 'result': {
        const part = this.#resultPart.get();
        if (part) return part.renderResult(this.result!, ctx, { onCorrect: this.#backToForm, onNewCheck: this.#newCheck, onRetry: this.#retry });
        return renderResultPending(this, this.#resultPart, ctx, this.#backToForm);
      }
      case 'failed':
        return renderFailed(ctx, this.#failureText(this.failure), this.failure !== 'invalid-request', this.#retry, this.#backToForm);
      default:
        return this.#renderFormPhase(ctx);
    }
  }

  #renderFormPhase(ctx: ViewContext): TemplateResult {
    const t = this.#t;
    const voice = this.#voice;
    const consents = this.#consentTexts(voice);
    const shown = this.#shown;
    const values = this.values;
    const combobox = this.#payers.render({
      inputId: 'f-payer',
      value: values.payerQuery,
      chosen: values.payer,
      label: t('payerLabel'),
      describedBy: ['h-payer', shown.payer ? 'e-payer' : ''].filter(Boolean).join(' '),
      invalid: Boolean(shown.payer),
      required: true,
      resultsText: (count) => t('payerResults', { count }),
      searchingText: t('payerSearching'),
      failedText: t('payerSearchFailed'),
      onInput: (value) => {
        this.values = { ...this.values, payerQuery: value, payer: null };
      },
      onChoose: (payer) => {
        this.values = { ...this.values, payerQuery: payer.name, payer };
        this.#touch('payer');
      },
      onBlur: () => this.#touch('payer'),
    });
    return html`<section class="check" aria-labelledby="${this.#uid}-title">
      <h2 id="${this.#uid}-title" tabindex="-1" part="title">${t('title')}</h2>
      <p>${t('intro')}</p>
      <p class="hint">${t('privacyNote', { center: ctx.centerName ?? t('thisCenter') })}</p>
      ${this.submitted ? renderErrorSummary(ctx, `${this.#uid}-summary`, this.#errors, values, (id) => this.#focusField(id)) : nothing}
      ${renderForm({
        ctx,
        values,
        shown,
        voice,
        minor: voice === 'guardian',
        contactRequired: this.contactRequired,
        allowCardPhotos: this.allowCardPhotos,
        photoStatus: this.photoStatus,
        consentVerifyText: consents.verify.text,
        consentContactText: consents.contact.text,
        combobox,
        set: this.#set,
        setDate: (key, part, value) => {
          this.values = { ...this.values, [key]: { ...this.values[key], [part]: value } };
        },
        touch: (field) => this.#touch(field),
        onPhoto: (side, file) => void this.#onPhoto(side, file),
        onRemovePhoto: (side) => {
          this.#set(side === 'front' ? 'cardFront' : 'cardBack', '');
          this.photoStatus = { ...this.photoStatus, [side]: undefined };
          this.#focusAfterRender = `f-card-${side}`;
        },
        onSubmit: this.#onSubmit,
      })}
    </section>`;
  }
}
