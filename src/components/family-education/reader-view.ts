/**
 * The open module — title, progress, reading tools, blocks, completion and next/previous —
 * with its strings and styles: fetched on demand (see `IopFamilyEducation`), so a page showing
 * the catalogue does not load it until a module is about to be opened.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { moduleProgress } from '../../core/education/module-progress.js';
import type { LenientModule } from '../../core/education/lenient.js';
import { translate } from '../../core/i18n/catalogue.js';
import { staticBlock, type Tr } from './blocks.js';
import { checkBlock, reflectionBlock, type InteractiveEnv } from './interactive.js';
import { canSpeak, shareUrl } from './comfort.js';
import { AUDIENCE, backButton, heading, storageNotice } from './catalogue-view.js';
import { TEXT_SIZES } from './data.js';
import * as act from './reader-actions.js';
import { switchMessages } from './reader.messages.js';
import type { IopFamilyEducation } from './family-education.js';

export { readerMessages } from './reader.messages.js';
export { readerStyles } from './reader.styles.js';
export { observe, restore } from './reader-actions.js';

function env(el: IopFamilyEducation, module: LenientModule, t: Tr): InteractiveEnv {
  return {
    t,
    level: el.headingLevel,
    origin: location.origin,
    locale: module.locale,
    center: el.center,
    failedVideos: el.failedVideos,
    onVideoError: (i) => act.videoFailed(el, i),
    checks: el.checks,
    reflections: el.reflections,
    onSelect: (b, o, c) => act.select(el, b, o, c),
    onCheck: (b) => act.check(el, module, b),
    onRetry: (b, i) => act.retryCheck(el, b, i),
    onReflectionInput: (b, text) => act.reflectionInput(el, b, text),
    onReflectionSave: (b) => void act.saveReflection(el, module.id, b),
    onReflectionDelete: (b, i) => void act.deleteReflection(el, module.id, b, i),
  };
}

function tools(el: IopFamilyEducation, module: LenientModule, t: Tr): TemplateResult {
  const size = TEXT_SIZES[el.sizeStep]!;
  const atMin = el.sizeStep === 0;
  const atMax = el.sizeStep === TEXT_SIZES.length - 1;
  const translation = Object.entries(module.translations ?? {}).find(([locale, id]) => locale !== module.locale && id);
  return html`<div class="tools no-print" part="toolbar" role="group" aria-label=${t('tools')}>
    <div class="tool-group">
      <span id="size-label" class="size-label">${t('textSize', { percent: size })}</span>
      <button type="button" part="button" class="smaller" aria-describedby="size-label" aria-disabled=${atMin ? 'true' : 'false'} @click=${() => act.resize(el, -1)}>
        ${t('smaller')}<span class="visually-hidden"> (${t('smallerLabel')})</span>
      </button>
      <button type="button" part="button" class="larger" aria-describedby="size-label" aria-disabled=${atMax ? 'true' : 'false'} @click=${() => act.resize(el, 1)}>
        ${t('larger')}<span class="visually-hidden"> (${t('largerLabel')})</span>
      </button>
    </div>
    ${canSpeak()
      ? html`<div class="tool-group speech">
          ${el.speech === 'idle'
            ? html`<button type="button" part="button" class="read-aloud" @click=${() => act.speechAction(el, module, 'start')}>${t('readAloud')}</button>`
            : html`${el.speech === 'paused'
                  ? html`<button type="button" part="button" class="resume" @click=${() => act.speechAction(el, module, 'resume')}>${t('resume')}</button>`
                  : html`<button type="button" part="button" class="pause" @click=${() => act.speechAction(el, module, 'pause')}>${t('pause')}</button>`}
                <button type="button" part="button" class="stop" @click=${() => act.speechAction(el, module, 'stop')}>${t('stop')}</button>`}
        </div>`
      : nothing}
    <div class="tool-group">
      <button type="button" part="button" class="print" @click=${() => window.print()}>${t('print')}</button>
      ${translation
        ? html`<button type="button" part="button" class="switch-language" lang=${translation[0]} @click=${() => act.switchLanguage(el, translation[0], translation[1]!)}>
            ${translate(switchMessages, translation[0] === 'es' ? 'es' : 'en', 'switchLanguage')}
          </button>`
        : nothing}
    </div>
    <div class="tool-group share">
      <label for="share-url">${t('shareLabel')}</label>
      <input id="share-url" type="url" readonly .value=${shareUrl(module.id)} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
      <button type="button" part="button" class="copy" @click=${() => void act.share(el, module.id)}>${t('share')}</button>
      <span class="share-status" role="status">${el.shareMessage}</span>
    </div>
  </div>`;
}

function block(module: LenientModule, e: InteractiveEnv, index: number): unknown {
  const b = module.blocks[index]!;
  if (b.type === 'invalid') return html`<p class="invalid" role="note"><span aria-hidden="true">⚠ </span>${e.t('invalidBlock')}</p>`;
  if (b.type === 'check') return checkBlock(b, index, e);
  if (b.type === 'reflection') return reflectionBlock(b, index, e);
  return staticBlock(b, index, e);
}

/** The module `module`, open in `el`. */
export function renderModule(el: IopFamilyEducation, module: LenientModule): TemplateResult {
  const t: Tr = (key, params) => act.rt(el, key, params);
  const view = moduleProgress(module, el.record);
  const e = env(el, module, t);
  const { prev, next } = act.neighbours(el, module);
  const size = TEXT_SIZES[el.sizeStep]!;
  return html`<article class="reader size-${size}" part="reader" lang=${module.locale} aria-labelledby="module-title">
    ${backButton(el)} ${heading(el.headingLevel, module.title, 'module-title', 'module-title', true)}
    <p class="summary">${module.summary}</p>
    <p class="meta">${el.tr('minutes', { count: module.estimatedMinutes })} <span aria-hidden="true">·</span> ${el.tr(AUDIENCE[module.audience])}</p>
    ${storageNotice(el)}
    <div class="reading-progress no-print">
      <label for="reading-progress">${t('readingProgress')}</label>
      <progress id="reading-progress" part="progress" max="100" .value=${view.percent}></progress>
      <span class="percent">${view.status === 'completed' ? el.tr('completed') : `${view.percent}%`}</span>
    </div>
    ${el.resumeAt > 0 && view.status !== 'completed'
      ? html`<p class="resume no-print">
          ${t('resumeNote')} <button type="button" part="button" class="resume-button" @click=${() => act.resume(el)}>${t('resumeButton')}</button>
        </p>`
      : nothing}
    ${tools(el, module, t)}
    <div class="blocks">${module.blocks.map((b, i) => html`<div class="block block-${b.type}" data-block=${i} tabindex="-1">${block(module, e, i)}</div>`)}</div>
    <div class="completion no-print">
      ${view.status === 'completed'
        ? html`<p class="completed-note">${t('completedNote')}</p>
            <button type="button" part="button" class="mark-incomplete" @click=${() => act.setComplete(el, module, false)}>${t('markIncomplete')}</button>`
        : html`<button type="button" part="button" class="mark-complete primary" @click=${() => act.setComplete(el, module, true)}>${t('markComplete')}</button>`}
    </div>
    ${prev || next
      ? html`<div class="module-nav no-print">
          ${prev ? html`<button type="button" part="button" class="prev" @click=${() => act.go(el, module, prev.id, false)}><span aria-hidden="true">← </span>${t('previous', { title: prev.title })}</button>` : nothing}
          ${next ? html`<button type="button" part="button" class="next" @click=${() => act.go(el, module, next.id, true)}>${t('next', { title: next.title })}<span aria-hidden="true"> →</span></button>` : nothing}
        </div>`
      : nothing}
  </article>`;
}
