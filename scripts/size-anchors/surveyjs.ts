// Size anchor for `npm run size`: what a page needs to run a SurveyJS form (the work the intake
// does) — the form model and its UI, with their dependencies. Its CSS is measured apart.
export { Model } from 'survey-core';
export { renderSurvey } from 'survey-js-ui';
