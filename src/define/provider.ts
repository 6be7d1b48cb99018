/** Defines `<iop-provider>` (side effect). `import 'iop-kit/provider'`. */
import { defineElement } from '../components/base/define.js';
import { IopProvider } from '../components/provider/provider.js';

defineElement('iop-provider', IopProvider);

export { IopProvider };

declare global {
  interface HTMLElementTagNameMap {
    'iop-provider': IopProvider;
  }
}
