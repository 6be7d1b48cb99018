/**
 * The flags an intake submission can raise, in the order they are reported (DESIGN.md §3).
 * A plain list, apart from `intake.ts`, so that the form engine can order flags without
 * bundling the schema of a form (see `given-form.ts` in the intake element).
 */
export const FLAGS = ['crisis', 'withdrawal-risk', 'adolescent', 'needs-24h-support'] as const;
