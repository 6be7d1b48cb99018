/** iCalendar (RFC 5545) for schedules: writer, VTIMEZONE from Intl, and a small reader. */
export * from './write.js';
export * from './parse.js';
export { escapeText, foldLine, unescapeText } from './format.js';
export { vtimezoneLines } from './vtimezone.js';
