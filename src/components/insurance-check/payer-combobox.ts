/**
 * The insurance-company typeahead: the ARIA 1.2 combobox pattern with a listbox popup
 * and list autocomplete without automatic selection
 * (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/examples/combobox-autocomplete-list/).
 *
 * - `<input role="combobox" aria-autocomplete="list" aria-expanded aria-controls>`; focus
 *   stays on the input, the highlighted option is named by `aria-activedescendant`
 *   (input and listbox share one shadow root, so the id reference works);
 * - Down/Up open the list and move (wrapping), Enter chooses, Escape closes (what was typed
 *   stays), Tab leaves without choosing;
 * - typing is debounced (250 ms) before `searchPayers(q)`; a newer keystroke aborts the
 *   request in flight, and a late answer to an old query is ignored;
 * - the number of results is announced in a polite live region.
 *
 * A `ReactiveController`: the host owns the values (typed text, chosen payer), this owns
 * the popup (results, open, highlighted option, status).
 */
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { live } from '../base/directives.js';
import type { BackendAdapter } from '../../core/backend/types.js';
import { loadChecking } from './load-checking.js';
import type { Payer } from '../../core/schemas/index.js';
import type { ChosenPayer } from '../../core/insurance-form.js';

export const PAYER_DEBOUNCE_MS = 250;

export interface ComboboxView {
  inputId: string;
  value: string;
  chosen: ChosenPayer | null;
  label: string;
  describedBy: string;
  invalid: boolean;
  required: boolean;
  /** `payerResults` text for a count. */
  resultsText(count: number): string;
  searchingText: string;
  failedText: string;
  onInput(value: string): void;
  onChoose(payer: ChosenPayer): void;
  onBlur(): void;
}

export class PayerCombobox implements ReactiveController {
  results: Payer[] = [];
  open = false;
  active = -1;
  status: 'idle' | 'searching' | 'done' | 'failed' = 'idle';
  /** Text of the polite live region. */
  announcement = '';

