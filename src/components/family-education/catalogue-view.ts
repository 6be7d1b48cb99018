/**
 * What the element shows before a module is on screen, in its entry: the catalogue (modules in
 * suggested order with length, audience, language and progress) and the reader's frame (back
 * button, loading, not found, error). The open module itself is `reader-view.ts`, fetched on demand.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { moduleProgress } from '../../core/education/module-progress.js';
import { commonMessages } from '../../core/i18n/common.js';
import type { EducationModuleSummary } from '../../core/schemas/education.js';
import { renderPartPending, type LazyPart } from '../base/lazy-part.js';
import type { LenientModule } from '../../core/education/lenient.js';
import type { Reader } from './data.js';
import type { IopFamilyEducation } from './family-education.js';
import type { MessageKey } from './messages.js';

export const AUDIENCE: Record<EducationModuleSummary['audience'], MessageKey> = {
  family: 'audienceFamily',
  patient: 'audiencePatient',
  everyone: 'audienceEveryone',
};

/** `<h1>`…`<h6>` chosen from a number (no dynamic tag names, no static-html escape hatch). */
export function heading(level: number, content: unknown, id?: string, cls?: string, focusable = false): TemplateResult {
  const [i, c, f] = [ifDefined(id), ifDefined(cls), ifDefined(focusable ? '-1' : undefined)];
  switch (Math.min(6, Math.max(1, Math.round(level)))) {
    case 1:
      return html`<h1 id=${i} class=${c} tabindex=${f}>${content}</h1>`;
    case 2:
      return html`<h2 id=${i} class=${c} tabindex=${f}>${content}</h2>`;
    case 3:
      return html`<h3 id=${i} class=${c} tabindex=${f}>${content}</h3>`;
    case 4:
      return html`<h4 id=${i} class=${c} tabindex=${f}>${content}</h4>`;
    case 5:
      return html`<h5 id=${i} class=${c} tabindex=${f}>${content}</h5>`;
    default:
      return html`<h6 id=${i} class=${c} tabindex=${f}>${content}</h6>`;
  }
}

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
    <button
      type="button"
      part="button"
      class="open"
      aria-describedby=${titleId}
      @pointerenter=${el.preloadReader}
      @focus=${el.preloadReader}
      @click=${() => el.openModule(m.id, true)}
    >
      ${action}
    </button>
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

export function backButton(el: IopFamilyEducation): TemplateResult {
  return html`<p class="back no-print">
    <button type="button" part="button" class="back-button" @click=${() => el.showCatalogue()}><span aria-hidden="true">← </span>${el.tr('allModules')}</button>
  </p>`;
}

/** What `reader-view.ts` provides. */
export interface ReaderView {
  renderModule(el: IopFamilyEducation, module: LenientModule): TemplateResult;
}

/**
 * The reader: the module once both it and the reader's code are here (`part`, fetched when a
 * module is opened), else its frame with "Loading the module…", "not found", or an error with
 * "Try again" (a failed fetch of the module or of the reader's code).
 */
export function renderReader(el: IopFamilyEducation, reader: Reader, part: LazyPart<unknown>, view?: ReaderView): TemplateResult {
  if (reader.status === 'ready' && view) return view.renderModule(el, reader.module);
  const t = el.tr;
  const loading = reader.status === 'loading' || (reader.status === 'ready' && !part.failed);
  const body = loading
    ? html`<p class="loading reader-message" tabindex="-1">${t('loadingModule')}</p>`
    : reader.status === 'not-found'
      ? html`<p class="reader-message" role="alert" tabindex="-1">${t('moduleNotFound')}</p>`
      : html`<div class="reader-message" tabindex="-1">${reader.status === 'error' ? errorBlock(el, reader.kind) : renderPartPending(el, part)}</div>`;
  return html`<section class="reader" part="reader" aria-busy=${loading ? 'true' : 'false'}>${backButton(el)}${body}</section>`;
}
