/**
 * `IopElement`: the base class of every `iop-*` element (like Shoelace's
 * `ShoelaceElement`). It gives each element:
 *
 * - the shared attributes `locale`, `api-base`, `src`, `center-name`,
 *   `center-phone` and the `.backend` property, so an element works alone;
 * - the settings of a surrounding `<iop-provider>` (subscribed, so changes on
 *   the provider re-render the element);
 * - `effectiveLocale`, `backendAdapter`, `center`: own settings over the provider's;
 * - `t()` for its message catalogues, and `renderLocale` for formatting dates, times, money…;
 * - `emit()` for typed events that bubble and cross shadow roots;
 * - shared host styles and `--iop-*` theme tokens.
 *
 * The element keeps its host's `lang` attribute equal to the language it
 * renders in, so screen readers pronounce a Spanish widget on an English page
 * in Spanish (WCAG 3.1.2). Use `locale`, not `lang`, to choose the language.
 */
import { LitElement } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createBackendWith, createUnconfiguredBackend } from '../../core/backend/create.js';
import type { HttpFactory } from '../../core/backend/create.js';
import type { BackendAdapter } from '../../core/backend/types.js';
import type { CenterSettings, IopSettings } from '../../core/context.js';
import { resolveLocale } from '../../core/locale.js';
import type { Locale } from '../../core/locale.js';
import { loadCatalogue, translate } from '../../core/i18n/catalogue.js';
import type { Catalogue, MessageShape, ParamsArg } from '../../core/i18n/catalogue.js';
import { hostStyles } from './iop-element.styles.js';
import { SettingsConsumer } from './context.js';

/**
 * Every event an `iop-*` element dispatches, name → `CustomEvent<detail>`.
 * Each element adds its own events next to its class:
 *
 * ```ts
 * declare module '../base/iop-element.js' {
 *   interface IopEventMap { 'iop-intake-submitted': CustomEvent<{ receiptId: string }> }
 * }
 * ```
 *
 * The map is mirrored into `GlobalEventHandlersEventMap`, so
 * `el.addEventListener('iop-intake-submitted', (e) => e.detail.receiptId)` type-checks.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface IopEventMap {}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalEventHandlersEventMap extends IopEventMap {}
}

/** The `detail` type of an `IopEventMap` event. */
export type IopEventDetail<K extends keyof IopEventMap> = IopEventMap[K] extends CustomEvent<infer D> ? D : never;

const present = (s: string | null | undefined): s is string => typeof s === 'string' && s.trim() !== '';

let unconfigured: BackendAdapter | undefined;

/** Elements on the page, so a change of the document's `lang` re-renders those it affects. */
const connected = new Set<IopElement>();
let langObserver: MutationObserver | undefined;

