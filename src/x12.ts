/** `iop-kit/x12`: X12 270/271 eligibility as clearinghouse JSON (no UI). */
export * from './core/x12/index.js';
