/**
 * Strings of the review and sending views (send.ts), fetched with them: a page that only shows
 * the form carries none of them. The element's other strings are in messages.ts.
 */
import { defineMessages } from '../../core/i18n/index.js';
import type { MessageKey } from './messages.js';
import type { PanelContext } from './panels.js';

const en = {
  reviewIntro: 'Please check your answers. You can change any of them before you send the form.',
  edit: 'Edit',
  editQuestion: 'Edit: {question}',
  notAnswered: 'Not answered',
  agreedReview: 'Agreed',
  receiptTitle: 'Received',
  receiptReference: 'Received. Your reference is {receiptId}.',
  receiptNoReference: 'Received. Thank you.',
  nextSteps: 'What happens next: someone from {center} will call you, usually within one business day, to talk about your answers and the next step. You do not need to do anything else now.',
  nextStepsCall: 'If you want to talk sooner, call {phone}.',
  notSupportedTitle: "This form can't be sent from this website",
  notSupportedKept: 'Your answers are still saved on this device.',
  needsAttentionCall: 'Please call {phone}.',
  retrySend: 'Try sending again',
  sendingTitle: 'Sending your answers',
  flagNotesTitle: 'Before your first visit',
  statusQueued: 'Saved on this device. Sending now…',
  statusSending: 'Sending your answers…',
  statusWaitingOffline: "Saved on this device. We'll send it when you're back online.",
  statusRetryScheduled: "Saved on this device. We couldn't send it yet and will try again at {time}.",
  statusNeedsAttention: "Your answers are saved on this device, but we couldn't send them. Please call us so we can help.",
  withdrawalRiskNote: 'Stopping some substances suddenly can be dangerous. Our team will talk with you about the safest first step.',
  needs24hSupportNote: 'Thank you for telling us. Our team will talk with you about the safest first step and the kind of support that fits you.',
} as const;

/** The English catalogue's shape; `send.messages.es.ts` must give a Spanish message for every key. */
export type English = typeof en;

export const sendMessages = defineMessages(en, () => import('./send.messages.es.js'));

export type SendMessageKey = keyof typeof sendMessages.en & string;

/** The panels' context for the review and sending views: `t` knows both catalogues. */
export interface SendContext extends Omit<PanelContext, 't'> {
  t(key: MessageKey | SendMessageKey, params?: Record<string, string | number>): string;
}
