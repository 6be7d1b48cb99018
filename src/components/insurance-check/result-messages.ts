/**
 * Strings of the result panel of `<iop-insurance-check>` (loaded with `result-view.ts`, only
 * once a check has been sent). Spanish in `result-messages.es.ts`, fetched on demand.
 */
import { defineMessages } from '../../core/i18n/catalogue.js';

const en = {
  notAGuarantee: 'Verification is not a guarantee of payment. The plan decides final coverage when claims are processed.',
  heading_active: 'Good news: the plan is active',
  heading_inactive: 'The plan shows this coverage as not active',
  heading_notFound: 'We could not match these details with the plan',
  heading_needsReview: 'Our admissions team will call you',
  heading_error: "We couldn't get an answer from the insurance company right now",
  plan: 'Plan: {plan}',
  payer: 'Insurance company: {payer}',
  coverageDates: 'Coverage: {start} to {end}',
  coverageFrom: 'Coverage since {start}',
  reference: 'Reference number, if you call us: {ref}',
  benefitsHeading: 'What the plan says about our care',
  noBenefits: 'The plan did not send details for these services. Our admissions team will go over them with you.',
  svc_30: 'Your plan overall',
  svc_MH: 'Mental health care',
  svc_AI: 'Substance use (addiction) treatment',
  svc_CF: 'Outpatient mental health care',
  svc_CJ: 'Outpatient substance use treatment',
  svc_A6: 'Psychotherapy',
  svc_A8: 'Outpatient psychiatric care',
  svc_AJ: 'Alcohol use treatment',
  svc_AK: 'Drug addiction treatment',
  svc_BB: 'Partial hospitalization (psychiatric)',
  svc_CH: 'Outpatient mental health facility',
  inNetwork_yes: 'In network: our program is in your plan\'s network, which usually means lower costs for you.',
  inNetwork_no: 'Out of network: your plan may pay less for care here, or nothing. Ask us about other ways to pay.',
  inNetwork_unknown: 'Network: the plan did not say whether our program is in network. Our team will check.',
  copay: 'Copay {amount}: you pay {amount} for each visit.',
  coinsurance: "Coinsurance {percent}: you pay {percent} of each visit's cost after your deductible.",
  deductibleOf: 'Deductible: {remaining} of {total} left to pay this year before the plan starts sharing costs.',
  deductibleLeft: 'Deductible: {remaining} left to pay this year before the plan starts sharing costs.',
  deductibleMet: 'Deductible met: the plan already shares the costs of covered care.',
  oopOf: 'Out-of-pocket maximum: {remaining} of {total} left. Once you reach it, the plan pays all covered care for the rest of the year.',
  oopLeft: 'Out-of-pocket maximum: {remaining} left. Once you reach it, the plan pays all covered care for the rest of the year.',
  priorAuth_yes: 'Prior authorization required: the plan must approve this care before it starts. Our admissions team asks for it for you.',
  priorAuth_no: 'No prior authorization needed for this care.',
  priorAuth_unknown: 'Prior authorization: the plan did not say. Our team will check.',
  carveOut: 'Your plan uses {name} for mental health and addiction care. Our team will check with them.',
  carveOutPhone: 'You can also call {name} at {phone}.',
  planMessages: 'Notes from the plan',
  inactiveBody: 'This happens when a plan has ended or changed, and it is not your fault. If you have a newer card, please use it.',
  notFoundBody: 'This happens often, and it is usually a small difference in how the details are written.',
  checkList: 'Please check:',
  checkName: 'The name is exactly as on the card (including middle initials or hyphens).',
  checkDob: 'The date of birth is correct.',
  checkMemberId: 'The member ID matches the card, letter by letter.',
  checkHolder: 'Whether the insurance is in someone else\'s name (a parent or spouse).',
  needsReviewBody: 'We need a person to look at this one. Someone from our admissions team will call you to go over your coverage.',
  hours: 'We answer the phone {hours}.',
  errorBody: 'The insurance company did not answer. Nothing you typed has been lost: you can try again in a moment, or call us.',
  backToCorrect: 'Check my details and try again',
  newCheck: 'Start a new check',
} as const;

export type ResultEnglish = typeof en;

export const resultMessages = defineMessages(en, () => import('./result-messages.es.js'));
export type ResultMessageKey = keyof typeof en & string;
