/** Spanish for `empty.messages.ts`. Loaded on demand. */
import { spanish } from '../../core/i18n/catalogue.js';
import type { English } from './empty.messages.js';

export default spanish<English>({
  emptyHeading: 'Ningún programa coincide con {filters}.',
  emptyClearing: 'Si quita “{facet}”, verá {count}.',
  clearFacet: 'Quitar “{facet}”',
  blocker_query: 'Búsqueda',
  blocker_busy: 'Se ajusta a mi semana',
  short_focus: 'Enfoque',
  short_levelOfCare: 'Nivel de atención',
  short_format: 'Modalidad',
  short_times: 'Momento del día',
  short_populations: 'Para quién',
  short_languages: 'Idioma',
  short_payment: 'Pago',
  short_services: 'Servicios',
});
