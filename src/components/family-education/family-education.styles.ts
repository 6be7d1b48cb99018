import { css } from 'lit';

/**
 * Styles of `<iop-family-education>` in its entry: the column, buttons, catalogue and notices.
 * The open module's styles (`reader.styles.ts`) come with the reader. One readable column that
 * reflows at 320 px and 200 % text, and a clean print.
 */
export const styles = css`
  :host {
    --_max-width: var(--iop-education-max-width, 44rem);
    --_color-crisis: var(--iop-color-crisis, #8c1d18);
    container-type: inline-size;
  }
  .frame {
    max-width: var(--_max-width);
    line-height: 1.55;
    overflow-wrap: anywhere;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    line-height: 1.25;
    margin: calc(var(--_space) * 1.25) 0 calc(var(--_space) * 0.5);
  }
  .module-title,
  #catalogue-title {
    margin-top: 0;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: var(--_focus-ring-offset);
  }
  p,
  ul,
  ol {
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  a {
    color: var(--_color-primary);
  }
  button {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
    padding: 0.4em 0.9em;
    border: 1px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-primary);
    cursor: pointer;
    max-width: 100%;
    text-align: center;
  }
  .card .open {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  .link-button {
    border: none;
    text-decoration: underline;
    padding-inline: 0.25em;
  }
  .hint,
  .meta {
    color: var(--_color-text-muted);
  }
  .notice,
  .error-state {
    border: 1px solid var(--_color-border);
    border-left-width: 6px;
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    margin-block: var(--_space);
  }
  .error-state {
    border-left-color: var(--_color-danger);
  }
  .cards {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .card {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_color-surface);
  }
  .card .card-title {
    margin-top: 0;
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-bottom: 0.75em;
    font-weight: 600;
  }
  .card.completed .status-text {
    color: var(--_color-success);
  }
  progress {
    width: min(12rem, 100%);
    height: 0.75em;
    accent-color: var(--_color-primary);
  }
  @media print {
    .no-print,
    button {
      display: none !important;
    }
    .frame {
      max-width: none;
    }
  }
`;
