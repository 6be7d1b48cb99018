// @web/test-runner: every test runs in headless Debian Chromium, TypeScript via esbuild,
// with the reference backend mounted at /api on the same origin (real HTTP, no mocked fetch).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { embedExamplesPlugin } from './test/e2e/embed/examples-plugin.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { tsImport } from 'tsx/esm/api';
import { CHROME_ARGS, findChrome } from './scripts/chrome-path.mjs';

/** Counts passed/failed tests for .ci/run's last line (test-results/totals.json). */
function totalsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const walk = (suite) => {
        for (const t of suite?.tests ?? []) {
          if (t.skipped) continue;
          if (t.passed) passed++;
          else failed++;
        }
        for (const s of suite?.suites ?? []) walk(s);
      };
      for (const s of sessions) {
        walk(s.testResults);
        // A file that failed to load counts as a failure, not as silence.
        if (!s.passed && (s.errors?.length ?? 0) > 0 && !s.testResults?.tests?.length && !s.testResults?.suites?.length) failed++;
      }
      mkdirSync('test-results', { recursive: true });
      writeFileSync('test-results/totals.json', JSON.stringify({ passed, failed }));
    },
  };
}

/** Adapts a connect-style `(req, res, next)` handler to Koa for the paths under `prefix`. */
function mount(prefix, handler) {
  return async (ctx, next) => {
    if (!ctx.path.startsWith(`${prefix}/`) && ctx.path !== prefix) return next();
    ctx.respond = false;
    await new Promise((resolve) => {
      ctx.res.on('finish', resolve);
      ctx.res.on('close', resolve);
      handler(ctx.req, ctx.res, () => {
        ctx.res.statusCode = 404;
        ctx.res.end();
      });
    });
  };
}

/**
 * The reference backend (demo/server) under /api, with a throwaway data dir, plus
 * test-only mounts used by test/core/backend and test/demo/server:
 * /api-fx (test/fixtures/iop-data.json), /api-bad (malformed data next to good), /api-idem-a and /api-idem-b (two servers on
 * one data dir: a restart), /api-trouble (500, HTML, slow, flaky …), /test-static/iop-data.json (the static-file handler).
 */
async function referenceBackendMiddleware() {
  const { createReferenceApi, createStaticDataHandler } = await tsImport('./demo/server/api.ts', import.meta.url);
  const { badData, fixtureData, createTroubleApi } = await tsImport('./test/fixtures/backend-mounts.ts', import.meta.url);
  // Fault-injecting proxy in front of a reference backend on its own temp data dir (test/e2e/faults).
  const { createFaultProxy } = await tsImport('./test/fixtures/fault-proxy.ts', import.meta.url);
  const tmp = () => mkdtempSync(join(tmpdir(), 'iop-kit-test-'));
  const idemDir = tmp();
  return [
    mount('/api', createReferenceApi({ dataDir: tmp(), basePath: '/api', latencyMs: 0, debug: true })),
    mount('/api-fx', createReferenceApi({ dataDir: tmp(), basePath: '/api-fx', dataSource: fixtureData, debug: true })),
    mount('/api-bad', createReferenceApi({ dataDir: tmp(), basePath: '/api-bad', dataSource: badData })),
    mount('/api-idem-a', createReferenceApi({ dataDir: idemDir, basePath: '/api-idem-a', debug: true })),
    mount('/api-idem-b', createReferenceApi({ dataDir: idemDir, basePath: '/api-idem-b', debug: true })),
    mount('/api-trouble', createTroubleApi('/api-trouble')),
    mount('/api-faults', createFaultProxy('/api-faults')),
    mount('/test-static', createStaticDataHandler({ path: '/test-static/iop-data.json', dataSource: fixtureData })),
  ];
}

const executablePath = findChrome();
// The custom elements manifest and the list of stories files, for test/tooling (Storybook docs, every story).
const { storybookFixturesPlugin } = await tsImport('./scripts/cem.ts', import.meta.url);
// The strict Content-Security-Policy header on /demo/csp.html (test/e2e/security/csp.test.ts).
const { cspKoaMiddleware } = await tsImport('./demo/server/csp-plugin.ts', import.meta.url);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production', 'default'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
  plugins: [storybookFixturesPlugin(), embedExamplesPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  middleware: [cspKoaMiddleware(), ...(await referenceBackendMiddleware())],
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: CHROME_ARGS } })],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), totalsReporter()],
};
