// Size anchor for `npm run size`: what a page needs for FullCalendar's week grid and list views
// (the work the schedule viewer does). FullCalendar 6 injects its CSS from its JavaScript.
export { Calendar } from '@fullcalendar/core';
export { default as timeGrid } from '@fullcalendar/timegrid';
export { default as list } from '@fullcalendar/list';
