/**
 * The results column: count, sort, location, the windowed list of cards, "Show more",
 * and the empty state that names the filters that removed everything (fetched on demand).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { SortKey } from '../../core/finder/index.js';
import { messages } from './messages.js';
import type { ProgramFinder } from './program-finder.js';
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
      ${total === 0 && !waiting ? f.renderPart('empty', (m) => m.renderEmpty(f)) : nothing}
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
