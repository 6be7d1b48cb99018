/**
 * `iop-kit/autoloader` (CDN: `cdn/autoloader.js`): one script tag for the whole kit that
 * fetches only the elements a page uses. Each `iop-*` tag is defined the first time it
 * appears in the document — at load, or added later (a dialog, a client-side route) — so a
 * page with just the program finder downloads the finder and the shared core, not the
 * intake or the insurance check. `iop-kit.js` (every element at once) stays for pages that
 * want everything up front or import the element classes.
 *
 * ```html
 * <script type="module" src="https://cdn.example/iop-kit/cdn/autoloader.js"></script>
 * <iop-program-finder api-base="/api"></iop-program-finder>
 * ```
 *
 * Elements inside a shadow root the page's own code creates are not seen by the document's
 * observer: call `discover(shadowRoot)` after rendering them, or import their entries.
 * A fetch that fails (offline) is tried again on the next `discover` and when the browser
 * comes back online.
 */

/** Each tag and the entry that defines it. */
const ENTRIES: Readonly<Record<string, () => Promise<unknown>>> = {
  'iop-provider': () => import('./define/provider.js'),
  'iop-program-finder': () => import('./define/program-finder.js'),
  'iop-schedule-viewer': () => import('./define/schedule-viewer.js'),
  'iop-insurance-check': () => import('./define/insurance-check.js'),
  'iop-intake-questionnaire': () => import('./define/intake-questionnaire.js'),
  'iop-family-education': () => import('./define/family-education.js'),
};

const TAGS = Object.keys(ENTRIES);
const SELECTOR = TAGS.join(',');
const requested = new Map<string, Promise<void>>();

/** Fetches and defines `tag` once; resolves when it is defined (or the fetch failed). */
function load(tag: string): Promise<void> {
  const loader = ENTRIES[tag];
  if (!loader || customElements.get(tag)) return Promise.resolve();
  let pending = requested.get(tag);
  if (!pending) {
    pending = loader().then(
      () => undefined,
      () => {
        requested.delete(tag); // offline: the next discover() or the `online` event tries again
      },
    );
    requested.set(tag, pending);
  }
  return pending;
}

/**
 * Defines every kit element under `root` (default: the document) that is not defined yet.
 * Resolves when they are. Safe to call any number of times.
 */
export function discover(root: ParentNode = document): Promise<void> {
  const found = new Set<string>();
  if (root instanceof Element && TAGS.includes(root.localName)) found.add(root.localName);
  for (const el of root.querySelectorAll(SELECTOR)) found.add(el.localName);
  return Promise.all([...found].map(load)).then(() => undefined);
}

function start(): void {
  void discover();
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  window.addEventListener('online', () => void discover());
}

if (typeof document !== 'undefined') start();
