// @web/test-runner: every test runs in headless Debian Chromium, TypeScript via esbuild,
// with the reference backend mounted at /api on the same origin (real HTTP, no mocked fetch).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
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

/** The reference backend (demo/server) as Koa middleware under /api, with a throwaway data dir. */
async function referenceBackendMiddleware() {
  const { createReferenceApi } = await tsImport('./demo/server/api.ts', import.meta.url);
  const dataDir = mkdtempSync(join(tmpdir(), 'iop-kit-test-'));
  const api = createReferenceApi({ dataDir, basePath: '/api', latencyMs: 0 });
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/api/') && ctx.path !== '/api') return next();
    ctx.respond = false;
    await new Promise((resolve) => {
      ctx.res.on('finish', resolve);
      ctx.res.on('close', resolve);
      api(ctx.req, ctx.res, () => {
        ctx.res.statusCode = 404;
        ctx.res.end();
      });
    });
  };
}

const executablePath = findChrome();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production', 'default'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  middleware: [await referenceBackendMiddleware()],
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: CHROME_ARGS } })],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), totalsReporter()],
};
