/**
 * The custom elements manifest (custom-elements.json), made on demand from the elements'
 * JSDoc by @custom-elements-manifest/analyzer with the repo's
 * custom-elements-manifest.config.mjs — the same analysis `npm run build` writes to the
 * package root. Three users, none of which needs `npm run build` first:
 *
 *   tsx scripts/cem.ts                  write custom-elements.json at the repo root
 *   .storybook/vite.config.ts           customElementsManifestVitePlugin(): Storybook's
 *                                       docs tables and controls (`npm run storybook`,
 *                                       `npm run build-storybook`)
 *   web-test-runner.config.mjs          storybookFixturesPlugin(): serves the manifest and
 *                                       the list of stories files to the browser tests in
 *                                       test/tooling (the browser cannot run the analyzer
 *                                       nor list a folder)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, ViteDevServer } from 'vite';
import { FIXTURE_PATHS } from './cem-paths.js';
import { manifestForDocs } from '../.storybook/docs-manifest.js';

export { FIXTURE_PATHS };

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where on-demand runs write (the analyzer joins `--outdir` to the cwd; git ignores node_modules). */
const CACHE_DIR = 'node_modules/.cache/iop-kit/cem';

/** Runs the analyzer with the repo's config; writes `<outdir>/custom-elements.json` and returns it parsed. */
export function analyzeCustomElements(outdir = CACHE_DIR, root = ROOT): CustomElementsManifest {
  const cli = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
  const r = spawnSync(process.execPath, [cli, 'analyze', '--quiet', '--outdir', outdir], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cem analyze failed (exit ${r.status ?? r.signal}):\n${r.stderr || r.stdout}`);
  return JSON.parse(readFileSync(join(root, outdir, 'custom-elements.json'), 'utf8')) as CustomElementsManifest;
}

/** The parts of the schema this repo reads. */
export interface CustomElementsManifest {
  schemaVersion: string;
  modules: { path: string; declarations?: { kind: string; name: string; tagName?: string; customElement?: boolean }[] }[];
}

/**
 * What each element's Docs table shows: @storybook/web-components' own `extractArgTypes`
 * and `extractComponentDescription` over the manifest as .storybook/preview.ts gives it
 * (manifestForDocs). Run in a child Node process because Storybook's browser modules
 * expect a `window` global, which the test runner's process must not get.
 */
export function storybookDocsTables(manifest: CustomElementsManifest, root = ROOT): Record<string, DocsTable> {
  const script = `
    globalThis.window ??= globalThis;
    const { setCustomElementsManifest } = await import('@storybook/web-components');
    const { parameters } = await import('@storybook/web-components/entry-preview-argtypes');
    const manifest = JSON.parse(await new Response(process.stdin).text());
    setCustomElementsManifest(manifest);
    const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : [])));
    const out = Object.fromEntries(tags.map((tag) => [tag, {
      description: parameters.docs.extractComponentDescription(tag) ?? null,
      rows: parameters.docs.extractArgTypes(tag) ?? {},
    }]));
    process.stdout.write(JSON.stringify(out));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    input: JSON.stringify(manifestForDocs(manifest)),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`Storybook's argTypes extraction failed (exit ${r.status ?? r.signal}):\n${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, DocsTable>;
}

/** One element's Docs page: its description and its table rows (Storybook argTypes), by row name. */
export interface DocsTable {
  description: string | null;
  rows: Record<string, { name: string; description?: string; table?: { category?: string; type?: { summary?: string }; disable?: boolean } }>;
}

/** Stories files (`stories/*.stories.ts`), as URL paths from the repo root, sorted. */
export function storiesFiles(root = ROOT): string[] {
  return readdirSync(join(root, 'stories'))
    .filter((f) => f.endsWith('.stories.ts'))
    .sort()
    .map((f) => `/stories/${f}`);
}

export const VIRTUAL_MANIFEST = 'virtual:iop-custom-elements-manifest';
const RESOLVED = `\0${VIRTUAL_MANIFEST}`;

/**
 * Vite plugin: `import manifest from 'virtual:iop-custom-elements-manifest'` is the manifest,
 * analysed when first imported. In the dev server an edit under src/components or
 * src/define re-analyses and reloads the preview when the manifest changed.
 */
export function customElementsManifestVitePlugin(root = ROOT): Plugin {
  let json: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watched = [join(root, 'src/components') + sep, join(root, 'src/define') + sep];
  const reanalyse = (server: ViteDevServer) => {
    let next: string;
    try {
      next = JSON.stringify(analyzeCustomElements(CACHE_DIR, root));
    } catch (e) {
      server.config.logger.warn(`[iop-cem] ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    if (next === json) return;
    json = next;
    const mod = server.moduleGraph.getModuleById(RESOLVED);
    if (mod) server.moduleGraph.invalidateModule(mod);
    server.ws.send({ type: 'full-reload' });
  };
  return {
    name: 'iop-custom-elements-manifest',
    resolveId: (id) => (id === VIRTUAL_MANIFEST ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      json ??= JSON.stringify(analyzeCustomElements(CACHE_DIR, root));
      return `export default ${json};`;
    },
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (!file.endsWith('.ts') || !watched.some((dir) => file.startsWith(dir))) return;
        clearTimeout(timer);
        timer = setTimeout(() => reanalyse(server), 300);
      });
    },
  };
}


/**
 * web-test-runner plugin: `GET /__iop/custom-elements.json` (analysed once per run) and
 * `GET /__iop/docs-tables.json` (storybookDocsTables) and `GET /__iop/stories.json` (the
 * stories files, read per request so a new file is picked up).
 */
export function storybookFixturesPlugin(root = ROOT) {
  let manifest: string | undefined;
  let docs: string | undefined;
  return {
    name: 'iop-storybook-fixtures',
    serve(context: { path: string }): { body: string; type: string } | undefined {
      if (context.path === FIXTURE_PATHS.manifest) {
        manifest ??= JSON.stringify(analyzeCustomElements(CACHE_DIR, root));
        return { body: manifest, type: 'json' };
      }
      if (context.path === FIXTURE_PATHS.docs) {
        manifest ??= JSON.stringify(analyzeCustomElements(CACHE_DIR, root));
        docs ??= JSON.stringify(storybookDocsTables(JSON.parse(manifest) as CustomElementsManifest, root));
        return { body: docs, type: 'json' };
      }
      if (context.path === FIXTURE_PATHS.stories) return { body: JSON.stringify(storiesFiles(root)), type: 'json' };
      return undefined;
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const manifest = analyzeCustomElements('.');
    const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : [])));
    console.log(`${relative(process.cwd(), join(ROOT, 'custom-elements.json')) || 'custom-elements.json'}: ${tags.sort().join(', ')}`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
