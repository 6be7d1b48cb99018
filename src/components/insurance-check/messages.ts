/**
 * Every visible string of `<iop-insurance-check>`, English and Spanish (neutral
 * Latin-American, usted). Three voices for the patient's fields: `self` ("your"),
 * `other` ("the patient's"), `guardian` (patient under 18: a parent or guardian
 * fills in the form for "your child").
 */
import { defineMessages } from '../../core/i18n/catalogue.js';

/** English: the source of the keys and `{placeholders}`. */
const en = {
  title: 'Check your insurance',
  intro: 'Tell us about your insurance and we will ask your plan what it covers for our program. It takes about 2 minutes.',
  privacyNote: 'Your answers are sent only to {center} to check your benefits. Nothing is saved on this device.',
  thisCenter: 'the treatment center',
  requiredNote: 'Every question is needed unless it says "optional".',
  errorPrefix: 'Error:',
  optional: 'optional',
  // Who
  whoLegend: 'Who is the care for?',
  whoMe: 'Me',
  whoOther: 'Someone else (I am filling this in for them)',
  guardianNote: 'The patient is under 18, so we will talk with you as their parent or guardian.',
  // Patient
  patientLegend_self: 'Your details, exactly as on the insurance card',
  patientLegend_other: "The patient's details, exactly as on the insurance card",
  patientLegend_guardian: "Your child's details, exactly as on the insurance card",
  firstName: 'First name',
  lastName: 'Last name',
  nameHint: 'Exactly as printed on the card.',
  dob_self: 'Your date of birth',
  dob_other: "The patient's date of birth",
  dob_guardian: "Your child's date of birth",
  month: 'Month',
  day: 'Day',
  year: 'Year',
  dobHint: 'For example: 4 12 1990',
  // Holder
  holderQuestion_self: 'Are you the policy holder (the person the insurance is in the name of)?',
  holderQuestion_other: 'Is the patient the policy holder (the person the insurance is in the name of)?',
  holderQuestion_guardian: 'Is your child the policy holder? (Most children are covered on a parent\'s plan: then choose "No".)',
  yes: 'Yes',
  no: 'No',
  relationship_self: 'You are the policy holder\'s…',
  relationship_other: "The patient is the policy holder's…",
  relationship_guardian: "Your child is the policy holder's…",
  choose: 'Choose…',
  relSpouse: 'Spouse or partner',
  relChild: 'Child',
  relOther: 'Other adult (another relative, for example)',
  holderLegend: "Policy holder's details, exactly as on the card",
  holderDob: "Policy holder's date of birth",
  // Payer
  payerLegend: 'Insurance',
  payerLabel: 'Insurance company',
  payerHint: 'Start typing the name on your card, for example "Aetna", "UHC" or "Medi-Cal", then choose it from the list.',
  payerResults: { zero: 'No insurance companies match. Keep typing, or check "I don\'t see my insurance".', one: '1 insurance company found. Use the up and down arrows to choose.', other: '{count} insurance companies found. Use the up and down arrows to choose.' },
  payerSearching: 'Searching…',
  payerSearchFailed: 'We could not load the list of insurance companies. You can type the name instead ("I don\'t see my insurance").',
  payerNotListed: "I don't see my insurance in the list",
  payerFreeText: 'Insurance company name, as on the card',
  memberId: 'Member ID',
  memberIdHint: 'On the front of the card, often labelled "Member ID", "ID #" or "Subscriber ID". Spaces and dashes are fine.',
  memberIdHintMbi: 'Your 11-character Medicare number (MBI), on the red, white and blue Medicare card, for example 1EG4-TE5-MK73.',
  groupNumber: 'Group number',
  groupHint: 'Often labelled "Group" or "GRP". Leave it empty if your card has none.',
  // Photos
  photosLegend: 'Photos of the insurance card',
  photosHint: 'Optional. Photos help our team if something does not match. They are made smaller on this device before sending.',
  photoFront: 'Front of the card',
  photoBack: 'Back of the card',
  photoPreview: 'Preview: {side}',
  photoRemove: 'Remove photo: {side}',
  photoReading: 'Preparing the photo…',
  photoFailed: 'We could not read this file as a photo. Please try another picture.',
  // Contact
  contactLegend: 'How can we reach you?',
  contactHintOptional: 'Optional. Our admissions team uses this only to follow up about this check.',
  contactHintRequired: 'Please give a phone number or an e-mail address so our admissions team can follow up.',
  phone: 'Phone',
  email: 'E-mail',
  preferredTime: 'Best time to call',
  timeAny: 'Any time',
  timeMorning: 'Morning',
  timeAfternoon: 'Afternoon',
  timeEvening: 'Evening',
  textOk: 'It is OK to send me text messages',
  // Consents
  consentsLegend: 'Your permission',
  consentVerify_self: 'I authorize {center} to contact my insurance company to verify my benefits for treatment, using the information on this form.',
  consentVerify_other: 'I authorize {center} to contact the patient\'s insurance company to verify their benefits for treatment, using the information on this form. I have the patient\'s permission to share it.',
  consentVerify_guardian: 'I am the parent or legal guardian of the patient, and I authorize {center} to contact their insurance company to verify their benefits for treatment, using the information on this form.',
  consentContact: 'I agree that {center} may contact me by phone or text message about this check and about starting care. (Optional. Message and data rates may apply.)',
  submit: 'Check my coverage',
  // Errors
  errorSummary: { one: 'Please check 1 answer', other: 'Please check {count} answers' },
  err_firstName_required: 'Enter the first name, exactly as on the card.',
  err_lastName_required: 'Enter the last name, exactly as on the card.',
  err_firstName_tooLong: 'The first name can be at most 35 characters. Use the name as printed on the card.',
  err_lastName_tooLong: 'The last name can be at most 60 characters. Use the name as printed on the card.',
  err_dob_required: 'Enter the date of birth: month, day and year.',
  err_dob_dateIncomplete: 'Enter all three parts of the date of birth: month, day and year (4 digits).',
  err_dob_dateInvalid: 'This date does not exist. Check the month and the day.',
  err_dob_dateFuture: 'The date of birth cannot be in the future.',
  err_dob_dateTooOld: 'Check the year of birth: it should be within the last 120 years.',
  err_isHolder_required: 'Choose whether the patient is the policy holder.',
  err_relationship_required: 'Choose how the patient is related to the policy holder.',
  err_payer_required: 'Enter the insurance company.',
  err_payer_payerChoose: 'Choose your insurance company from the list, or check "I don\'t see my insurance".',
  err_payer_tooLong: 'The insurance company name can be at most 200 characters.',
  err_memberId_required: 'Enter the member ID from the card.',
  err_memberId_memberId: 'A member ID has 2 to 80 letters and numbers (spaces and dashes are fine). Check the card.',
  err_memberId_mbi: 'A Medicare number (MBI) has 11 characters, like 1EG4-TE5-MK73. It never uses the letters S, L, O, I, B or Z. Check the Medicare card.',
  err_groupNumber_groupNumber: 'A group number has up to 50 letters and numbers (spaces and dashes are fine).',
  err_phone_phone: 'Enter a 10-digit US phone number, for example (555) 201-3344.',
  err_email_email: 'Enter an e-mail address like name@example.org.',
  err_phone_contactRequired: 'Enter a phone number or an e-mail address so we can follow up.',
  err_consentVerify_required: 'We need your permission to contact the insurance company. Check the box to continue.',
  // Sending
  sending: 'Checking with the insurance company… This can take up to 30 seconds.',
  // Result, failure and notices (the result panel's own strings are in result-messages.ts)
  talkToPerson: 'Prefer to talk to a person? Call {phone}.',
  talkToPersonNoPhone: 'Prefer to talk to a person? Please call the treatment center.',
  editDetails: 'Change my details',
  tryAgain: 'Try again',
  failedHeading: "We couldn't send your details",
  failedKeep: 'Nothing you typed has been lost.',
  // Alternatives
  alternativesHeading: 'Other ways to pay for care',
  alternativesIntro: 'Insurance is not the only way. Ask us about:',
  alternativesIfCost: 'If the cost is more than you can manage',
  alt_self_pay: 'Self-pay rates: a set price for the program if you pay without insurance.',
  alt_sliding_scale: 'Sliding scale: fees based on your income, where we offer them.',
  alt_payment_plan: 'Payment plans: spreading the cost over several months.',
  alt_state_funded: 'State-funded programs: many states pay for treatment for people without insurance or with low income.',
  alt_medicaid_help: 'Help applying for Medicaid: you may qualify, and coverage can start quickly.',
  samhsa: 'SAMHSA National Helpline: {phone} — free, confidential, 24/7, in English and Spanish. They can tell you about state-funded treatment near you.',
  // Configuration and notices
  configErrorHeading: 'This insurance check is not set up correctly',
  configErrorNpi: 'Website setup: the provider NPI "{npi}" is not a valid National Provider Identifier (10 digits, starting with 1 or 2, with a correct check digit). Fix the npi attribute of <iop-insurance-check> or center-npi of <iop-provider>.',
  configErrorVisitor: 'Until it is fixed, please call {phone} to check your insurance.',
  configErrorVisitorNoPhone: 'Until it is fixed, please call the treatment center to check your insurance.',
  staticHeading: 'Insurance checks are not available on this website',
} as const;

/** The English catalogue's shape; `messages.es.ts` must give a Spanish message for every key. */
export type English = typeof en;

/** Spanish is fetched only when an element renders in Spanish (see `loadCatalogue`). */
export const messages = defineMessages(en, () => import('./messages.es.js'));

export type InsuranceMessages = typeof messages;
export type InsuranceMessageKey = keyof InsuranceMessages['en'] & string;
