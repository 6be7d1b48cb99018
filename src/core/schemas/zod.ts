/**
 * The `z` every schema of the contract is written with: the `zod/mini` API and zod's
 * types, run by the kit's own small runtime (`./lite.ts`), so an element does not carry
 * zod's classes (about 7 KB gzip each). `./to-zod.ts` turns any of these schemas into a
 * real zod schema (for JSON Schema, and for the test that both agree).
 *
 * Usage: `import * as z from './zod.js'`, then `z.object({ … })`, `z.infer<typeof X>`.
 */
export * from './lite.js';
