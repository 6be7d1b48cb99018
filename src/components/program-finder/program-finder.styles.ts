import { css } from 'lit';

/**
 * `<iop-program-finder>` styles; reads only the private `--_*` tokens of the base element.
 * The parts fetched on demand (compare table, "Fits my week" panel, "nothing matches") bring
 * their own `styles`, adopted when they arrive.
 */
export const finderStyles = css`
  :host {
    --_sidebar-width: var(--iop-finder-sidebar-width, 18rem);
  }
  .finder {
    container: finder / inline-size;
  }
  h2 {
    font-size: 1.5em;
    margin: 0 0 var(--_space);
  }
  h3,
  h4 {
    font-size: 1.125em;
    margin: 0;
  }
  button {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
    padding: 0.4em 1em;
    border-radius: var(--_radius);
    cursor: pointer;
    border: 2px solid var(--_color-primary);
    transition: background-color var(--_motion-duration);
  }
  button.primary {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  button.secondary {
    background: var(--_color-surface);
    color: var(--_color-primary);
  }
  button.link {
    border-color: transparent;
    background: none;
    color: var(--_color-primary);
    text-decoration: underline;
    padding-inline: 0.25em;
  }
  button[aria-pressed='true'] {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  button:disabled {
    cursor: default;
    opacity: 0.8;
  }
  input,
  select {
    font: inherit;
    color: inherit;
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.4em 0.5em;
    min-height: 44px;
  }
  input[type='checkbox'],
  input[type='radio'] {
    min-height: auto;
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    flex: none;
    accent-color: var(--_color-primary);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin-block-end: var(--_space);
  }
  .field.inline {
    flex-direction: row;
    align-items: center;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
  }
  .hint {
    color: var(--_color-text-muted);
    font-size: 0.9em;
    margin: 0.25em 0;
  }
  .note {
    border-inline-start: 4px solid var(--_color-warning);
    background: var(--_color-surface-alt);
    padding: 0.5em 0.75em;
    margin: 0 0 var(--_space);
  }
  .state {
    padding: var(--_space);
    background: var(--_color-surface-alt);
    border-radius: var(--_radius);
  }
  .state.error {
    border-inline-start: 4px solid var(--_color-danger);
  }
  ul[role='list'],
  ol[role='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .layout {
    display: grid;
    grid-template-columns: var(--_sidebar-width) minmax(0, 1fr);
    gap: calc(var(--_space) * 1.5);
    align-items: start;
  }
  .filters-toggle {
    display: none;
  }
  .filters {
    display: block;
  }
  fieldset {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    margin: 0 0 var(--_space);
    padding: 0.5em 0.75em 0.75em;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.5em;
    padding-block: 0.2em;
  }
  .option label {
    display: flex;
    justify-content: space-between;
    gap: 0.5em;
  }
  .option .hint {
    grid-column: 2;
    margin: 0;
  }
  .count {
    color: var(--_color-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .week-wrap {
    margin-block-end: var(--_space);
  }
  .week {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: 0.75em;
    margin-block-start: 0.5em;
  }

  .results-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5em var(--_space);
    margin-block-end: var(--_space);
  }
  .sort {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .compare-bar {
    margin-block-end: var(--_space);
  }
  .results {
    display: grid;
    gap: var(--_space);
  }
  .card {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    padding: var(--_space);
  }
  .card .center {
    margin: 0.25em 0 0.5em;
    color: var(--_color-text-muted);
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    gap: 0.5em var(--_space);
    margin: 0 0 var(--_space);
  }
  .facts .wide {
    grid-column: 1 / -1;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .line,
  .track-name,
  .track-times,
  .track-hours,
  .fit {
    display: block;
  }
  .track {
    padding: 0.35em 0 0.35em 0.6em;
    border-inline-start: 3px solid var(--_color-border);
    margin-block-end: 0.35em;
  }
  .track.clash {
    border-inline-start-style: dashed;
    border-inline-start-color: var(--_color-danger);
  }
  .track-name {
    font-weight: 600;
  }
  .fit-yes {
    color: var(--_color-success);
    font-weight: 600;
  }
  .fit-no {
    color: var(--_color-danger);
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .more {
    margin-block-start: var(--_space);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em var(--_space);
  }

  @container finder (max-width: 640px) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
    .filters-toggle {
      display: inline-block;
      justify-self: start;
    }
    .filters:not(.open) {
      display: none;
    }
  }

  @media print {
    .filters,
    .filters-toggle,
    .actions,
    .more {
      display: none;
    }
  }
`;
