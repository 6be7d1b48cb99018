/** Spanish for `notices.ts` (neutral Latin-American, usted). Loaded on demand. */
import { spanish } from './catalogue.js';
import type { English } from './notices.js';

export default spanish<English>({
  staticSourceNotice: 'Este sitio web no puede enviar este formulario en línea. Por favor, llame al {phone}.',
  staticSourceNoticeNoPhone: 'Este sitio web no puede enviar este formulario en línea. Por favor, llame directamente al centro de tratamiento.',
  callCenter: 'Llame a {center} al {phone}',
  storageFallbackNotice: 'Sus respuestas no se pueden guardar en este dispositivo; se perderán si sale de esta página.',
  crisisHeading: 'Si está pensando en hacerse daño, hay ayuda disponible ahora mismo.',
  crisisLifeline:
    'Llame o envíe un mensaje de texto al 988 (Línea de Prevención del Suicidio y Crisis), a cualquier hora, de día o de noche. Para español, marque 2 o envíe la palabra AYUDA.',
  crisisEmergency: 'Si está en peligro en este momento, llame al 911.',
  crisisSamhsa: 'Línea Nacional de Ayuda de SAMHSA: 1-800-662-4357 (gratuita, confidencial, las 24 horas, en español e inglés).',
  weeks: { one: '{count} semana', other: '{count} semanas' },
});
