/** Spanish for `messages.ts` (neutral Latin-American, usted). Loaded on demand. */
import { spanish } from '../../core/i18n/catalogue.js';
import type { English } from './messages.js';

export default spanish<English>({
  catalogueHeading: 'Aprendizaje para familias',
  loadingModules: 'Cargando los módulos…',
  loadingModule: 'Cargando el módulo…',
  noModules: 'Todavía no hay módulos para leer.',
  otherLanguages: { one: 'Hay {count} módulo más en otro idioma.', other: 'Hay {count} módulos más en otro idioma.' },
  showAllLanguages: 'Mostrar los módulos en todos los idiomas',
  suggestedOrder: 'Módulos en el orden de lectura sugerido.',
  minutes: { one: 'Aproximadamente {count} minuto', other: 'Aproximadamente {count} minutos' },
  audienceFamily: 'Para familias',
  audiencePatient: 'Para pacientes',
  audienceEveryone: 'Para todos',
  notStarted: 'Sin empezar',
  inProgress: 'En curso: {percent}% leído',
  completed: '✓ Terminado',
  progressLabel: 'Progreso en “{title}”',
  start: 'Empezar a leer',
  continueReading: 'Continuar',
  readAgain: 'Leer de nuevo',
  allModules: 'Todos los módulos',
  moduleNotFound: 'No pudimos encontrar este módulo. Es posible que ya no exista o que el enlace no esté actualizado.',
  langEn: 'English',
  langEs: 'Español',
  storageNotice: 'Su progreso no se puede guardar en este dispositivo; se perderá cuando salga de esta página.',
});
