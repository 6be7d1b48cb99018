/**
 * Typed message catalogues.
 *
 * Each element owns a small catalogue beside it (so an element's bundle carries
 * only its own strings). English is in the catalogue file; Spanish is in a
 * sibling file fetched only when something renders in Spanish, so a page loads
 * one language's strings plus the English fallback:
 *
 * ```ts
 * // messages.ts
 * const en = { title: 'Find a program', results: { zero: 'No programs match', one: '{count} program', other: '{count} programs' } } as const;
 * export type English = typeof en;
 * export const messages = defineMessages(en, () => import('./messages.es.js'));
 *
 * // messages.es.ts
 * export default spanish<English>({ title: 'Encuentre un programa', results: { zero: 'Ningún programa coincide', one: '{count} programa', other: '{count} programas' } });
 *
 * await loadCatalogue(messages, 'es');
 * translate(messages, 'es', 'results', { count: 3 }); // "3 programas"
 * ```
 *
 * The English catalogue is the source of truth for keys and parameters: the
 * Spanish file must have exactly the keys of `en` (a missing or extra key is a
 * compile error), and `translate` requires exactly the `{name}` parameters that
 * the English message uses (`count` for plural messages, as a number).
 * Elements list their catalogues in `static catalogues`; the base element loads
 * them before it renders in Spanish, so no English flashes first.
 *
 * No `eval`, no `new Function`, no HTML: a message is plain text with `{name}`
 * placeholders, interpolated with a regular expression.
 */
import type { Locale } from '../locale.js';
import { intlLocale } from './format.js';

/**
 * A message that depends on a count, chosen with `Intl.PluralRules`.
 * `zero` is not the CLDR category (English and Spanish have none): when given,
 * it is used for a count of exactly 0 ("No results" rather than "0 results").
 */
export interface PluralMessage {
  readonly zero?: string;
  readonly one: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export type Message = string | PluralMessage;
export type MessageShape = Readonly<Record<string, Message>>;

/** Spanish messages for the English shape `E`: the same keys, each a message. */
export type SpanishOf<E extends MessageShape> = { readonly [K in keyof E]: Message };

/**
 * A catalogue: the English messages, and the Spanish ones once loaded
 * (`loadCatalogue`); until then, and if loading fails, Spanish falls back to English.
 */
export interface Catalogue<E extends MessageShape = MessageShape> {
  readonly en: E;
  readonly es: SpanishOf<E> | undefined;
}

/** A Spanish catalogue module: `export default spanish<English>({ … })`. */
export type SpanishModule<E extends MessageShape> = { readonly default: SpanishOf<E> };

interface CatalogueState {
  load: () => Promise<SpanishModule<MessageShape>>;
  pending?: Promise<void>;
  failed?: boolean;
}

const states = new WeakMap<Catalogue, CatalogueState>();

/** Keys of a catalogue. */
export type MessageKey<C extends Catalogue> = keyof C['en'] & string;

/** `'Call {phone} or {other}'` → `'phone' | 'other'`. */
export type Placeholders<S extends string> = string extends S
  ? string
  : S extends `${string}{${infer Name}}${infer Rest}`
    ? Name | Placeholders<Rest>
    : never;

type MessagePlaceholders<M> = M extends string
  ? Placeholders<M>
  : M extends PluralMessage
    ? 'count' | Placeholders<Extract<M[keyof M], string>>
    : never;

/** The parameters a message needs: `count` (a number) for plurals, a string or number for every other `{name}`. */
export type MessageParams<M> = { [P in MessagePlaceholders<M>]: P extends 'count' ? number : string | number };

/** Trailing arguments of `translate`/`t`: none when the message has no placeholders, else its parameters. */
export type ParamsArg<M> = [MessagePlaceholders<M>] extends [never] ? [params?: Record<string, never>] : [params: MessageParams<M>];

/**
 * Declares a catalogue from its English messages and its Spanish ones: a loader of the
 * Spanish file (`() => import('./messages.es.js')`, so bundlers split Spanish into its own
 * chunk and English pages never fetch it), or, for a handful of strings, the Spanish
 * messages themselves.
 */
export function defineMessages<const E extends MessageShape>(
  en: E,
  es: (() => Promise<SpanishModule<NoInfer<E>>>) | SpanishOf<NoInfer<E>>,
): Catalogue<E> {
  const catalogue: { en: E; es: SpanishOf<E> | undefined } = { en: Object.freeze({ ...en }), es: undefined };
  if (typeof es === 'function') states.set(catalogue, { load: es as () => Promise<SpanishModule<MessageShape>> });
  else catalogue.es = Object.freeze({ ...es });
  return catalogue;
}

/** The Spanish messages of a catalogue file, checked against `English`: `export default spanish<English>({ … })`. */
export function spanish<E extends MessageShape>(messages: SpanishOf<E>): SpanishOf<E> {
  return Object.freeze({ ...messages });
}

/**
 * Makes `locale`'s messages of `catalogue` available to `translate`. Returns `undefined` when
 * there is nothing to wait for (English, or already loaded), else a promise that settles once
 * they are loaded — or once loading failed (offline, say), in which case the catalogue stays
 * English for the rest of the page's life rather than retrying on every render. Never rejects.
 */
export function loadCatalogue(catalogue: Catalogue, locale: Locale): Promise<void> | undefined {
  if (locale === 'en' || catalogue.es) return undefined;
  const state = states.get(catalogue);
  if (!state || state.failed) return undefined;
  return (state.pending ??= state.load().then(
    (module) => {
      (catalogue as { es: SpanishOf<MessageShape> | undefined }).es = module.default;
    },
    () => {
      state.failed = true;
    },
  ));
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

function rulesFor(locale: Locale): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(intlLocale(locale))));
  return rules;
}

