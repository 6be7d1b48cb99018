/**
 * The strict-CSP demo page (`csp.html`, served with the policy by demo/server/csp-plugin.ts).
 *
 * It starts listening for `securitypolicyviolation` before the kit loads (the kit is imported
 * dynamically, after the listener is in place), shows the count on the page, and keeps the
 * reports on `window.iopCspReport` so test/e2e/security/csp.test.ts can read them.
 * Reports hold the directive and the blocked resource only — never page content.
 */
export interface CspViolation {
  directive: string;
  blockedURI: string;
  sample: string;
  source: string;
  /** The element the report is about, as seen from the page (an `iop-*` host for anything in its shadow root), or `#document`. */
  element: string;
}

declare global {
  interface Window {
    iopCspReport?: { violations: CspViolation[]; ready: Promise<void> };
  }
}

const violations: CspViolation[] = [];
const countOut = document.querySelector('#csp-violation-count');
const listOut = document.querySelector('#csp-violation-list');

function record(e: SecurityPolicyViolationEvent): void {
  violations.push({
    directive: e.effectiveDirective || e.violatedDirective,
    blockedURI: e.blockedURI,
    sample: e.sample,
    source: e.sourceFile ? `${e.sourceFile}:${e.lineNumber}` : '',
    element: e.target instanceof Element ? e.target.localName : '#document',
  });
  if (countOut) countOut.textContent = String(violations.length);
  if (listOut) listOut.textContent = ` (${violations.map((v) => `${v.element}: ${v.directive} ${v.blockedURI}`.trim()).join('; ')})`;
}

// Capture phase on the document: violations inside shadow roots are composed and reach it.
document.addEventListener('securitypolicyviolation', record, true);

const ready = (async () => {
  await import('../src/index.js');
  await import('../src/define/family-education.js');
})();

window.iopCspReport = { violations, ready };
