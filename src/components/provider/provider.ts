/**
 * `<iop-provider>`: one place to configure every `iop-*` element inside it.
 * Importing this module has no side effects; `iop-kit/provider` defines the tag.
 */
import { LitElement, css, html } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createBackend } from '../../core/backend/index.js';
import type { BackendAdapter } from '../../core/backend/index.js';
import type { CenterSettings, IopSettings } from '../../core/context.js';
import { normalizeLocale } from '../../core/locale.js';
import { SettingsConsumer, SettingsProvider } from '../base/context.js';

const present = (s: string | null | undefined): s is string => typeof s === 'string' && s.trim() !== '';

/**
 * @summary Gives every `iop-*` element inside it the center's backend, language and details.
 *
 * Renders nothing of its own (`display: contents`): it does not affect layout
 * and adds nothing to the accessibility tree. An element's own `api-base`,
 * `src`, `.backend`, `locale`, `center-name` and `center-phone` override the
 * provider's. A provider inside another provider inherits whatever it does not
 * set itself (e.g. an inner `locale="es"` section sharing the outer `api-base`).
 *
 * @slot - The page content holding `iop-*` elements (at any depth, also inside other shadow roots).
 *
 * @example
 * ```html
 * <iop-provider api-base="https://center.example/iop-api" locale="es"
 *   center-name="Harbor Recovery Center" center-phone="(555) 201-0100">
 *   <iop-program-finder></iop-program-finder>
 * </iop-provider>
 * ```
 */
export class IopProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  /** Base URL of the center's REST API (see the REST contract). Takes precedence over `src`. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** URL of a static JSON data file, for centers without an API. Writes (insurance check, intake) are then not available. */
  @property() src?: string;

  /** A custom backend adapter object (calls into the center's CRM / EHR SDK). Takes precedence over `api-base` and `src`. Property only. */
  @property({ attribute: false }) backend?: BackendAdapter | object;

  /** Language of the elements inside: `en` or `es` (`es-MX` and similar are accepted). */
  @property() locale?: string;

  /** The center's name, shown in notices ("Call Harbor Recovery Center at …"). */
  @property({ attribute: 'center-name' }) centerName?: string;

  /** The center's intake phone number, shown in notices and with crisis help. */
  @property({ attribute: 'center-phone' }) centerPhone?: string;

  /** When the phone is answered, in the center's words ("Mon–Fri 8 AM–6 PM"). */
  @property({ attribute: 'center-hours' }) centerHours?: string;

  /** The center's 10-digit National Provider Identifier, sent with eligibility checks. */
  @property({ attribute: 'center-npi' }) centerNpi?: string;

  /** What the elements inside receive; replaced (never mutated) on every change so subscribers are notified. */
  protected settings: IopSettings = { center: {} };

  /** Settings of an enclosing provider, if any. */
  @state()
  protected parentSettings?: IopSettings;

  readonly #provider = new SettingsProvider(this, () => this.settings);

  constructor() {
    super();
    new SettingsConsumer(this, (settings) => (this.parentSettings = settings));
  }

  #backendMemo?: { backend: unknown; apiBase: string | undefined; src: string | undefined; value: BackendAdapter };

  override connectedCallback(): void {
    // Settle the settings before children ask for them, so none renders once with an empty context.
    this.#refreshSettings();
    super.connectedCallback();
  }

  /** The backend handed to the elements: `.backend` → `api-base` → `src` → an enclosing provider's. */
  get effectiveBackend(): BackendAdapter | undefined {
    const { backend, apiBase, src } = this;
    const own = backend !== undefined && backend !== null;
    if (!own && !present(apiBase) && !present(src)) return this.parentSettings?.backend;
    const memo = this.#backendMemo;
    if (memo && memo.backend === backend && memo.apiBase === apiBase && memo.src === src) return memo.value;
    const value = createBackend(own ? { backend } : { apiBase, src });
    this.#backendMemo = { backend, apiBase, src, value };
    return value;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#refreshSettings();
  }

  #refreshSettings(): void {
    const parent = this.parentSettings;
    const center: CenterSettings = { ...parent?.center };
    const own: [keyof CenterSettings, string | undefined][] = [
      ['name', this.centerName],
      ['phone', this.centerPhone],
      ['hours', this.centerHours],
      ['npi', this.centerNpi],
    ];
    for (const [key, value] of own) if (present(value)) center[key] = value.trim();
    const next: IopSettings = { center };
    const backend = this.effectiveBackend;
    if (backend) next.backend = backend;
    const locale = normalizeLocale(this.locale) ?? parent?.locale;
    if (locale) next.locale = locale;
    if (!sameSettings(next, this.settings)) {
      this.settings = next;
      this.#provider.changed();
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

function sameSettings(a: IopSettings, b: IopSettings): boolean {
  const keys: (keyof CenterSettings)[] = ['name', 'phone', 'hours', 'npi'];
  return a.backend === b.backend && a.locale === b.locale && keys.every((k) => a.center[k] === b.center[k]);
}
