/**
 * Serves the strict-CSP demo page (`/csp.html`) with a Content-Security-Policy header, in
 * `vite` (dev) and `vite preview`, and gives the test runner the same header for
 * `/demo/csp.html` (see web-test-runner.config.mjs).
 *
 * The policy is the one a cautious treatment center would set on its intake pages:
 * scripts and styles from its own origin only, no plugins, no `<base>` rewriting, and
 * Trusted Types enforced for every DOM sink that can run script. The kit must work
 * under it unchanged: Lit styles go through constructable stylesheets
 * (`adoptedStyleSheets`, not governed by `style-src`), Lit creates its own Trusted Types
 * policy (`lit-html`) for template HTML, and the kit sets no inline `style=` attributes
 * (dynamic styles go through the CSSOM, e.g. `styleMap`, which CSP allows).
 */
import type { Plugin } from 'vite';

/** The exact policy of issue #7 ("Security and privacy"). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

/** Paths (without query) that get the header: the page itself under Vite and under the test runner. */
export const CSP_PATHS: readonly string[] = ['/csp.html', '/csp', '/demo/csp.html'];

const pathOf = (url: string | undefined): string => (url ?? '/').split(/[?#]/, 1)[0] ?? '/';

/** Connect-style middleware: sets the header on the CSP page's responses, then passes on. */
export function cspHeaderMiddleware(paths: readonly string[] = CSP_PATHS) {
  return (req: { url?: string }, res: { setHeader(name: string, value: string): unknown }, next: () => void): void => {
    if (paths.includes(pathOf(req.url))) res.setHeader('Content-Security-Policy', STRICT_CSP);
    next();
  };
}

/**
 * Koa-style middleware for @web/test-runner's dev server: the same header on `/demo/csp.html`
 * (set after the static handler so nothing else overwrites it).
 */
export function cspKoaMiddleware(paths: readonly string[] = CSP_PATHS) {
  return async (ctx: { path: string; set(name: string, value: string): void }, next: () => Promise<unknown>): Promise<void> => {
    await next();
    if (paths.includes(ctx.path)) ctx.set('Content-Security-Policy', STRICT_CSP);
  };
}

/** Vite plugin: `npm start` serves `/csp.html` with the strict policy. */
export function iopStrictCsp(): Plugin {
  return {
    name: 'iop-strict-csp',
    configureServer(server) {
      server.middlewares.use(cspHeaderMiddleware());
    },
    configurePreviewServer(server) {
      server.middlewares.use(cspHeaderMiddleware());
    },
  };
}
