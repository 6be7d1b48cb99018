/**
 * The SAMHSA FindTreatment.gov locator's vocabulary, mapped to the kit's.
 * Rows carry `services: [{ f1: category name, f2: category code, f3: "value; value; …" }]`.
 * Category codes used here: TC type of care, SET service setting, PAY payment/insurance,
 * PYAS payment assistance, AGE age groups, SG special programs/groups, SN sex accepted,
 * TAP treatment approaches, OM opioid medications, LCA licensing/accreditation; languages
 * are read from any category whose name mentions "language" (codes vary: LANG, OL).
 * Payment codes (MD, MC, MI, PI, SF, SS, PA, SI) after DESIGN.md §8 and the locator's
 * service code list.
 */
import type { Program } from '../schemas/index.js';

type Population = Program['populations'][number];
type PaymentOption = Program['payment']['options'][number];
type Service = Program['services'][number];

export const LEVEL_PATTERNS: [RegExp, Program['levelOfCare']][] = [
  [/intensive outpatient/i, 'iop'],
  [/partial hospitali[sz]ation|day treatment/i, 'php'],
  [/^(regular )?outpatient( treatment)?$|^outpatient$/i, 'op'],
];

export const PAYMENT_PATTERNS: [RegExp, PaymentOption][] = [
  [/^MD$|medicaid/i, 'medicaid'],
  [/^MC$|medicare/i, 'medicare'],
  [/^MI$|military|tricare/i, 'tricare'],
  [/^PI$|private (health )?insurance/i, 'private-insurance'],
  [/^SF$|self-?pay|cash/i, 'self-pay'],
  [/^SS$|sliding fee/i, 'sliding-scale'],
  [/^PA$|payment assistance/i, 'payment-assistance'],
  [/^SI$|state-financed|state financed/i, 'state-funded'],
];

export const POPULATION_PATTERNS: [RegExp, Population][] = [
  [/^adults?$|^adult$/i, 'adults'],
  [/young adults/i, 'young-adults'],
  [/seniors|older adults/i, 'older-adults'],
  [/adolescent|children/i, 'adolescents'],
  [/veteran/i, 'veterans'],
  [/pregnant|postpartum/i, 'pregnant-postpartum'],
  [/adult women|^women$/i, 'women'],
  [/adult men|^men$/i, 'men'],
  [/lgbt|lesbian|gay/i, 'lgbtq'],
  [/criminal justice|court|forensic|dui|dwi/i, 'justice-involved'],
  [/first responder/i, 'first-responders'],
];

export const SERVICE_PATTERNS: [RegExp, Service][] = [
  [/buprenorphine|methadone|naltrexone|medication(s)? for (opioid|alcohol)|medication.assisted|\bMAT\b|\bMOUD\b/i, 'mat'],
  [/psychotropic|medication management/i, 'medication-management'],
  [/urine screening|drug testing|drug or alcohol .*screening/i, 'drug-testing'],
  [/family (counseling|therapy|program|psychoeducation)/i, 'family-program'],
  [/aftercare|continuing care|discharge planning/i, 'aftercare-planning'],
  [/alumni/i, 'alumni-group'],
  [/housing|sober living|recovery residence/i, 'sober-living-referral'],
  [/employment|vocational/i, 'vocational-support'],
  [/case management/i, 'case-management'],
  [/transportation/i, 'transportation'],
];

/** Therapy wording as the kit's sample data writes it; others keep the locator's words. */
export const THERAPY_NAMES: [RegExp, string][] = [
  [/^cognitive behavioral therapy$/i, 'CBT'],
  [/^dialectical behavior(al)? therapy$/i, 'DBT'],
  [/motivational interviewing/i, 'Motivational interviewing'],
  [/relapse prevention/i, 'Relapse prevention'],
  [/12-step/i, '12-step facilitation'],
  [/contingency management/i, 'Contingency management'],
  [/trauma.related|trauma.informed/i, 'Trauma-informed care'],
  [/family (therapy|counseling)/i, 'Family therapy'],
];

export const LANGUAGE_TAGS: [RegExp, string][] = [
  [/spanish/i, 'es'],
  [/\bASL\b|sign language|hearing impaired/i, 'ase'],
  [/arabic/i, 'ar'],
  [/chinese|mandarin|cantonese/i, 'zh'],
  [/creole/i, 'ht'],
  [/farsi|persian/i, 'fa'],
  [/french/i, 'fr'],
  [/german/i, 'de'],
  [/greek/i, 'el'],
  [/hebrew/i, 'he'],
  [/hindi/i, 'hi'],
  [/hmong/i, 'hmn'],
  [/italian/i, 'it'],
  [/japanese/i, 'ja'],
  [/korean/i, 'ko'],
  [/polish/i, 'pl'],
  [/portuguese/i, 'pt'],
  [/russian/i, 'ru'],
  [/tagalog/i, 'tl'],
  [/vietnamese/i, 'vi'],
  [/navajo/i, 'nv'],
  [/ojibw/i, 'oj'],
  [/yupik/i, 'ypk'],
];

/**
 * The IANA time zone that covers most of each state's population (the locator has no
 * time zone; a few states span two zones — the kit uses the one most people live in).
 */
export const STATE_TIME_ZONES: Record<string, string> = {
  AL: 'America/Chicago', AK: 'America/Anchorage', AZ: 'America/Phoenix', AR: 'America/Chicago', CA: 'America/Los_Angeles',
  CO: 'America/Denver', CT: 'America/New_York', DE: 'America/New_York', DC: 'America/New_York', FL: 'America/New_York',
  GA: 'America/New_York', HI: 'Pacific/Honolulu', ID: 'America/Boise', IL: 'America/Chicago', IN: 'America/Indiana/Indianapolis',
  IA: 'America/Chicago', KS: 'America/Chicago', KY: 'America/New_York', LA: 'America/Chicago', ME: 'America/New_York',
  MD: 'America/New_York', MA: 'America/New_York', MI: 'America/Detroit', MN: 'America/Chicago', MS: 'America/Chicago',
  MO: 'America/Chicago', MT: 'America/Denver', NE: 'America/Chicago', NV: 'America/Los_Angeles', NH: 'America/New_York',
  NJ: 'America/New_York', NM: 'America/Denver', NY: 'America/New_York', NC: 'America/New_York', ND: 'America/Chicago',
  OH: 'America/New_York', OK: 'America/Chicago', OR: 'America/Los_Angeles', PA: 'America/New_York', RI: 'America/New_York',
  SC: 'America/New_York', SD: 'America/Chicago', TN: 'America/Chicago', TX: 'America/Chicago', UT: 'America/Denver',
  VT: 'America/New_York', VA: 'America/New_York', WA: 'America/Los_Angeles', WV: 'America/New_York', WI: 'America/Chicago',
  WY: 'America/Denver', PR: 'America/Puerto_Rico', VI: 'America/St_Thomas', GU: 'Pacific/Guam', AS: 'Pacific/Pago_Pago',
  MP: 'Pacific/Saipan',
};

export function matchAll<T>(values: readonly string[], patterns: readonly [RegExp, T][]): T[] {
  const out: T[] = [];
  for (const v of values) for (const [re, t] of patterns) if (re.test(v.trim()) && !out.includes(t)) out.push(t);
  return out;
}
