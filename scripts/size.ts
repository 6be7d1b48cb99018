/**
 * `npm run size`: the size each entry costs a page, the way a center loads it from a CDN —
 * Lit and every other dependency included, minified (oxc, as Vite 8 does), gzip level 9 —
 * against the budgets of DESIGN.md §7. Builds in memory; writes nothing.
 *
 * The budget applies to what a page loads to define and render the element (the entry
 * file, and the chunks it always fetches at start: `STARTUP_MODULES`). Parts fetched only when a person uses them (the iCalendar writer on "Add to
 * calendar", the static-file adapter on sites without an API, …) are listed separately
 * in "on demand", never hidden: their total is printed too.
 *
 *   tsx scripts/size.ts [--json] [--breakdown] [--over-ok a,b]
 *
 * `--breakdown` also lists what each entry is made of (bytes by package or src/ folder,
 * before minification), to see where a budget goes.
 *
 * Exit 1 when any entry is over its budget — except those named in `--over-ok` (entries known
 * to be over and tracked in an issue; CI names them so that every other entry cannot regress).
 * A named entry that is back within budget is pointed out, so the list only shrinks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, buildCdnInMemory, findEntries, type Entry, type InMemoryBundle } from './build.js';
import { formatTable } from '../bench/harness/table.js';

/** DESIGN.md §7, KB (1024 bytes) of gzip. */
export const BUDGET_KB: Record<Entry['kind'], number> = {
  kit: 60, // the whole kit
  element: 30, // any single element's entry (the provider counts as one)
  module: 30, // non-UI bridges (fhir, x12, locator)
};

/**
 * Modules an entry imports dynamically yet loads on every page at start, not on a person's
 * action: they count in its size like static imports. The device storage is opened at once by
 * the intake (its drafts, to restore answers) and by the education element (its progress store,
 * to show what was read). What stays on demand: the in-memory fallback (`memory.ts`, only when
 * IndexedDB cannot be used); the outbox code, fetched with the intake's send views (from page 2
 * on) or at start only when an intake submission is waiting (`outbox.kinds()` tells without it);
 * for education, the encrypted drafts (only when a module with a reflection opens).
 */
const STORAGE = 'src\\/core\\/storage\\/';
export const STARTUP_MODULES: Partial<Record<string, RegExp>> = {
  'iop-kit': new RegExp(`${STORAGE}(index|drafts|progress)\\.ts$`),
  'intake-questionnaire': new RegExp(`${STORAGE}(index|drafts)\\.ts$`),
  'family-education': new RegExp(`${STORAGE}(index|progress)\\.ts$`),
};

/**
 * The intake's first view depends on where its form comes from: what each source fetches,
 * before the first question shows, beyond the entry (each file compressed on its own; the
 * screeners a form places come on top, 1–2 KB each). Printed under the table, so that the
 * entry's figure is never read as the whole cost of every configuration.
 */
export const INTAKE_FORM_SOURCES: { source: string; modules: RegExp }[] = [
  { source: 'built-in form (both languages) + its 4 screeners', modules: /core\/intake\/default-form\.ts$|instruments\/(phq9|gad7|audit-c|dast10)\.ts$/ },
  { source: 'form-id (the HTTP adapter, the form schema and checks)', modules: /intake-questionnaire\/given-form\.ts$|core\/backend\/http\.ts$/ },
  { source: '.form property (the form schema and checks)', modules: /intake-questionnaire\/given-form\.ts$/ },
  { source: 'FHIR Questionnaire (the importer, schema and checks)', modules: /intake-questionnaire\/(given-form|load-questionnaire)\.ts$/ },
];

/** Gzip bytes of the on-demand chunks holding `modules`, with the chunks they import (never counting one twice or the entry's own). */
function fetchedFor(lazy: InMemoryBundle['lazy'], modules: RegExp): number {
  const byName = new Map(lazy.map((c) => [c.fileName, c]));
  const taken = new Set<string>();
  const take = (name: string): void => {
    const c = byName.get(name);
    if (!c || taken.has(name)) return;
    taken.add(name);
    c.imports.forEach(take);
  };
  for (const c of lazy) if (Object.keys(c.modules).some((id) => modules.test(id.replace(/\\/g, '/')))) take(c.fileName);
  return [...taken].reduce((n, name) => n + gzipSync(Buffer.from(byName.get(name)!.code, 'utf8'), { level: 9 }).length, 0);
}

