/**
 * `expandForm` with every instrument the kit ships (the engine's public entry points and the
 * FHIR bridge use it). The expansion itself and its types are in expand.ts, `checkForm` in check.ts; the
 * element uses `expandFormWith` there with only the instruments its form places, fetched on
 * demand (instruments/load.ts).
 */
import type { IntakeForm } from '../schemas/index.js';
import { expandFormWith } from './expand.js';
import type { ExpandOptions, IntakePage } from './expand.js';
import { INSTRUMENT_DEFINITIONS } from './instruments/index.js';

export { ADOLESCENT_AGE, expandFormWith } from './expand.js';
export { checkForm } from './check.js';
export type { ExpandOptions, IntakeItem, IntakePage } from './expand.js';
export type { FormProblem } from './check.js';

/** Pages with instruments expanded and the adolescent switch applied (see expand.ts). */
export function expandForm(form: IntakeForm, options: ExpandOptions = {}): IntakePage[] {
  return expandFormWith(form, INSTRUMENT_DEFINITIONS, options);
}
