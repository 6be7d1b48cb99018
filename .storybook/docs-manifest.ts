/**
 * What Storybook's Docs tables are given: custom-elements.json with the element's own API
 * only. Storybook (@storybook/web-components) lists every `members` entry as a property and
 * drops slots without a name, so:
 * - private (`#x`), protected and static members are left out (they are not API);
 * - the default slot (`name: ""`) is listed as `default`;
 * - Storybook keys its rows by name, so a part (or slot, or CSS property) named like a
 *   property would replace that property's row (`filters` is both a property and a part of
 *   the program finder): the later one is listed as `filters (part)` instead;
 * - an element whose JSDoc starts with `@summary` (so the analyzer files the whole text as
 *   summary and none as description) gets that text as the Docs page's description.
 * The manifest itself (npm package, editors) stays as the analyzer wrote it.
 */

interface Item {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  description?: string;
}
interface Declaration {
  tagName?: string;
  description?: string;
  summary?: string;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  slots?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
  [key: string]: unknown;
}
interface Manifest {
  modules: { declarations?: Declaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

/** The name a default slot is listed under. */
export const DEFAULT_SLOT = 'default';

/** Storybook's key for an event's action row (`iop-filter-change` → `onIopFilterChange`). */
const actionKey = (event: string) => `on${event.replace(/[-_:.\s]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : '')).replace(/^./, (c) => c.toUpperCase())}`;

/** The row name Storybook's Docs table uses for a part, slot or CSS property named `name`. */
export const suffixed = (name: string, kind: 'part' | 'slot' | 'CSS property') => `${name} (${kind})`;

function forDocs(d: Declaration): Declaration {
  const members = d.members?.filter((x) => !x.static && !x.privacy && !x.name.startsWith('#'));
  const taken = new Set<string>([
    ...(members ?? []).filter((x) => x.kind !== 'method').map((x) => x.name),
    ...(d.attributes ?? []).map((x) => x.name),
    ...(d.events ?? []).flatMap((x) => [x.name, actionKey(x.name)]),
  ]);
  // Storybook adds slots, then CSS properties, then parts: each group after the ones before.
  const unique = (items: Item[] | undefined, kind: 'part' | 'slot' | 'CSS property') => {
    const out = items?.map((x) => (taken.has(x.name) ? { ...x, name: suffixed(x.name, kind) } : x));
    for (const x of out ?? []) taken.add(x.name);
    return out;
  };
  const slots = unique(
    d.slots?.map((s) => (s.name ? s : { ...s, name: DEFAULT_SLOT, description: s.description || 'Default slot.' })),
    'slot',
  );
  const cssProperties = unique(d.cssProperties, 'CSS property');
  const cssParts = unique(d.cssParts, 'part');
  return { ...d, description: d.description || d.summary || '', members, slots, cssProperties, cssParts };
}

export function manifestForDocs<M extends object>(manifest: M): M {
  const m = manifest as unknown as Manifest;
  const out: Manifest = {
    ...m,
    modules: m.modules.map((mod) => ({ ...mod, declarations: mod.declarations?.map((d) => (d.tagName ? forDocs(d) : d)) })),
  };
  return out as unknown as M;
}
