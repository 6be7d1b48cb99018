/**
 * Up to four programs side by side, as a real table: programs in columns, facts in rows.
 * Fetched on demand (a `LazyPart` of the element) with its strings and styles: only once a
 * person has chosen a program to compare.
 */
import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Program } from '../../core/schemas/index.js';
import { programLabels } from '../../core/i18n/program-labels.js';
import { messages } from './messages.js';
import { compareMessages as cm } from './compare.messages.js';
import type { ProgramFinder } from './program-finder.js';
import { optionLabel } from './filters-panel.js';
import { paymentSummary, renderTracks } from './result-card.js';
import { summarize } from './derive.js';
import { noticeMessages } from '../../core/i18n/notices.js';

type Row = [keyof (typeof cm)['en'], (p: Program) => TemplateResult | string];

export { cm as messages };

export const styles = css`
  .compare .back {
    margin-block: 0.5em var(--_space);
  }
  .table-scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    min-width: 32rem;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5em;
  }
  th,
  td {
    border: 1px solid var(--_color-border);
    padding: 0.5em;
    text-align: start;
    vertical-align: top;
  }
  thead th,
  tbody th {
    background: var(--_color-surface-alt);
  }
  .col-name {
    display: block;
  }
`;

export function renderCompare(f: ProgramFinder): TemplateResult {
  const programs = f.compared.map((id) => f.programById(id)).filter((p): p is Program => Boolean(p));
  const none = f.t(cm, 'none');
  const list = (items: string[]) => (items.length ? f.format.list(items) : none);
  const rows: Row[] = [
    ['row_center', (p) => p.center],
    ['row_tracks', (p) => renderTracks(f, p)],
    ['row_sessionTypes', (p) => list(summarize(p, f.format).sessionTypes.map((s) => f.t(programLabels, `session.${s}` as 'session.group')))],
    ['row_duration', (p) => (p.durationWeeks ? f.t(noticeMessages, 'weeks', { count: p.durationWeeks }) : none)],
    ['row_format', (p) => f.t(programLabels, `format.${p.format}` as 'format.virtual')],
    ['row_level', (p) => f.t(programLabels, `level.${p.levelOfCare}` as 'level.iop')],
    ['row_payment', (p) => html`${paymentSummary(f, p, true).map((l) => html`<span class="line">${l}</span>`)}`],
    ['row_services', (p) => list(p.services.map((s) => optionLabel(f, 'services', s)))],
    ['row_languages', (p) => list([...new Set(p.languages.map((l) => l.split('-')[0]))].map((l) => optionLabel(f, 'languages', l)))],
    ['row_accreditation', (p) => list(p.accreditation)],
    ['row_nextOpening', (p) => (p.nextOpening ? f.format.date(p.nextOpening) : f.t(messages, 'noOpening'))],
  ];
  return html`
    <section class="compare" aria-labelledby="compare-heading">
      <h3 id="compare-heading" tabindex="-1">${f.t(cm, 'compareHeading')}</h3>
      <button part="button" class="secondary back" @click=${() => f.showView('results')}>← ${f.t(cm, 'backToResults')}</button>
      ${f.notice ? html`<p class="note notice" aria-hidden="true">${f.notice}</p>` : nothing}
      ${programs.length === 0
        ? html`<p class="state">${f.t(cm, 'compareEmpty')}</p>`
        : html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="compare-caption">
            <table part="compare-table">
              <caption id="compare-caption">${f.t(cm, 'compareCaption', { count: programs.length })}</caption>
              <thead>
                <tr>
                  <td></td>
                  ${programs.map((p) => {
                    const name = f.programName(p);
                    return html`<th scope="col">
                      <span class="col-name">${name}</span>
                      <button
                        part="button"
                        class="link remove-compare"
                        aria-label=${f.t(cm, 'removeFromCompare', { name })}
                        @click=${() => {
                          f.toggleCompare(p);
                          f.focusLater(f.compared.length ? '.remove-compare' : '#results-heading');
                        }}
                      >
                        ${f.t(messages, 'remove')}
                      </button>
                    </th>`;
                  })}
                </tr>
              </thead>
              <tbody>
                ${rows.map(
                  ([key, cell]) => html`<tr>
                    <th scope="row">${f.t(cm, key as 'row_center')}</th>
                    ${programs.map((p) => html`<td>${cell(p)}</td>`)}
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`}
    </section>
  `;
}
