/** Defines `<iop-family-education>` (side effect). `import 'iop-kit/family-education'`. */
import { defineElement } from '../components/base/define.js';
import { IopFamilyEducation } from '../components/family-education/family-education.js';

defineElement('iop-family-education', IopFamilyEducation);

export { IopFamilyEducation };
export type { EducationProgressDetail } from '../components/family-education/family-education.js';

declare global {
  interface HTMLElementTagNameMap {
    'iop-family-education': IopFamilyEducation;
  }
}
