import { css } from 'lit';

/** Styles of `<iop-intake-questionnaire>`: one column, big tap targets, comfortable at 320 px. */
export const styles = css`
  :host { --_max-width: var(--iop-intake-max-width, 42rem); --_color-crisis: var(--iop-color-crisis, #8c1d18); container-type: inline-size; }
  .frame { max-width: var(--_max-width); line-height: 1.5; }
  h2, h3, h4 { line-height: 1.25; margin: 0 0 calc(var(--_space) * 0.5); }
  .form-title { font-size: 1.5em; }
  p { margin: 0 0 calc(var(--_space) * 0.75); }
  .focus-target:focus { outline: none; }
  .focus-target:focus-visible { outline: var(--_focus-ring); outline-offset: var(--_focus-ring-offset); }
  .progress { margin-block: var(--_space); }
  .progress .step { font-weight: 600; margin-bottom: 0.25rem; }
  .bar { height: 0.5rem; border-radius: 999px; background: var(--_color-surface-alt); border: 1px solid var(--_color-border); overflow: hidden; }
  .bar span { display: block; height: 100%; background: var(--_color-primary); transition: width var(--_motion-duration); }
  .steps summary { cursor: pointer; min-height: 44px; display: flex; align-items: center; color: var(--_color-primary); }
  .steps ol { margin: 0; padding-inline-start: 1.5rem; }
  .steps li.current { font-weight: 700; }
  .steps li.done::after { content: ' ✓'; }
  .page, .resume, .sending, .receipt, .not-supported, .error-state { padding: var(--_space); border: 1px solid var(--_color-border); border-radius: var(--_radius); background: var(--_color-surface); margin-bottom: var(--_space); }
  .description, .hint, .counter, .signature-date, .keep, .attribution { color: var(--_color-text-muted); }
  .hint, .counter, .signature-date, .attribution { font-size: 0.9em; margin: 0.25rem 0; }
  .field { margin: 0 0 calc(var(--_space) * 1.5); padding: 0; border: 0; min-width: 0; }
  .field > label, legend { display: block; font-weight: 600; margin-bottom: 0.25rem; padding: 0; }
  .required { font-weight: 400; color: var(--_color-text-muted); font-size: 0.9em; }
  input[type='text'], input[type='tel'], input[type='email'], input[type='date'], textarea, select { font: inherit; color: inherit; width: 100%; max-width: 28rem; min-height: 44px; padding: 0.5rem 0.75rem; border: 1px solid var(--_color-border); border-radius: var(--_radius); background: var(--_color-surface); }
  textarea { max-width: 100%; resize: vertical; }
  [aria-invalid='true'] { border-color: var(--_color-danger); border-width: 2px; }
  .input-row { display: flex; gap: 0.5rem; align-items: center; flex-wrap: wrap; }
  .input-row input { flex: 1 1 10rem; }
  .options { display: flex; flex-direction: column; gap: 0.25rem; }
  .option { display: flex; gap: 0.75rem; align-items: flex-start; min-height: 44px; padding: 0.5rem 0.75rem; border: 1px solid var(--_color-border); border-radius: var(--_radius); cursor: pointer; background: var(--_color-surface); }
  .option:has(input:checked) { border-color: var(--_color-primary); border-width: 2px; background: var(--_color-surface-alt); }
  .option input { width: 1.25rem; height: 1.25rem; margin: 0.15rem 0 0; flex: none; accent-color: var(--_color-primary); }
  @container (min-width: 36rem) {
    .yes-no .options { flex-direction: row; }
    .yes-no .option { flex: 0 1 10rem; }
  }
  .instrument { margin-bottom: calc(var(--_space) * 1.5); padding-top: calc(var(--_space) * 0.5); border-top: 1px solid var(--_color-border); }
  .stem { font-style: italic; }
  .consent-body { max-height: 14rem; overflow-y: auto; padding: 0.75rem; margin-bottom: 0.5rem; border: 1px solid var(--_color-border); border-radius: var(--_radius); background: var(--_color-surface-alt); }
  .error { color: var(--_color-danger); font-weight: 600; margin: 0.25rem 0; }
  .error-summary { border: 2px solid var(--_color-danger); border-radius: var(--_radius); padding: 0.75rem var(--_space); margin-bottom: var(--_space); }
  .error-summary a { color: var(--_color-danger); }
  .crisis { border: 3px solid var(--_color-crisis); border-radius: var(--_radius); padding: var(--_space); margin-bottom: var(--_space); background: var(--_color-surface); }
  .crisis h3 { color: var(--_color-crisis); }
  .crisis-actions { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0 0 0.75rem; }
  .crisis-link { display: inline-flex; align-items: center; min-height: 44px; padding: 0.5rem 1rem; border-radius: var(--_radius); background: var(--_color-crisis); color: #fff; font-weight: 700; text-decoration: none; }
  .crisis-link.emergency { background: #1f2328; }
  .crisis-reminder { font-size: 0.9em; padding: 0.5rem 0.75rem; border-inline-start: 4px solid var(--_color-crisis); background: var(--_color-surface-alt); }
  .nav, .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin-top: var(--_space); }
  .nav .primary { margin-inline-start: auto; }
  .button { font: inherit; min-height: 44px; min-width: 44px; padding: 0.5rem 1.25rem; border-radius: var(--_radius); border: 1px solid var(--_color-primary); background: var(--_color-surface); color: var(--_color-primary); cursor: pointer; }
  .button.primary { background: var(--_color-primary); color: var(--_color-on-primary); font-weight: 600; }
  .button.danger { border-color: var(--_color-danger); color: var(--_color-danger); }
  .button.subtle { border-color: var(--_color-border); color: inherit; }
  .link-button { font: inherit; background: none; border: 0; color: var(--_color-primary); text-decoration: underline; cursor: pointer; min-height: 44px; min-width: 44px; padding: 0 0.5rem; }
  .review dl { margin: 0 0 var(--_space); }
  .review-row { padding: 0.5rem 0; border-bottom: 1px solid var(--_color-surface-alt); }
  .review-row dt { font-weight: 600; }
  .review-row dd { margin: 0; display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 0.5rem; }
  .review-answer { overflow-wrap: anywhere; }
  .notice, .confirm, .flag-notes { padding: 0.75rem var(--_space); border-radius: var(--_radius); border-inline-start: 4px solid var(--_color-warning); background: var(--_color-surface-alt); margin-bottom: var(--_space); }
  .receipt h3 { color: var(--_color-success); }
  .keep { font-size: 0.9em; }
  a { color: var(--_color-primary); }
`;
