/** The finder's error and loaded states (the loading state is one line in the element). */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { commonMessages } from '../../core/i18n/common.js';
import { messages } from './messages.js';
import type { ProgramFinder } from './program-finder.js';
import { renderFilters } from './filters-panel.js';
import { renderResults } from './results.js';
import { noticeMessages } from '../../core/i18n/notices.js';

export function renderError(f: ProgramFinder): TemplateResult {
  const kind = f.errorKind;
  const detail =
    kind === 'network'
      ? f.t(commonMessages, 'networkError')
      : kind === 'timeout'
        ? f.t(commonMessages, 'timeoutError')
        : kind === 'invalid-response'
          ? f.t(commonMessages, 'invalidDataError')
          : f.t(commonMessages, 'somethingWentWrongDetail');
  const { phone, name } = f.center;
  return html`
    <div class="state error" role="alert">
      <p><strong>${f.t(messages, 'errorHeading')}</strong> ${detail}</p>
      ${phone ? html`<p>${f.t(noticeMessages, 'callCenter', { center: name ?? '', phone })}</p>` : nothing}
      <button part="button" class="primary" @click=${() => f.retry()}>${f.t(commonMessages, 'tryAgain')}</button>
    </div>
  `;
}

export function renderReady(f: ProgramFinder): TemplateResult {
  const rejected = f.rejectedCount
    ? html`<p class="note rejected" role="note">${f.t(messages, 'rejected', { count: f.rejectedCount })}</p>`
    : nothing;
  const more = f.loadingMore ? html`<p class="note loading-more" role="status">${f.t(messages, 'loadingMore', { count: f.data.length })}</p>` : nothing;
  if (f.data.length === 0) {
    return html`${rejected}<p class="state empty">${f.t(messages, 'noPrograms')}</p>`;
  }
  return html`
    ${rejected}${more}
    ${f.view === 'compare'
      ? f.renderPart('compare', (m) => m.renderCompare(f))
      : html`<div class="layout">
          <button
            part="button filters-toggle"
            class="secondary filters-toggle"
            aria-expanded=${f.filtersOpen ? 'true' : 'false'}
            aria-controls="filters"
            @click=${() => (f.filtersOpen = !f.filtersOpen)}
          >
            ${f.t(messages, 'filtersButton', { count: f.activeCount })}
          </button>
          ${renderFilters(f)} ${renderResults(f)}
        </div>`}
  `;
}
