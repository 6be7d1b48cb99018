/**
 * Locales the kit speaks and how an element decides which one to use.
 *
 * Resolution order (DESIGN.md §1): the element's own `locale` → the provider's →
 * the closest `lang` attribute on an ancestor of the element, crossing shadow
 * roots → `document.documentElement.lang` → `'en'`.
 *
 * A `lang` we do not speak (e.g. `lang="fr"`, `lang="zxx"`) is skipped and the
 * walk continues upwards: the nearest *supported* declaration wins, so a French
 * quote inside a Spanish page does not turn a widget English.
 */

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** `'es-MX'`, `'ES_us'`, `' es '` → `'es'`; anything unsupported or empty → `undefined`. */
export function normalizeLocale(value: string | null | undefined): Locale | undefined {
  if (typeof value !== 'string') return undefined;
  const primary = value.trim().toLowerCase().split(/[-_]/, 1)[0];
  return (LOCALES as readonly string[]).includes(primary ?? '') ? (primary as Locale) : undefined;
}

/** The parent of `node`, stepping from a shadow root to its host. */
function parentAcrossShadow(node: Node): Node | null {
  return node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
}

/** The nearest supported `lang` on `node` or its ancestors, crossing shadow roots. */
export function closestLang(node: Node | null): Locale | undefined {
  for (let current = node; current; current = parentAcrossShadow(current)) {
    if (current.nodeType === Node.ELEMENT_NODE) {
      const found = normalizeLocale((current as Element).getAttribute('lang'));
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The locale an element should render in.
 * @param element the element; its ancestors' `lang` attributes are consulted (not its own:
 *   kit elements set their own `lang` to the language they render in)
 * @param own the element's own `locale` property, possibly un-normalised (`'es-MX'`)
 * @param fromProvider the locale the surrounding `<iop-provider>` gave it
 */
export function resolveLocale(element: Node | null, own?: string | null, fromProvider?: string | null): Locale {
  return (
    normalizeLocale(own) ??
    normalizeLocale(fromProvider) ??
    (element ? closestLang(parentAcrossShadow(element)) : undefined) ??
    (typeof document !== 'undefined' ? normalizeLocale(document.documentElement.lang) : undefined) ??
    DEFAULT_LOCALE
  );
}
