/**
 * Registers a custom element without ever throwing.
 *
 * Two copies of the kit on one page (a plugin's bundle and the site's own) both
 * try to define `iop-program-finder`. The first wins; the second warns once
 * with the tag name only (never data) and keeps working with the first's class.
 */
const warned = new Set<string>();

export function defineElement(name: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(name);
  if (existing) {
    if (existing !== ctor && !warned.has(name)) {
      warned.add(name);
      console.warn(`iop-kit: <${name}> is already defined by another copy of iop-kit; keeping the first definition.`);
    }
    return;
  }
  try {
    customElements.define(name, ctor);
  } catch (error) {
    // The same constructor under another name, or a race with another definer: never break the page.
    if (!warned.has(name)) {
      warned.add(name);
      console.warn(`iop-kit: <${name}> could not be defined (${error instanceof Error ? error.name : 'error'}).`);
    }
  }
}
