/**
 * The XSS corpus (test/fixtures/education/xss-corpus.ts: script tags, event handlers,
 * `javascript:` URLs, SVG/MathML, encoded variants) and the checks run after each render:
 * nothing executed (`window.__xss`, `alert`), no `on*` attribute, no `<script>`, no
 * script-capable URL in any shadow root, at any depth.
 */
import { XSS_PAYLOADS } from '../../fixtures/education/xss-corpus.js';

export const PAYLOADS: readonly string[] = XSS_PAYLOADS;

declare global {
  interface Window {
    __xss?: unknown;
  }
}

/** Payload handlers call alert/confirm/prompt or set window.__xss; all of them are caught. */
export function armTraps(): void {
  delete window.__xss;
  for (const name of ['alert', 'confirm', 'prompt'] as const) {
    (window as unknown as Record<string, unknown>)[name] = () => {
      window.__xss = name;
    };
  }
}

const SCRIPT_URL = /^(javascript|vbscript|data:text|data:image\/svg)/;
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcdoc', 'background', 'ping'];

/** Problems found in `root` and every shadow root below it. */
export function injected(root: ParentNode): string[] {
  const problems: string[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName === 'script') problems.push('a <script> element');
      if (['iframe', 'object', 'embed', 'base', 'meta'].includes(el.localName)) problems.push(`a <${el.localName}> element`);
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) problems.push(`<${el.localName} ${attr.name}>`);
        if (URL_ATTRS.includes(attr.name.toLowerCase())) {
          // What a browser would act on: control characters and whitespace stripped, case folded.
          const v = attr.value.replace(/[\u0000-\u0020\u007f-\u009f\u200b]/g, '').toLowerCase();
          if (SCRIPT_URL.test(v)) problems.push(`<${el.localName} ${attr.name}="${attr.value.slice(0, 40)}">`);
        }
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return problems;
}

/** Throws when anything ran or was injected under `host` (its shadow root included). */
export function assertInert(host: Element, label: string): void {
  if (window.__xss !== undefined) throw new Error(`${label}: a payload executed (${String(window.__xss)})`);
  const problems = [...injected(host.shadowRoot ?? host), ...injected(host)];
  if (problems.length) throw new Error(`${label}: ${problems.slice(0, 5).join('; ')}`);
}

export const nextTick = () => new Promise<void>((r) => setTimeout(r, 0));

/** Cuts a payload to a schema limit (most payloads are far shorter). */
export const cut = (p: string, max: number) => (p.length > max ? p.slice(0, max) : p);