function numberFormatFor(locale: Locale): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(intlLocale(locale))));
  return format;
}

/** Picks the plural form for `count` in `locale`; falls back to `other` when a category is not given. */
export function selectPlural(message: PluralMessage, count: number, locale: Locale): string {
  if (count === 0 && message.zero !== undefined) return message.zero;
  const category = rulesFor(locale).select(count) as Exclude<keyof PluralMessage, 'zero'>;
  return message[category] ?? message.other;
}

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * Replaces `{name}` with `params.name`. Numbers are formatted for the locale ("1,250" / "1,250").
 * A placeholder without a value is left as written, so a missing parameter is visible rather than silently blank.
 */
export function interpolate(text: string, params: Readonly<Record<string, string | number>> | undefined, locale: Locale): string {
  if (!params) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    return typeof value === 'number' ? numberFormatFor(locale).format(value) : String(value);
  });
}

/** The placeholder names used by a message (all plural forms together). */
export function placeholdersOf(message: Message): Set<string> {
  const names = new Set<string>();
  const texts = typeof message === 'string' ? [message] : Object.values(message).filter((v): v is string => typeof v === 'string');
  for (const text of texts) for (const match of text.matchAll(PLACEHOLDER)) names.add(match[1]!);
  if (typeof message !== 'string') names.add('count');
  return names;
}

/**
 * Keys whose Spanish message uses different placeholders from the English one
 * (a translation that dropped `{phone}`, or invented `{telefono}`). Loads the
 * Spanish file first. For tests:
 * `expect(await placeholderMismatches(messages)).to.deep.equal([])`.
 */
export async function placeholderMismatches(catalogue: Catalogue): Promise<string[]> {
  await loadCatalogue(catalogue, 'es');
  const spanishMessages = catalogue.es;
  if (!spanishMessages) throw new Error('the Spanish catalogue could not be loaded');
  const bad: string[] = [];
  for (const key of Object.keys(catalogue.en)) {
    const en = placeholdersOf(catalogue.en[key]!);
    const esMessage = spanishMessages[key];
    if (esMessage === undefined) {
      bad.push(key);
      continue;
    }
    const es = placeholdersOf(esMessage);
    if (typeof esMessage !== 'string') es.add('count');
    if (en.size !== es.size || [...en].some((n) => !es.has(n))) bad.push(key);
  }
  return bad;
}

/**
 * The message `key` in `locale`, plural form chosen and parameters filled in.
 * Spanish not loaded yet (see `loadCatalogue`), or a key missing in it, falls back
 * to English; an unknown key returns the key itself.
 */
export function translate<E extends MessageShape, K extends keyof E & string>(catalogue: Catalogue<E>, locale: Locale, key: K, ...[params]: ParamsArg<E[K]>): string {
  const message: Message | undefined = (locale === 'es' ? catalogue.es?.[key] : undefined) ?? catalogue.en[key];
  if (message === undefined) return key;
  const values = params as Record<string, string | number> | undefined;
  if (typeof message === 'string') return interpolate(message, values, locale);
  const count = Number(values?.['count'] ?? 0);
  return interpolate(selectPlural(message, count, locale), values, locale);
}
