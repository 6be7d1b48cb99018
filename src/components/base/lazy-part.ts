/**
 * A part of an element fetched on first use — a compare table, a review page, the
 * explanation of a result — so that what a page loads to show an element stays small
 * (DESIGN.md §7). The part's module is a separate chunk; the element asks for it when
 * the person opens what needs it.
 *
 * ```ts
 * #compare = new LazyPart(this, () => import('./compare-table.js'));
 * render() {
 *   const part = this.#compare.get(); // starts loading the first time; the host re-renders when it arrives
 *   return part ? part.renderCompare(…) : renderPartPending(this, this.#compare);
 * }
 * ```
 *
 * If the chunk cannot be fetched (the connection dropped), `failed` is true and
 * `renderPartPending` shows a message with "Try again"; nothing the person typed is touched.
 */
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { commonMessages } from '../../core/i18n/common.js';
import type { IopElement } from './iop-element.js';

export class LazyPart<M> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #loader: () => Promise<M>;
  #module?: M;
  #pending?: Promise<M | undefined>;
  #failed = false;

  constructor(host: ReactiveControllerHost, loader: () => Promise<M>) {
    this.#host = host;
    this.#loader = loader;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The module, once loaded. */
  get value(): M | undefined {
    return this.#module;
  }

  /** The last attempt to fetch the part failed (see `retry`). */
  get failed(): boolean {
    return this.#failed;
  }

  /** Starts loading once; resolves with the module, or `undefined` if it could not be fetched. Never rejects. */
  load(): Promise<M | undefined> {
    if (this.#module) return Promise.resolve(this.#module);
    return (this.#pending ??= this.#loader().then(
      (module) => {
        this.#module = module;
        this.#host.requestUpdate();
        return module;
      },
      () => {
        this.#failed = true;
        this.#pending = undefined;
        this.#host.requestUpdate();
        return undefined;
      },
    ));
  }

  /** The module if loaded; otherwise starts loading (unless the last attempt failed) and returns `undefined`. */
  get(): M | undefined {
    if (!this.#module && !this.#failed) void this.load();
    return this.#module;
  }

  /** Tries again after a failed fetch. */
  retry(): Promise<M | undefined> {
    this.#failed = false;
    this.#host.requestUpdate();
    return this.load();
  }
}

/**
 * What to show in place of a part that is not loaded yet: a quiet "Loading…" status, or,
 * when it could not be fetched, the connection message and a "Try again" button.
 */
export function renderPartPending(host: IopElement, part: LazyPart<unknown>): TemplateResult | typeof nothing {
  if (part.value) return nothing;
  if (part.failed) {
    return html`<div class="part-failed" role="alert">
      <p>${host.t(commonMessages, 'networkError')}</p>
      <button type="button" class="button" @click=${() => void part.retry()}>${host.t(commonMessages, 'tryAgain')}</button>
    </div>`;
  }
  return html`<p class="part-loading" role="status">${host.t(commonMessages, 'loading')}</p>`;
}
