/**
 * Loads an embedding example (a demo page) in a same-origin iframe and watches it from before
 * its first module runs: uncaught errors, `console.error` / `console.warn`, and every resource
 * it requests (Resource Timing), so a test can say "no console errors, nothing from another
 * origin". Element helpers (`$`, `waitFor`, …) are the security suite's (test/e2e/security/frame.ts).
 */
import { waitUntil } from '@open-wc/testing';

export interface ExamplePage {
  iframe: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  /** Uncaught errors and unhandled rejections, as text. */
  errors: string[];
  /** `console.error` calls, as text. */
  consoleErrors: string[];
  /** `console.warn` calls, as text (Lit's dev-mode notice and the like are the caller's to judge). */
  consoleWarnings: string[];
  /** True when the watchers were in place before the kit defined any element. */
  watchedFromStart: boolean;
  /** Every URL the page requested so far (navigation and resources). */
  requestedUrls(): string[];
  /** Requested URLs whose origin is not the page's. */
  foreignRequests(): string[];
  /** Resources that answered 400 or more (Resource Timing's `responseStatus`). */
  failedRequests(): string[];
  remove(): void;
}

const text = (args: unknown[]) => args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ');

/** Opens `url` (or `srcdoc` HTML with a base URL) in a wide iframe; resolves after its `load` event. */
export async function openExample(url: string, options: { srcdoc?: string; width?: number } = {}): Promise<ExamplePage> {
  const iframe = document.createElement('iframe');
  iframe.style.width = `${options.width ?? 1200}px`;
  iframe.style.height = '2000px';
  iframe.title = 'example under test';
  document.body.append(iframe);
  // The WindowProxy stays the same object across navigations; the document does not.
  const initialDoc = iframe.contentDocument;
  const errors: string[] = [];
  const consoleErrors: string[] = [];
  const consoleWarnings: string[] = [];
  let watchedFromStart = false;
  let hooked: (Window & typeof globalThis) | undefined;
  let hookedDoc: Document | undefined;

  const hook = (win: Window & typeof globalThis) => {
    hooked = win;
    hookedDoc = win.document;
    watchedFromStart = !win.customElements.get('iop-provider');
    win.performance.setResourceTimingBufferSize(5000);
    win.addEventListener('error', (e) => errors.push(String(e.message)));
    win.addEventListener('unhandledrejection', (e) => errors.push(String((e.reason as Error)?.message ?? e.reason)));
    const original = { error: win.console.error.bind(win.console), warn: win.console.warn.bind(win.console) };
    win.console.error = (...args: unknown[]) => {
      consoleErrors.push(text(args));
      original.error(...args);
    };
    win.console.warn = (...args: unknown[]) => {
      consoleWarnings.push(text(args));
      original.warn(...args);
    };
  };

  const loaded = new Promise<void>((resolve, reject) => {
    iframe.addEventListener('load', () => resolve(), { once: true });
    iframe.addEventListener('error', () => reject(new Error(`could not load ${url}`)), { once: true });
  });
  // The new document's window exists as soon as parsing starts; module scripts run only after
  // parsing and after their imports arrive, so hooking it at the first sight is in time.
  const watch = () => {
    const win = iframe.contentWindow as (Window & typeof globalThis) | null;
    if (hookedDoc) return;
    if (win && win.document !== initialDoc && (options.srcdoc ? win.location.href === 'about:srcdoc' : win.location.pathname === new URL(url, location.href).pathname)) {
      hook(win);
      return;
    }
    setTimeout(watch, 0);
  };
  if (options.srcdoc !== undefined) iframe.srcdoc = options.srcdoc;
  else iframe.src = url;
  watch();
  await loaded;
  await waitUntil(() => hooked, 'the page was watched', { timeout: 2000 });
  const win = hooked!;
  const requestedUrls = () => [win.location.href, ...win.performance.getEntriesByType('resource').map((e) => e.name)];
  return {
    iframe,
    win,
    doc: win.document,
    errors,
    consoleErrors,
    consoleWarnings,
    get watchedFromStart() {
      return watchedFromStart;
    },
    requestedUrls,
    foreignRequests: () => requestedUrls().filter((u) => u !== 'about:srcdoc' && new URL(u).origin !== location.origin),
    failedRequests: () =>
      (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => (e as PerformanceResourceTiming & { responseStatus?: number }).responseStatus! >= 400)
        .map((e) => `${(e as PerformanceResourceTiming & { responseStatus?: number }).responseStatus} ${e.name}`),
    remove: () => iframe.remove(),
  };
}

/** The elements of `tags` in the page, each defined by the page's own registry. */
export function undefinedElements(page: ExamplePage, tags: string[]): string[] {
  return tags.filter((t) => !page.doc.querySelector(t) || !page.win.customElements.get(t) || page.doc.querySelector(`${t}:not(:defined)`));
}
