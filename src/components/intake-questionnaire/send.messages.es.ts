/** Spanish for `send.messages.ts` (neutral Latin-American, usted). Loaded on demand. */
import { spanish } from '../../core/i18n/catalogue.js';
import type { English } from './send.messages.js';

export default spanish<English>({
  reviewIntro: 'Por favor, revise sus respuestas. Puede cambiar cualquiera de ellas antes de enviar el formulario.',
  edit: 'Cambiar',
  editQuestion: 'Cambiar: {question}',
  notAnswered: 'Sin respuesta',
  agreedReview: 'Aceptado',
  receiptTitle: 'Recibido',
  receiptReference: 'Recibido. Su número de referencia es {receiptId}.',
  receiptNoReference: 'Recibido. Gracias.',
  nextSteps: 'Qué sigue: alguien de {center} le llamará, por lo general dentro de un día hábil, para hablar de sus respuestas y del siguiente paso. No necesita hacer nada más por ahora.',
  nextStepsCall: 'Si quiere hablar antes, llame al {phone}.',
  notSupportedTitle: 'Este formulario no se puede enviar desde este sitio web',
  notSupportedKept: 'Sus respuestas siguen guardadas en este dispositivo.',
  needsAttentionCall: 'Por favor, llame al {phone}.',
  retrySend: 'Intentar enviar de nuevo',
  sendingTitle: 'Enviando sus respuestas',
  flagNotesTitle: 'Antes de su primera visita',
  statusQueued: 'Guardado en este dispositivo. Enviando…',
  statusSending: 'Enviando sus respuestas…',
  statusWaitingOffline: 'Guardado en este dispositivo. Lo enviaremos cuando vuelva a tener conexión.',
  statusRetryScheduled: 'Guardado en este dispositivo. Todavía no pudimos enviarlo; lo intentaremos de nuevo a las {time}.',
  statusNeedsAttention: 'Sus respuestas están guardadas en este dispositivo, pero no pudimos enviarlas. Por favor, llámenos para que podamos ayudarle.',
  withdrawalRiskNote: 'Dejar algunas sustancias de golpe puede ser peligroso. Nuestro equipo hablará con usted sobre el primer paso más seguro.',
  needs24hSupportNote: 'Gracias por contarnos. Nuestro equipo hablará con usted sobre el primer paso más seguro y el tipo de apoyo que más le conviene.',
});
