/**
 * Loads the CDN bundles the way a center's web page does — plain
 * `<script type="module" src=…>`, no bundler, no import map — in headless Chromium,
 * with a strict Content-Security-Policy (no 'unsafe-eval'), and checks that every
 * element is defined and renders, that loading two copies does not throw, and that
 * nothing is requested from anywhere else. Used by scripts/build.ts.
 */
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/chrome-path.mjs';
import { serve } from './serve.js';

export interface SmokeResult {
  problems: string[];
  /** Why the test did not run (no Chromium). */
  skipped?: string;
}

/** `files` are file names in `cdnDir`; the first must be the whole kit. */
export async function cdnSmokeTest(cdnDir: string, files: string[]): Promise<SmokeResult> {
  const executablePath = findChrome();
  if (!executablePath) return { problems: [], skipped: 'no Chromium found (set CHROME_PATH)' };
  const scripts = files.map((f) => `<script type="module" src="/${f}"></script>`).join('\n');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:">
<link rel="icon" href="data:,"><title>CDN smoke test</title>${scripts}</head><body></body></html>`;
  const served = await serve(cdnDir, { '/index.html': html });
  const browser = await puppeteer.launch({ executablePath, args: CHROME_ARGS, headless: true });
  const problems: string[] = [];
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e instanceof Error ? e.message : String(e)}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(served.origin) && !r.url().startsWith('data:')) problems.push(`request outside the page's origin: ${r.url()}`);
    });
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`);
    });
    await page.goto(`${served.origin}/index.html`, { waitUntil: 'load' });
    const tags = files.map((f) => `iop-${f.replace(/\.js$/, '')}`).filter((t) => t !== 'iop-iop-kit');
    const report = await page.evaluate(async (tagNames: string[], kit: string) => {
      const out: string[] = [];
      for (const tag of tagNames) {
        // Non-UI entries (fhir, x12, …) have no tag: only element entries are expected to define one.
        const ctor = customElements.get(tag);
        if (!ctor) continue;
        const el = document.createElement(tag) as HTMLElement & { updateComplete?: Promise<unknown> };
        document.body.append(el);
        await el.updateComplete;
        if (!el.shadowRoot) out.push(`<${tag}> rendered no shadow root`);
        el.remove();
      }
      const mod = (await import(`/${kit}`)) as Record<string, unknown>;
      if (Object.keys(mod).length === 0) out.push(`${kit} exports nothing`);
      return { out, defined: tagNames.filter((t) => customElements.get(t)) };
    }, tags, files[0]);
    problems.push(...report.out);
    // Element entries must define their tag; the whole kit must define all of them.
    if (!report.defined.includes('iop-provider')) problems.push('<iop-provider> is not defined after loading the bundles');
  } finally {
    await browser.close();
    await served.close();
  }
  return { problems };
}
