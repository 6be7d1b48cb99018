/**
 * Schedule viewer first render, compare mode: 4 programs × 3 tracks, the chosen track of
 * each with 9 sessions, so 36 sessions are visible in four week tables. The element is
 * created with `.programs` (fresh copies each run, so contract validation is timed too),
 * appended, and timed until `updateComplete`.
 *
 * Anchor: FullCalendar's time-grid week (`@fullcalendar/core` + `@fullcalendar/timegrid`)
 * rendering the same 36 sessions, in the same run. FullCalendar is not a dependency of the
 * kit: when it is not installed, the anchor case is left out and the case name says how to
 * add it (`npm i -D @fullcalendar/core @fullcalendar/timegrid`).
 */
import '../../src/define/schedule-viewer.js';
import type { IopScheduleViewer } from '../../src/define/schedule-viewer.js';
import type { Day, Program } from '../../src/core/schemas/index.js';
import type { BenchCase } from '../harness/types.js';

const PROGRAMS = 4;
const SESSIONS_PER_TRACK = 9;
const WEEK_OF = '2026-12-07'; // a Monday
const DAYS: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const TYPES = ['group', 'education', 'individual', 'family'] as const;
const ZONES = ['America/Chicago', 'America/New_York', 'America/Denver', 'America/Los_Angeles'];

/** 4 programs, each with morning, evening and weekend tracks of 9 one-hour sessions. */
function programs(): Program[] {
  return Array.from({ length: PROGRAMS }, (_, p): Program => ({
    id: `bench-${p + 1}`,
    name: `Bench IOP ${p + 1}`,
    center: `Bench Center ${p + 1}`,
    focus: 'co-occurring',
    levelOfCare: 'iop',
    format: 'in-person',
    populations: ['adults'],
    languages: ['en'],
    location: { street: `${p + 1} Main St`, city: 'Chicago', state: 'IL', zip: '60603' },
    timeZone: ZONES[p % ZONES.length]!,
    tracks: ['morning', 'evening', 'weekend'].map((id, k) => ({
      id,
      name: `${id} track`,
      sessions: Array.from({ length: SESSIONS_PER_TRACK }, (_, s) => {
        const hour = (k === 0 ? 8 : k === 1 ? 17 : 9) + (s % 3);
        const hh = String(hour).padStart(2, '0');
        return { day: DAYS[(Math.floor(s / 3) * 2 + p) % DAYS.length]!, start: `${hh}:00`, end: `${hh}:50`, type: TYPES[(s + p) % TYPES.length]!, title: `Session ${s + 1}` };
      }),
    })),
    durationWeeks: 8,
    therapies: ['CBT'],
    services: [],
    payment: { options: ['self-pay'], payerIds: [] },
    accreditation: [],
    intakePhone: '(312) 555-0100',
  }));
}

const stage = (): HTMLElement => document.getElementById('stage') ?? document.body;

interface KitCtx {
  source: Program[];
  fresh: Program[];
  el?: IopScheduleViewer;
}

// Vite resolves these at build time; a path that does not exist yields an empty object (no build error).
const fullCalendar = import.meta.glob<Record<string, unknown>>(['../../node_modules/@fullcalendar/core/index.js', '../../node_modules/@fullcalendar/timegrid/index.js']);
const fcCore = Object.entries(fullCalendar).find(([k]) => k.includes('/core/'))?.[1];
const fcTimeGrid = Object.entries(fullCalendar).find(([k]) => k.includes('/timegrid/'))?.[1];
const anchorInstalled = Boolean(fcCore && fcTimeGrid);

const ANCHOR = 'FullCalendar: time-grid week, 36 sessions (anchor)';

