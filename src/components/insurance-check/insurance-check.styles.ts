import { css } from 'lit';

/** Styles of `<iop-insurance-check>`; reads only the private `--_*` tokens (see iop-element.styles.ts). */
export const styles = css`
  :host {
    --_max-width: var(--iop-insurance-max-width, 40rem);
    container-type: inline-size;
    max-width: var(--_max-width);
  }
  h2 {
    font-size: 1.375em;
    margin: 0 0 calc(var(--_space) / 2);
  }
  h3 {
    font-size: 1.125em;
    margin: var(--_space) 0 calc(var(--_space) / 2);
  }
  h4 {
    font-size: 1em;
    margin: 0 0 0.25em;
  }
  h2:focus,
  h2:focus-visible,
  .error-summary:focus-visible,
  .notice:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: var(--_focus-ring-offset);
  }
  p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  fieldset {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    margin: 0 0 var(--_space);
    min-width: 0;
    background: var(--_color-surface);
  }
  legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  fieldset.date {
    border: none;
    padding: 0;
    margin: 0 0 var(--_space);
  }
  fieldset.date legend {
    padding: 0;
  }
  .field {
    margin: 0 0 var(--_space);
  }
  label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25em;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    margin: 0.25em 0 0.5em;
  }
  .choice label {
    font-weight: normal;
    margin: 0;
  }
  .choice input {
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    flex: none;
    accent-color: var(--_color-primary);
  }
  .tag {
    font-weight: normal;
    color: var(--_color-text-muted);
  }
  .hint,
  .note {
    color: var(--_color-text-muted);
    font-size: 0.9375em;
  }
  input[type='text'],
  input[type='tel'],
  input[type='email'],
  select {
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.5em 0.625em;
    width: 100%;
    max-width: 28rem;
    min-height: 2.75em;
  }
  .narrow input,
  .narrow select {
    max-width: 16rem;
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'] {
    border: 2px solid var(--_color-danger);
  }
  .error {
    color: var(--_color-danger);
    font-weight: 600;
    margin: 0 0 0.375em;
  }
  .date-parts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .date-part input {
    width: 3.5em;
    text-align: center;
  }
  .date-part.year input {
    width: 5em;
  }
  .date-part label {
    font-weight: normal;
  }
  .combobox {
    position: relative;
    max-width: 28rem;
  }
  [role='listbox'] {
    list-style: none;
    margin: 0.25em 0 0;
    padding: 0.25em 0;
    border: 1px solid var(--_color-border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_color-surface);
    max-height: 16rem;
    overflow-y: auto;
  }
  [role='option'] {
    padding: 0.5em 0.75em;
    cursor: pointer;
    border-inline-start: 4px solid transparent;
  }
  [role='option']:hover {
    background: var(--_color-surface-alt);
  }
  [role='option'].active {
    background: var(--_color-surface-alt);
    border-inline-start-color: var(--_color-primary);
    outline: 2px solid var(--_color-primary);
    outline-offset: -2px;
    font-weight: 600;
  }
  .warn {
    color: var(--_color-warning);
  }
  button {
    font: inherit;
    min-height: 2.75em;
    padding: 0.5em 1.125em;
    border-radius: var(--_radius);
    cursor: pointer;
    border: 2px solid var(--_color-primary);
  }
  button.primary {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font-weight: 600;
  }
  button.secondary {
    background: var(--_color-surface);
    color: var(--_color-primary);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-top: var(--_space);
  }
  .error-summary {
    border: 3px solid var(--_color-danger);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    margin: 0 0 var(--_space);
    background: var(--_color-surface);
  }
  .error-summary h3 {
    margin-top: 0;
    color: var(--_color-danger);
  }
  .error-summary a,
  a {
    color: var(--_color-primary);
  }
  .error-summary a {
    color: var(--_color-danger);
    font-weight: 600;
  }
  .guardian-note,
  .carve-out,
  .notice {
    border-inline-start: 4px solid var(--_color-primary);
    background: var(--_color-surface-alt);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-radius: calc(var(--_radius) / 2);
    margin: 0 0 var(--_space);
  }
  .sending {
    display: flex;
    align-items: center;
    gap: 0.75em;
  }
  .spinner {
    width: 1.25em;
    height: 1.25em;
    border: 3px solid var(--_color-border);
    border-top-color: var(--_color-primary);
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
    flex: none;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .result ul {
    padding-inline-start: 1.25em;
  }
  .result li {
    margin-bottom: 0.25em;
  }
  .facts {
    list-style: none;
    padding: 0 !important;
  }
  .benefit {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    margin: 0 0 calc(var(--_space) * 0.75);
    background: var(--_color-surface);
  }
  .status-active > h2 {
    color: var(--_color-success);
  }
  .guarantee {
    margin-top: var(--_space);
  }
  .alternatives {
    margin-top: var(--_space);
  }
  details.alternatives summary {
    cursor: pointer;
    font-weight: 600;
    color: var(--_color-primary);
    min-height: 2.75em;
    display: flex;
    align-items: center;
  }
  .photo-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .photo {
    flex: 1 1 12rem;
    min-width: 0;
  }
  .photo img {
    display: block;
    max-width: 100%;
    max-height: 10rem;
    border: 1px solid var(--_color-border);
    border-radius: calc(var(--_radius) / 2);
    margin-bottom: 0.5em;
  }
  input[type='file'] {
    max-width: 100%;
    font: inherit;
  }
  .config-error {
    color: var(--_color-danger);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  @container (max-width: 22rem) {
    fieldset {
      padding-inline: calc(var(--_space) * 0.5);
    }
    .actions button {
      width: 100%;
    }
  }
`;
