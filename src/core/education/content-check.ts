/**
 * The authoring check behind `npm run check-content`: validates education modules and
 * reports, per module and per block, what a center's content team should fix (errors)
 * or look at again (warnings). Runs in Node (the CLI) and in the browser (tests, a
 * future authoring preview): no Node APIs here.
 */
import { Block, EducationModuleSummary, type EducationModule } from '../schemas/education.js';
import { parse, type FieldIssue } from '../schemas/parse.js';
import { inspectInline } from './inline.js';
import { readability, readingMinutes, type Readability, type ReadabilityLocale } from './readability.js';
import { words } from './syllables.js';
import { blockText, moduleText } from './text.js';

export type Severity = 'error' | 'warning';

export type IssueCode =
  | 'input-shape'
  | 'schema'
  | 'duplicate-module-id'
  | 'duplicate-block-id'
  | 'alt-placeholder'
  | 'captions-not-vtt'
  | 'link-not-allowed'
  | 'link-not-https'
  | 'media-not-https'
  | 'literal-markup'
  | 'crisis-without-988'
  | 'module-grade'
  | 'paragraph-grade'
  | 'reading-time'
  | 'translation-missing'
  | 'translation-locale'
  | 'translation-not-reciprocal';

export interface ContentIssue {
  severity: Severity;
  code: IssueCode;
  /** Where, inside the module: `blocks[3].alt`; empty for the module itself. */
  path: string;
  message: string;
}

export interface ModuleReport {
  /** The file it came from, when known. */
  source?: string;
  /** Its position in that source's list of modules. */
  index: number;
  id?: string;
  locale?: ReadabilityLocale;
  title?: string;
  /** Of the valid blocks' visible text (see text.ts). */
  readability?: Readability;
  /** Estimated minutes (see {@link estimateModuleMinutes}). */
  estimatedMinutes?: number;
  declaredMinutes?: number;
  issues: ContentIssue[];
}

export interface ContentReport {
  modules: ModuleReport[];
  /** Problems with a whole source (not a module, a list of modules or `{ educationModules }`). */
  sourceIssues: { source?: string; issue: ContentIssue }[];
  errors: number;
  warnings: number;
}

export interface CheckOptions {
  /** Highest acceptable US grade level (default 8: health education aims at 6–8). */
  maxGrade?: number;
  /** Paragraphs with at least this many words get their own grade (default 40). */
  longParagraphWords?: number;
}

export interface ContentSource {
  name?: string;
  data: unknown;
}

/**
 * Allowances for what is not read word by word, in minutes: looking at an image, a video
 * (its length is unknown to the check; educational clips are typically 1–3 minutes),
 * answering a knowledge check, thinking about a reflection prompt.
 */
export const MINUTES_PER_BLOCK = { image: 0.25, video: 2, check: 1, reflection: 2 } as const;

/** Reading time of the text at {@link WORDS_PER_MINUTE} plus the allowances above. */
export function estimateModuleMinutes(module: Pick<EducationModule, 'title' | 'summary' | 'locale'> & { blocks: readonly Block[] }): number {
  let minutes = readingMinutes(moduleText(module), module.locale);
  for (const b of module.blocks) minutes += (MINUTES_PER_BLOCK as Record<string, number>)[b.type] ?? 0;
  return minutes;
}

/** Alt text that says nothing: a word like "image", a file name, a camera's default name. */
const PLACEHOLDER_ALT = new Set([
  'image', 'img', 'photo', 'picture', 'pic', 'graphic', 'icon', 'figure', 'illustration', 'drawing', 'logo', 'banner',
  'alt', 'alt text', 'placeholder', 'todo', 'tbd', 'untitled', 'null', 'undefined', 'none', 'n/a', 'image of', 'photo of',
  'imagen', 'foto', 'fotografía', 'fotografia', 'dibujo', 'ilustración', 'ilustracion', 'gráfico', 'grafico', 'icono', 'logotipo', 'texto alternativo',
]);
const FILE_NAME = /\.(?:png|jpe?g|gif|svg|webp|avif|bmp|tiff?|heic)$/i;
const CAMERA_NAME = /^(?:img|dsc|dscn|pxl|photo|image|screenshot|screen shot)[\s_-]*\d/i;

