/**
 * `<iop-schedule-viewer>`: one program's weekly schedule, or several side by side.
 */
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { IopElement } from '../base/iop-element.js';
import type { Day, Program } from '../../core/schemas/index.js';
import { SESSION_TYPES } from '../../core/schemas/index.js';
import type { BusyBlock } from '../../core/finder/schedule.js';
import { commonMessages } from '../../core/i18n/common.js';
import { phoneHref } from '../../core/i18n/format.js';
import { programLabels } from '../../core/i18n/program-labels.js';
import { localize } from '../../core/text.js';
import { localTimeZone } from '../../core/time.js';
import { entryFromData, fetchEntry, splitIds, type Entry } from './load.js';
import { messages } from './messages.js';
import { buildTrackView, sessionSummary, weekShown, zoneInfo, type SessionType, type TrackView, type ZoneInfo } from './model.js';
import { agenda, legend, totals, translator, weekTable } from './views.js';
import { scheduleViewerStyles } from './schedule-viewer.styles.js';

export type ScheduleView = 'week' | 'list';

export interface ScheduleTrackChangeDetail {
  programId: string;
  trackId: string;
}

export interface ScheduleExportDetail {
  programId: string;
  trackId: string;
  filename: string;
}

declare module '../base/iop-element.js' {
  interface IopEventMap {
    'iop-schedule-track-change': CustomEvent<ScheduleTrackChangeDetail>;
    'iop-schedule-export': CustomEvent<ScheduleExportDetail>;
  }
}

/** Below this width (px) the list view is the default: a 7-column table does not fit a phone. */
export const NARROW_WIDTH = 560;

interface Shown {
  program: Program;
  trackId: string;
  view?: TrackView;
  zone: ZoneInfo;
}

/**
 * A program's weekly schedule as an accessible week table or a day-by-day list, with
 * a track switcher, totals, "fits my week" clash marks, an `.ics` download and print.
 * With `program-ids`, several programs' chosen tracks are shown side by side.
 *
 * Times are shown in the program's time zone ("Central Time"); when the visitor's own
 * clock reads differently that week (a virtual program across zones), their time is
 * shown next to it, with daylight-saving time as in the week shown.
 *
 * @summary Weekly schedule of one or more programs: week table, list, tracks, totals, calendar file, print.
 *
 * @event iop-schedule-track-change - The person chose another track. `detail: { programId, trackId }`.
 * @event iop-schedule-export - A calendar file was generated for download. `detail: { programId, trackId, filename }`.
 *
 * @csspart toolbar - The row with the view switch and the print button.
 * @csspart legend - The legend of session types.
 * @csspart program - One program's panel.
 * @csspart tracks - The track switcher (a radio group).
 * @csspart table-scroll - The scrolling box around a week table.
 * @csspart table - The week table.
 * @csspart list - The day-by-day list.
 * @csspart session - One session (in the table or the list).
 * @csspart session-clash - A session that clashes with the person's busy times (also has `session`).
 * @csspart totals - Hours, days and typical length of the chosen track.
 * @csspart intensity-note - The note shown when an IOP track is below the usual intensity.
 * @csspart button - Every button.
 *
 * @cssprop [--iop-schedule-clash-color=var(--iop-color-warning)] - Border and mark of clashing sessions.
 * @cssprop [--iop-schedule-panel-min-width=18rem] - Narrowest a program's panel gets in compare mode before wrapping.
 */
export class IopScheduleViewer extends IopElement {
  static override styles = [...IopElement.styles, scheduleViewerStyles];
  protected static override catalogues = [messages, commonMessages, programLabels];

  /** Id of the program to show (`getProgram`). */
  @property({ attribute: 'program-id' }) programId?: string;

  /** Comma-separated ids of programs to compare side by side. Takes precedence over `program-id`. */
  @property({ attribute: 'program-ids' }) programIds?: string;

  /** Programs to show, instead of loading them by id. Validated against the contract. Property only. */
  @property({ attribute: false }) programs?: readonly unknown[];

  /** Times the person is not free, in their own time zone; clashing sessions are marked. Property only. */
  @property({ attribute: false }) busy: readonly BusyBlock[] = [];

  /** `week` (table) or `list`. Unset: the table, or the list in containers narrower than 560 px. */
  @property() view?: ScheduleView;

