/**
 * The validated data API the elements use: `loadPrograms(backend)`, `checkInsurance(backend, request)`, …
 * Import a domain module directly (`./programs.js`) in element code so bundles stay small.
 */
export * from './programs.js';
export * from './payers.js';
export * from './insurance.js';
export * from './intake.js';
export * from './education.js';
export { expectList, expectOne, checkRequest } from './validate.js';
export * from './validated-backend.js';