function watchDocumentLang(): void {
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver(() => {
    for (const el of connected) el.localeMayHaveChanged();
  });
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Base class of every `iop-*` element (not registered itself).
 *
 * @cssprop [--iop-color-primary=#0b5cad] - Buttons, links, selected states and the focus ring.
 * @cssprop [--iop-color-on-primary=#ffffff] - Text on primary-coloured surfaces.
 * @cssprop [--iop-color-text=currentColor] - Body text (defaults to the page's text colour).
 * @cssprop [--iop-color-text-muted=#4a5563] - Secondary text (hints, captions).
 * @cssprop [--iop-color-surface=#ffffff] - Background of cards, panels and fields.
 * @cssprop [--iop-color-surface-alt=#f3f5f8] - Alternate background (stripes, headers).
 * @cssprop [--iop-color-border=#767f8c] - Borders of fields and cards (≥ 3:1 on white).
 * @cssprop [--iop-color-danger=#b3261e] - Errors.
 * @cssprop [--iop-color-success=#1e6b34] - Confirmations.
 * @cssprop [--iop-color-warning=#8a4b00] - Warnings.
 * @cssprop [--iop-radius=0.5rem] - Corner radius.
 * @cssprop [--iop-space=1rem] - Base spacing unit.
 * @cssprop [--iop-font-size=1rem] - Base font size (the font family is inherited from the page).
 * @cssprop [--iop-focus-ring=3px solid var(--iop-color-primary)] - Outline of the focused control.
 * @cssprop [--iop-focus-ring-offset=2px] - Gap between a control and its focus ring.
 * @cssprop [--iop-motion-duration=150ms] - Length of transitions (0 when the user prefers reduced motion).
 */
export class IopElement extends LitElement {
  static override styles = [hostStyles];

  /**
   * The message catalogues the element renders with. Before rendering in Spanish the
   * element waits for their Spanish files (fetched once per page), so no English flashes
   * first; a catalogue met in `t()` but not listed here is loaded too, then re-rendered.
   */
  protected static catalogues: readonly Catalogue[] = [];

  /**
   * Language of the element: `en` or `es` (regional tags such as `es-MX` are accepted).
   * Unset: the provider's, then the nearest `lang` attribute above the element, then the document's, then `en`.
   */
  @property() locale?: string;

  /** Base URL of the center's REST API. Overrides the provider's backend. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** URL of a static JSON data file, used when there is no `api-base`. Overrides the provider's backend. */
  @property() src?: string;

  /**
   * A custom backend adapter: an object with any of the `BackendAdapter` methods (lists may be arrays);
   * what it returns is validated against the contract. Takes precedence over `api-base` and `src`. Property only.
   */
  @property({ attribute: false }) backend?: BackendAdapter | object;

  /** The center's name, shown in notices. Overrides the provider's `center-name`. */
  @property({ attribute: 'center-name' }) centerName?: string;

  /** The center's phone number, shown in notices and crisis help. Overrides the provider's `center-phone`. */
  @property({ attribute: 'center-phone' }) centerPhone?: string;

  /** Settings from the closest `<iop-provider>`, if any (kept up to date). */
  @state()
  protected providerSettings?: IopSettings;

  #backendMemo?: { backend: unknown; apiBase: string | undefined; src: string | undefined; value: BackendAdapter };
  #renderLocale?: Locale;
  #lastBackend?: BackendAdapter;

  constructor() {
    super();
    new SettingsConsumer(this, (settings) => (this.providerSettings = settings));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    watchDocumentLang();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /** The locale this element renders in (see `locale`). */
  get effectiveLocale(): Locale {
    return resolveLocale(this, this.locale, this.providerSettings?.locale);
  }

  /**
   * @internal How this element makes the HTTP adapter of its own `api-base`. Every element class
   * sets it (a subclass without it fails on its first `api-base`).
   * Those that read from the API as soon as they show (finder, schedule, insurance, education) set
   * `createHttpBackend`. The intake calls its API only for a center's form and to send: it sets
   * `lazyHttpBackend`, which fetches the adapter's code on its first call, so its entry does not
   * carry the adapter. (Set here, in the base, either one would be in every element's entry.)
   */
  protected static httpBackend: HttpFactory;

  /**
   * The backend this element talks to: own `.backend` → own `api-base` → own `src` → the provider's.
   * Created once per configuration, not per render. With nothing configured, a backend whose every
   * call rejects with a `not-supported` error explaining how to configure one.
   */
  get backendAdapter(): BackendAdapter {
    const { backend, apiBase, src } = this;
    const own = backend !== undefined && backend !== null;
    if (!own && !present(apiBase) && !present(src)) {
      return this.providerSettings?.backend ?? (unconfigured ??= createUnconfiguredBackend());
    }
    const memo = this.#backendMemo;
    if (memo && memo.backend === backend && memo.apiBase === apiBase && memo.src === src) return memo.value;
    const value = createBackendWith(own ? { backend } : { apiBase, src }, (this.constructor as typeof IopElement).httpBackend);
    this.#backendMemo = { backend, apiBase, src, value };
    return value;
  }

  /** The center's details: own `center-name` / `center-phone` over the provider's; hours and NPI from the provider. */
  get center(): CenterSettings {
    const from = this.providerSettings?.center ?? {};
    const center: CenterSettings = {};
    const name = present(this.centerName) ? this.centerName : from.name;
    const phone = present(this.centerPhone) ? this.centerPhone : from.phone;
    if (present(name)) center.name = name;
    if (present(phone)) center.phone = phone;
    if (present(from.hours)) center.hours = from.hours;
    if (present(from.npi)) center.npi = from.npi;
    return center;
  }

  /**
   * The locale of the render in progress (or the last one). Elements format dates, money and
   * lists with it: `formattersFor(this.renderLocale)` (src/core/i18n/format.ts) — not part of
   * the base, so an element that formats nothing does not carry the formatters.
   */
  protected get renderLocale(): Locale {
    return this.#renderLocale ?? this.effectiveLocale;
  }

  /** A message from `catalogue` in the current locale: `this.t(messages, 'results', { count: 3 })`. */
  t<E extends MessageShape, K extends keyof E & string>(catalogue: Catalogue<E>, key: K, ...params: ParamsArg<E[K]>): string {
    const locale = this.renderLocale;
    void loadCatalogue(catalogue, locale)?.then(() => this.requestUpdate());
    return translate(catalogue, locale, key, ...params);
  }

  /**
   * Dispatches `name` with `detail`, always `bubbles: true, composed: true` so it reaches the page
   * through any shadow roots. Returns the event (check `defaultPrevented` when `cancelable`).
   */
  emit<K extends keyof IopEventMap>(name: K, detail: IopEventDetail<K>, options: { cancelable?: boolean } = {}): IopEventMap[K] {
    const event = new CustomEvent(name, { bubbles: true, composed: true, cancelable: options.cancelable ?? false, detail });
    this.dispatchEvent(event);
    return event as IopEventMap[K];
  }

  /**
   * Called once before the first render and whenever the backend changes (own attributes,
   * `.backend`, or the provider's). Elements load their data here, through the validating
   * functions of their own domain in `src/core/data` (`loadPrograms(backend)`, …).
   */
  protected backendChanged(_backend: BackendAdapter): void {}

  /**
   * Called when a `lang` changed somewhere above; re-renders only if this element's language changes.
   * @internal
   */
  localeMayHaveChanged(): void {
    if (this.effectiveLocale !== this.#renderLocale) this.requestUpdate();
  }

  /** Waits for the Spanish catalogues before an update that renders in Spanish. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const locale = this.effectiveLocale;
    const waits = (this.constructor as typeof IopElement).catalogues.map((c) => loadCatalogue(c, locale)).filter((p) => p !== undefined);
    return waits.length ? Promise.all(waits).then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#renderLocale = this.effectiveLocale;
    const backend = this.backendAdapter;
    if (backend !== this.#lastBackend) {
      this.#lastBackend = backend;
      this.backendChanged(backend);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#renderLocale && this.getAttribute('lang') !== this.#renderLocale) this.setAttribute('lang', this.#renderLocale);
  }
}
