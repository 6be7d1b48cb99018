/** Typed events of `<iop-intake-questionnaire>`. None carries an answer; flags only. */
import type { Flag } from '../../core/schemas/index.js';

export interface IntakePageChangeDetail {
  /** The page shown (`'review'` for the review step). */
  pageId: string;
  /** Its 0-based position among the visible steps. */
  index: number;
}

export interface IntakeSavedDetail {
  /** When the draft was saved on the device (epoch ms). */
  savedAt: number;
}

export interface IntakeSubmittedDetail {
  /** The center's receipt (reference) for the submission. */
  receiptId: string;
  /** The client-generated submission id (also the Idempotency-Key). */
  submissionId: string;
  flags: Flag[];
}

export interface IntakeCrisisDetail {
  /** Question ids whose answers indicated a risk of self-harm (e.g. `phq9-9`, `crisis-now`). */
  sources: string[];
}

declare module '../base/iop-element.js' {
  interface IopEventMap {
    'iop-intake-page-change': CustomEvent<IntakePageChangeDetail>;
    'iop-intake-saved': CustomEvent<IntakeSavedDetail>;
    'iop-intake-submitted': CustomEvent<IntakeSubmittedDetail>;
    'iop-intake-crisis': CustomEvent<IntakeCrisisDetail>;
  }
}
