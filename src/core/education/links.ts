/**
 * Which link targets education content may use, and how an element should open them.
 *
 * Content comes from a center's backend or a static file, so every URL is treated as
 * hostile. Only absolute `http:`, `https:`, `mailto:` and `tel:` URLs are links
 * (DESIGN.md §3). Anything else — `javascript:`, `data:`, `vbscript:`, `file:`,
 * protocol-relative `//host`, relative paths, and every obfuscation of them (leading or
 * embedded whitespace and control characters, HTML entities such as `&#106;`, percent
 * escapes in the scheme, mixed case) — is rejected, and the reader shows the link's
 * label as plain text.
 *
 * The check is deliberately stricter than a browser's URL parser:
 * - the raw string must *begin* with an allowed scheme (case-insensitive), so nothing the
 *   browser would strip first (tabs, newlines, NUL, leading spaces) can hide a scheme;
 * - no whitespace, control, quote or angle-bracket characters anywhere;
 * - http(s) URLs must have a host and no `user:password@` part (`https://samhsa.gov@evil.example`
 *   reads as one site and goes to another);
 * - `tel:` holds digits, `+`, and `-().` separators; `mailto:` an address.
 * Relative paths are refused too: a module is rendered inside someone else's page, where a
 * relative path would resolve against that page, not the center's site.
 */

export const ALLOWED_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'] as const;
export type AllowedScheme = (typeof ALLOWED_SCHEMES)[number];

const SCHEME_PREFIX = /^(?:https?:\/\/|mailto:|tel:)/i;
// Whitespace, C0/C1 controls, DEL, quotes, angle brackets, backtick and backslash.
const FORBIDDEN_CHARS = /[\s\u0000-\u001f\u007f-\u009f"'<>`\\\u200b-\u200f\u2028\u2029\ufeff]/;
const TEL = /^tel:\+?[0-9][0-9().-]{2,31}$/i;
const MAILTO = /^mailto:[^@?/]+@[^@?/]+\.[^@?/]+(?:\?.*)?$/i;

/**
 * The normalized `href` to use for `url`, or `undefined` when it is not an allowed link.
 * Never throws.
 */
export function safeHref(url: string): string | undefined {
  if (typeof url !== 'string' || url.length === 0 || url.length > 2048) return undefined;
  if (!SCHEME_PREFIX.test(url) || FORBIDDEN_CHARS.test(url)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const scheme = parsed.protocol.toLowerCase();
  if (!(ALLOWED_SCHEMES as readonly string[]).includes(scheme)) return undefined;
  if (scheme === 'http:' || scheme === 'https:') {
    if (!parsed.hostname || parsed.username || parsed.password) return undefined;
    return parsed.href;
  }
  if (scheme === 'tel:') return TEL.test(url) ? `tel:${url.slice(4)}` : undefined;
  return MAILTO.test(url) ? `mailto:${url.slice(7)}` : undefined;
}

/** Whether `url` is an allowed link target (see {@link safeHref}). */
export function isSafeHref(url: string): boolean {
  return safeHref(url) !== undefined;
}

/** The scheme of an allowed link (`'https:'`, …), else `undefined`. */
export function linkScheme(url: string): AllowedScheme | undefined {
  const href = safeHref(url);
  return href === undefined ? undefined : (href.slice(0, href.indexOf(':') + 1).toLowerCase() as AllowedScheme);
}

/**
 * Whether a link leaves the page's site: an http(s) URL on another origin than
 * `pageOrigin` (e.g. `location.origin`). `mailto:` and `tel:` hand off to another app and
 * are not "external" in this sense (they should not open a new tab). Anything unparsable
 * counts as external, the safe default.
 */
export function isExternal(url: string, pageOrigin: string): boolean {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return true;
  }
  if (target.protocol === 'mailto:' || target.protocol === 'tel:') return false;
  try {
    return target.origin !== new URL(pageOrigin).origin;
  } catch {
    return true;
  }
}

/** Attributes for an `<a>`: external links open in a new tab without `window.opener` or a Referer. */
export interface LinkAttributes {
  target?: '_blank';
  rel?: 'noopener noreferrer';
}

export function linkAttributes(href: string, pageOrigin: string): LinkAttributes {
  return isExternal(href, pageOrigin) ? { target: '_blank', rel: 'noopener noreferrer' } : {};
}