export function isPlaceholderAlt(alt: string, src?: string): boolean {
  const a = alt.trim().toLowerCase().replace(/[.:!]+$/, '');
  if (PLACEHOLDER_ALT.has(a) || FILE_NAME.test(a) || CAMERA_NAME.test(a)) return true;
  const file = src?.split(/[?#]/)[0]?.split('/').pop()?.toLowerCase();
  return Boolean(file) && (a === file || a === file!.replace(/\.[a-z0-9]+$/, ''));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The modules in a source: one module, a list, or `{ educationModules: [...] }` (a static data file). */
function modulesOf(data: unknown): unknown[] | string {
  if (Array.isArray(data)) return data;
  if (isRecord(data) && 'educationModules' in data) {
    return Array.isArray(data.educationModules) ? data.educationModules : '"educationModules" must be a list of modules';
  }
  if (isRecord(data)) return [data];
  return 'expected an education module, a list of modules, or { "educationModules": [...] }';
}

const fmt = (n: number) => (Math.round(n * 10) / 10).toString();

function gradeText(r: Readability): string {
  return r.locale === 'es' ? `Fernández-Huerta ${fmt(r.fernandezHuerta!)} (${r.band}, about grade ${r.grade})` : `grade ${fmt(r.grade!)}`;
}

/** Checks one module's valid block; `push` records an issue. */
function checkBlock(block: Block, path: string, locale: ReadabilityLocale, opts: Required<CheckOptions>, push: (i: ContentIssue) => void): void {
  const markup: [string, string][] = [];
  if (block.type === 'paragraph' || block.type === 'callout' || block.type === 'quote') markup.push([`${path}.text`, block.text]);
  if (block.type === 'list') block.items.forEach((item, i) => markup.push([`${path}.items[${i}]`, item]));
  if (block.type === 'check') block.options.forEach((o, i) => markup.push([`${path}.options[${i}].feedback`, o.feedback]));
  for (const [where, text] of markup) {
    const { tokens, links } = inspectInline(text);
    for (const link of links) {
      if (link.href === undefined) {
        push({ severity: 'error', code: 'link-not-allowed', path: where, message: `link "${link.label}" is not allowed (only https, http, mailto and tel links; it is shown as plain text)` });
      } else if (link.href.startsWith('http:')) {
        push({ severity: 'warning', code: 'link-not-https', path: where, message: `link "${link.label}" uses http; use https` });
      }
    }
    const visible = tokens.map((t) => (t.type === 'text' ? t.text : '')).join('');
    if (/\*\*|\]\(/.test(visible)) push({ severity: 'warning', code: 'literal-markup', path: where, message: 'has markup that does not pair up (shown as typed: "**" or "](")' });
  }
  if (block.type === 'image') {
    if (isPlaceholderAlt(block.alt, block.src)) push({ severity: 'error', code: 'alt-placeholder', path: `${path}.alt`, message: `alt text "${block.alt}" does not describe the image` });
    if (block.src.startsWith('http:')) push({ severity: 'warning', code: 'media-not-https', path: `${path}.src`, message: 'image uses http; use https' });
  }
  if (block.type === 'video') {
    if (!/\.vtt(?:[?#]|$)/i.test(block.captions)) push({ severity: 'warning', code: 'captions-not-vtt', path: `${path}.captions`, message: 'captions should be a WebVTT (.vtt) file' });
    for (const key of ['src', 'captions', 'poster'] as const) {
      if (block[key]?.startsWith('http:')) push({ severity: 'warning', code: 'media-not-https', path: `${path}.${key}`, message: `video ${key} uses http; use https` });
    }
  }
  if (block.type === 'callout' && block.variant === 'crisis' && !/(?<!\d)988(?!\d)/.test(`${block.title ?? ''} ${block.text}`)) {
    push({ severity: 'warning', code: 'crisis-without-988', path, message: 'crisis callout does not mention 988 (the reader adds 988 and the center phone anyway)' });
  }
  if (block.type === 'paragraph') {
    const text = blockText(block);
    if (words(text.join(' ')).length >= opts.longParagraphWords) {
      const r = readability(text, locale);
      if (r.grade !== undefined && r.grade > opts.maxGrade) {
        push({ severity: 'warning', code: 'paragraph-grade', path, message: `long paragraph reads at ${gradeText(r)}; aim for grade ${opts.maxGrade} or lower` });
      }
    }
  }
}

function checkModule(raw: unknown, index: number, source: string | undefined, opts: Required<CheckOptions>): { report: ModuleReport; module?: EducationModule } {
  const issues: ContentIssue[] = [];
  const push = (i: ContentIssue) => issues.push(i);
  const schema = (path: string, list: FieldIssue[]) =>
    list.forEach((i) => push({ severity: 'error', code: 'schema', path: [path, i.path].filter(Boolean).join(i.path.startsWith('[') ? '' : '.'), message: i.message }));
  const report: ModuleReport = { ...(source !== undefined ? { source } : {}), index, issues };
  if (!isRecord(raw)) {
    push({ severity: 'error', code: 'schema', path: '', message: 'must be an object (an education module)' });
    return { report };
  }
  if (typeof raw.id === 'string') report.id = raw.id;
  if (typeof raw.title === 'string') report.title = raw.title;
  const locale: ReadabilityLocale = raw.locale === 'es' ? 'es' : 'en';
  report.locale = locale;
  const head = parse(EducationModuleSummary, raw);
  if (!head.ok) schema('', head.issues);
  if (!Array.isArray(raw.blocks)) {
    push({ severity: 'error', code: 'schema', path: 'blocks', message: raw.blocks === undefined ? 'is required' : 'must be a list of blocks' });
    return { report };
  }
  if (raw.blocks.length === 0) push({ severity: 'error', code: 'schema', path: 'blocks', message: 'a module needs at least one block' });
  if (raw.blocks.length > 1000) push({ severity: 'error', code: 'schema', path: 'blocks', message: 'may have at most 1000 blocks' });

  const blocks: Block[] = [];
  const seenIds = new Map<string, number>();
  raw.blocks.forEach((item, i) => {
    const path = `blocks[${i}]`;
    const r = parse(Block, item);
    if (!r.ok) {
      schema(path, r.issues);
      return;
    }
    blocks.push(r.data);
    if (r.data.id !== undefined) {
      const first = seenIds.get(r.data.id);
      if (first !== undefined) push({ severity: 'error', code: 'duplicate-block-id', path: `${path}.id`, message: `id "${r.data.id}" is also used by blocks[${first}]` });
      else seenIds.set(r.data.id, i);
    }
    checkBlock(r.data, path, locale, opts, push);
  });

  const title = typeof raw.title === 'string' ? raw.title : '';
  const summary = typeof raw.summary === 'string' ? raw.summary : '';
  const r = readability(moduleText({ title, summary, blocks }), locale);
  report.readability = r;
  if (r.grade !== undefined && r.grade > opts.maxGrade) {
    push({ severity: 'warning', code: 'module-grade', path: '', message: `module reads at ${gradeText(r)}; health education aims at grade 6–8 (limit ${opts.maxGrade})` });
  }
  report.estimatedMinutes = estimateModuleMinutes({ title, summary, locale, blocks });
  if (head.ok) {
    const declared = head.data.estimatedMinutes;
    report.declaredMinutes = declared;
    if (Math.abs(report.estimatedMinutes - declared) > 0.5 * declared) {
      push({ severity: 'warning', code: 'reading-time', path: 'estimatedMinutes', message: `declares ${declared} min, but reading takes about ${fmt(report.estimatedMinutes)} min` });
    }
  }
  const module = head.ok && issues.every((i) => i.code !== 'schema') ? ({ ...head.data, blocks } as EducationModule) : undefined;
  return { report, ...(module ? { module } : {}) };
}

/** Translation links must point to modules that exist, in the locale they claim, and back. */
function checkTranslations(entries: { report: ModuleReport; raw: unknown }[]): void {
  const byId = new Map<string, unknown>();
  for (const { report, raw } of entries) if (report.id !== undefined && !byId.has(report.id)) byId.set(report.id, raw);
  for (const { report, raw } of entries) {
    if (!isRecord(raw) || !isRecord(raw.translations)) continue;
    for (const [loc, id] of Object.entries(raw.translations)) {
      if (typeof id !== 'string') continue;
      const path = `translations.${loc}`;
      const target = byId.get(id);
      if (!isRecord(target)) {
        report.issues.push({ severity: 'error', code: 'translation-missing', path, message: `points to "${id}", which is not among the checked modules` });
      } else if (target.locale !== loc) {
        report.issues.push({ severity: 'error', code: 'translation-locale', path, message: `points to "${id}", which is in "${String(target.locale)}", not "${loc}"` });
      } else if (!isRecord(target.translations) || target.translations[String(raw.locale)] !== report.id) {
        report.issues.push({ severity: 'warning', code: 'translation-not-reciprocal', path, message: `"${id}" does not link back to "${report.id}"` });
      }
    }
  }
}

/** Checks modules from several sources together (translations may point across files). */
export function checkContentSources(sources: readonly ContentSource[], options: CheckOptions = {}): ContentReport {
  const opts: Required<CheckOptions> = { maxGrade: options.maxGrade ?? 8, longParagraphWords: options.longParagraphWords ?? 40 };
  const report: ContentReport = { modules: [], sourceIssues: [], errors: 0, warnings: 0 };
  const entries: { report: ModuleReport; raw: unknown }[] = [];
  for (const { name, data } of sources) {
    const list = modulesOf(data);
    if (typeof list === 'string') {
      report.sourceIssues.push({ ...(name !== undefined ? { source: name } : {}), issue: { severity: 'error', code: 'input-shape', path: '', message: list } });
      continue;
    }
    list.forEach((raw, i) => entries.push({ report: checkModule(raw, i, name, opts).report, raw }));
  }
  const firstById = new Map<string, ModuleReport>();
  for (const { report: m } of entries) {
    if (m.id === undefined) continue;
    const first = firstById.get(m.id);
    if (first) m.issues.push({ severity: 'error', code: 'duplicate-module-id', path: 'id', message: `id "${m.id}" is also used by module #${first.index}${first.source ? ` of ${first.source}` : ''}` });
    else firstById.set(m.id, m);
  }
  checkTranslations(entries);
  report.modules = entries.map((e) => e.report);
  const all = [...report.sourceIssues.map((s) => s.issue), ...report.modules.flatMap((m) => m.issues)];
  report.errors = all.filter((i) => i.severity === 'error').length;
  report.warnings = all.length - report.errors;
  return report;
}

/** Checks a module, a list of modules, or `{ educationModules: [...] }`. */
export function checkContent(json: unknown, options: CheckOptions = {}): ContentReport {
  return checkContentSources([{ data: json }], options);
}
