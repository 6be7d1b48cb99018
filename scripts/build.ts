/**
 * `npm run build`: everything the npm package ships, into dist/ (+ custom-elements.json).
 *
 *   dist/iop-kit.js, dist/<element>.js, dist/<module>.js   npm build: ESM, one file per entry,
 *                                                           lit external,
 *                                                           shared code in dist/chunks/
 *   dist/cdn/iop-kit.js, dist/cdn/<element>.js, …          CDN build: one self-contained,
 *                                                           minified file per entry
 *   dist/types/                                            .d.ts (tsc -p tsconfig.build.json)
 *   custom-elements.json                                   @custom-elements-manifest/analyzer
 *
 * Entries are discovered, not listed: src/index.ts (the whole kit), every
 * src/define/<element>.ts, and the non-UI bridges src/fhir.ts, src/x12.ts, src/locator.ts
 * when they exist. A new element needs no change here.
 *
 * Production mode throughout: NODE_ENV=production and Vite's `production` export
 * condition, so Lit resolves to its production build (no dev-mode warnings).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type InlineConfig, type Plugin, type Rolldown } from 'vite';
import { cdnProblems } from '../bench/harness/cdn-check.js';
import { cdnSmokeTest } from '../bench/harness/cdn-smoke.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');

/** Entries that are not one element (DESIGN.md §9, and the autoloader), built when their file exists. */
export const NON_UI_ENTRIES = ['backend', 'fhir', 'x12', 'locator', 'autoloader'] as const;

export interface Entry {
  /** Output name: `iop-kit`, `provider`, `program-finder`, `fhir`, … */
  name: string;
  /** Absolute path of the source module. */
  file: string;
  kind: 'kit' | 'element' | 'module';
}

/** The whole kit, each element's defining file, and the non-UI entries that exist. */
export function findEntries(root = ROOT): Entry[] {
  const entries: Entry[] = [{ name: 'iop-kit', file: join(root, 'src/index.ts'), kind: 'kit' }];
  const defineDir = join(root, 'src/define');
  if (existsSync(defineDir)) {
    for (const f of readdirSync(defineDir).sort()) {
      if (!f.endsWith('.ts') || f.endsWith('.d.ts') || f.endsWith('.test.ts')) continue;
      entries.push({ name: basename(f, '.ts'), file: join(defineDir, f), kind: 'element' });
    }
  }
  for (const name of NON_UI_ENTRIES) {
    const file = join(root, `src/${name}.ts`);
    if (existsSync(file)) entries.push({ name, file, kind: 'module' });
  }
  if (!existsSync(entries[0].file)) throw new Error('src/index.ts is missing');
  const names = entries.map((e) => e.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw new Error(`two entries would both be written to dist/${dup}.js`);
  return entries;
}

/** Packages the npm build leaves to the consumer's bundler (so one copy of Lit serves every library). */
export const EXTERNAL = /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|zod|idb)(\/.*)?$/;

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

/**
 * License notices of the packages bundled into a CDN file (BSD-3-Clause and MIT ask for
 * the copyright notice to travel with redistributed copies), read from node_modules.
 */
export function licenseBanner(moduleIds: readonly string[]): string {
  const own = readJson(join(ROOT, 'package.json'));
  const names = new Set<string>();
  for (const id of moduleIds) {
    const m = /.*node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id);
    if (m) names.add(m[1].replace(/\\/g, '/'));
  }
  const notices = [...names].sort().map((name) => {
    const dir = join(ROOT, 'node_modules', name);
    const pkg = readJson(join(dir, 'package.json'));
    const licenseFile = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
    const copyright = licenseFile ? /^.*copyright.*$/im.exec(readFileSync(join(dir, licenseFile), 'utf8'))?.[0].trim() : undefined;
    return ` * ${name} ${String(pkg.version)} (${String(pkg.license)})${copyright ? ` ${copyright}` : ''}`;
  });
  return `/*! ${String(own.name)} ${String(own.version)} (${String(own.license)})${notices.length ? ` | bundles:\n${notices.join('\n')}\n` : ' '}*/`;
}