const kit: BenchCase<KitCtx> = {
  name: anchorInstalled
    ? 'schedule-viewer: compare 4 programs × 3 tracks, first render'
    : 'schedule-viewer: compare 4 programs × 3 tracks, first render (anchor not installed: npm i -D @fullcalendar/core @fullcalendar/timegrid to compare)',
  description: '4 programs, 36 visible sessions in four week tables: create with .programs, append, await updateComplete',
  budgetMs: 50,
  ...(anchorInstalled ? { anchor: ANCHOR } : {}),
  iterations: 30,
  warmup: 5,
  async setup() {
    const ctx: KitCtx = { source: programs(), fresh: [] };
    // Check once that the work is what the name says.
    const el = document.createElement('iop-schedule-viewer');
    el.programs = structuredClone(ctx.source);
    el.setAttribute('view', 'week');
    el.setAttribute('viewer-time-zone', 'America/Chicago');
    stage().append(el);
    await el.updateComplete;
    const tables = el.shadowRoot!.querySelectorAll('table').length;
    const sessions = el.shadowRoot!.querySelectorAll('.session').length;
    el.remove();
    if (tables !== PROGRAMS || sessions !== PROGRAMS * SESSIONS_PER_TRACK) throw new Error(`expected ${PROGRAMS} tables and 36 sessions, got ${tables} and ${sessions}`);
    return ctx;
  },
  beforeEach(ctx) {
    ctx.el?.remove();
    ctx.fresh = structuredClone(ctx.source);
  },
  async run(ctx) {
    const el = document.createElement('iop-schedule-viewer');
    el.programs = ctx.fresh;
    el.setAttribute('view', 'week');
    el.setAttribute('viewer-time-zone', 'America/Chicago');
    stage().append(el);
    await el.updateComplete;
    ctx.el = el;
  },
  teardown(ctx) {
    ctx.el?.remove();
  },
};

interface FcCtx {
  Calendar: new (el: HTMLElement, options: Record<string, unknown>) => { render(): void; destroy(): void };
  plugin: unknown;
  events: { title: string; start: string; end: string }[];
  host?: HTMLElement;
  calendar?: { destroy(): void };
}

const anchor: BenchCase<FcCtx> = {
  name: ANCHOR,
  description: 'new Calendar(el, { plugins: [timeGridPlugin], initialView: "timeGridWeek", events }) + render(), the same 36 sessions',
  iterations: 30,
  warmup: 5,
  async setup() {
    const core = (await fcCore!()) as { Calendar: FcCtx['Calendar'] };
    const timegrid = (await fcTimeGrid!()) as { default: unknown };
    const events: FcCtx['events'] = [];
    for (const p of programs()) {
      for (const s of p.tracks[0]!.sessions) {
        const date = new Date(`${WEEK_OF}T00:00:00Z`);
        date.setUTCDate(date.getUTCDate() + DAYS.indexOf(s.day));
        const d = date.toISOString().slice(0, 10);
        events.push({ title: `${p.name}: ${s.title}`, start: `${d}T${s.start}:00`, end: `${d}T${s.end}:00` });
      }
    }
    if (events.length !== 36) throw new Error(`expected 36 events, got ${events.length}`);
    const ctx: FcCtx = { Calendar: core.Calendar, plugin: timegrid.default, events };
    // Check once that render() draws all 36 events synchronously (so the timing covers them).
    const host = document.createElement('div');
    stage().append(host);
    const calendar = new ctx.Calendar(host, { plugins: [ctx.plugin], initialView: 'timeGridWeek', initialDate: WEEK_OF, events });
    calendar.render();
    const drawn = host.querySelectorAll('.fc-timegrid-event').length;
    calendar.destroy();
    host.remove();
    if (drawn !== 36) throw new Error(`FullCalendar drew ${drawn} events synchronously, expected 36`);
    return ctx;
  },
  beforeEach(ctx) {
    ctx.calendar?.destroy();
    ctx.host?.remove();
    ctx.host = document.createElement('div');
    stage().append(ctx.host);
  },
  run(ctx) {
    const calendar = new ctx.Calendar(ctx.host!, { plugins: [ctx.plugin], initialView: 'timeGridWeek', initialDate: WEEK_OF, events: ctx.events });
    calendar.render();
    ctx.calendar = calendar;
  },
  teardown(ctx) {
    ctx.calendar?.destroy();
    ctx.host?.remove();
  },
};

export default anchorInstalled ? [kit, anchor] : [kit];
