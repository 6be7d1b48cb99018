/**
 * Lets an `iop-*` element find an `<iop-provider>` that is defined (upgraded)
 * after the element connected — e.g. `iop-kit/program-finder` imported before
 * `iop-kit/provider`, or the provider's script loaded later.
 *
 * Lit's `ContextRoot` does this for every context on the page; we attach one to
 * the document but feed it only requests for `iopContext`, so other libraries'
 * contexts are left alone. One root per page, shared by all copies of the kit
 * that speak the same context version (the flag is a `Symbol.for` of the key).
 */
import { ContextRoot } from '@lit/context';
import { IOP_CONTEXT_KEY } from '../../core/context.js';

const FLAG = Symbol.for(`${IOP_CONTEXT_KEY}#root`);

type Flagged = typeof globalThis & { [FLAG]?: true };

export function ensureContextRoot(): void {
  const g = globalThis as Flagged;
  if (g[FLAG] || typeof document === 'undefined') return;
  g[FLAG] = true;
  // The root is attached to a stand-in target that records its listeners; the
  // document listeners hand it only events for our context.
  const handlers = new Map<string, (e: Event) => void>();
  const standIn = { addEventListener: (type: string, fn: (e: Event) => void) => handlers.set(type, fn), removeEventListener() {} };
  new ContextRoot().attach(standIn as unknown as HTMLElement);
  for (const type of ['context-request', 'context-provider']) {
    document.addEventListener(type, (e) => {
      if ((e as Event & { context?: unknown }).context === IOP_CONTEXT_KEY) handlers.get(type)?.(e);
    });
  }
}