const PRODUCTION_DEFINE = { 'process.env.NODE_ENV': JSON.stringify('production') };

/**
 * `backend/create.ts` imports the adapters lazily (the intake's HTTP adapter, the static-file
 * adapter, a custom adapter's wrapper); a bundle that also imports one eagerly (the elements
 * that read at start, `iop-kit/backend`) simply finds it loaded. Rolldown's note about those
 * imports is expected, not a problem; every other log passes.
 */
const onLog = (level: 'info' | 'debug' | 'warn', log: { code?: string; message: string }, handler: (level: 'info' | 'debug' | 'warn', log: { code?: string; message: string }) => void): void => {
  if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && /is dynamically imported by [^ ]*backend[\\/]create\.ts but/.test(log.message)) return;
  handler(level, log);
};

/** Settings every build shares: no vite.config.ts (that one is the demo's), production, ES2022. */
function baseConfig(): InlineConfig {
  process.env.NODE_ENV = 'production';
  return {
    configFile: false,
    root: ROOT,
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    // Vite's default conditions include `production` in this mode: Lit's production build.
    resolve: { conditions: ['module', 'browser', 'production'] },
  };
}

/** The npm build: every entry in one pass so shared code is emitted once, in dist/chunks/. */
export async function buildNpm(entries: Entry[], outDir = DIST): Promise<void> {
  await build({
    ...baseConfig(),
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      // Not minified: the consumer's bundler minifies the whole app; readable output keeps
      // stack traces and debugging in an app useful. Sourcemaps point back to src/.
      minify: false,
      sourcemap: true,
      reportCompressedSize: false,
      copyPublicDir: false,
      lib: {
        entry: Object.fromEntries(entries.map((e) => [e.name, e.file])),
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: {
        onLog,
        external: (id: string) => EXTERNAL.test(id),
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  });
}

/**
 * Template whitespace: minifiers keep template literals as written, so the indentation of
 * every Lit `html` and `css` template would ship. In the static parts of those templates a
 * newline with its indentation becomes one space (HTML and CSS collapse whitespace the same
 * way; the kit has no `<pre>` and no text inside `<textarea>`), and CSS comments go.
 * Expressions (`${…}`) are left alone.
 */
function minifyTemplateWhitespace(): Plugin {
  type Node = { type?: string; start: number; end: number; [k: string]: unknown };
  const TAGS = new Set(['html', 'css', 'svg']);
  return {
    name: 'iop-kit:minify-template-whitespace',
    enforce: 'post',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(html|css|svg)`/.test(code)) return null;
      const ast = this.parse(code) as unknown as Node;
      const edits: { start: number; end: number; text: string }[] = [];
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(visit);
        const n = node as Node;
        if (n.type === 'TaggedTemplateExpression') {
          const tag = n['tag'] as Node & { name?: string };
          if (tag.type === 'Identifier' && TAGS.has(tag.name ?? '')) {
            const isCss = tag.name === 'css';
            for (const q of (n['quasi'] as { quasis: (Node & { value: { raw: string } })[] }).quasis) {
              const raw = q.value.raw;
              const at = code.indexOf(raw, q.start);
              if (at < 0 || at + raw.length > q.end + 2) continue;
              let text = isCss ? raw.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/ ?([{};]) ?/g, '$1') : raw.replace(/\s*\n\s*/g, ' ');
              if (text !== raw) edits.push({ start: at, end: at + raw.length, text });
            }
          }
        }
        for (const [k, v] of Object.entries(n)) if (k !== 'tag' && v && typeof v === 'object') visit(v);
      };
      visit(ast);
      if (!edits.length) return null;
      let out = code;
      for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
      return { code: out, map: null };
    },
  };
}

/**
 * Vite wraps every dynamic `import()` in a helper that preloads the chunk's CSS and
 * dependencies (~1 KB gzip per entry). The kit has no CSS files and `modulePreload` is
 * off, so the list is always empty: the helper is replaced by a plain call.
 */
function noPreloadHelper(): Plugin {
  const id = '\0vite/preload-helper.js';
  return {
    name: 'iop-kit:no-preload-helper',
    enforce: 'pre',
    load(source) {
      return source === id ? 'export const __vitePreload = (load) => load();' : undefined;
    },
  };
}

/**
 * The CDN build of one entry: every dependency bundled, minified, one file, no imports
 * left, so `<script type="module" src=".../cdn/iop-kit.js">` works with no bundler
 * and no import map. With `write: false` nothing touches the disk (used by `npm run size`).
 */
export function cdnConfig(entry: Entry, { outDir = join(DIST, 'cdn'), write = true } = {}): InlineConfig {
  return {
    ...baseConfig(),
    plugins: [noPreloadHelper(), minifyTemplateWhitespace()],
    // Libraries that read process.env.NODE_ENV must see a constant: browsers have no `process`.
    define: PRODUCTION_DEFINE,
    build: {
      outDir,
      emptyOutDir: false,
      write,
      target: 'es2022',
      minify: 'oxc',
      sourcemap: false,
      modulePreload: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      rolldownOptions: {
        onLog,
        input: { [entry.name]: entry.file },
        // Keep the entry's exports (IopProvider, createBackend, …) for `import { … } from '…/cdn/iop-kit.js'`.
        preserveEntrySignatures: 'allow-extension',
        // Parts loaded on demand (the static-file adapter, the iCalendar writer, …) become files in
        // cdn/chunks/ next to the entry, fetched only when used; everything else is in the entry file.
        output: {
          // The entry and everything it imports statically in one file (the group takes the entry's
          // dependencies with it): otherwise Rolldown moves modules that a lazy chunk also needs into
          // shared chunks, and a page waits one more round trip for them before anything runs.
          // Likewise, what the intake fetches for a form it did not write (the schema, its checks,
          // the HTTP adapter: see given-form.ts) is one file, not four.
          codeSplitting: {
            groups: [
              { name: entry.name, test: (id: string) => id === entry.file, priority: 2 },
              { name: 'intake-form', test: /intake-questionnaire[\\/]given-form\.ts$|core[\\/]backend[\\/]http\.ts$/, priority: 1 },
            ],
          },
          format: 'es',
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          postBanner: (chunk) => licenseBanner(chunk.moduleIds),
        },
      },
    },
  };
}

/** The `iop-kit` command line for Node (bin/iop-kit.mjs runs it): one file with its dependencies. */
export async function buildCli(outDir = DIST): Promise<void> {
  await build({
    ...baseConfig(),
    resolve: { conditions: ['module', 'node', 'production'] },
    build: {
      ssr: join(ROOT, 'scripts/cli/node.ts'),
      outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      rolldownOptions: { output: { entryFileNames: 'cli.js', format: 'es' } },
    },
    ssr: { noExternal: true, target: 'node' },
  });
}

export interface InMemoryBundle {
  /** What a page loads to define the element: the entry file, any chunk it imports statically, and the startup chunks. */
  code: string;
  /** Rendered (minified) length of each module in `code`, by module id. */
  modules: Record<string, number>;
  /** Chunks loaded only on demand (dynamic `import()`), by file name. */
  /** Chunk files the entry file imports statically (fetched before it runs). */
  staticChunks: string[];
  /** The on-demand chunks, with the chunks each imports statically (fetched with it). */
  lazy: { fileName: string; code: string; modules: Record<string, number>; imports: string[] }[];
}

/**
 * Builds one CDN bundle in memory: the code a page loads up front, and the on-demand chunks.
 * `startup` names modules that the element imports dynamically but on every page, at start
 * (not on a person's action) — the device storage an intake opens to restore a draft: the
 * chunks holding them count as loaded up front.
 */
export async function buildCdnInMemory(entry: Entry, startup?: RegExp): Promise<InMemoryBundle> {
  const result = await build(cdnConfig(entry, { write: false }));
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((o) => o.output).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const main = chunks.find((c) => c.isEntry);
  if (!main) throw new Error(`${entry.name}: no entry chunk`);
  // The entry and, transitively, every chunk it imports statically.
  const initial = new Set<string>();
  const visit = (name: string) => {
    if (initial.has(name)) return;
    initial.add(name);
    for (const dep of byName.get(name)?.imports ?? []) visit(dep);
  };
  visit(main.fileName);
  if (startup) for (const c of chunks) if (Object.keys(c.modules).some((id) => startup.test(id.replace(/\\/g, '/')))) visit(c.fileName);
  const sizes = (c: Rolldown.OutputChunk) => Object.fromEntries(Object.entries(c.modules).map(([id, m]) => [id, m.renderedLength]));
  const first = [...initial].map((n) => byName.get(n)!);
  return {
    staticChunks: main.imports,
    code: first.map((c) => c.code).join('\n'),
    modules: Object.assign({}, ...first.map(sizes)),
    lazy: chunks.filter((c) => !initial.has(c.fileName)).map((c) => ({ fileName: c.fileName, code: c.code, modules: sizes(c), imports: c.imports })),
  };
}

function run(cmd: string, args: string[]): void {
  const r = spawnSync(join(ROOT, 'node_modules/.bin', cmd), args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

/** Every file under `dir`, relative to it. */
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p).map((x) => join(f, x)) : [f];
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const started = Date.now();
  const entries = findEntries();
  console.log(`Entries: ${entries.map((e) => `${e.name} (${relative(ROOT, e.file)})`).join(', ')}`);
  rmSync(DIST, { recursive: true, force: true });

  console.log('npm build → dist/ …');
  await buildNpm(entries);

  console.log('CLI → dist/cli.js …');
  await buildCli();

  console.log('CDN build → dist/cdn/ …');
  const failures: string[] = [];
  for (const entry of entries) {
    await build(cdnConfig(entry));
    const code = readFileSync(join(DIST, 'cdn', `${entry.name}.js`), 'utf8');
    for (const p of cdnProblems(code)) failures.push(`dist/cdn/${entry.name}.js: ${p}`);
  }
  const chunkDir = join(DIST, 'cdn', 'chunks');
  if (existsSync(chunkDir)) {
    for (const f of readdirSync(chunkDir)) for (const p of cdnProblems(readFileSync(join(chunkDir, f), 'utf8'))) failures.push(`dist/cdn/chunks/${f}: ${p}`);
  }

  const smoke = await cdnSmokeTest(join(DIST, 'cdn'), entries.map((e) => `${e.name}.js`));
  if (smoke.skipped) console.log(`  (browser smoke test skipped: ${smoke.skipped})`);
  else failures.push(...smoke.problems.map((p) => `dist/cdn: ${p}`));

  console.log('Type declarations → dist/types/ …');
  run('tsc', ['-p', 'tsconfig.build.json']);

  console.log('Custom elements manifest → custom-elements.json …');
  run('cem', ['analyze', '--litelement', '--quiet']);

  if (failures.length) {
    console.error(`\nBuild FAILED: the CDN bundles must load with no bundler, no import map and no eval:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }

  const files = walk(DIST).filter((f) => f.endsWith('.js') && !f.startsWith('types'));
  const lines = files.sort().map((f) => {
    const buf = readFileSync(join(DIST, f));
    return `  dist/${f.padEnd(32)} ${kb(buf.length).padStart(9)}  gzip ${kb(gzipSync(buf, { level: 9 }).length).padStart(8)}`;
  });
  console.log(`\n${lines.join('\n')}\n  dist/types/ (${walk(join(DIST, 'types')).filter((f) => f.endsWith('.d.ts')).length} .d.ts)  custom-elements.json`);
  console.log(`\nBuilt in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(`build: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  });
}
