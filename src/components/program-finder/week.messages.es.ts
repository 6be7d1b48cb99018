/** Spanish for `week.messages.ts`. Loaded on demand. */
import { spanish } from '../../core/i18n/catalogue.js';
import type { English } from './week.messages.js';

export default spanish<English>({
  weekIntro: 'Agregue los momentos en que no está libre, como el trabajo o la escuela. Se quedan solo en esta página: no se guardan ni se envían a ningún lado.',
  presetWork: 'Trabajo, lun–vie 9–5',
  presetSchool: 'Escuela, lun–vie 8–3',
  busyDays: 'Días',
  busyFrom: 'Desde',
  busyTo: 'Hasta',
  busyAdd: 'Agregar horario ocupado',
  busyInvalid: 'Elija al menos un día y una hora “hasta” posterior a la hora “desde”.',
  busyList: 'Momentos en que no está libre',
  busyNone: 'Todavía no hay horarios ocupados.',
  busyRemove: 'Quitar {label}',
  busyLabel: '{days}, {from}–{to}',
  busyAdded: 'Horario ocupado agregado: {label}.',
  clashMode: 'Programas que coinciden con estos horarios',
  clashMark: 'Mostrarlos, marcados',
  clashHide: 'Ocultarlos',
});
