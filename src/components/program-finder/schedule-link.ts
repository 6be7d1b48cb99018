/**
 * "View schedule": point the page's `<iop-schedule-viewer>` at a program and bring it into view.
 * Fetched on demand, when "View schedule" is pointed at, focused or pressed.
 */
export function openScheduleViewer(from: Element, selector: string, programId: string): void {
  let viewer: Element | null = null;
  try {
    const root = from.getRootNode() as Document | ShadowRoot;
    viewer = root.querySelector(selector) ?? document.querySelector(selector);
  } catch {
    viewer = null; // an invalid selector from the page: the event has still gone out
  }
  if (!viewer) return;
  viewer.setAttribute('program-id', programId);
  const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  viewer.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'start' });
}
