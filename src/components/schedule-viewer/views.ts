/**
 * Templates of one track: the week table, the list (agenda), the totals and the
 * legend, and the radio groups (view switch, track switcher). Pure functions of a
 * `TrackView` and a translator, so the element class only orchestrates loading and state.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Locale } from '../../core/locale.js';
import { translate } from '../../core/i18n/catalogue.js';
import type { ParamsArg } from '../../core/i18n/catalogue.js';
import { formatNumber } from '../../core/i18n/format.js';
import { programLabels } from '../../core/i18n/program-labels.js';
import { messages } from './messages.js';
import { CLASH_GLYPH, SESSION_GLYPHS, type SessionType, type SessionView, type TrackView } from './model.js';

type M = typeof messages.en;
export type Translate = <K extends keyof M & string>(key: K, ...params: ParamsArg<M[K]>) => string;

export function translator(locale: Locale): Translate {
  return (key, ...params) => translate(messages, locale, key, ...params);
}

const glyph = (shape: string) => html`<span class="glyph" aria-hidden="true">${shape}</span>`;

/** A native radio group (`fieldset` + `legend`): arrow keys, focus and announcements come from the browser. */
export function radioGroup<V extends string>(
  name: string,
  legend: string,
  attrs: { class: string; part?: string },
  options: readonly { value: V; label: string }[],
  current: V,
  choose: (value: V) => void,
): TemplateResult {
  return html`<fieldset class=${attrs.class} part=${attrs.part ?? nothing}>
    <legend>${legend}</legend>
    ${options.map(
      (o) => html`<label class="choice"
        ><input type="radio" name=${name} .value=${o.value} .checked=${o.value === current} @change=${() => choose(o.value)} /> ${o.label}</label
      >`,
    )}
  </fieldset>`;
}

/** One session: screen readers hear day, time, type, title (and a clash) in that order. */
function sessionTemplate(s: SessionView, t: Translate): TemplateResult {
  return html`<div class="session${s.clash ? ' clash' : ''}" part="session${s.clash ? ' session-clash' : ''}" data-type=${s.session.type}>
    <span class="visually-hidden">${s.dayName}, </span>
    <span class="time"
      >${s.programTime}${s.viewerTime ? html` <span class="viewer-time">(${s.viewerTime})</span>` : nothing}<span class="visually-hidden">, </span></span
    >
    <span class="type">${glyph(SESSION_GLYPHS[s.session.type])} ${s.typeLabel}</span>
    ${s.title && s.title !== s.typeLabel ? html`<span class="title"><span class="visually-hidden">: </span>${s.title}</span>` : nothing}
    ${s.clash ? html`<span class="clash-note">${glyph(CLASH_GLYPH)} <span class="visually-hidden">— </span>${t('clash')}</span>` : nothing}
  </div>`;
}

export function weekTable(v: TrackView, t: Translate, dayName: (d: TrackView['days'][number]) => string): TemplateResult {
  const caption = t('caption', { program: v.programName, track: v.trackName });
  return html`<div class="table-scroll" part="table-scroll" role="region" aria-label=${caption} tabindex="0">
    <table part="table">
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

export function agenda(v: TrackView, t: Translate): TemplateResult {
  return html`<div class="agenda" part="list" role="group" aria-label=${t('listHeading', { program: v.programName, track: v.trackName })}>
    ${v.byDay.map(
      (d) => html`<h3>${d.dayName}</h3>
        <ul>
          ${d.sessions.map((s) => html`<li>${sessionTemplate(s, t)}</li>`)}
        </ul>`,
    )}
  </div>`;
}

export function totals(v: TrackView, t: Translate, locale: Locale): TemplateResult {
  const item = (cls: string, heading: string, value: string) => html`<div><dt>${heading}</dt><dd class=${cls}>${value}</dd></div>`;
  return html`<div class="totals" part="totals">
    <p class="heading">${t('totals')}</p>
    <dl>
      ${item('hours', t('hoursHeading'), t('hoursPerWeek', { count: v.hours }))}
      ${item('days', t('daysHeading'), t('daysPerWeek', { count: v.byDay.length }))}
      ${v.durationWeeks !== undefined ? item('duration', t('durationHeading'), t('duration', { count: v.durationWeeks })) : nothing}
    </dl>
    ${v.intensity
      ? html`<p class="intensity-note" part="intensity-note">
          ${t('intensityNote', { hours: formatNumber(v.intensity.hours, locale, { maximumFractionDigits: 1 }), minimum: v.intensity.minimum })}
        </p>`
      : nothing}
  </div>`;
}

export function legend(types: readonly SessionType[], withClash: boolean, t: Translate, locale: Locale): TemplateResult {
  return html`<div class="legend" part="legend">
    <p class="heading" id="legend-heading">${t('legend')}</p>
    <ul aria-labelledby="legend-heading">
      ${types.map((ty) => html`<li data-type=${ty}>${glyph(SESSION_GLYPHS[ty])} ${translate(programLabels, locale, `session.${ty}`)}</li>`)}
      ${withClash ? html`<li class="clash">${glyph(CLASH_GLYPH)} ${t('clash')}</li>` : nothing}
    </ul>
  </div>`;
}
