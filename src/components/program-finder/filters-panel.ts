/**
 * The finder's filter panel: a search field and one fieldset of checkboxes per facet,
 * each option with the number of programs it would give (other filters as they are).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Facet } from '../../core/finder/index.js';
import { programLabels } from '../../core/i18n/program-labels.js';
import type { Locale } from '../../core/locale.js';
import { messages } from './messages.js';
import type { ProgramFinder } from './program-finder.js';

const LABEL_PREFIX: Record<Exclude<Facet, 'languages'>, string> = {
  focus: 'focus',
  levelOfCare: 'level',
  format: 'format',
  times: 'time',
  populations: 'population',
  payment: 'payment',
  services: 'service',
};

const languageNames = new Map<Locale, Intl.DisplayNames | null>();

function languageName(code: string, locale: Locale): string {
  if (code === 'en' || code === 'es') return '';
  let names = languageNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale === 'es' ? 'es-US' : 'en-US'], { type: 'language' });
    } catch {
      names = null;
    }
    languageNames.set(locale, names);
  }
  const name = names?.of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** The person-facing name of a facet option (`payer:<id>` → the payer's name, when known). */
export function optionLabel(f: ProgramFinder, facet: Facet, value: string): string {
  if (facet === 'languages') {
    if (value === 'en' || value === 'es') return f.t(programLabels, `language.${value}` as 'language.en');
    return languageName(value, f.effectiveLocale);
  }
  if (facet === 'payment' && value.startsWith('payer:')) return f.payerNames.get(value.slice(6)) ?? value.slice(6);
  return f.t(programLabels, `${LABEL_PREFIX[facet]}.${value}` as keyof (typeof programLabels)['en'] & string);
}

/** A safe id for an option's checkbox (option values are `[A-Za-z0-9_.:-]`). */
const optionId = (facet: string, value: string) => `opt-${facet}-${value.replace(/[^A-Za-z0-9_-]/g, '_')}`;

function renderOption(f: ProgramFinder, facet: Facet, value: string, hint?: string): TemplateResult {
  const id = optionId(facet, value);
  const count = f.result.counts[facet]?.[value];
  const checked = (f.filters[facet] as string[]).includes(value);
  return html`
    <li class="option">
      <input
        type="checkbox"
        id=${id}
        .checked=${checked}
        aria-describedby=${hint ? `${id}-hint` : nothing}
        @change=${(e: Event) => f.toggleOption(facet, value, (e.target as HTMLInputElement).checked)}
      />
      <label for=${id}>
        <span class="option-label">${optionLabel(f, facet, value)}</span>
        ${count === undefined
          ? nothing
          : html`<span class="count" aria-hidden="true">${f.format.number(count)}</span
              ><span class="visually-hidden">(${f.t(messages, 'optionCount', { count })})</span>`}
      </label>
      ${hint ? html`<span class="hint" id=${`${id}-hint`}>${hint}</span>` : nothing}
    </li>
  `;
}

function renderFacet(f: ProgramFinder, facet: Facet, values: string[], legendKey: keyof (typeof messages)['en'], hint?: string): TemplateResult | typeof nothing {
  if (values.length === 0) return nothing;
  const hintId = hint ? `hint-${facet}-${legendKey}` : undefined;
  return html`
    <fieldset class="facet" data-facet=${facet} aria-describedby=${hintId ?? nothing}>
      <legend>${f.t(messages, legendKey as 'facet_focus')}</legend>
      ${hint ? html`<p class="hint" id=${hintId!}>${hint}</p>` : nothing}
      <ul role="list">
        ${values.map((v) =>
          renderOption(f, facet, v, facet === 'levelOfCare' ? f.t(programLabels, `levelHint.${v}` as 'levelHint.iop') : undefined),
        )}
      </ul>
    </fieldset>
  `;
}

/** "Fits my week": the button, and once opened the panel (fetched on demand, see `week-editor.ts`). */
function renderWeek(f: ProgramFinder): TemplateResult {
  const preload = () => void f.parts.week.load();
  return html`<div class="week-wrap">
    <button
      part="button"
      class="secondary week-toggle"
      aria-expanded=${f.weekOpen ? 'true' : 'false'}
      aria-controls="week"
      @pointerenter=${preload}
      @focus=${preload}
      @click=${() => (f.weekOpen = !f.weekOpen)}
    >
      ${f.t(messages, 'weekOpen')}${f.busy.length ? ` (${f.format.number(f.busy.length)})` : ''}
    </button>
    ${f.weekOpen ? html`<div id="week" part="week" class="week">${f.renderPart('week', (m) => m.renderWeekPanel(f))}</div>` : nothing}
  </div>`;
}

export function renderFilters(f: ProgramFinder): TemplateResult {
  const index = f.index;
  const facets = (facet: Facet) => index?.options(facet) ?? [];
  const payments = facets('payment');
  const paymentOptions = payments.filter((v) => !v.startsWith('payer:'));
  const payers = payments
    .filter((v) => v.startsWith('payer:') && f.payerNames.has(v.slice(6)))
    .sort((a, b) => optionLabel(f, 'payment', a).localeCompare(optionLabel(f, 'payment', b), f.effectiveLocale));
  return html`
    <div id="filters" part="filters" class="filters ${f.filtersOpen ? 'open' : ''}" role="search" aria-label=${f.t(messages, 'filters')}>
      <div class="field">
        <label for="search">${f.t(messages, 'search')}</label>
        <input
          id="search"
          type="search"
          autocomplete="off"
          .value=${f.filters.query}
          @input=${(e: Event) => f.setFilters({ ...f.filters, query: (e.target as HTMLInputElement).value })}
        />
      </div>
      ${renderWeek(f)}
      ${index
        ? html`
            ${renderFacet(f, 'times', facets('times'), 'facet_times', f.t(messages, 'timesHint'))}
            ${renderFacet(f, 'focus', facets('focus'), 'facet_focus')}
            ${renderFacet(f, 'levelOfCare', facets('levelOfCare'), 'facet_levelOfCare')}
            ${renderFacet(f, 'format', facets('format'), 'facet_format')}
            ${renderFacet(f, 'populations', facets('populations'), 'facet_populations')}
            ${renderFacet(f, 'languages', facets('languages'), 'facet_languages')}
            ${renderFacet(f, 'payment', paymentOptions, 'facet_payment')}
            ${renderFacet(f, 'payment', payers, 'facet_payers', f.t(messages, 'payersHint'))}
            ${renderFacet(f, 'services', facets('services'), 'facet_services')}
          `
        : html`<p class="state" role="status">${f.t(messages, 'preparingFilters')}</p>`}
      ${f.activeCount > 0
        ? html`<button part="button" class="secondary clear-all" @click=${() => f.clear()}>${f.t(messages, 'clearAll')}</button>`
        : nothing}
    </div>
  `;
}