/**
 * The libraries DESIGN.md §7 compares the kit with, built by the same pipeline (Vite 8, oxc
 * minify, gzip -9, every dependency bundled): the entry modules in `scripts/size-anchors/`.
 * `css`: stylesheets a page must also load (SurveyJS ships one; FullCalendar 6 injects its own).
 */
const ANCHORS: { name: string; file: string; compare: string; css?: string }[] = [
  { name: 'SurveyJS 2 (survey-core + survey-js-ui)', file: 'scripts/size-anchors/surveyjs.ts', compare: 'intake-questionnaire', css: 'node_modules/survey-core/survey-core.min.css' },
  { name: 'FullCalendar 6 (core + timegrid + list)', file: 'scripts/size-anchors/fullcalendar.ts', compare: 'schedule-viewer' },
];

interface SizeRow {
  entry: string;
  kind: Entry['kind'];
  minBytes: number;
  gzipBytes: number;
  /** Gzip bytes of the chunks loaded on demand, each compressed on its own. */
  lazyGzipBytes: number;
  budgetKb: number;
  over: boolean;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** `lit-html`, `zod`, `src/core/schemas`, `src/components/provider`, … */
function groupOf(id: string): string {
  if (id.startsWith('\0')) return `(bundler helpers)`;
  const pkg = /.*node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id);
  if (pkg) return pkg[1];
  const src = /[\\/](src[\\/](?:[^\\/]+[\\/])?[^\\/]+)[\\/][^\\/]+$/.exec(id) ?? /[\\/](src)[\\/][^\\/]+$/.exec(id);
  return src ? src[1].replace(/\\/g, '/') : id;
}

