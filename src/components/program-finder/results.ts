/**
 * The results column: count, sort, location, the windowed list of cards, "Show more",
 * and the empty state that names the filters that removed everything.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { FACETS, type Facet, type SortKey } from '../../core/finder/index.js';
import { messages } from './messages.js';
import type { ProgramFinder } from './program-finder.js';
import { optionLabel } from './filters-panel.js';
import { renderCard } from './result-card.js';

function renderSort(f: ProgramFinder): TemplateResult {
  const sorts: SortKey[] = f.origin ? ['best', 'soonest', 'hours', 'nearest'] : ['best', 'soonest', 'hours'];
  const value = f.sort === 'nearest' && !f.origin ? 'best' : f.sort;
  const canLocate = f.hasCoordinates && typeof navigator !== 'undefined' && 'geolocation' in navigator;
  return html`
    <div class="sort">
      <div class="field inline">
        <label for="sort">${f.t(messages, 'sortLabel')}</label>
        <select id="sort" @change=${(e: Event) => f.setSort((e.target as HTMLSelectElement).value as SortKey)}>
          ${sorts.map((s) => html`<option value=${s} ?selected=${s === value}>${f.t(messages, `sort_${s}`)}</option>`)}
        </select>
      </div>
      ${canLocate && f.geo !== 'on'
        ? html`<button part="button" class="secondary locate" ?disabled=${f.geo === 'asking'} @click=${() => f.locate()}>
            ${f.t(messages, f.geo === 'asking' ? 'locating' : 'useLocation')}
          </button>`
        : nothing}
    </div>
    ${f.geo === 'on' ? html`<p class="hint location-note">${f.t(messages, 'locationOn')}</p>` : nothing}
    ${f.geo === 'denied' ? html`<p class="note location-note" role="status">${f.t(messages, 'locationDenied')}</p>` : nothing}
  `;
}

/** The names of what is selected: "Evening + Virtual (online)". */
function selectedSummary(f: ProgramFinder): string {
  const parts: string[] = [];
  for (const facet of FACETS) for (const v of f.filters[facet] as string[]) parts.push(optionLabel(f, facet, v));
  if (f.filters.query.trim()) parts.push(`“${f.filters.query.trim()}”`);
  if (f.clashMode === 'hide' && f.busy.length) parts.push(f.t(messages, 'blocker_busy'));
  return parts.join(' + ');
}

function blockerName(f: ProgramFinder, facet: Facet | 'query' | 'busy'): string {
  if (facet === 'query') return f.t(messages, 'blocker_query');
  if (facet === 'busy') return f.t(messages, 'blocker_busy');
  return f.t(messages, `short_${facet}`);
}

function renderEmpty(f: ProgramFinder): TemplateResult {
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
      <button part="button" class="primary clear-all" @click=${() => f.clear()}>${f.t(messages, 'clearAll')}</button>
    </div>
  `;
}

export function renderResults(f: ProgramFinder): TemplateResult {
  const total = f.result.matches.length;
  const waiting = !f.index && f.shown.length === 0 && total === 0;
  const remaining = total - f.shown.length;
  return html`
    <div class="results-col">
      <div class="results-head">
        <h3 id="results-heading" class="result-count" tabindex="-1">${waiting ? f.t(messages, 'preparingFilters') : f.resultCountText}</h3>
        ${renderSort(f)}
      </div>
      ${f.compared.length > 0
        ? html`<div class="compare-bar">
            <button part="button" class="primary open-compare" @click=${() => f.showView('compare')}>
              ${f.t(messages, 'compareOpen', { count: f.compared.length })}
            </button>
          </div>`
        : nothing}
      ${f.notice ? html`<p class="note notice" aria-hidden="true">${f.notice}</p>` : nothing}
      ${total === 0 && !waiting ? renderEmpty(f) : nothing}
      ${f.shown.length
        ? html`<ol part="results" class="results" role="list">
            ${f.shown.map((i, position) => renderCard(f, f.index?.programs[i] ?? f.data[i], position))}
          </ol>`
        : nothing}
      ${remaining > 0
        ? html`<div class="more">
            <p class="hint">${f.t(messages, 'showing', { shown: f.format.number(f.shown.length), total: f.format.number(total) })}</p>
            <button part="button" class="secondary show-more" @click=${() => f.showMore()}>
              ${f.t(messages, 'showMore', { count: Math.min(f.pageSize, remaining) })}
            </button>
          </div>`
        : nothing}
    </div>
  `;
}
