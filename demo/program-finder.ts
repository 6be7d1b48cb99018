/** The program finder page: defines the element (the kit entry may not include it yet). */
import '../src/define/program-finder.js';

// Show the events the finder sends to the host page (no personal data: ids and counts only).
const log = document.querySelector<HTMLOutputElement>('#finder-events');
for (const name of ['iop-program-select', 'iop-compare-change', 'iop-filter-change'] as const) {
  document.addEventListener(name, (event) => {
    if (!log) return;
    const detail = (event as CustomEvent).detail as Record<string, unknown>;
    const shown = name === 'iop-filter-change' ? { resultCount: detail['resultCount'] } : detail;
    log.textContent = `${name} ${JSON.stringify(shown)}`;
  });
}
