/** Demo page wiring for <iop-schedule-viewer>: the element itself, a "fits my week" toggle and an event log. */
import '../src/define/schedule-viewer.js';
import type { BusyBlock } from '../src/core/finder/schedule.js';
import type { IopScheduleViewer } from '../src/define/schedule-viewer.js';

const workWeek: BusyBlock[] = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }];

const compare = document.querySelector<IopScheduleViewer>('#compare');
const toggle = document.querySelector<HTMLInputElement>('#busy-toggle');
toggle?.addEventListener('change', () => {
  if (compare) compare.busy = toggle.checked ? workWeek : [];
});

const log = document.querySelector('#event-log');
const show = (e: Event) => {
  if (log) log.textContent = `${e.type} ${JSON.stringify((e as CustomEvent).detail)}`;
};
document.addEventListener('iop-schedule-track-change', show);
document.addEventListener('iop-schedule-export', show);
