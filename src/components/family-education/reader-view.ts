/** The module reader: title, progress, reading tools, blocks, completion and next/previous. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { moduleProgress } from '../../core/education/progress.js';
import type { LenientModule } from '../../core/education/lenient.js';
import { staticBlock, heading, type BlockEnv } from './blocks.js';
import { checkBlock, reflectionBlock, type InteractiveEnv } from './interactive.js';
import { canSpeak, shareUrl, TEXT_SIZES } from './comfort.js';
import { errorBlock, storageNotice } from './catalogue-view.js';
import type { Reader } from './data.js';
import type { IopFamilyEducation } from './family-education.js';
import type { MessageKey } from './messages.js';

const AUDIENCE = { family: 'audienceFamily', patient: 'audiencePatient', everyone: 'audienceEveryone' } as const satisfies Record<string, MessageKey>;

function backButton(el: IopFamilyEducation): TemplateResult {
  return html`<p class="back no-print">
    <button type="button" part="button" class="back-button" @click=${() => el.showCatalogue()}><span aria-hidden="true">← </span>${el.tr('allModules')}</button>
  </p>`;
}

function env(el: IopFamilyEducation, module: LenientModule): InteractiveEnv {
  const base: BlockEnv = {
    t: el.tr,
    level: el.headingLevel,
    origin: location.origin,
    locale: module.locale,
    center: el.center,
    failedVideos: el.failedVideos,
    onVideoError: (i) => el.videoFailed(i),
  };
  return {
    ...base,
    checks: el.checks,
    reflections: el.reflections,
    onSelect: (b, o, c) => el.select(b, o, c),
    onCheck: (b) => el.check(b, module.blocks.indexOf(b)),
    onRetry: (b, i) => el.retryCheck(b, i),
    onReflectionInput: (b, text) => el.reflectionInput(b, text),
    onReflectionSave: (b) => void el.saveReflection(b),
    onReflectionDelete: (b, i) => void el.deleteReflection(b, i),
  };
}

function tools(el: IopFamilyEducation, module: LenientModule): TemplateResult {
  const t = el.tr;
  const size = TEXT_SIZES[el.sizeStep]!;
  const atMin = el.sizeStep === 0;
  const atMax = el.sizeStep === TEXT_SIZES.length - 1;
  const translation = Object.entries(module.translations ?? {}).find(([locale, id]) => locale !== module.locale && id);
  return html`<div class="tools no-print" part="toolbar" role="group" aria-label=${t('tools')}>
    <div class="tool-group">
      <span id="size-label" class="size-label">${t('textSize', { percent: size })}</span>
      <button type="button" part="button" class="smaller" aria-describedby="size-label" aria-disabled=${atMin ? 'true' : 'false'} @click=${() => el.resize(-1)}>
        ${t('smaller')}<span class="visually-hidden"> (${t('smallerLabel')})</span>
      </button>
      <button type="button" part="button" class="larger" aria-describedby="size-label" aria-disabled=${atMax ? 'true' : 'false'} @click=${() => el.resize(1)}>
        ${t('larger')}<span class="visually-hidden"> (${t('largerLabel')})</span>
      </button>
    </div>
    ${canSpeak()
      ? html`<div class="tool-group speech">
          ${el.speech === 'idle'
            ? html`<button type="button" part="button" class="read-aloud" @click=${() => el.speechAction('start')}>${t('readAloud')}</button>`
            : html`${el.speech === 'paused'
                  ? html`<button type="button" part="button" class="resume" @click=${() => el.speechAction('resume')}>${t('resume')}</button>`
                  : html`<button type="button" part="button" class="pause" @click=${() => el.speechAction('pause')}>${t('pause')}</button>`}
                <button type="button" part="button" class="stop" @click=${() => el.speechAction('stop')}>${t('stop')}</button>`}
        </div>`
      : nothing}
    <div class="tool-group">
      <button type="button" part="button" class="print" @click=${() => window.print()}>${t('print')}</button>
      ${translation
        ? html`<button type="button" part="button" class="switch-language" lang=${translation[0]} @click=${() => el.switchLanguage(translation[0], translation[1]!)}>
            ${el.trIn(translation[0], 'switchLanguage')}
          </button>`
        : nothing}
    </div>
    <div class="tool-group share">
      <label for="share-url">${t('shareLabel')}</label>
      <input id="share-url" type="url" readonly .value=${shareUrl(module.id)} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
      <button type="button" part="button" class="copy" @click=${() => void el.share()}>${t('share')}</button>
      <span class="share-status" role="status">${el.shareMessage}</span>
    </div>
  </div>`;
}

function block(el: IopFamilyEducation, module: LenientModule, e: InteractiveEnv, index: number): unknown {
  const b = module.blocks[index]!;
  if (b.type === 'invalid') return html`<p class="invalid" role="note"><span aria-hidden="true">⚠ </span>${el.tr('invalidBlock')}</p>`;
  if (b.type === 'check') return checkBlock(b, index, e);
  if (b.type === 'reflection') return reflectionBlock(b, index, e);
  return staticBlock(b, index, e);
}

function ready(el: IopFamilyEducation, module: LenientModule): TemplateResult {
  const t = el.tr;
  const record = el.record;
  const view = moduleProgress(module, record);
  const e = env(el, module);
  const { prev, next } = el.neighbours(module);
  const size = TEXT_SIZES[el.sizeStep]!;
  return html`<article class="reader size-${size}" part="reader" lang=${module.locale} aria-labelledby="module-title">
    ${backButton(el)} ${heading(el.headingLevel, module.title, 'module-title', 'module-title', true)}
    <p class="summary">${module.summary}</p>
    <p class="meta">${t('minutes', { count: module.estimatedMinutes })} <span aria-hidden="true">·</span> ${t(AUDIENCE[module.audience])}</p>
    ${storageNotice(el)}
    <div class="reading-progress no-print">
      <label for="reading-progress">${t('readingProgress')}</label>
      <progress id="reading-progress" part="progress" max="100" .value=${view.percent}></progress>
      <span class="percent">${view.status === 'completed' ? t('completed') : `${view.percent}%`}</span>
    </div>
    ${el.resumeAt > 0 && view.status !== 'completed'
      ? html`<p class="resume no-print">
          ${t('resumeNote')} <button type="button" part="button" class="resume-button" @click=${() => el.resume()}>${t('resumeButton')}</button>
        </p>`
      : nothing}
    ${tools(el, module)}
    <div class="blocks">${module.blocks.map((b, i) => html`<div class="block block-${b.type}" data-block=${i} tabindex="-1">${block(el, module, e, i)}</div>`)}</div>
    <div class="completion no-print">
      ${view.status === 'completed'
        ? html`<p class="completed-note">${t('completedNote')}</p>
            <button type="button" part="button" class="mark-incomplete" @click=${() => el.setComplete(false)}>${t('markIncomplete')}</button>`
        : html`<button type="button" part="button" class="mark-complete primary" @click=${() => el.setComplete(true)}>${t('markComplete')}</button>`}
    </div>
    ${prev || next
      ? html`<div class="module-nav no-print">
          ${prev ? html`<button type="button" part="button" class="prev" @click=${() => el.go(prev.id, false)}><span aria-hidden="true">← </span>${t('previous', { title: prev.title })}</button>` : nothing}
          ${next ? html`<button type="button" part="button" class="next" @click=${() => el.go(next.id, true)}>${t('next', { title: next.title })}<span aria-hidden="true"> →</span></button>` : nothing}
        </div>`
      : nothing}
  </article>`;
}

export function renderReader(el: IopFamilyEducation, reader: Reader): TemplateResult {
  if (reader.status === 'ready') return ready(el, reader.module);
  const t = el.tr;
  const body =
    reader.status === 'loading'
      ? html`<p class="loading reader-message" tabindex="-1">${t('loadingModule')}</p>`
      : reader.status === 'not-found'
        ? html`<p class="reader-message" role="alert" tabindex="-1">${t('moduleNotFound')}</p>`
        : html`<div class="reader-message" tabindex="-1">${errorBlock(el, reader.kind)}</div>`;
  return html`<section class="reader" part="reader" aria-busy=${reader.status === 'loading' ? 'true' : 'false'}>${backButton(el)}${body}</section>`;
}