function formatBreakdown(name: string, modules: Record<string, number>): string {
  const groups = new Map<string, number>();
  for (const [id, bytes] of Object.entries(modules)) groups.set(groupOf(id), (groups.get(groupOf(id)) ?? 0) + bytes);
  const total = [...groups.values()].reduce((a, b) => a + b, 0);
  const rows = [...groups].sort((a, b) => b[1] - a[1]).map(([g, b]) => [g, kb(b), `${((100 * b) / total).toFixed(0)} %`]);
  return `${name} (bundled code by part, before minification):\n${formatTable(['part', 'KB', 'share'], rows, ['l', 'r', 'r'])}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const breakdown = args.includes('--breakdown');
  const okAt = args.indexOf('--over-ok');
  const overOk = new Set(okAt >= 0 ? (args[okAt + 1] ?? '').split(',').filter(Boolean) : []);
  const unknown = args.filter((a, i) => a !== '--json' && a !== '--breakdown' && !(okAt >= 0 && (i === okAt || i === okAt + 1)));
  if (unknown.length) throw new Error(`unknown argument(s): ${unknown.join(' ')} (use --json, --breakdown, --over-ok a,b)`);

  const rows: SizeRow[] = [];
  const parts: string[] = [];
  let sources: { source: string; extra: number; total: number }[] = [];
  for (const entry of findEntries()) {
    const bundle = await buildCdnInMemory(entry, STARTUP_MODULES[entry.name]);
    // Schemas run on src/core/schemas/lite.ts; zod itself is for JSON Schema and tests only.
    const zodModules = [...Object.keys(bundle.modules), ...bundle.lazy.flatMap((c) => Object.keys(c.modules))].filter((id) => /node_modules[\\/]zod[\\/]/.test(id));
    if (zodModules.length) throw new Error(`${entry.name} bundles zod's runtime (${zodModules[0]}): import the schemas' z from src/core/schemas/zod.ts, never 'zod/mini'`);
    // One file per entry: a chunk the entry imports statically is one more round trip before anything runs (Rolldown's tiny runtime helper aside).
    const extraFiles = bundle.staticChunks.filter((n) => !/rolldown-runtime/.test(n));
    if (extraFiles.length) throw new Error(`${entry.name}'s CDN file imports ${extraFiles.join(', ')} at start: keep its static imports in the entry file (see cdnConfig in scripts/build.ts)`);
    if (breakdown) parts.push(formatBreakdown(entry.name, bundle.modules));
    const code = Buffer.from(bundle.code, 'utf8');
    const gzipBytes = gzipSync(code, { level: 9 }).length;
    const lazyGzipBytes = bundle.lazy.reduce((n, c) => n + gzipSync(Buffer.from(c.code, 'utf8'), { level: 9 }).length, 0);
    if (breakdown) for (const c of bundle.lazy) parts.push(formatBreakdown(`${entry.name} → on demand: ${c.fileName}`, c.modules));
    const budgetKb = BUDGET_KB[entry.kind];
    rows.push({ entry: entry.name, kind: entry.kind, minBytes: code.length, gzipBytes, lazyGzipBytes, budgetKb, over: gzipBytes > budgetKb * 1024 });
    if (entry.name === 'intake-questionnaire') sources = INTAKE_FORM_SOURCES.map(({ source, modules }) => ({ source, extra: fetchedFor(bundle.lazy, modules), total: gzipBytes + fetchedFor(bundle.lazy, modules) }));
  }

  if (!json) {
    const body = rows.map((r) => [
      r.entry,
      kb(r.minBytes),
      kb(r.gzipBytes),
      r.lazyGzipBytes ? kb(r.lazyGzipBytes) : '-',
      String(r.budgetKb),
      r.over ? 'OVER ✗' : 'ok',
    ]);
    console.log('Each entry with Lit and every dependency bundled, minified, gzip -9 (KB = 1024 bytes).');
    console.log('"gzip KB" is what a page loads for the element (the budget); "on demand gzip KB" is loaded only when used.\n');
    console.log(formatTable(['entry', 'min KB', 'gzip KB', 'on demand gzip KB', 'budget KB', 'status'], body, ['l', 'r', 'r', 'r', 'r', 'l']));
    if (sources.length) {
      console.log('\nThe intake before its first question, by where the form comes from (entry + what that source fetches):\n');
      console.log(formatTable(['form source', 'fetched besides the entry, gzip KB', 'in all, gzip KB'], sources.map((r) => [r.source, kb(r.extra), kb(r.total)]), ['l', 'r', 'r']));
    }
  }
  if (breakdown) (json ? console.error : console.log)(`\n${parts.join('\n\n')}`);

  const anchors = [];
  for (const a of ANCHORS) {
    const bundle = await buildCdnInMemory({ name: a.name.split(' ')[0]!.toLowerCase(), file: join(ROOT, a.file), kind: 'module' });
    const all = [bundle.code, ...bundle.lazy.map((c) => c.code)].join('\n');
    const css = a.css ? gzipSync(readFileSync(join(ROOT, a.css)), { level: 9 }).length : 0;
    const kit = rows.find((r) => r.entry === a.compare)!;
    anchors.push({ anchor: a.name, minBytes: Buffer.byteLength(all), gzipBytes: gzipSync(Buffer.from(all, 'utf8'), { level: 9 }).length, cssGzipBytes: css, compare: a.compare, kitGzipBytes: kit.gzipBytes });
  }
  if (json) {
    console.log(JSON.stringify({ unit: 'bytes; budgets in KB of 1024 bytes, gzip level 9', entries: rows, intakeFormSources: sources, anchors }, null, 2));
  } else {
    console.log('\nThe libraries DESIGN.md §7 compares with, built the same way (JavaScript; CSS apart):\n');
    console.log(
      formatTable(
        ['library', 'min KB', 'gzip KB', 'CSS gzip KB', 'kit element', 'its gzip KB', 'library / element'],
        anchors.map((a) => [a.anchor, kb(a.minBytes), kb(a.gzipBytes), a.cssGzipBytes ? kb(a.cssGzipBytes) : '-', a.compare, kb(a.kitGzipBytes), `${((a.gzipBytes + a.cssGzipBytes) / a.kitGzipBytes).toFixed(1)}×`]),
        ['l', 'r', 'r', 'r', 'l', 'r', 'r'],
      ),
    );
  }

  const names = new Set(rows.map((r) => r.entry));
  const strange = [...overOk].filter((n) => !names.has(n));
  if (strange.length) throw new Error(`--over-ok names no entry: ${strange.join(', ')}`);
  const describe = (r: SizeRow) => `${r.entry} is ${kb(r.gzipBytes)} KB gzip, budget ${r.budgetKb} KB (+${kb(r.gzipBytes - r.budgetKb * 1024)} KB)`;
  const known = rows.filter((r) => r.over && overOk.has(r.entry));
  if (known.length) console.error(`\nOver budget, known and tracked: ${known.map(describe).join('; ')}`);
  const back = rows.filter((r) => !r.over && overOk.has(r.entry));
  if (back.length) console.error(`\nWithin budget now, drop from --over-ok: ${back.map((r) => r.entry).join(', ')}`);
  const over = rows.filter((r) => r.over && !overOk.has(r.entry));
  if (over.length) {
    console.error(`\nSIZE BUDGET EXCEEDED: ${over.map(describe).join('; ')}`);
    process.exit(1);
  }
}

main().catch((e: unknown) => {
  console.error(`size: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
