/** Defines `<iop-intake-questionnaire>` (side effect). `import 'iop-kit/intake-questionnaire'`. */
import { defineElement } from '../components/base/define.js';
import { IopIntakeQuestionnaire } from '../components/intake-questionnaire/intake-questionnaire.js';

defineElement('iop-intake-questionnaire', IopIntakeQuestionnaire);

export { IopIntakeQuestionnaire };
export type {
  IntakeCrisisDetail,
  IntakePageChangeDetail,
  IntakeSavedDetail,
  IntakeSubmittedDetail,
} from '../components/intake-questionnaire/intake-questionnaire.js';

declare global {
  interface HTMLElementTagNameMap {
    'iop-intake-questionnaire': IopIntakeQuestionnaire;
  }
}
