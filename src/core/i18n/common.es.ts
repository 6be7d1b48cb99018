/** Spanish for `common.ts` (neutral Latin-American, usted). Loaded on demand. */
import { spanish } from './catalogue.js';
import type { English } from './common.js';

export default spanish<English>({
  loading: 'Cargando…',
  tryAgain: 'Intentar de nuevo',
  somethingWentWrongDetail: 'Algo salió mal de nuestro lado. Por favor, intente de nuevo en un momento.',
  networkError: 'No pudimos conectarnos. Revise su conexión a internet e intente de nuevo.',
  timeoutError: 'Esto está tardando más de lo esperado. Por favor, intente de nuevo.',
  invalidDataError: 'Recibimos información que no pudimos leer. Por favor, intente de nuevo más tarde.',
});
