/**
 * The built-in IOP intake form (`iop-default-intake`): what `<iop-intake-questionnaire>`
 * runs when the center supplies no form of its own. Every text is in English and Spanish
 * (neutral Latin-American Spanish, "usted"), written plainly (about a grade 6–8 reading
 * level) and kindly: the reader may be anxious or in crisis.
 *
 * Flags:
 * - `crisis`: "right now, thoughts of ending your life or hurting yourself" = yes (the
 *   engine adds PHQ-9 item 9 > 0 itself);
 * - `withdrawal-risk`: a past seizure or delirium tremens when cutting down — the team
 *   must plan withdrawal management before IOP (ASAM dimension 1);
 * - `needs-24h-support`: the person does not feel safe where they live (ASAM dimension 6).
 *   Decided gently: only "No" raises it — "not sure" and a home that is not substance-free
 *   are common and are for the conversation, not a flag. It never refuses anyone; the
 *   element shows "our team will talk with you about the safest first step".
 * - `adolescent`: raised by the engine from the date of birth (`dob`), which also shows
 *   CRAFFT 2.1 instead of AUDIT-C and DAST-10.
 */
import type { IntakeForm } from '../schemas/index.js';
import { t } from './default-form/build.js';
import { alcoholDrugsPage, healthPage, homePage, mentalHealthPage, pastTreatmentPage } from './default-form/pages-health.js';
import { consentsPage } from './default-form/pages-consent.js';
import { emergencyContactPage, insurancePage, schedulingPage } from './default-form/pages-practical.js';
import { aboutPage, reasonPage, substancePage } from './default-form/pages-you.js';

export const DEFAULT_INTAKE_FORM_ID = 'iop-default-intake';
export const DEFAULT_INTAKE_FORM_VERSION = '2026.1';

export const defaultIntakeForm: IntakeForm = {
  id: DEFAULT_INTAKE_FORM_ID,
  version: DEFAULT_INTAKE_FORM_VERSION,
  title: t('Start your intake', 'Comience su admisión'),
  locales: ['en', 'es'],
  draftTtlDays: 7,
  pages: [
    aboutPage,
    reasonPage,
    substancePage,
    mentalHealthPage,
    alcoholDrugsPage,
    healthPage,
    pastTreatmentPage,
    homePage,
    schedulingPage,
    insurancePage,
    emergencyContactPage,
    consentsPage,
  ],
  flags: [
    { flag: 'crisis', when: { op: 'equals', q: 'crisis-now', value: true } },
    { flag: 'withdrawal-risk', when: { op: 'in', q: 'withdrawal-history', values: ['seizures', 'dts'] } },
    { flag: 'needs-24h-support', when: { op: 'equals', q: 'home-safe', value: 'no' } },
    { flag: 'adolescent', when: { op: 'lt', ageOf: 'dob', value: 18 } },
  ],
};
