/**
 * Templates of one track: the week table, the list (agenda), the totals and the
 * legend. Pure functions of a `TrackView` and a translator, so the element class
 * only orchestrates loading and state.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Locale } from '../../core/locale.js';
import { translate } from '../../core/i18n/catalogue.js';
import type { ParamsArg } from '../../core/i18n/catalogue.js';
import { programLabels } from '../../core/i18n/program-labels.js';
import { messages } from './messages.js';
import { CLASH_GLYPH, SESSION_GLYPHS, type SessionType, type SessionView, type TrackView } from './model.js';

type M = typeof messages.en;
export type Translate = <K extends keyof M & string>(key: K, ...params: ParamsArg<M[K]>) => string;

export function translator(locale: Locale): Translate {
  return (key, ...params) => translate(messages, locale, key, ...params);
}

/** One session: screen readers hear day, time, type, title (and a clash) in that order. */
function sessionTemplate(s: SessionView, t: Translate): TemplateResult {
  return html`<div class="session${s.clash ? ' clash' : ''}" part="session${s.clash ? ' session-clash' : ''}" data-type=${s.session.type}>
    <span class="visually-hidden">${s.dayName}, </span>
    <span class="time"
      >${s.programTime}${s.viewerTime ? html` <span class="viewer-time">(${s.viewerTime})</span>` : nothing}<span class="visually-hidden">, </span></span
    >
    <span class="type"><span class="glyph" aria-hidden="true">${SESSION_GLYPHS[s.session.type]}</span> ${s.typeLabel}</span>
    ${s.title && s.title !== s.typeLabel ? html`<span class="title"><span class="visually-hidden">: </span>${s.title}</span>` : nothing}
    ${s.clash
      ? html`<span class="clash-note"><span class="glyph" aria-hidden="true">${CLASH_GLYPH}</span> <span class="visually-hidden">— </span>${t('clash')}</span>`
      : nothing}
  </div>`;
}

export function weekTable(v: TrackView, t: Translate, dayName: (d: TrackView['days'][number]) => string): TemplateResult {
  const caption = t('caption', { program: v.programName, track: v.trackName });
  return html`<div class="table-scroll" part="table-scroll" role="region" aria-label=${caption} tabindex="0">
    <table class="week" part="table">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('timeColumn')}</th>
          ${v.days.map((d) => html`<th scope="col">${dayName(d)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${v.rows.map(
          (r) => html`<tr>
            <th scope="row">${r.label}</th>
            ${r.cells.map((cell) => html`<td>${cell.map((s) => sessionTemplate(s, t))}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export function agenda(v: TrackView, t: Translate, headingLevel: 3 | 4): TemplateResult {
  return html`<div class="agenda" part="list" role="group" aria-label=${t('listHeading', { program: v.programName, track: v.trackName })}>
    ${v.byDay.map(
      (d) => html`<div class="agenda-day">
        ${headingLevel === 3 ? html`<h3 class="day-heading">${d.dayName}</h3>` : html`<h4 class="day-heading">${d.dayName}</h4>`}
        <ul>
          ${d.sessions.map((s) => html`<li>${sessionTemplate(s, t)}</li>`)}
        </ul>
      </div>`,
    )}
  </div>`;
}

export function totals(v: TrackView, t: Translate, locale: Locale): TemplateResult {
  return html`<div class="totals" part="totals">
    <p class="totals-heading">${t('totals')}</p>
    <dl>
      <div><dt>${t('hoursHeading')}</dt><dd class="hours">${t('hoursPerWeek', { count: v.hours })}</dd></div>
      <div><dt>${t('daysHeading')}</dt><dd class="days">${t('daysPerWeek', { count: v.daysPerWeek })}</dd></div>
      ${v.durationWeeks !== undefined
        ? html`<div><dt>${t('durationHeading')}</dt><dd class="duration">${t('duration', { count: v.durationWeeks })}</dd></div>`
        : nothing}
    </dl>
    ${v.intensity
      ? html`<p class="intensity-note" part="intensity-note">
          ${t('intensityNote', { hours: new Intl.NumberFormat(locale === 'es' ? 'es-US' : 'en-US', { maximumFractionDigits: 1 }).format(v.intensity.hours), minimum: v.intensity.minimum })}
        </p>`
      : nothing}
  </div>`;
}

export function legend(types: readonly SessionType[], withClash: boolean, t: Translate, locale: Locale): TemplateResult {
  return html`<div class="legend" part="legend">
    <p class="legend-heading" id="legend-heading">${t('legend')}</p>
    <ul aria-labelledby="legend-heading">
      ${types.map(
        (ty) =>
          html`<li data-type=${ty}><span class="glyph" aria-hidden="true">${SESSION_GLYPHS[ty]}</span> ${translate(programLabels, locale, `session.${ty}`)}</li>`,
      )}
      ${withClash ? html`<li class="clash"><span class="glyph" aria-hidden="true">${CLASH_GLYPH}</span> ${t('clashLegend')}</li>` : nothing}
    </ul>
  </div>`;
}
