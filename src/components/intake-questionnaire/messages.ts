/**
 * `<iop-intake-questionnaire>`'s own strings (validation, outbox statuses and the gentle
 * level-of-care notes come from the engine's `intakeEngineMessages`; crisis lines and
 * storage notices from `commonMessages`).
 *
 * Spanish: neutral Latin-American Spanish, "usted", warm and plain.
 */
import { defineMessages } from '../../core/i18n/index.js';

/** English: the source of the keys and `{placeholders}`. */
const en = {
  loadingForm: 'Loading the questionnaire…',
  formLoadFailed: "We couldn't load the questionnaire.",
  formNotFound: "We couldn't find this questionnaire. Please call us and we will help you start.",
  formInvalid: 'This questionnaire has a problem on our side. Please call us and we will help you start.',
  callUs: 'Call {phone}',
  stepOf: 'Step {index} of {count}: {title}',
  allSteps: 'All steps',
  reviewTitle: 'Review your answers',
  back: 'Back',
  next: 'Next',
  reviewButton: 'Review my answers',
  submit: 'Send my answers',
  yes: 'Yes',
  no: 'No',
  agreed: 'I agree',
  choose: 'Choose…',
  requiredMark: '(required)',
  chooseAny: 'Choose all that apply.',
  charCount: '{count} of {max} characters',
  dateHint: 'Type the date, or choose it from the calendar.',
  signatureDate: 'Date: {date}',
  consentFullText: 'Full text: {title}',
  errorSummaryTitle: { one: 'Please check {count} answer', other: 'Please check {count} answers' },
  crisisTitle: 'You deserve support right now',
  crisisIntro: 'Thank you for telling us. You do not have to go through this alone.',
  crisisCall: 'Call 988',
  crisisText: 'Text 988',
  crisisEmergency: 'Call 911',
  crisisCenter: 'Call {center}: {phone}',
  ourTeam: 'our team',
  crisisContinue: 'I understand — continue the form',
  crisisReminder: 'Help is there any time: call or text 988. In an emergency, call 911.',
  resumeTitle: 'Welcome back — continue where you left off',
  resumeSaved: 'Your answers were saved on this device on {date}.',
  resumeContinue: 'Continue',
  startOver: 'Start over',
  startOverConfirm: 'Start over? Your saved answers will be deleted from this device. This cannot be undone.',
  startOverYes: 'Yes, delete and start over',
  keepAnswers: 'No, keep my answers',
  deleteAnswers: 'Delete my answers',
  deleteConfirm: 'Delete every answer you gave from this device? This cannot be undone.',
  deleteYes: 'Yes, delete my answers',
  deleted: 'Your answers were deleted from this device.',
  draftNotRestored: "We couldn't restore the answers saved on this device, so the form starts again. We're sorry. Nothing was sent anywhere.",
  draftNotSaving: "Your answers can't be saved on this device right now (it may be full). Please keep this page open until you send the form.",
  keptFor: { one: 'Your answers are saved on this device as you go, and kept for {count} day if you do not send them.', other: 'Your answers are saved on this device as you go, and kept for {count} days if you do not send them.' },
  savedAt: 'Saved at {time}',
  otherTab: 'This form was changed in another tab or window.',
  reloadFromDraft: 'Show the latest answers',
} as const;

/** The English catalogue's shape; `messages.es.ts` must give a Spanish message for every key. */
export type English = typeof en;

/** Spanish is fetched only when an element renders in Spanish (see `loadCatalogue`). */
export const messages = defineMessages(en, () => import('./messages.es.js'));

export type MessageKey = keyof typeof messages.en & string;