  #timer: ReturnType<typeof setTimeout> | undefined;
  #abort: AbortController | undefined;
  #seq = 0;
  #lastQuery: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly backend: () => BackendAdapter,
    readonly listboxId: string,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#cancel();
  }

  optionId(index: number): string {
    return `${this.listboxId}-opt-${index}`;
  }

  /** Starts (debounced) a search for `query`, cancelling any earlier one. */
  search(query: string, immediate = false): void {
    this.#cancel();
    if (immediate) void this.#run(query);
    else this.#timer = setTimeout(() => void this.#run(query), PAYER_DEBOUNCE_MS);
  }

  close(): void {
    if (!this.open && this.active === -1) return;
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  /** Forget results (after the backend changed, or a new form). */
  reset(): void {
    this.#cancel();
    this.results = [];
    this.open = false;
    this.active = -1;
    this.status = 'idle';
    this.announcement = '';
    this.#lastQuery = undefined;
    this.host.requestUpdate();
  }

  #cancel(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#abort?.abort();
    this.#abort = undefined;
  }

  async #run(query: string): Promise<void> {
    this.#timer = undefined;
    const seq = ++this.#seq;
    const abort = new AbortController();
    this.#abort = abort;
    this.status = 'searching';
    this.host.requestUpdate();
    try {
      const { findPayers } = await loadChecking();
      const { items } = await findPayers(this.backend(), query, { signal: abort.signal });
      if (seq !== this.#seq) return; // a newer search has started
      this.results = items;
      this.status = 'done';
      this.open = true;
      this.active = -1;
      this.#lastQuery = query;
      this.announcement = '';
      this.host.requestUpdate();
      // Set after a tick so a screen reader hears a change even when the count is the same.
      await Promise.resolve();
      if (seq === this.#seq) {
        this.announcement = `${items.length}|${query}`;
        this.host.requestUpdate();
      }
    } catch (error) {
      // Only a search this combobox cancelled itself is ignored; a backend's own AbortError is a failure to show.
      if (seq !== this.#seq || abort.signal.aborted) return;
      this.results = [];
      this.status = 'failed';
      this.open = false;
      this.active = -1;
      this.announcement = 'failed';
      this.host.requestUpdate();
    } finally {
      if (this.#abort === abort) this.#abort = undefined;
    }
  }

  #move(view: ComboboxView, delta: 1 | -1): void {
    if (!this.open) {
      // Open on the current text; reuse the results when they are for that text.
      if (this.#lastQuery === view.value && this.results.length) {
        this.open = true;
        this.active = delta === 1 ? 0 : this.results.length - 1;
        this.host.requestUpdate();
      } else {
        this.search(view.value, true);
      }
      return;
    }
    const n = this.results.length;
    if (!n) return;
    this.active = this.active === -1 ? (delta === 1 ? 0 : n - 1) : (this.active + delta + n) % n;
    this.host.requestUpdate();
  }

  #choose(view: ComboboxView, payer: Payer): void {
    this.open = false;
    this.active = -1;
    this.#lastQuery = payer.name;
    view.onChoose({ id: payer.id, name: payer.name, memberIdRule: payer.memberIdRule });
    this.host.requestUpdate();
  }

  #keydown(view: ComboboxView, e: KeyboardEvent): void {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        this.#move(view, 1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        this.#move(view, -1);
        break;
      case 'Enter':
        if (this.open) {
          e.preventDefault(); // never submit the form while the list is open
          const payer = this.results[this.active];
          if (payer) this.#choose(view, payer);
          else this.close();
        }
        break;
      case 'Escape':
        if (this.open) {
          e.preventDefault();
          e.stopPropagation();
          this.close();
        }
        break;
      case 'Tab':
        this.close();
        break;
      default:
        break;
    }
  }

  render(view: ComboboxView): TemplateResult {
    const expanded = this.open && this.results.length > 0;
    const activeId = expanded && this.active >= 0 ? this.optionId(this.active) : '';
    const [countText] = this.announcement.split('|');
    const announced =
      this.announcement === 'failed' ? view.failedText : this.announcement ? view.resultsText(Number(countText)) : this.status === 'searching' ? view.searchingText : '';
    return html`
      <div class="combobox" part="payer-combobox">
        <input
          id=${view.inputId}
          part="input payer-input"
          type="text"
          role="combobox"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          maxlength="200"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls=${this.listboxId}
          aria-activedescendant=${activeId || nothing}
          aria-describedby=${view.describedBy}
          aria-invalid=${view.invalid ? 'true' : 'false'}
          aria-required=${view.required ? 'true' : 'false'}
          .value=${live(view.value)}
          @input=${(e: Event) => {
            const value = (e.target as HTMLInputElement).value;
            view.onInput(value);
            this.search(value);
          }}
          @focus=${() => void loadChecking().catch(() => undefined)}
          @keydown=${(e: KeyboardEvent) => this.#keydown(view, e)}
          @blur=${() => {
            this.close();
            view.onBlur();
          }}
        />
        <ul id=${this.listboxId} role="listbox" part="payer-listbox" aria-label=${view.label} ?hidden=${!expanded}>
          ${expanded
            ? this.results.map(
                (p, i) => html`<li
                  id=${this.optionId(i)}
                  role="option"
                  part="payer-option"
                  aria-selected=${i === this.active ? 'true' : 'false'}
                  class=${i === this.active ? 'active' : ''}
                  @mousedown=${(e: Event) => e.preventDefault()}
                  @click=${() => this.#choose(view, p)}
                >
                  ${p.name}
                </li>`,
              )
            : nothing}
        </ul>
        <div class="visually-hidden" role="status" aria-live="polite" data-payer-status>${announced}</div>
        ${this.status === 'failed' ? html`<p class="hint warn">${view.failedText}</p>` : nothing}
      </div>
    `;
  }
}
