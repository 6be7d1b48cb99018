/**
 * How `<iop-provider>` hands its settings to the `iop-*` elements inside it: the Web
 * Components Community Group's context protocol (`context-request` and
 * `context-provider` events), written for the kit's one context instead of using
 * `@lit/context` (which carries a general-purpose controller set, ~1 KB gzip per element).
 * Anything that speaks the protocol interoperates: another copy of the kit, Lit's
 * `ContextConsumer` (the demo's backend status uses it), another library's provider.
 *
 * - A consumer asks when it connects (`request`), subscribing to changes; the closest
 *   provider answers at once and again whenever its settings are replaced.
 * - A request nobody answers waits at the document; a provider that connects later (its
 *   script loaded after the element's) announces itself and the waiting requests are sent
 *   again, so it can answer them (`ensureContextRoot`).
 * - A provider that appears inside another one takes over the subscribers inside it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { IOP_CONTEXT_KEY, type IopSettings } from '../../core/context.js';

type Callback = (value: IopSettings, unsubscribe?: () => void) => void;

interface RequestEvent extends Event {
  context?: unknown;
  contextTarget?: Element;
  callback: Callback;
  subscribe?: boolean;
}

const request = (target: Element, callback: Callback): void => {
  const event = new Event('context-request', { bubbles: true, composed: true }) as RequestEvent;
  Object.assign(event, { context: IOP_CONTEXT_KEY, contextTarget: target, callback, subscribe: true });
  target.dispatchEvent(event);
};

const ours = (e: Event): e is RequestEvent => (e as RequestEvent).context === IOP_CONTEXT_KEY;
const targetOf = (e: RequestEvent) => e.contextTarget ?? (e.composedPath()[0] as Element);

/** The settings of the closest provider, kept current; `onChange` runs on every new value. */
export class SettingsConsumer implements ReactiveController {
  #unsubscribe?: (() => void) | undefined;
  readonly #callback: Callback = (value, unsubscribe) => {
    // Answered by a different provider than before (one appeared closer): leave the old one.
    if (this.#unsubscribe && this.#unsubscribe !== unsubscribe) this.#unsubscribe();
    this.#unsubscribe = unsubscribe;
    this.onChange(value);
  };

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onChange: (value: IopSettings) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    ensureContextRoot();
    request(this.host, this.#callback);
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}

/** Answers the requests from inside `host` with `value()`; `changed()` notifies every subscriber. */
export class SettingsProvider implements ReactiveController {
  /** Each subscriber's callback → its element and the (stable) function that unsubscribes it. */
  readonly #subscribers = new Map<Callback, [Element, () => void]>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly value: () => IopSettings,
  ) {
    host.addController(this);
    host.addEventListener('context-request', (e) => {
      if (!ours(e) || targetOf(e) === host) return; // the provider's own request goes to an enclosing provider
      e.stopPropagation();
      const { callback } = e;
      if (!e.subscribe) return callback(value());
      let entry = this.#subscribers.get(callback);
      if (!entry) this.#subscribers.set(callback, (entry = [targetOf(e), () => this.#subscribers.delete(callback)]));
      callback(value(), entry[1]);
    });
    host.addEventListener('context-provider', (e) => {
      if (!ours(e) || targetOf(e as RequestEvent) === host) return;
      e.stopPropagation();
      // A provider connected inside this one: ask again for every subscriber, so those inside it move to it.
      for (const [callback, [consumer]] of [...this.#subscribers]) request(consumer, callback);
    });
  }

  hostConnected(): void {
    const event = new Event('context-provider', { bubbles: true, composed: true });
    Object.assign(event, { context: IOP_CONTEXT_KEY, contextTarget: this.host });
    this.host.dispatchEvent(event);
  }

  /** Sends the current value to every subscriber. */
  changed(): void {
    for (const [callback, [, off]] of [...this.#subscribers]) callback(this.value(), off);
  }
}

const FLAG = Symbol.for(`${IOP_CONTEXT_KEY}#root`);

/**
 * Keeps the requests nobody answered and sends them again when a provider connects. One per
 * page, shared by every copy of the kit that speaks this context version (the flag is a
 * `Symbol.for` of the key); it handles only this context's events.
 */
export function ensureContextRoot(): void {
  const g = globalThis as typeof globalThis & { [FLAG]?: true };
  if (g[FLAG] || typeof document === 'undefined') return;
  g[FLAG] = true;
  let waiting: [WeakRef<Element>, WeakRef<Callback>][] = [];
  document.addEventListener('context-request', (e) => {
    if (!ours(e) || !e.subscribe) return;
    // Elements that left the page ask again when they come back: keep the list to those still waiting.
    waiting = waiting.filter(([el, cb]) => el.deref()?.isConnected && cb.deref() !== e.callback);
    waiting.push([new WeakRef(targetOf(e)), new WeakRef(e.callback)]);
  });
  document.addEventListener('context-provider', (e) => {
    if (!ours(e)) return;
    const again = waiting;
    waiting = [];
    for (const [element, callback] of again) {
      const el = element.deref();
      const cb = callback.deref();
      // Unanswered again, it comes back to this listener; a disconnected element asks anew when it reconnects.
      if (el?.isConnected && cb) request(el, cb);
    }
  });
}
