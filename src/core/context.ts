/**
 * The one context `<iop-provider>` hands to every `iop-*` element inside it.
 *
 * The key is a versioned string rather than a `Symbol()`: two copies of the kit
 * on one page (say, one bundled by a WordPress plugin and one from a CDN) that
 * share the same contract major interoperate, while a future `@2` contract
 * would not be mistaken for this one.
 */
import type { BackendAdapter } from './backend/types.js';
import type { Locale } from './locale.js';

/** What a treatment center tells the elements about itself (shown in notices, crisis help, "call us" links). */
export interface CenterSettings {
  /** The center's name, e.g. "Harbor Recovery Center". */
  name?: string;
  /** The intake / admissions phone number, as it should be shown ("(555) 201-0100"). */
  phone?: string;
  /** When the phone is answered, in the center's words ("Mon–Fri 8 AM–6 PM"). */
  hours?: string;
  /** The center's 10-digit National Provider Identifier (sent with eligibility checks). */
  npi?: string;
}

export interface IopSettings {
  /** The backend every element inside uses unless it has its own `api-base` / `src` / `.backend`. */
  backend?: BackendAdapter;
  /** The locale for every element inside that does not set its own. */
  locale?: Locale;
  center: CenterSettings;
}

export const IOP_CONTEXT_KEY = 'iop-kit/settings@1' as const;

/** The context as the community protocol's libraries type it (`@lit/context`'s `Context<Key, Value>`). */
export type IopContext = typeof IOP_CONTEXT_KEY & { __context__: IopSettings };

/** The context key, typed for `@lit/context`'s `ContextConsumer` and friends. */
export const iopContext = IOP_CONTEXT_KEY as IopContext;