  /** Show all seven days as table columns, not only the days with sessions. */
  @property({ type: Boolean, attribute: 'all-days' }) allDays = false;

  /** The visitor's IANA time zone (default: the device's). Mostly for demos and tests. */
  @property({ attribute: 'viewer-time-zone' }) viewerTimeZone?: string;

  /** A date (`YYYY-MM-DD`) in the week whose daylight-saving rules apply. Default: the next opening, else this week. */
  @property() week?: string;

  /** Id of the track to show first, for programs that have it. */
  @property() track?: string;

  @state() private entries: Entry[] = [];
  @state() private narrow = false;
  @state() private chosenView?: ScheduleView;
  @state() private chosenTracks: ReadonlyMap<string, string> = new Map();
  @state() private announcement = '';
  @state() private printing = false;

  #abort?: AbortController;
  #backendDirty = false;
  #shown = new Map<string, Shown>();
  #types: SessionType[] = [];
  #resize?: ResizeObserver;
  #beforePrint = () => (this.printing = true);
  #afterPrint = () => (this.printing = false);

  override connectedCallback(): void {
    super.connectedCallback();
    // First guess now, before the first render (the observer reports only after a frame).
    const initial = this.getBoundingClientRect().width;
    if (initial > 0) this.narrow = initial < NARROW_WIDTH;
    if (typeof ResizeObserver !== 'undefined') {
      this.#resize = new ResizeObserver((list) => {
        const width = list[list.length - 1]?.contentRect.width ?? 0;
        // Applied in a later task: re-rendering inside the observer's callback changes the
        // element's height in the same frame, which the browser reports as a ResizeObserver loop.
        if (width > 0 && width < NARROW_WIDTH !== this.narrow) setTimeout(() => (this.narrow = width < NARROW_WIDTH), 0);
      });
      this.#resize.observe(this);
    }
    window.addEventListener('beforeprint', this.#beforePrint);
    window.addEventListener('afterprint', this.#afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#resize = undefined;
    window.removeEventListener('beforeprint', this.#beforePrint);
    window.removeEventListener('afterprint', this.#afterPrint);
    this.#abort?.abort();
  }

  /** The view shown now: the person's choice, else `view`, else by container width. */
  get currentView(): ScheduleView {
    if (this.printing) return 'week';
    return this.chosenView ?? (this.view === 'list' || this.view === 'week' ? this.view : this.narrow ? 'list' : 'week');
  }

  /**
   * The iCalendar text of a program's track (the chosen one by default), as "Add to calendar"
   * downloads it; `undefined` when the program is not loaded or has no such track. The
   * iCalendar writer is loaded on first use, so pages that never export do not pay for it.
   */
  async icsFor(programId: string, trackId?: string): Promise<string | undefined> {
    const program = this.#program(programId);
    const id = trackId ?? (program && this.#trackFor(program));
    if (!program || !id || !program.tracks.some((t) => t.id === id)) return undefined;
    const locale = this.effectiveLocale;
    const onlineLabel = this.t(messages, 'online');
    const { trackToIcs } = await import('../../core/ics/write.js');
    return trackToIcs(program, id, { locale, summary: (s) => sessionSummary(s, locale), onlineLabel });
  }

  protected override backendChanged(): void {
    this.#backendDirty = true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.#backendDirty || changed.has('programId') || changed.has('programIds') || changed.has('programs')) {
      this.#backendDirty = false;
      this.#load();
    }
    this.#computeShown();
  }

  #load(): void {
    this.#abort?.abort();
    const controller = new AbortController();
    this.#abort = controller;
    if (this.programs) {
      this.entries = this.programs.map(entryFromData);
      return;
    }
    const ids = splitIds(this.programId, this.programIds);
    this.entries = ids.map((id) => ({ id, status: 'loading' }));
    for (const id of ids) void this.#fetch(id, controller);
  }

  async #fetch(id: string, controller: AbortController): Promise<void> {
    const entry = await fetchEntry(this.backendAdapter, id, controller.signal);
    if (controller.signal.aborted || controller !== this.#abort) return;
    this.entries = this.entries.map((e) => (e.id === id ? entry : e));
  }

  #retry(id: string): void {
    if (this.programs) return this.#load();
    const controller = this.#abort ?? (this.#abort = new AbortController());
    this.entries = this.entries.map((e) => (e.id === id ? { id, status: 'loading' } : e));
    void this.#fetch(id, controller);
  }

  #program(id: string): Program | undefined {
    const e = this.entries.find((x) => x.id === id);
    return e?.status === 'ready' ? e.program : undefined;
  }

  #trackFor(program: Program): string | undefined {
    const has = (id: string | undefined) => id !== undefined && program.tracks.some((t) => t.id === id);
    const chosen = this.chosenTracks.get(program.id);
    if (has(chosen)) return chosen;
    if (has(this.track)) return this.track;
    return program.tracks[0]?.id;
  }

  /** Table rows, list days, clashes and totals of each shown track, once per change (not per render). */
  #computeShown(): void {
    const locale = this.effectiveLocale;
    const viewerZone = this.viewerTimeZone?.trim() || localTimeZone();
    const next = new Map<string, Shown>();
    const types = new Set<SessionType>();
    for (const e of this.entries) {
      if (e.status !== 'ready') continue;
      const program = e.program;
      const trackId = this.#trackFor(program);
      const track = program.tracks.find((t) => t.id === trackId);
      const week = weekShown(program, this.week);
      const key = this.#shown.get(program.id);
      const o = { locale, viewerZone, week, busy: this.busy, allDays: this.allDays };
      // Reuse when nothing it depends on changed.
      const same = key && key.program === program && key.trackId === trackId && this.#lastKey === this.#keyOf(locale, viewerZone);
      const shown: Shown = same ? key : { program, trackId: trackId ?? '', zone: zoneInfo(program, track, o) };
      if (!same && track) shown.view = buildTrackView(program, track, o);
      for (const ty of shown.view?.types ?? []) types.add(ty);
      next.set(program.id, shown);
    }
    this.#lastKey = this.#keyOf(locale, viewerZone);
    this.#shown = next;
    this.#types = SESSION_TYPES.filter((t) => types.has(t));
  }

  #lastKey?: string;
  #keyParts = new WeakMap<object, number>();
  #keyOf(locale: string, zone: string): string {
    let busyId = this.#keyParts.get(this.busy);
    if (busyId === undefined) this.#keyParts.set(this.busy, (busyId = Math.random()));
    return `${locale}|${zone}|${this.week ?? ''}|${this.allDays}|${busyId}`;
  }

  #chooseTrack(programId: string, trackId: string): void {
    this.chosenTracks = new Map(this.chosenTracks).set(programId, trackId);
    this.emit('iop-schedule-track-change', { programId, trackId });
  }

  async #download(program: Program, trackId: string): Promise<void> {
    const [text, { icsFilename }] = await Promise.all([this.icsFor(program.id, trackId), import('../../core/ics/write.js')]);
    if (text === undefined) return;
    const filename = icsFilename(program, trackId);
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.hidden = true;
    this.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.announcement = this.t(messages, 'calendarSaved', { filename });
    this.emit('iop-schedule-export', { programId: program.id, trackId, filename });
  }

  async #print(): Promise<void> {
    this.printing = true;
    await this.updateComplete;
    try {
      window.print();
    } finally {
      this.printing = false;
    }
  }

  protected override render(): TemplateResult {
    const t = translator(this.effectiveLocale);
    const loading = this.entries.some((e) => e.status === 'loading');
    const compare = this.entries.length > 1;
    const anyTable = this.#shown.size > 0 && [...this.#shown.values()].some((s) => s.view);
    return html`
      <p class="visually-hidden" role="status">${loading ? t('loadingSchedule') : this.announcement}</p>
      ${this.entries.length === 0 ? html`<p class="empty">${t('noProgram')}</p>` : nothing}
      ${anyTable ? this.#toolbar(t) : nothing}
      <div class="panels${compare ? ' compare' : ''}" part="panels">${this.entries.map((e, i) => this.#panel(e, i, t))}</div>
    `;
  }

  #toolbar(t: ReturnType<typeof translator>): TemplateResult {
    const view = this.currentView;
    const option = (value: ScheduleView, label: string) =>
      html`<label class="choice"
        ><input type="radio" name="view" .value=${value} .checked=${view === value} @change=${() => (this.chosenView = value)} /> ${label}</label
      >`;
    return html`<div class="toolbar" part="toolbar">
      <fieldset class="view-switch">
        <legend>${t('view')}</legend>
        ${option('week', t('viewWeek'))} ${option('list', t('viewList'))}
      </fieldset>
      ${legend(this.#types, this.busy.length > 0, t, this.effectiveLocale)}
      <button type="button" class="print" part="button" @click=${() => void this.#print()}>
        ${t('print')}<span class="visually-hidden"> — ${t('printFor')}</span>
      </button>
    </div>`;
  }

  #panel(entry: Entry, index: number, t: ReturnType<typeof translator>): TemplateResult {
    const headingId = `program-${index}`;
    if (entry.status === 'loading') {
      return html`<section class="program loading" part="program" aria-busy="true"><p>${t('loadingProgram')}</p></section>`;
    }
    if (entry.status === 'not-found') {
      const phone = this.center.phone;
      return html`<section class="program not-found" part="program">
        <p class="message">${t('notFound', { id: entry.id })}</p>
        ${phone ? html`<p>${this.#phoneText(t('notFoundCall', { phone }), phone)}</p>` : nothing}
      </section>`;
    }
    if (entry.status === 'error') {
      return html`<section class="program error" part="program">
        <p class="message">${t('programError', { id: entry.id })} ${this.t(commonMessages, entry.kind)}</p>
        <button type="button" part="button" class="retry" @click=${() => this.#retry(entry.id)}>
          ${this.t(commonMessages, 'tryAgain')}<span class="visually-hidden"> — ${entry.id}</span>
        </button>
      </section>`;
    }
    const program = entry.program;
    const shown = this.#shown.get(program.id);
    const locale = this.effectiveLocale;
    const name = localize(program.name, locale);
    const header = html`<h2 id=${headingId}>${name}</h2>
      <p class="center">${program.center}</p>`;
    if (!shown?.view) {
      return html`<section class="program no-schedule" part="program" aria-labelledby=${headingId}>
        ${header}
        <p class="message">${t('noSchedule')}</p>
        <p>${this.#phoneText(t('noScheduleCall', { phone: program.intakePhone }), program.intakePhone)}</p>
      </section>`;
    }
    const v = shown.view;
    const z = shown.zone;
    const dayName = (d: Day) => this.t(programLabels, `day.${d}`);
    return html`<section class="program" part="program" aria-labelledby=${headingId} data-program-id=${program.id}>
      ${header} ${program.tracks.length > 1 ? this.#trackSwitch(program, index, shown.trackId, t) : html`<p class="track-name">${v.trackName}</p>`}
      <p class="zone-note">
        ${z.viewerDiffers
          ? t('zoneNoteViewer', { zone: z.programZoneName, viewerZone: z.viewerZoneName, week: z.weekLabel })
          : t('zoneNote', { zone: z.programZoneName })}
      </p>
      ${this.currentView === 'week' ? weekTable(v, t, dayName) : agenda(v, t, 3)} ${totals(v, t, locale)}
      <div class="actions">
        <button type="button" part="button" class="ics" @click=${() => void this.#download(program, shown.trackId)}>
          ${t('addToCalendar')}<span class="visually-hidden">
            — ${t('addToCalendarFor', { track: v.trackName, program: name })}</span
          >
        </button>
      </div>
    </section>`;
  }

  #trackSwitch(program: Program, index: number, current: string, t: ReturnType<typeof translator>): TemplateResult {
    const locale = this.effectiveLocale;
    return html`<fieldset class="tracks" part="tracks">
      <legend>${t('tracks')}</legend>
      ${program.tracks.map(
        (track, k) =>
          html`<label class="choice" for=${`track-${index}-${k}`}
            ><input
              type="radio"
              id=${`track-${index}-${k}`}
              name=${`track-${index}`}
              .value=${track.id}
              .checked=${track.id === current}
              @change=${() => this.#chooseTrack(program.id, track.id)}
            />
            ${localize(track.name, locale)}</label
          >`,
      )}
    </fieldset>`;
  }

  /** The text with the phone number as a `tel:` link. */
  #phoneText(text: string, phone: string): TemplateResult {
    const at = text.indexOf(phone);
    const href = phoneHref(phone);
    if (at < 0 || !href) return html`${text}`;
    return html`${text.slice(0, at)}<a href=${href}>${phone}</a>${text.slice(at + phone.length)}`;
  }
}
