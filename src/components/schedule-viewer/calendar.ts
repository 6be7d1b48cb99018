/**
 * "Add to calendar", fetched on first use (the button, or `icsFor`), so pages that
 * never export load neither this nor the iCalendar writer: a track's `.ics` text, in
 * the page's language, and its download. Program data only, no personal data.
 */
import type { Program, Session } from '../../core/schemas/index.js';
import type { Locale } from '../../core/locale.js';
import { defineMessages, loadCatalogue, translate } from '../../core/i18n/catalogue.js';
import { programLabels } from '../../core/i18n/program-labels.js';
import { localize } from '../../core/text.js';
import { icsFilename, trackToIcs } from '../../core/ics/write.js';

/** Strings of this part only (a handful, so the Spanish is inline). */
export const calendarMessages = defineMessages(
  {
    online: 'Online',
    calendarSaved: 'Calendar file “{filename}” is ready in your downloads.',
  },
  {
    online: 'En línea',
    calendarSaved: 'El archivo de calendario “{filename}” está listo en sus descargas.',
  },
);

/** The localized label of a session in a calendar: "Group therapy: Process group". */
export function sessionSummary(session: Session, locale: Locale): string {
  const type = translate(programLabels, locale, `session.${session.type}`);
  const title = localize(session.title, locale);
  return title && title !== type ? `${type}: ${title}` : type;
}

/** The iCalendar text of one track of `program` (the track must exist). */
export async function icsText(program: Program, trackId: string, locale: Locale): Promise<string> {
  await loadCatalogue(programLabels, locale); // session names (already there once the element rendered in Spanish)
  return trackToIcs(program, trackId, { locale, summary: (s) => sessionSummary(s, locale), onlineLabel: translate(calendarMessages, locale, 'online') });
}

/**
 * Saves the track's `.ics` through a temporary download link in `root`.
 * Returns the file's name and the sentence to announce.
 */
export async function downloadIcs(root: ParentNode, program: Program, trackId: string, locale: Locale): Promise<{ filename: string; announcement: string }> {
  const filename = icsFilename(program, trackId);
  const url = URL.createObjectURL(new Blob([await icsText(program, trackId, locale)], { type: 'text/calendar;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  root.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { filename, announcement: translate(calendarMessages, locale, 'calendarSaved', { filename }) };
}
