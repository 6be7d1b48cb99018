/**
 * Two small template directives the elements need, without Lit's `live` and `ref` (which
 * bring Lit's async-directive machinery along, ~1 KB gzip per element).
 */
import { noChange } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import type { ElementPart, PropertyPart } from 'lit/directive.js';

class LiveProperty extends Directive {
  render(value: unknown): unknown {
    return value;
  }

  override update(part: PropertyPart, [value]: [unknown]): unknown {
    const element = part.element as unknown as Record<string, unknown>;
    if (element[part.name] !== value) element[part.name] = value;
    return noChange;
  }
}

/**
 * `.value=${live(v)}` / `.checked=${live(v)}`: compares with the control's own current
 * value (what the person typed or ticked), not with the last rendered one, so a value the
 * element resets (e.g. a cleared field) is written back even if it equals the last render.
 */
export const live = directive(LiveProperty);

class WidthPercent extends Directive {
  render(_percent: number): unknown {
    return noChange;
  }

  override update(part: ElementPart, [percent]: [number]): unknown {
    // Through the CSSOM, not a style attribute: a strict Content-Security-Policy forbids inline styles.
    (part.element as HTMLElement).style.setProperty('width', `${percent}%`);
    return noChange;
  }
}

/** `<span ${widthPercent(40)}>`: sets the element's width to 40 % (progress bars). */
export const widthPercent = directive(WidthPercent);
