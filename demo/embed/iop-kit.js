/*
 * Demo stand-in for the CDN bundle.
 *
 * On a real site this file IS `dist/cdn/iop-kit.js` from the package (copy it next to your
 * pages, e.g. to /vendor/iop-kit/iop-kit.js). The demo server (`npm start`) does not build,
 * so here the same URL hands out the kit's source entry, which Vite compiles on the fly.
 * The pages that load it do not know the difference: one <script type="module"> tag.
 * test/e2e/embed/plain-html.test.ts also runs the same page markup on the built
 * dist/cdn/iop-kit.js when it exists (after `npm run build`).
 */
export * from '../../src/index.ts';
