import { css } from 'lit';

/** Styles of an open module, adopted by the element when the reader is fetched (see `family-education.styles.ts`). */
export const readerStyles = css`
  button.primary {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  figcaption {
    color: var(--_color-text-muted);
  }
  /* Text size steps (A− / A+): everything inside the reader scales, the layout reflows. */
  .reader.size-125 {
    font-size: 1.25em;
  }
  .reader.size-150 {
    font-size: 1.5em;
  }
  .reader.size-175 {
    font-size: 1.75em;
  }
  .reader.size-200 {
    font-size: 2em;
  }
  .reading-progress,
  .tools,
  .tool-group,
  .module-nav,
  .actions,
  .completion {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .tools {
    border-block: 1px solid var(--_color-border);
    padding-block: 0.5em;
    margin-block: var(--_space);
    gap: 0.75em 1.5em;
  }
  .share {
    flex: 1 1 16em;
    min-width: 0;
  }
  .share input {
    flex: 1 1 10em;
    min-width: 0;
    width: 100%;
    font: inherit;
    padding: 0.3em;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .share-status:empty {
    display: none;
  }
  .resume {
    background: var(--_color-surface-alt);
    padding: 0.75em;
    border-radius: var(--_radius);
  }
  .block {
    margin-block: 0.75em;
  }
  .callout {
    border: 1px solid var(--_color-border);
    border-left: 6px solid var(--_color-primary);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    background: var(--_color-surface-alt);
  }
  .callout.warning {
    border-left-color: var(--_color-warning);
  }
  .callout.crisis {
    border: 2px solid var(--_color-crisis);
    border-left-width: 8px;
  }
  .callout-kind,
  .callout-title {
    font-weight: 700;
    margin-bottom: 0.25em;
  }
  .crisis-actions {
    padding-left: 1.2em;
    font-weight: 600;
  }
  .quote blockquote {
    margin: 0;
    padding-left: 1em;
    border-left: 4px solid var(--_color-border);
    font-style: italic;
  }
  figure {
    margin: 0;
  }
  img,
  video {
    display: block;
    max-width: 100%;
    height: auto;
  }
  video {
    width: 100%;
    background: #000;
  }
  .video-unavailable,
  .invalid {
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
    padding: 0.75em;
    background: var(--_color-surface-alt);
  }
  .check,
  .reflection {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    margin: 0;
    min-width: 0;
  }
  .check legend {
    font-weight: 700;
    padding: 0 0.25em;
  }
  .check-kind {
    display: block;
    font-size: 0.85em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_color-text-muted);
  }
  .options {
    list-style: none;
    padding: 0;
  }
  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25em 0.5em;
    align-items: start;
    padding: 0.35em 0;
  }
  .option input {
    width: 1.25em;
    height: 1.25em;
    margin-top: 0.2em;
  }
  .feedback {
    grid-column: 2;
    margin: 0;
    padding: 0.35em 0.6em;
    border-left: 4px solid var(--_color-danger);
  }
  .option.right .feedback {
    border-left-color: var(--_color-success);
  }
  .check-status:empty,
  .reflection-status:empty {
    display: none;
  }
  .check-status {
    font-weight: 600;
    margin-top: 0.5em;
  }
  .reflection-prompt {
    margin-top: 0;
    font-size: 1.05em;
  }
  textarea {
    display: block;
    width: 100%;
    font: inherit;
    padding: 0.5em;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    margin-bottom: 0.5em;
  }
  .completion {
    margin-block: calc(var(--_space) * 1.5);
  }
  .completed-note {
    font-weight: 600;
    color: var(--_color-success);
    flex-basis: 100%;
  }
  .module-nav {
    justify-content: space-between;
  }
  @media print {
    .share,
    video {
      display: none !important;
    }
    .reader {
      font-size: 12pt !important;
    }
    .block,
    .check,
    .callout,
    figure {
      break-inside: avoid;
    }
    textarea {
      min-height: 6em;
      resize: none;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.9em;
    }
  }
`;
