/**
 * "Fits my week": the visitor lists the times they are not free (work, school…). The
 * list lives in the element's memory only — never stored, never put in the URL.
 * Fetched on demand (a `LazyPart` of the element) with its strings and styles: only once the
 * person opens "Fits my week" (preloaded when they point at or focus its button). The
 * button itself, and the marks on the cards, are in the element.
 */
import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Day } from '../../core/schemas/index.js';
import type { BusyBlock } from '../../core/finder/index.js';
import { programLabels } from '../../core/i18n/program-labels.js';
import { messages as main } from './messages.js';
import { weekMessages as messages } from './week.messages.js';
import type { ProgramFinder } from './program-finder.js';

const WEEKDAYS: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
/** The schema's `DAYS`, written out: importing it would pull the schema module into a chunk of its own. */
const DAYS: readonly Day[] = [...WEEKDAYS, 'sat', 'sun'];
export const BUSY_PRESETS = {
  presetWork: { days: WEEKDAYS, start: '09:00', end: '17:00' },
  presetSchool: { days: WEEKDAYS, start: '08:00', end: '15:00' },
} as const satisfies Record<string, BusyBlock>;

/** Draft of the custom busy-time row, per element (not reactive state: read on "Add"). */
const drafts = new WeakMap<ProgramFinder, { error: boolean }>();

/** "Mon–Fri, 9:00 AM–5:00 PM" / "Mon, Wed, 6:00 PM–9:00 PM". */
export function busyLabel(f: ProgramFinder, block: BusyBlock): string {
  const short = (d: Day) => f.t(programLabels, `dayShort.${d}` as 'dayShort.mon');
  const idx = block.days.map((d) => DAYS.indexOf(d)).sort((a, b) => a - b);
  const run = idx.length > 2 && idx.every((v, i) => i === 0 || v === idx[i - 1] + 1);
  const days = run ? `${short(DAYS[idx[0]])}–${short(DAYS[idx[idx.length - 1]])}` : f.format.list(idx.map((i) => short(DAYS[i])));
  return f.t(messages, 'busyLabel', { days, from: f.format.time(block.start), to: f.format.time(block.end) });
}

function addCustom(f: ProgramFinder, form: HTMLElement): void {
  const days = DAYS.filter((d) => form.querySelector<HTMLInputElement>(`#busy-day-${d}`)?.checked);
  const start = form.querySelector<HTMLInputElement>('#busy-from')?.value ?? '';
  const end = form.querySelector<HTMLInputElement>('#busy-to')?.value ?? '';
  const valid = days.length > 0 && /^\d\d:\d\d$/.test(start) && /^\d\d:\d\d$/.test(end) && end > start /* HH:MM compare as text */;
  drafts.set(f, { error: !valid });
  if (!valid) {
    f.requestUpdate();
    f.focusLater('#busy-from');
    return;
  }
  const block = { days, start, end };
  f.addBusy(block);
  f.notice = f.t(messages, 'busyAdded', { label: busyLabel(f, block) });
}

function addPreset(f: ProgramFinder, key: keyof typeof BUSY_PRESETS): void {
  const p = BUSY_PRESETS[key];
  const block = { days: [...p.days], start: p.start, end: p.end };
  f.addBusy(block);
  f.notice = f.t(messages, 'busyAdded', { label: busyLabel(f, block) });
}

export { messages };

export const styles = css`
  .presets,
  .times {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-end: 0.5em;
  }
  .times .field {
    margin: 0;
  }
  .days li,
  .clash-mode div {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    padding-block: 0.15em;
  }
  .busy-heading {
    font-size: 1em;
    margin-block: var(--_space) 0.25em;
  }
  .busy-list li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }
  .field-error {
    color: var(--_color-danger);
    font-weight: 600;
  }
`;

/** The content of the open panel (the element renders the "Fits my week" button and the panel's box). */
export function renderWeekPanel(f: ProgramFinder): TemplateResult {
  const error = drafts.get(f)?.error ?? false;
  return html`
    <p class="hint">${f.t(messages, 'weekIntro')}</p>
    <div class="presets">
      ${(Object.keys(BUSY_PRESETS) as (keyof typeof BUSY_PRESETS)[]).map(
        (key) => html`<button part="button" class="secondary preset" @click=${() => addPreset(f, key)}>+ ${f.t(messages, key)}</button>`,
      )}
    </div>
    <fieldset class="busy-days">
      <legend>${f.t(messages, 'busyDays')}</legend>
      <ul role="list" class="days">
        ${DAYS.map(
          (d) => html`<li>
            <input type="checkbox" id=${`busy-day-${d}`} ?checked=${WEEKDAYS.includes(d)} />
            <label for=${`busy-day-${d}`}>${f.t(programLabels, `day.${d}` as 'day.mon')}</label>
          </li>`,
        )}
      </ul>
    </fieldset>
    <div class="times">
      <div class="field">
        <label for="busy-from">${f.t(messages, 'busyFrom')}</label>
        <input id="busy-from" type="time" value="09:00" aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? 'busy-error' : nothing} />
      </div>
      <div class="field">
        <label for="busy-to">${f.t(messages, 'busyTo')}</label>
        <input id="busy-to" type="time" value="17:00" aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? 'busy-error' : nothing} />
      </div>
    </div>
    ${error ? html`<p class="field-error" id="busy-error">${f.t(messages, 'busyInvalid')}</p>` : nothing}
    <button part="button" class="secondary add-busy" @click=${(e: Event) => addCustom(f, (e.target as HTMLElement).closest('.week')!)}>
      ${f.t(messages, 'busyAdd')}
    </button>
    <h3 class="busy-heading">${f.t(messages, 'busyList')}</h3>
    ${f.busy.length === 0
      ? html`<p class="hint">${f.t(messages, 'busyNone')}</p>`
      : html`<ul class="busy-list" role="list">
          ${f.busy.map((b, i) => {
            const label = busyLabel(f, b);
            return html`<li>
              <span>${label}</span>
              <button part="button" class="link remove-busy" aria-label=${f.t(messages, 'busyRemove', { label })} @click=${() => f.removeBusy(i)}>
                ${f.t(main, 'remove')}
              </button>
            </li>`;
          })}
        </ul>`}
    <fieldset class="clash-mode">
      <legend>${f.t(messages, 'clashMode')}</legend>
      ${(['mark', 'hide'] as const).map(
        (mode) => html`<div>
          <input
            type="radio"
            name="clash-mode"
            id=${`clash-${mode}`}
            .checked=${f.clashMode === mode}
            @change=${() => {
              f.clashMode = mode;
              f.visible = f.pageSize;
            }}
          />
          <label for=${`clash-${mode}`}>${f.t(messages, mode === 'mark' ? 'clashMark' : 'clashHide')}</label>
        </div>`,
      )}
    </fieldset>
  `;
}
