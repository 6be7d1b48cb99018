/** Payer: an insurance company people pick in the insurance check's typeahead. */
import * as z from './zod.js';
import { nonEmpty } from './common.js';

export const PAYER_KINDS = ['commercial', 'medicaid', 'medicare', 'medicare-advantage', 'tricare', 'marketplace', 'other'] as const;

/** Which member-ID rule applies: `mbi` is Medicare's 11-character Beneficiary Identifier. */
export const MEMBER_ID_RULES = ['generic', 'mbi'] as const;

export const Payer = /* @__PURE__ */ z.object({
  /** Payer id as the clearinghouse knows it: a string, because leading zeros matter ("00192"). */
  id: z.string().check(z.regex(/^[A-Za-z0-9_.-]{1,64}$/, 'must be a payer id: letters, digits, "-", "_" or "." (up to 64)')),
  name: nonEmpty(200, 'name'),
  /** Names and plan names people actually type ("UHC", "Open Access Plus"). */
  aliases: z.array(nonEmpty(200, 'alias')).check(z.maxLength(100)),
  kind: z.enum(PAYER_KINDS),
  memberIdRule: z.enum(MEMBER_ID_RULES),
});
export type Payer = z.infer<typeof Payer>;
