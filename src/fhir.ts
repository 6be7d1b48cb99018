/** `iop-kit/fhir`: FHIR R4 Questionnaire / QuestionnaireResponse bridge (no UI). */
export * from './core/fhir/index.js';
