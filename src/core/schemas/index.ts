/** The contract: every data shape of DESIGN.md §3 as a zod/mini schema, with inferred types. */
export * from './common.js';
export * from './program.js';
export * from './payer.js';
export * from './insurance.js';
export * from './intake.js';
export * from './education.js';
export * from './parse.js';
