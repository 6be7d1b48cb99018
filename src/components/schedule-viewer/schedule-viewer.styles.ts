import { css } from 'lit';

/**
 * Styles of `<iop-schedule-viewer>`. Session types differ by a shape and their name,
 * never by colour alone; clashes by a ⚠ mark, a dashed border and a sentence.
 * A container query reflows the panels at 320 px; `@media print` gives a clean,
 * black-on-white one-page weekly table without buttons.
 */
export const scheduleViewerStyles = css`
  :host {
    --_clash-color: var(--iop-schedule-clash-color, var(--_color-warning));
    --_panel-min: var(--iop-schedule-panel-min-width, 18rem);
    container-type: inline-size;
  }

  h2 {
    font-size: 1.25em;
    margin: 0;
  }

  h3 {
    font-size: 1em;
    margin: calc(var(--_space) * 0.75) 0 calc(var(--_space) * 0.25);
  }

  p {
    margin: calc(var(--_space) * 0.5) 0;
  }

  .center,
  .zone-note,
  .track-name {
    color: var(--_color-text-muted);
  }

  button {
    font: inherit;
    color: var(--_color-on-primary);
    background: var(--_color-primary);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    padding: 0.5em 1em;
    min-height: 44px;
    cursor: pointer;
  }

  button:hover {
    filter: brightness(0.92);
  }

  a {
    color: var(--_color-primary);
  }

  fieldset {
    border: 0;
    padding: 0;
    margin: calc(var(--_space) * 0.5) 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    align-items: center;
  }

  legend {
    font-weight: 600;
    padding: 0;
    margin-inline-end: 0.5em;
    float: left;
  }

  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.35em 0.75em;
    min-height: 44px;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    cursor: pointer;
  }

  .choice:has(input:checked) {
    border-color: var(--_color-primary);
    box-shadow: inset 0 0 0 1px var(--_color-primary);
    font-weight: 600;
  }

  .choice input {
    margin: 0;
    accent-color: var(--_color-primary);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5) var(--_space);
    align-items: center;
    justify-content: space-between;
    margin-block-end: var(--_space);
  }

  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }

  .heading {
    font-weight: 600;
    margin: 0 0 0.25em;
  }

  .panels {
    display: grid;
    gap: var(--_space);
  }

  .panels.compare {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_panel-min)), 1fr));
    align-items: start;
  }

  .program {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    padding: var(--_space);
    min-width: 0;
  }

  .table-scroll {
    overflow-x: auto;
    /* Contains the visually hidden text, which would otherwise widen the page. */
    position: relative;
  }

  table {
    border-collapse: collapse;
    width: 100%;
  }

  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5em;
  }

  th,
  td {
    border: 1px solid var(--_color-border);
    padding: 0.4em;
    vertical-align: top;
    text-align: start;
  }

  th {
    background: var(--_color-surface-alt);
    white-space: nowrap;
  }

  .session {
    display: flex;
    flex-direction: column;
    gap: 0.1em;
    padding: 0.35em 0.5em;
    border: 1px solid var(--_color-border);
    border-inline-start-width: 4px;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_color-surface);
    font-size: 0.9em;
    min-width: 9em;
    position: relative;
  }

  .compare .session {
    min-width: 7.5em;
  }

  .session + .session {
    margin-block-start: 0.35em;
  }

  .session .type {
    font-weight: 600;
  }

  .session .time,
  .viewer-time {
    color: var(--_color-text-muted);
  }

  .session.clash {
    border-style: dashed;
    border-color: var(--_clash-color);
  }

  .clash-note {
    color: var(--_clash-color);
    font-weight: 600;
  }

  .glyph {
    display: inline-block;
    min-width: 1em;
    text-align: center;
  }

  .agenda ul {
    display: grid;
    gap: 0.4em;
  }

  dl {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin: 0;
  }

  dl div {
    display: flex;
    gap: 0.35em;
  }

  dt {
    font-weight: 600;
  }

  dt::after {
    content: ':';
  }

  dd {
    margin: 0;
  }

  .totals {
    margin-block: var(--_space);
  }

  .intensity-note {
    border-inline-start: 4px solid var(--_color-warning);
    padding: 0.5em 0.75em;
    background: var(--_color-surface-alt);
  }

  .error .message {
    color: var(--_color-danger);
  }

  @container (max-width: 35rem) {
    .toolbar {
      flex-direction: column;
      align-items: stretch;
    }
    .session {
      min-width: 0;
    }
  }

  @media print {
    :host {
      color: #000 !important;
      background: #fff !important;
      font-size: 10pt;
    }
    button,
    .view-switch,
    .tracks,
    .actions,
    [role='status'] {
      display: none !important;
    }
    * {
      background: #fff !important;
      color: #000 !important;
      border-color: #000 !important;
      box-shadow: none !important;
    }
    .table-scroll {
      overflow: visible;
    }
    .program {
      break-inside: avoid;
      border: 0;
      padding: 0;
    }
    .panels.compare {
      grid-template-columns: 1fr;
    }
    table {
      font-size: 9pt;
    }
  }
`;
