/**
 * "Nothing matches": names the filters that removed everything and how many programs clearing
 * each would bring back, with a button for each. Fetched on demand (a `LazyPart` of the
 * element) with its strings and styles: only when the filters leave no program (and preloaded
 * once the person changes a filter). The result count above it never waits.
 */
import { css, html } from 'lit';
import type { TemplateResult } from 'lit';
import { FACETS, type Facet } from '../../core/finder/filters.js';
import { messages as main } from './messages.js';
import { emptyMessages as messages } from './empty.messages.js';
import type { ProgramFinder } from './program-finder.js';
import { optionLabel } from './filters-panel.js';

export { messages };

export const styles = css`
  .empty-result {
    padding: var(--_space);
    background: var(--_color-surface-alt);
    border-radius: var(--_radius);
  }
  .blockers li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-end: 0.5em;
  }
`;

/** The names of what is selected: "Evening + Virtual (online)". */
function selectedSummary(f: ProgramFinder): string {
  const parts: string[] = [];
  for (const facet of FACETS) for (const v of f.filters[facet] as string[]) parts.push(optionLabel(f, facet, v));
  if (f.filters.query.trim()) parts.push(`“${f.filters.query.trim()}”`);
  if (f.clashMode === 'hide' && f.busy.length) parts.push(f.t(messages, 'blocker_busy'));
  return parts.join(' + ');
}

function blockerName(f: ProgramFinder, facet: Facet | 'query' | 'busy'): string {
  return f.t(messages, facet === 'query' || facet === 'busy' ? `blocker_${facet}` : `short_${facet}`);
}

export function renderEmpty(f: ProgramFinder): TemplateResult {
  const blockers = [...f.result.blockers].sort((a, b) => b.countWithout - a.countWithout);
  return html`
    <div class="empty-result">
      <p><strong>${f.t(messages, 'emptyHeading', { filters: selectedSummary(f) })}</strong></p>
      <ul role="list" class="blockers">
        ${blockers.map(
          (b) => html`<li>
            <span>${f.t(messages, 'emptyClearing', { facet: blockerName(f, b.facet), count: b.countWithout })}</span>
            <button part="button" class="secondary clear-one" data-clear=${b.facet} @click=${() => f.clear(b.facet)}>
              ${f.t(messages, 'clearFacet', { facet: blockerName(f, b.facet) })}
            </button>
          </li>`,
        )}
      </ul>
      <button part="button" class="primary clear-all" @click=${() => f.clear()}>${f.t(main, 'clearAll')}</button>
    </div>
  `;
}
