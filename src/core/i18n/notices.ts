/**
 * Notices more than one element shows but not every element needs: a static site that
 * cannot send a form, storage that cannot keep answers, the crisis lines (DESIGN.md §8:
 * 988 — call or text, "AYUDA" for Spanish by text; 911; SAMHSA 1-800-662-4357), calling the
 * center, and a duration in weeks. Apart from `commonMessages` (loading and failures, in every
 * element) so an element carries only the strings it shows.
 */
import { defineMessages } from './catalogue.js';

/** English: the source of the keys and `{placeholders}`. */
const en = {
  staticSourceNotice: "This website can't send this form online. Please call {phone}.",
  staticSourceNoticeNoPhone: "This website can't send this form online. Please call the treatment center directly.",
  callCenter: 'Call {center} at {phone}',
  storageFallbackNotice: "Your answers can't be saved on this device; they will be lost if you leave this page.",
  crisisHeading: 'If you are thinking about harming yourself, help is available right now.',
  crisisLifeline: 'Call or text 988 (Suicide & Crisis Lifeline), any time, day or night.',
  crisisEmergency: 'If you are in danger right now, call 911.',
  crisisSamhsa: 'SAMHSA National Helpline: 1-800-662-4357 (free, confidential, 24/7, in English and Spanish).',
  weeks: { one: '{count} week', other: '{count} weeks' },
} as const;

/** The English catalogue's shape; `notices.es.ts` must give a Spanish message for every key. */
export type English = typeof en;

/** Spanish is fetched only when an element renders in Spanish (see `loadCatalogue`). */
export const noticeMessages = defineMessages(en, () => import('./notices.es.js'));
