/** A small element built on IopElement, used by the base and provider tests. */
import { createHttpBackend } from '../../../src/core/backend/http.js';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { IopElement } from '../../../src/components/base/iop-element.js';
import type { BackendAdapter as IopBackend } from '../../../src/core/backend/index.js';
import { findPayers } from '../../../src/core/data/payers.js';
import { defineMessages } from '../../../src/core/i18n/catalogue.js';
import type { Payer } from '../../../src/core/schemas/index.js';

declare module '../../../src/components/base/iop-element.js' {
  interface IopEventMap {
    'iop-test-pinged': CustomEvent<{ times: number }>;
  }
}

export const testMessages = defineMessages(
  { hello: 'Hello', payers: { zero: 'No insurers', one: '{count} insurer', other: '{count} insurers' }, loading: 'Loading…' },
  { hello: 'Hola', payers: { zero: 'Ninguna aseguradora', one: '{count} aseguradora', other: '{count} aseguradoras' }, loading: 'Cargando…' },
);

export class TestIopElement extends IopElement {
  protected static override httpBackend = createHttpBackend;
  @state() payers?: Payer[];
  @state() error?: string;
  backendChanges: IopBackend[] = [];
  renders = 0;
  #times = 0;

  protected override backendChanged(backend: IopBackend): void {
    this.backendChanges.push(backend);
    this.payers = undefined;
    this.error = undefined;
    findPayers(backend, '').then(
      (list) => {
        if (this.backendAdapter === backend) this.payers = list.items;
      },
      (e: unknown) => {
        if (this.backendAdapter === backend) this.error = e instanceof Error ? e.message : String(e);
      },
    );
  }

  ping(): void {
    this.emit('iop-test-pinged', { times: ++this.#times });
  }

  protected override render(): TemplateResult {
    this.renders++;
    return html`
      <p class="hello">${this.t(testMessages, 'hello')}</p>
      <p class="center">${this.center.name ?? ''} ${this.center.phone ?? ''}</p>
      <p class="payers" role="status">
        ${this.error ?? (this.payers ? this.t(testMessages, 'payers', { count: this.payers.length }) : this.t(testMessages, 'loading'))}
      </p>
      <button @click=${() => this.ping()}>Ping</button>
    `;
  }
}

let n = 0;
/** Defines a fresh subclass under a unique tag name and returns the name. */
export function defineTestElement(): string {
  const name = `iop-test-element-${++n}-${Math.random().toString(36).slice(2, 8)}`;
  customElements.define(name, class extends TestIopElement {});
  return name;
}

export const payer = (id: string, name: string): Payer => ({ id, name, aliases: [], kind: 'commercial', memberIdRule: 'generic' });

/** A custom adapter that answers searchPayers with `payers` and counts the calls. */
export function adapter(payers: Payer[]) {
  const calls: string[] = [];
  return {
    calls,
    searchPayers: async (q: string) => {
      calls.push(q);
      return payers;
    },
  };
}
