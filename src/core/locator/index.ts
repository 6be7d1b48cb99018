/** SAMHSA FindTreatment.gov locator rows → Program[] (`iop-kit/locator`). See docs/notes/standards.md. */
export { fromLocatorRows, skippedByReason } from './import.js';
export type { LocatorImport, SkippedRow } from './import.js';
export { STATE_TIME_ZONES } from './vocabulary.js';
