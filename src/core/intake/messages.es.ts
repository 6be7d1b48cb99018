/** Spanish for `messages.ts` (neutral Latin-American, usted). Loaded on demand. */
import { spanish } from '../i18n/catalogue.js';
import type { English } from './messages.js';

export default spanish<English>({
  required: 'Por favor, responda esta pregunta.',
  chooseOne: 'Por favor, elija una respuesta.',
  chooseAtLeastOne: 'Por favor, elija al menos una respuesta.',
  consentRequired: 'Por favor, marque la casilla para aceptar. Necesitamos su autorización para continuar.',
  invalidAnswer: 'No pudimos leer esta respuesta. Por favor, responda de nuevo.',
  invalidOption: 'Por favor, elija una de las respuestas que se muestran.',
  invalidPhone: 'Por favor, escriba un número de teléfono de 10 dígitos, como (555) 201-3344.',
  invalidEmail: 'Por favor, escriba un correo electrónico, como nombre@ejemplo.com.',
  invalidDate: 'Por favor, escriba una fecha real.',
  invalidBirthDate: 'Por favor, revise su fecha de nacimiento.',
  dateInFuture: 'Por favor, escriba una fecha de hoy o anterior.',
  dateInPast: 'Por favor, escriba una fecha de hoy o posterior.',
  dateTooEarly: 'Por favor, escriba una fecha a partir del {date}.',
  dateTooLate: 'Por favor, escriba una fecha hasta el {date}.',
  invalidNumber: 'Por favor, escriba un número.',
  wholeNumber: 'Por favor, escriba un número entero (sin decimales).',
  numberMin: 'Por favor, escriba {min} o más.',
  numberMax: 'Por favor, escriba {max} o menos.',
  numberBetween: 'Por favor, escriba un número del {min} al {max}.',
  tooFewSelected: { one: 'Por favor, elija al menos {count} respuesta.', other: 'Por favor, elija al menos {count} respuestas.' },
  tooManySelected: { one: 'Por favor, elija no más de {count} respuesta.', other: 'Por favor, elija no más de {count} respuestas.' },
  textTooLong: { one: 'Por favor, use {count} carácter o menos.', other: 'Por favor, use {count} caracteres o menos.' },
  invalidSignature: 'Por favor, escriba su nombre completo para firmar.',
});
