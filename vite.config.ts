/**
 * The demo server only (`npm start`): demo/ as root at http://localhost:5173 (PORT
 * overrides), one page per element, and the reference backend at /api with the
 * static data file at /iop-data.json. Library builds use the Vite JS API elsewhere.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { iopReferenceBackend } from './demo/server/vite-plugin.js';
import { iopStrictCsp } from './demo/server/csp-plugin.js';

const root = resolve(import.meta.dirname, 'demo');
const port = Number(process.env.PORT) || 5173;
const latency = process.env.IOP_LATENCY_MS !== undefined ? Number(process.env.IOP_LATENCY_MS) : 300;

const pages = ['index', 'program-finder', 'schedule-viewer', 'insurance-check', 'intake-questionnaire', 'family-education', 'csp',
  // Embedding guides and themes (README "Embedding guides", "Theming guide").
  'embed/index', 'embed/plain-html', 'embed/wordpress', 'embed/static-site', 'embed/react/index', 'themes/index'];

export default defineConfig({
  root,
  appType: 'mpa',
  // 127.0.0.1 avoids the IPv6-first "localhost" trap; browsers asking for localhost fall back to it.
  server: { host: process.env.HOST ?? '127.0.0.1', port, fs: { allow: [import.meta.dirname] } },
  preview: { host: process.env.HOST ?? '127.0.0.1', port },
  plugins: [iopStrictCsp(), iopReferenceBackend({ dataDir: resolve(import.meta.dirname, 'demo/.data'), latencyMs: Number.isFinite(latency) ? latency : 300 })],
  build: {
    outDir: resolve(import.meta.dirname, 'dist-demo'),
    emptyOutDir: true,
    rollupOptions: { input: Object.fromEntries(pages.map((p) => [p, resolve(root, `${p}.html`)])) },
  },
});
