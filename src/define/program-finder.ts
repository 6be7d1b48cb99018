/** Defines `<iop-program-finder>` (side effect). `import 'iop-kit/program-finder'`. */
import { defineElement } from '../components/base/define.js';
import { ProgramFinder } from '../components/program-finder/program-finder.js';

defineElement('iop-program-finder', ProgramFinder);

export { ProgramFinder };

declare global {
  interface HTMLElementTagNameMap {
    'iop-program-finder': ProgramFinder;
  }
}
