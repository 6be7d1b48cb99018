/**
 * `<iop-schedule-viewer>`: one program's weekly schedule, or several side by side.
 */
import { createHttpBackend } from '../../core/backend/http.js';
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { IopElement } from '../base/iop-element.js';
import type { Program } from '../../core/schemas/index.js';
import { SESSION_TYPES } from '../../core/schemas/index.js';
import type { BusyBlock } from '../../core/finder/schedule.js';
import { commonMessages } from '../../core/i18n/common.js';
import { phoneHref } from '../../core/i18n/format.js';
import { programLabels } from '../../core/i18n/program-labels.js';
import { localize } from '../../core/text.js';
import { localTimeZone } from '../../core/time.js';
import { entryFromData, fetchEntry, splitIds, type Entry } from './load.js';
import { messages } from './messages.js';
import { buildTrackView, weekShown, type SessionType, type TrackView } from './model.js';
import { agenda, legend, radioGroup, totals, translator, weekTable, type Translate } from './views.js';
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
  trackId: string;
  view: TrackView | undefined;
}

/** The text with the phone number as a `tel:` link. */
function phoneText(text: string, phone: string): TemplateResult {
  const at = text.indexOf(phone);
  const href = phoneHref(phone);
  if (at < 0 || !href) return html`${text}`;
  return html`${text.slice(0, at)}<a href=${href}>${phone}</a>${text.slice(at + phone.length)}`;
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
 * @csspart panels - The area holding one program's panel, or several side by side when comparing.
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
  /** It reads from its API as soon as it shows: the HTTP adapter comes with it (see `IopElement.httpBackend`). */
  protected static override httpBackend = createHttpBackend;

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
  /** What `#shown` was computed from. */
  #inputs: unknown[] = [];
  #shown = new Map<string, Shown>();
  #types: SessionType[] = [];
  #resize?: ResizeObserver;
  /** The browser's own print (menu, Ctrl+P) prints the week table too. */
  #onPrint = (e: Event) => (this.printing = e.type === 'beforeprint');

  override connectedCallback(): void {
    super.connectedCallback();
    // First guess now, before the first render (the observer reports only after a frame).
    const initial = this.getBoundingClientRect().width;
    if (initial > 0) this.narrow = initial < NARROW_WIDTH;
    this.#resize = new ResizeObserver((list) => {
      const width = list[list.length - 1]?.contentRect.width ?? 0;
      // Applied in a later task: re-rendering inside the observer's callback changes the
      // element's height in the same frame, which the browser reports as a ResizeObserver loop.
      if (width > 0 && width < NARROW_WIDTH !== this.narrow) setTimeout(() => (this.narrow = width < NARROW_WIDTH), 0);
    });
    this.#resize.observe(this);
    addEventListener('beforeprint', this.#onPrint);
    addEventListener('afterprint', this.#onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    removeEventListener('beforeprint', this.#onPrint);
    removeEventListener('afterprint', this.#onPrint);
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
   * calendar part (and the iCalendar writer) is loaded on first use, so pages that never
   * export do not pay for it.
   */
  async icsFor(programId: string, trackId?: string): Promise<string | undefined> {
    const e = this.entries.find((x) => x.id === programId);
    const program = e?.status === 'ready' ? e.program : undefined;
    const id = program && (trackId ?? this.#trackFor(program));
    if (!program || !program.tracks.some((t) => t.id === id)) return undefined;
    return (await import('./calendar.js')).icsText(program, id!, this.effectiveLocale);
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
    const controller = (this.#abort = new AbortController());
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
    if (controller === this.#abort && !controller.signal.aborted) this.entries = this.entries.map((e) => (e.id === id ? entry : e));
  }

  #retry(id: string): void {
    if (this.programs) return this.#load();
    this.entries = this.entries.map((e) => (e.id === id ? { id, status: 'loading' } : e));
    void this.#fetch(id, (this.#abort ??= new AbortController()));
  }

  #trackFor(program: Program): string | undefined {
    const has = (id: string | undefined) => program.tracks.some((t) => t.id === id);
    const chosen = this.chosenTracks.get(program.id);
    return has(chosen) ? chosen : has(this.track) ? this.track : program.tracks[0]?.id;
  }

  /** Table rows, list days, clashes and totals of each shown track, once per change of what they depend on (not per render). */
  #computeShown(): void {
    const locale = this.effectiveLocale;
    const viewerZone = this.viewerTimeZone?.trim() || localTimeZone();
    const inputs = [this.entries, this.chosenTracks, this.track, this.busy, this.allDays, this.week, viewerZone, locale];
    if (inputs.every((x, i) => x === this.#inputs[i])) return;
    this.#inputs = inputs;
    this.#shown = new Map();
    const types = new Set<SessionType>();
    for (const e of this.entries) {
      if (e.status !== 'ready') continue;
      const program = e.program;
      const trackId = this.#trackFor(program) ?? '';
      const track = program.tracks.find((t) => t.id === trackId);
      const view = track && buildTrackView(program, track, { locale, viewerZone, week: weekShown(program, this.week), busy: this.busy, allDays: this.allDays });
      for (const ty of view?.types ?? []) types.add(ty);
      this.#shown.set(program.id, { trackId, view });
    }
    this.#types = SESSION_TYPES.filter((t) => types.has(t));
  }

  #chooseTrack(programId: string, trackId: string): void {
    this.chosenTracks = new Map(this.chosenTracks).set(programId, trackId);
    this.emit('iop-schedule-track-change', { programId, trackId });
  }

  async #download(program: Program, trackId: string): Promise<void> {
    const part = await import('./calendar.js').catch(() => undefined);
    // The calendar part could not be fetched (offline): say so; a second click tries again.
    if (!part) return void (this.announcement = this.t(commonMessages, 'networkError'));
    const { filename, announcement } = await part.downloadIcs(this.renderRoot, program, trackId, this.effectiveLocale);
    this.announcement = announcement;
    this.emit('iop-schedule-export', { programId: program.id, trackId, filename });
  }

  async #print(): Promise<void> {
    this.printing = true;
    await this.updateComplete;
    try {
      print();
    } finally {
      this.printing = false;
    }
  }

  protected override render(): TemplateResult {
    const t = translator(this.effectiveLocale);
    const entries = this.entries;
    return html`
      <p class="visually-hidden" role="status">${entries.some((e) => e.status === 'loading') ? t('loadingSchedule') : this.announcement}</p>
      ${entries.length ? nothing : html`<p class="empty">${t('noProgram')}</p>`}
      ${[...this.#shown.values()].some((s) => s.view)
        ? html`<div class="toolbar" part="toolbar">
            ${radioGroup(
              'view',
              t('view'),
              { class: 'view-switch' },
              [
                { value: 'week', label: t('viewWeek') },
                { value: 'list', label: t('viewList') },
              ] as const,
              this.currentView,
              (v) => (this.chosenView = v),
            )}
            ${legend(this.#types, this.busy.length > 0, t, this.effectiveLocale)}
            <button type="button" class="print" part="button" @click=${() => void this.#print()}>
              ${t('print')}<span class="visually-hidden"> — ${t('printFor')}</span>
            </button>
          </div>`
        : nothing}
      <div class="panels${entries.length > 1 ? ' compare' : ''}" part="panels">${entries.map((e, i) => this.#panel(e, i, t))}</div>
    `;
  }

  #panel(entry: Entry, index: number, t: Translate): TemplateResult {
    const headingId = `program-${index}`;
    const section = (cls: string, body: unknown, labelled = false) =>
      html`<section class="program ${cls}" part="program" aria-labelledby=${labelled ? headingId : nothing} aria-busy=${cls === 'loading' || nothing}>${body}</section>`;
    if (entry.status === 'loading') return section('loading', html`<p>${t('loadingProgram')}</p>`);
    if (entry.status === 'not-found') {
      const phone = this.center.phone;
      return section(
        'not-found',
        html`<p class="message">${t('notFound', { id: entry.id })}</p>
          ${phone ? html`<p>${phoneText(t('notFoundCall', { phone }), phone)}</p>` : nothing}`,
      );
    }
    if (entry.status === 'error') {
      return section(
        'error',
        html`<p class="message">${t('programError', { id: entry.id })} ${this.t(commonMessages, entry.kind)}</p>
          <button type="button" part="button" class="retry" @click=${() => this.#retry(entry.id)}>
            ${this.t(commonMessages, 'tryAgain')}<span class="visually-hidden"> — ${entry.id}</span>
          </button>`,
      );
    }
    const program = entry.program;
    const shown = this.#shown.get(program.id);
    const v = shown?.view;
    const locale = this.effectiveLocale;
    const name = localize(program.name, locale);
    const header = html`<h2 id=${headingId}>${name}</h2>
      <p class="center">${program.center}</p>`;
    if (!shown || !v) {
      return section(
        'no-schedule',
        html`${header}
          <p class="message">${t('noSchedule')}</p>
          <p>${phoneText(t('noScheduleCall', { phone: program.intakePhone }), program.intakePhone)}</p>`,
        true,
      );
    }
    return section(
      '',
      html`${header}
        ${program.tracks.length > 1
          ? radioGroup(
              `track-${index}`,
              t('tracks'),
              { class: 'tracks', part: 'tracks' },
              program.tracks.map((track) => ({ value: track.id, label: localize(track.name, locale) })),
              shown.trackId,
              (id) => this.#chooseTrack(program.id, id),
            )
          : html`<p class="track-name">${v.trackName}</p>`}
        <p class="zone-note">${v.zoneNote}</p>
        ${this.currentView === 'week' ? weekTable(v, t, (d) => this.t(programLabels, `day.${d}`)) : agenda(v, t)} ${totals(v, t, locale)}
        <div class="actions">
          <button type="button" part="button" class="ics" @click=${() => void this.#download(program, shown.trackId)}>
            ${t('addToCalendar')}<span class="visually-hidden"> — ${t('addToCalendarFor', { track: v.trackName, program: name })}</span>
          </button>
        </div>`,
      true,
    );
  }
}
