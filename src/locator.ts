/** `iop-kit/locator`: SAMHSA FindTreatment.gov locator rows → Program[] (no UI). */
export * from './core/locator/index.js';
