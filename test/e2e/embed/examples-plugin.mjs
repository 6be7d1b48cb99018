/**
 * @web/test-runner plugin for the embedding examples (test/e2e/embed), serving two paths the
 * demo server (Vite) serves and the test runner's static server cannot:
 *
 * - `/demo/embed/react/main.tsx`: the React example's entry bundled by esbuild (TSX with the
 *   automatic JSX runtime, React's CommonJS packages turned into one ES module, React in
 *   development mode so its warnings reach the console and fail the test). The test runner
 *   transforms `.ts` only and cannot load React's CommonJS files; Vite does both itself.
 * - `/iop-data.json`: the sample data as the one static file a center without a backend
 *   publishes (the same answer `createStaticDataHandler()` gives under `npm start`).
 *
 * Add it to web-test-runner.config.mjs: `plugins: [embedExamplesPlugin(), esbuildPlugin(…)]`.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { tsImport } from 'tsx/esm/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const REACT_ENTRY_PATH = '/demo/embed/react/main.tsx';
export const STATIC_DATA_PATH = '/iop-data.json';

async function bundleReactExample() {
  const result = await esbuild.build({
    entryPoints: [resolve(root, 'demo/embed/react/main.tsx')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    tsconfig: resolve(root, 'tsconfig.json'),
    // Lit's production build (as the rest of the tests use); React in development mode.
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"development"' },
    sourcemap: 'inline',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

async function staticData() {
  const { toLoader } = await tsImport('../../../demo/server/data.ts', import.meta.url);
  return JSON.stringify(await toLoader(undefined)());
}

export function embedExamplesPlugin() {
  return {
    name: 'iop-embed-examples',
    async serve(context) {
      if (context.path === REACT_ENTRY_PATH) return { body: await bundleReactExample(), type: 'js' };
      if (context.path === STATIC_DATA_PATH) return { body: await staticData(), type: 'json' };
      return undefined;
    },
  };
}
