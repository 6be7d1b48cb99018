import { css } from 'lit';

/**
 * Host styles shared by every `iop-*` element.
 *
 * Public tokens `--iop-*` (set them on the page, on `<iop-provider>` or on one
 * element) are mirrored into private `--_*` on `:host`, the pattern Material
 * Web uses: element styles read only `--_*`, so each default lives in one place.
 * Defaults meet WCAG 2.2 AA on white: text and danger ≥ 4.5:1, border and focus
 * ring ≥ 3:1 (1.4.11 non-text contrast).
 *
 * The host inherits the page's font and colour; `--iop-color-text` defaults to
 * the inherited colour (`currentColor`).
 */
export const hostStyles = css`
  :host {
    --_color-primary: var(--iop-color-primary, #0b5cad);
    --_color-on-primary: var(--iop-color-on-primary, #ffffff);
    --_color-text: var(--iop-color-text, currentColor);
    --_color-text-muted: var(--iop-color-text-muted, #4a5563);
    --_color-surface: var(--iop-color-surface, #ffffff);
    --_color-surface-alt: var(--iop-color-surface-alt, #f3f5f8);
    --_color-border: var(--iop-color-border, #767f8c);
    --_color-danger: var(--iop-color-danger, #b3261e);
    --_color-success: var(--iop-color-success, #1e6b34);
    --_color-warning: var(--iop-color-warning, #8a4b00);
    --_radius: var(--iop-radius, 0.5rem);
    --_space: var(--iop-space, 1rem);
    --_font-size: var(--iop-font-size, 1rem);
    --_focus-ring: var(--iop-focus-ring, 3px solid var(--_color-primary));
    --_focus-ring-offset: var(--iop-focus-ring-offset, 2px);
    --_motion-duration: var(--iop-motion-duration, 150ms);

    display: block;
    box-sizing: border-box;
    font: inherit;
    font-size: var(--_font-size);
    color: inherit;
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: var(--_focus-ring-offset);
  }

  /* Text for screen readers only (live-region messages, extra context on links). */
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_motion-duration: 0ms;
    }
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
