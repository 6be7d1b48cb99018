/** The catalogue: modules in suggested order with length, audience, language and progress. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { moduleProgress } from '../../core/education/progress.js';
import { commonMessages } from '../../core/i18n/common.js';
import type { EducationModuleSummary } from '../../core/schemas/education.js';
import { heading } from './blocks.js';
import type { IopFamilyEducation } from './family-education.js';
import type { MessageKey } from './messages.js';

const AUDIENCE: Record<EducationModuleSummary['audience'], MessageKey> = {
  family: 'audienceFamily',
  patient: 'audiencePatient',
  everyone: 'audienceEveryone',
};

export function errorBlock(el: IopFamilyEducation, kind: Parameters<IopFamilyEducation['t']>[1] & string): TemplateResult {
  return html`<div class="error-state" role="alert">
    <p class="message">${el.t(commonMessages, kind as 'networkError')}</p>
    <button type="button" part="button" @click=${() => el.retry()}>${el.t(commonMessages, 'tryAgain')}</button>
  </div>`;
}

export function storageNotice(el: IopFamilyEducation): unknown {
  return el.persistent ? nothing : html`<p class="notice storage" role="note">${el.tr('storageNotice')}</p>`;
}

function card(el: IopFamilyEducation, m: EducationModuleSummary, position: number): TemplateResult {
  const t = el.tr;
  const record = el.progress.get(m.id);
  // Summaries carry no blocks: the count comes from `.modules`, else from the record (see BLOCK_COUNT).
  const count = el.blockCount(m.id) ?? Number(record?.answers[BLOCK_COUNT] ?? 0);
  const view = moduleProgress({ blocks: { length: Math.max(count, (record?.position ?? 0) + 1) } as unknown[] }, record);
  const status = view.status === 'completed' ? t('completed') : view.status === 'in-progress' ? t('inProgress', { percent: view.percent }) : t('notStarted');
  const action = view.status === 'completed' ? t('readAgain') : view.status === 'in-progress' ? t('continueReading') : t('start');
  const titleId = `card-title-${position}`;
  const langKey: MessageKey = m.locale === 'es' ? 'langEs' : 'langEn';
  return html`<li class="card ${view.status}" part="card" data-card=${m.id} lang=${m.locale}>
    ${heading(el.headingLevel + 1, m.title, titleId, 'card-title')}
    <p class="summary">${m.summary}</p>
    <p class="meta">
      <span>${t('minutes', { count: m.estimatedMinutes })}</span>
      <span aria-hidden="true"> · </span><span>${t(AUDIENCE[m.audience])}</span> <span aria-hidden="true"> · </span><span>${t(langKey)}</span>
    </p>
    <div class="status">
      <span class="status-text">${status}</span>
      ${view.status === 'in-progress'
        ? html`<progress part="progress" max="100" .value=${view.percent} aria-label=${t('progressLabel', { title: m.title })}></progress>`
        : nothing}
    </div>
    <button type="button" part="button" class="open" aria-describedby=${titleId} @click=${() => el.openModule(m.id, true)}>${action}</button>
  </li>`;
}

/**
 * Key under which a progress record keeps its module's block count, so the catalogue can
 * show a percent without loading every module. `#` never occurs in an id, so it cannot
 * collide with a knowledge check's answer.
 */
export const BLOCK_COUNT = '#blocks';

export function renderCatalogue(el: IopFamilyEducation): TemplateResult {
  const t = el.tr;
  const c = el.catalogue;
  const title = heading(el.headingLevel, t('catalogueHeading'), 'catalogue-title');
  if (c.status === 'loading') return html`${title}<p class="loading" role="status">${t('loadingModules')}</p>`;
  if (c.status === 'error') return html`${title}${errorBlock(el, c.kind)}`;
  const { items, others } = el.shownItems;
  return html`<section class="catalogue" part="catalogue" aria-labelledby="catalogue-title">
    ${title} ${storageNotice(el)}
    ${items.length === 0 && others === 0 ? html`<p class="empty">${t('noModules')}</p>` : nothing}
    ${items.length > 0
      ? html`<p class="hint">${t('suggestedOrder')}</p>
          <ol class="cards">
            ${items.map((m, i) => card(el, m, i))}
          </ol>`
      : nothing}
    ${others > 0
      ? html`<p class="other-languages">
          ${el.showAll ? nothing : t('otherLanguages', { count: others })}
          <button type="button" part="button" class="link-button" aria-pressed=${el.showAll ? 'true' : 'false'} @click=${() => (el.showAll = !el.showAll)}>
            ${t('showAllLanguages')}
          </button>
        </p>`
      : nothing}
  </section>`;
}
