/** Defines `<iop-insurance-check>` (side effect). `import 'iop-kit/insurance-check'`. */
import { defineElement } from '../components/base/define.js';
import { IopInsuranceCheck } from '../components/insurance-check/insurance-check.js';

defineElement('iop-insurance-check', IopInsuranceCheck);

export { IopInsuranceCheck };
export type { InsuranceAlternative, InsuranceSubmittedDetail } from '../components/insurance-check/insurance-check.js';

declare global {
  interface HTMLElementTagNameMap {
    'iop-insurance-check': IopInsuranceCheck;
  }
}
