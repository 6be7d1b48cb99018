/** Up to four programs side by side, as a real table: programs in columns, facts in rows. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Program } from '../../core/schemas/index.js';
import { programLabels } from '../../core/i18n/program-labels.js';
import { commonMessages } from '../../core/i18n/common.js';
import { messages } from './messages.js';
import type { ProgramFinder } from './program-finder.js';
import { optionLabel } from './filters-panel.js';
import { paymentSummary, renderTracks } from './result-card.js';
import { summarize } from './derive.js';

type Row = [keyof (typeof messages)['en'], (p: Program) => TemplateResult | string];

export function renderCompare(f: ProgramFinder): TemplateResult {
  const programs = f.compared.map((id) => f.programById(id)).filter((p): p is Program => Boolean(p));
  const none = f.t(messages, 'none');
  const list = (items: string[]) => (items.length ? f.format.list(items) : none);
  const rows: Row[] = [
    ['row_center', (p) => p.center],
    ['row_tracks', (p) => renderTracks(f, p)],
    ['row_sessionTypes', (p) => list(summarize(p, f.format).sessionTypes.map((s) => f.t(programLabels, `session.${s}` as 'session.group')))],
    ['row_duration', (p) => (p.durationWeeks ? f.t(commonMessages, 'weeks', { count: p.durationWeeks }) : none)],
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
      <h3 id="compare-heading" tabindex="-1">${f.t(messages, 'compareHeading')}</h3>
      <button part="button" class="secondary back" @click=${() => f.showView('results')}>← ${f.t(messages, 'backToResults')}</button>
      ${f.notice ? html`<p class="note notice" aria-hidden="true">${f.notice}</p>` : nothing}
      ${programs.length === 0
        ? html`<p class="state">${f.t(messages, 'compareEmpty')}</p>`
        : html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="compare-caption">
            <table part="compare-table">
              <caption id="compare-caption">${f.t(messages, 'compareCaption', { count: programs.length })}</caption>
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
                        aria-label=${f.t(messages, 'removeFromCompare', { name })}
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
                    <th scope="row">${f.t(messages, key as 'row_center')}</th>
                    ${programs.map((p) => html`<td>${cell(p)}</td>`)}
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`}
    </section>
  `;
}
