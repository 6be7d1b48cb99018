/** Spanish for `compare.messages.ts`. Loaded on demand. */
import { spanish } from '../../core/i18n/catalogue.js';
import type { English } from './compare.messages.js';

export default spanish<English>({
  compareHeading: 'Comparar programas',
  compareCaption: 'Comparación lado a lado de {count} programas',
  compareEmpty: 'Elija “Comparar” en hasta 4 programas para verlos lado a lado.',
  backToResults: 'Volver a los resultados',
  removeFromCompare: 'Quitar {name} de la comparación',
  row_center: 'Centro',
  row_tracks: 'Horas y días por semana',
  row_sessionTypes: 'Tipos de sesión',
  row_duration: 'Duración habitual',
  row_format: 'Modalidad',
  row_level: 'Nivel de atención',
  row_payment: 'Pago',
  row_services: 'Servicios',
  row_languages: 'Idiomas',
  row_accreditation: 'Acreditación',
  row_nextOpening: 'Próximo cupo',
  none: 'No indicado',
});
