/**
 * `<demo-backend-status>`: a demo-only element that asks the backend it gets from the
 * enclosing `<iop-provider>` how many programs, payers and education modules it has,
 * so the wiring (provider → context → backend → server) is visibly real.
 */
import { ContextConsumer } from '@lit/context';
import { LitElement, css, html, nothing } from 'lit';
import { iopContext } from '../src/core/context.js';
import { validatedBackend, type IopBackend } from '../src/core/backend/index.js';

interface Counts {
  programs: number;
  payers: number;
  modules: { en: number; es: number };
  rejected: number;
}

type State = { kind: 'waiting' } | { kind: 'loading' } | { kind: 'done'; counts: Counts } | { kind: 'error'; message: string };

export class DemoBackendStatus extends LitElement {
  static override styles = css`
    :host { display: block; }
    p { margin: 0.25rem 0; }
    .error { color: #8a1c1c; }
    button { font: inherit; padding: 0.25rem 0.75rem; }
  `;

  #backend?: IopBackend;
  #state: State = { kind: 'waiting' };
  #controller?: AbortController;

  constructor() {
    super();
    new ContextConsumer(this, {
      context: iopContext,
      subscribe: true,
      callback: (settings) => {
        if (settings.backend && validatedBackend(settings.backend) !== this.#backend) {
          this.#backend = validatedBackend(settings.backend);
          void this.load();
        }
      },
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#controller?.abort();
  }

  async load(): Promise<void> {
    const backend = this.#backend;
    if (!backend) return;
    this.#controller?.abort();
    const controller = (this.#controller = new AbortController());
    const signal = controller.signal;
    this.#set({ kind: 'loading' });
    try {
      const [programs, payers, modules] = await Promise.all([
        backend.listPrograms({ signal }),
        backend.searchPayers('', { signal }),
        backend.listEducationModules({ signal }),
      ]);
      this.#set({
        kind: 'done',
        counts: {
          programs: programs.items.length,
          payers: payers.items.length,
          modules: { en: modules.items.filter((m) => m.locale === 'en').length, es: modules.items.filter((m) => m.locale === 'es').length },
          rejected: programs.rejected.length + payers.rejected.length + modules.rejected.length,
        },
      });
    } catch (e) {
      if (signal.aborted) return;
      this.#set({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }

  #set(state: State): void {
    this.#state = state;
    this.requestUpdate();
  }

  protected override render() {
    const s = this.#state;
    const kind = this.#backend ? html`<p>Backend: <strong>${this.#backend.kind}</strong></p>` : nothing;
    return html`<div role="status" aria-live="polite">
      ${kind}
      ${s.kind === 'waiting' || s.kind === 'loading'
        ? html`<p>Asking the backend… <span lang="es">Consultando…</span></p>`
        : s.kind === 'error'
          ? html`<p class="error">Could not load: ${s.message}</p>
              <button type="button" @click=${() => this.load()}>Try again</button>`
          : html`<p>
                ${s.counts.programs} programs, ${s.counts.payers} payers (the typeahead's first page),
                ${s.counts.modules.en} education modules in English and ${s.counts.modules.es} in Spanish.
              </p>
              ${s.counts.rejected ? html`<p class="error">${s.counts.rejected} item(s) did not pass validation.</p>` : nothing}`}
    </div>`;
  }
}

if (!customElements.get('demo-backend-status')) customElements.define('demo-backend-status', DemoBackendStatus);
