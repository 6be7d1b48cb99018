/**
 * The stories files and the custom elements manifest as the browser tests in test/tooling
 * see them: served by scripts/cem.ts `storybookFixturesPlugin()` (web-test-runner config),
 * because a browser can neither list a folder nor run the analyzer.
 */
import type { TemplateResult } from 'lit';
import { FIXTURE_PATHS } from '../../scripts/cem-paths.js';

export interface StoryMeta {
  title?: string;
  component?: string;
  tags?: string[];
  args?: Record<string, unknown>;
  argTypes?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
  includeStories?: string[] | RegExp;
  excludeStories?: string[] | RegExp;
}
export interface StoryAnnotations {
  name?: string;
  args?: Record<string, unknown>;
  render?: StoryMeta['render'];
}
export type StoryExport = StoryAnnotations | ((args: Record<string, unknown>, context: unknown) => TemplateResult);
export interface StoriesFile {
  path: string;
  meta: StoryMeta;
  /** Named exports Storybook indexes as stories (CSF rules: include/excludeStories, no `__`). */
  stories: [name: string, story: StoryExport][];
}

async function json<T>(path: string): Promise<T> {
  const res = await fetch(path);
  if (!res.ok) {
    throw new Error(
      `${path}: HTTP ${res.status}. web-test-runner.config.mjs must add storybookFixturesPlugin() from scripts/cem.ts to its plugins (see docs/notes/storybook.md).`,
    );
  }
  return (await res.json()) as T;
}

const matches = (rule: string[] | RegExp | undefined, name: string) => (rule instanceof RegExp ? rule.test(name) : (rule ?? []).includes(name));

/** Storybook's rule for which named exports of a CSF file are stories. */
export function isStoryExport(name: string, meta: StoryMeta): boolean {
  if (name === 'default' || name.startsWith('__')) return false;
  if (meta.includeStories && !matches(meta.includeStories, name)) return false;
  return !matches(meta.excludeStories, name);
}

/** Every `stories/*.stories.ts`, imported. */
export async function loadStoriesFiles(): Promise<StoriesFile[]> {
  const paths = await json<string[]>(FIXTURE_PATHS.stories);
  return Promise.all(
    paths.map(async (path) => {
      const mod = (await import(/* @vite-ignore */ path)) as Record<string, unknown> & { default: StoryMeta };
      const meta = mod.default;
      const stories = Object.entries(mod).filter(([name]) => isStoryExport(name, meta)) as [string, StoryExport][];
      return { path, meta, stories };
    }),
  );
}

export interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string; fieldName?: string; description?: string; type?: { text: string } }[];
  members?: { kind: string; name: string; privacy?: string; static?: boolean; description?: string }[];
  events?: { name: string; description?: string; type?: { text: string } }[];
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; description?: string }[];
  slots?: { name: string; description?: string }[];
}
export interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: ManifestDeclaration[]; exports?: { kind: string; name: string }[] }[];
}

export interface DocsRow {
  name: string;
  description?: string;
  table?: { category?: string; type?: { summary?: string }; disable?: boolean };
}
export type DocsRows = Record<string, DocsRow>;
/** Each element's Docs page as Storybook computes it: description and table rows by name. */
export type DocsTables = Record<string, { description: string | null; rows: DocsRows }>;

export const loadDocsTables = (): Promise<DocsTables> => json<DocsTables>(FIXTURE_PATHS.docs);

/** custom-elements.json, analysed from the current sources. */
export const loadManifest = (): Promise<Manifest> => json<Manifest>(FIXTURE_PATHS.manifest);

/** The documented elements, by tag name. */
export function elementsOf(manifest: Manifest): Map<string, ManifestDeclaration> {
  const out = new Map<string, ManifestDeclaration>();
  for (const m of manifest.modules) for (const d of m.declarations ?? []) if (d.tagName) out.set(d.tagName, d);
  return out;
}
