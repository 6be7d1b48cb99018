/**
 * `npm run bench`: builds the benchmark page (bench/index.html + bench/cases/*.bench.ts)
 * in production mode into a temp dir, serves it on 127.0.0.1, drives it with headless
 * Chromium and prints one row per case.
 *
 *   tsx scripts/bench.ts [--filter <substring>] [--json]
 *
 * Exit status: 0 when every case ran (a case over its budget is printed as OVER but
 * does not fail the run: timings vary by machine, so CI reads the table); 1 on a
 * harness error (build failed, a case threw, the page crashed, no Chromium).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { build } from 'vite';
import { CHROME_ARGS, findChrome } from './chrome-path.mjs';
import { summarize, type Summary } from '../bench/harness/stats.js';
import { formatTable } from '../bench/harness/table.js';
import { serve, type Served } from '../bench/harness/serve.js';
import type { BenchPageApi, CaseInfo, CaseSamples } from '../bench/harness/types.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Options {
  filter?: string;
  json: boolean;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') opts.json = true;
    else if (a === '--filter') opts.filter = argv[++i];
    else if (a.startsWith('--filter=')) opts.filter = a.slice('--filter='.length);
    else throw new Error(`unknown argument ${a} (use --filter <substring> and/or --json)`);
  }
  if (opts.filter === undefined && argv.includes('--filter')) throw new Error('--filter needs a value');
  return opts;
}

/** Production build of the bench page: the same code paths users get (Lit prod build, minified). */
async function buildBenchPage(outDir: string): Promise<void> {
  process.env.NODE_ENV = 'production';
  await build({
    configFile: false,
    root: join(ROOT, 'bench'),
    mode: 'production',
    logLevel: 'warn',
    base: '/',
    build: { outDir, emptyOutDir: true, target: 'es2022', minify: true, sourcemap: false, reportCompressedSize: false },
  });
}

interface Row extends CaseInfo, Summary {
  status: 'ok' | 'OVER' | '-';
  /** anchor median / this median, when the case names an anchor. */
  anchorRatio?: number;
  samples: number[];
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : 1) : '-');

function toRows(results: CaseSamples[]): Row[] {
  const rows = results.map((r): Row => {
    const s = summarize(r.samples);
    const status = r.budgetMs === undefined ? '-' : s.median <= r.budgetMs ? 'ok' : 'OVER';
    return { ...r, ...s, status };
  });
  const byName = new Map(rows.map((r) => [r.name, r]));
  for (const r of rows) {
    const anchor = r.anchor ? byName.get(r.anchor) : undefined;
    if (anchor && r.median > 0) r.anchorRatio = anchor.median / r.median;
  }
  return rows;
}

function printTable(rows: Row[]): void {
  const withAnchor = rows.some((r) => r.anchor);
  const body = rows.map((r) => {
    const cells = [
      r.name,
      ms(r.median),
      ms(r.p75),
      ms(r.min),
      String(r.runs),
      r.budgetMs === undefined ? '-' : `${r.budgetMs} ms`,
      r.status === 'OVER' ? 'OVER ✗' : r.status,
    ];
    if (withAnchor) cells.push(r.anchor ? (r.anchorRatio === undefined ? `${r.anchor}: -` : `${r.anchorRatio.toFixed(1)}× faster than ${r.anchor}`) : '');
    return cells;
  });
  const headers = ['case', 'median ms', 'p75 ms', 'min ms', 'runs', 'budget', 'status', ...(withAnchor ? ['vs anchor (anchor median / kit median)'] : [])];
  console.log(formatTable(headers, body, ['l', 'r', 'r', 'r', 'r', 'r', 'l', 'l']));
  const over = rows.filter((r) => r.status === 'OVER');
  if (over.length) {
    console.log(`\nOVER BUDGET (${over.length}): ${over.map((r) => `${r.name} (median ${ms(r.median)} ms > ${r.budgetMs} ms)`).join('; ')}`);
    console.log('Budgets are reported, not enforced: the run still exits 0.');
  }
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const log = (msg: string) => (opts.json ? process.stderr.write(`${msg}\n`) : console.log(msg));
  const executablePath = findChrome();
  if (!executablePath) throw new Error('no Chromium found: set CHROME_PATH (see scripts/chrome-path.mjs)');

  const outDir = mkdtempSync(join(tmpdir(), 'iop-kit-bench-'));
  let served: Served | undefined;
  let browser: Browser | undefined;
  try {
    log('Building bench page (production)…');
    await buildBenchPage(outDir);
    served = await serve(outDir);
    const origin = served.origin;
    browser = await puppeteer.launch({ executablePath, args: CHROME_ARGS, headless: true, protocolTimeout: 15 * 60_000 });
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e instanceof Error ? e.message : String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    page.on('request', (r) => {
      // The kit makes no third-party requests; neither may a benchmark.
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) pageErrors.push(`unexpected request to ${r.url()}`);
    });
    await page.goto(`${origin}/index.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => 'iopBench' in window, { timeout: 30_000 });

    const cases = await page.evaluate((f) => (window as unknown as { iopBench: BenchPageApi }).iopBench.list(f), opts.filter);
    if (cases.length === 0) throw new Error(opts.filter ? `no case matches "${opts.filter}"` : 'no cases in bench/cases/*.bench.ts');
    log(`Running ${cases.length} case(s) in ${executablePath}…`);

    const results: CaseSamples[] = [];
    for (const c of cases) {
      const started = Date.now();
      const r = await page.evaluate((name) => (window as unknown as { iopBench: BenchPageApi }).iopBench.run(name), c.name);
      if (pageErrors.length) throw new Error(`while running "${c.name}": ${pageErrors.join('; ')}`);
      results.push(r);
      log(`  ${c.name}: ${r.samples.length} runs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    const rows = toRows(results);
    if (opts.json) {
      console.log(JSON.stringify({ browser: await browser.version(), cases: rows }, null, 2));
    } else {
      console.log(`\nBrowser: ${await browser.version()} (headless). Times are of the work only (performance.now() around run()).\n`);
      printTable(rows);
    }
  } finally {
    await browser?.close();
    await served?.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(`bench: harness error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
