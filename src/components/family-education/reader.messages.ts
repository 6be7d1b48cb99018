/**
 * Strings of an open module (reading tools, blocks, knowledge checks, reflections), fetched
 * with the reader (`reader-view.ts`); the element waits for their Spanish before rendering
 * the reader in Spanish. Spanish: neutral Latin-American, "usted", warm and plain.
 */
import { defineMessages } from '../../core/i18n/catalogue.js';

/** English: the source of the keys and `{placeholders}`. */
const en = {
  invalidBlock: 'This part could not be displayed.',
  tools: 'Reading tools',
  textSize: 'Text size: {percent}%',
  smaller: 'A−',
  smallerLabel: 'Smaller text',
  larger: 'A+',
  largerLabel: 'Larger text',
  readAloud: 'Read aloud',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop reading',
  reading: 'Reading aloud.',
  readingStopped: 'Stopped reading.',
  print: 'Print',
  share: 'Copy link to this module',
  shareLabel: 'Link to this module',
  copied: 'Link copied.',
  copyByHand: 'Copy the link from the box above.',
  resumeNote: 'You read part of this module before.',
  resumeButton: 'Go to where you left off',
  readingProgress: 'Reading progress',
  previous: 'Previous module: {title}',
  next: 'Next module: {title}',
  markComplete: 'Mark this module as complete',
  completedNote: 'You completed this module. Thank you for taking the time.',
  markIncomplete: 'Mark as not complete',
  crisisCall: 'Call 988',
  crisisText: 'Text 988',
  crisisCenter: 'Call {center}: {phone}',
  crisisCenterUnnamed: 'Call the treatment center: {phone}',
  checkLabel: 'Knowledge check',
  checkAnswer: 'Check answer',
  chooseFirst: 'Please choose an answer first.',
  chooseAll: 'Choose all that apply.',
  correct: '✓ Correct.',
  incorrect: '✗ Not quite.',
  allRight: 'Well done: your answer is right.',
  partlyRight: 'Your score: {percent}%. Read the notes under your choices, then try again if you like.',
  notRight: 'That answer is not right yet. Read the notes under your choices, then try again.',
  tryAgain: 'Try again',
  reflectionHint: 'Only you see this. It is not sent to anyone. It is kept on this device only if you choose “Save on this device”.',
  saveReflection: 'Save on this device',
  deleteReflection: 'Delete',
  reflectionSaved: 'Saved on this device, encrypted. Use Delete to remove it.',
  reflectionDeleted: 'Deleted from this device.',
  reflectionNotKept: 'This device can’t keep your notes; they will be lost when you leave this page.',
  video: 'Video: {title}',
  videoUnavailable: 'This video can’t be played here.',
  captionsLink: 'Read the captions as text',
  captionsLabel: 'Captions',
  newTab: '(opens in a new tab)',
  calloutTip: 'Tip',
  calloutWarning: 'Important',
  calloutCrisis: 'Help right now',
  lifelineName: '988 Suicide & Crisis Lifeline, any time, day or night.',
} as const;

/** The English catalogue's shape; `reader.messages.es.ts` must give a Spanish message for every key. */
export type English = typeof en;

export const readerMessages = defineMessages(en, () => import('./reader.messages.es.js'));

export type ReaderKey = keyof English & string;

/**
 * The language switch is labelled in the language it switches to ("Leer en español" on an
 * English page), so both languages are here, not fetched: an English page never loads Spanish.
 */
export const switchMessages = defineMessages({ switchLanguage: 'Read this in English' }, { switchLanguage: 'Leer en español' });
