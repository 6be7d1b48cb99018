/**
 * The intake form engine (no UI): expressions, instruments and scoring, visibility,
 * validation, submissions and the delivery outbox. See docs/notes/intake-engine.md.
 */
export { evaluate, referencedQuestions, referencedScores, isAnswered, readAnswer, toNumber, allOf, MAX_DEPTH } from './expressions.js';
export type { EvalContext } from './expressions.js';
export * from './instruments/index.js';
export { expandForm, expandFormWith, checkForm, ADOLESCENT_AGE } from './form-model.js';
export { instrumentsNeeded, loadInstruments } from './instruments/load.js';
export type { InstrumentSet } from './instruments/load.js';
export type { ExpandOptions, FormProblem, IntakeItem, IntakePage } from './form-model.js';
export { typedAnswer } from './resolve.js';
export type { Answers, Resolution } from './resolve.js';
export { FormSession, IntakeSession, buildSubmission, createIntakeSession } from './engine.js';
export type { IntakeSessionOptions, VisibleItem } from './engine.js';
export { intakeEngineMessages, intakeMessage, validationMessage } from './messages.js';
export type { IntakeEngineMessageKey, ValidationError, ValidationKey } from './messages.js';
export { newSubmissionId, submissionFrom } from './submission.js';
export type { BuildSubmissionInput, BuildSubmissionResult } from './submission.js';
export { defaultIntakeForm, DEFAULT_INTAKE_FORM_ID, DEFAULT_INTAKE_FORM_VERSION } from './default-form.js';
export { createOutboxSender, NEEDS_ATTENTION, OUTBOX_KIND } from './outbox-sender.js';
export type { FlushOptions, OutboxSender, OutboxSenderOptions, OutboxStatus } from './outbox-sender.js';
