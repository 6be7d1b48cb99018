/**
 * Vite settings for Storybook only. TypeScript (with the legacy `experimentalDecorators`
 * and `useDefineForClassFields: false` Lit needs) is compiled by Vite's oxc transform
 * from tsconfig.json, which includes stories/ and src/.
 *
 * In `npm run storybook` the reference backend (demo/server) answers at /api, so a story
 * may try `api-base="/api"` while developing; stories that must also work in the static
 * build use an in-memory backend (`.backend = …`) instead.
 *
 * `virtual:iop-custom-elements-manifest` (scripts/cem.ts) is custom-elements.json, analysed
 * from the elements' JSDoc when Storybook starts or builds, so the Docs pages and controls
 * need no `npm run build` first; in dev, editing an element's JSDoc reloads it.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { iopReferenceBackend } from '../demo/server/vite-plugin.js';
import { customElementsManifestVitePlugin } from '../scripts/cem.js';

export default defineConfig({
  plugins: [customElementsManifestVitePlugin(), iopReferenceBackend({ dataDir: resolve(import.meta.dirname, '../demo/.data'), latencyMs: 300 })],
  // Storybook's own manager/iframe chunk is ~900 KB; that is Storybook, not the kit.
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
});
