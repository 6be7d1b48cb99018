import { expect, waitUntil, html } from '@open-wc/testing';
import { parseIcs, prop } from '../../../src/core/ics/index.js';
import { placeholderMismatches } from '../../../src/core/i18n/catalogue.js';
import { calendarMessages } from '../../../src/components/schedule-viewer/calendar.js';
import type { BusyBlock } from '../../../src/core/finder/schedule.js';
import { $, $$, loadFromApi, mount, text } from './helpers.js';
import { lightIop } from './fixtures.js';

/** The time line of the first session with `title` in the week table. */
function timeOf(root: ShadowRoot, title: string): string {
  const session = [...root.querySelectorAll('.session')].find((s) => text(s.querySelector('.title')) === `: ${title}`);
  // The trailing comma is a pause for screen readers (visually hidden).
  return text(session?.querySelector('.time')).replace(/,$/, '');
}

describe('<iop-schedule-viewer>: time zones, calendar file, fits my week', () => {
  it('the calendar part (loaded on demand) has its messages in English and Spanish with the same placeholders', async () => {
    expect(await placeholderMismatches(calendarMessages)).to.deep.equal([]);
  });

  it('shows the program time with its zone, and the viewer’s own time next to it', async () => {
    const el = await loadFromApi('riverbend-adult-iop', { viewerZone: 'America/Los_Angeles' });
    el.track = 'evening';
    await el.updateComplete;
    expect(timeOf(el.shadowRoot!, 'Process group')).to.equal('6:00 PM – 7:30 PM CT (4:00 PM – 5:30 PM your time)');
    expect(text($(el, '.zone-note'))).to.equal(
      'Times are in Central Time. Your own time (Pacific Time) is shown in brackets, for the week of December 7, 2026.',
    );
    await expect(el).to.be.accessible();
  });

  it('shows no second time when the viewer is in the program’s zone', async () => {
    const el = await loadFromApi('riverbend-adult-iop', { viewerZone: 'America/Chicago' });
    expect($(el, '.viewer-time')).to.equal(null);
    expect(text($(el, '.zone-note'))).to.equal('Times are in Central Time.');
  });

  it('converts across the 8 March 2026 DST change: Arizona program, New York viewer', async () => {
    const before = await loadFromApi('desert-bloom-virtual-iop', { viewerZone: 'America/New_York', week: '2026-03-02' });
    const after = await loadFromApi('desert-bloom-virtual-iop', { viewerZone: 'America/New_York', week: '2026-03-09' });
    // Arizona stays on MST (UTC−7); New York moves from EST (−5) to EDT (−4).
    expect(timeOf(before.shadowRoot!, 'Video therapy group')).to.equal('8:00 AM – 9:30 AM MST (10:00 AM – 11:30 AM your time)');
    expect(timeOf(after.shadowRoot!, 'Video therapy group')).to.equal('8:00 AM – 9:30 AM MST (11:00 AM – 12:30 PM your time)');
  });

  it('names the viewer’s day when their clock is on another day', async () => {
    const late = lightIop({
      id: 'late',
      timeZone: 'America/Los_Angeles',
      tracks: [{ id: 'late', name: 'Late', sessions: [{ day: 'mon', start: '22:00', end: '23:00', type: 'group', title: 'Night group' }] }],
    });
    const el = await mount(html`<iop-schedule-viewer .programs=${[late]} viewer-time-zone="America/New_York" week="2026-12-07" view="week"></iop-schedule-viewer>`);
    expect(timeOf(el.shadowRoot!, 'Night group')).to.equal('10:00 PM – 11:00 PM PT (1:00 AM – 2:00 AM Tuesday your time)');
  });

  it('icsFor gives one weekly VEVENT per session with TZID and a VTIMEZONE, in the chosen language', async () => {
    const el = await loadFromApi('riverbend-adult-iop');
    const ics = (await el.icsFor('riverbend-adult-iop', 'evening'))!;
    const cal = parseIcs(ics).components[0]!;
    const events = cal.components.filter((c) => c.name === 'VEVENT');
    expect(events).to.have.length(9);
    expect(cal.components.filter((c) => c.name === 'VTIMEZONE').map((c) => prop(c, 'TZID')!.value)).to.deep.equal(['America/Chicago']);
    for (const e of events) {
      expect(prop(e, 'DTSTART')!.params['TZID']).to.equal('America/Chicago');
      expect(prop(e, 'RRULE')!.value).to.match(/^FREQ=WEEKLY;BYDAY=(MO|TU|WE|TH);COUNT=\d+$/);
    }
    expect(events.map((e) => prop(e, 'SUMMARY')!.value)).to.include('Group therapy: Process group');
    expect(await el.icsFor('nope')).to.equal(undefined);
  });

  it('"Add to calendar" downloads the chosen track as an .ics named for it, with no personal data', async () => {
    const el = await mount(html`<iop-schedule-viewer .programs=${[lightIop()]} locale="es" viewer-time-zone="America/Chicago"></iop-schedule-viewer>`);
    const exported: unknown[] = [];
    el.addEventListener('iop-schedule-export', (e) => exported.push(e.detail));
    const blobs: Blob[] = [];
    const clicked: { download: string; href: string }[] = [];
    const { createObjectURL } = URL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blobs.push(b as Blob);
      return 'blob:test-ics';
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    };
    try {
      $(el, 'button.ics')!.click();
      // The iCalendar writer loads on first use.
      await waitUntil(() => clicked.length > 0, 'the download was not started', { timeout: 5000 });
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked).to.deep.equal([{ download: 'light-light-iop.ics', href: 'blob:test-ics' }]);
    expect(blobs[0]!.type).to.equal('text/calendar;charset=utf-8');
    const cal = parseIcs(await blobs[0]!.text()).components[0]!;
    const events = cal.components.filter((c) => c.name === 'VEVENT');
    expect(events).to.have.length(3);
    expect(prop(events[0]!, 'SUMMARY')!.value).to.equal('Terapia de grupo: Grupo de proceso');
    expect(prop(events[0]!, 'RRULE')!.value).to.equal('FREQ=WEEKLY;BYDAY=MO;COUNT=8');
    expect(exported).to.deep.equal([{ programId: 'light-iop', trackId: 'light', filename: 'light-light-iop.ics' }]);
    await el.updateComplete;
    expect(text($(el, '[role="status"]'))).to.contain('light-light-iop.ics');
    expect($(el, 'a[download]')).to.equal(null);
  });

  it('marks sessions that clash with busy times, in text and shape, in the viewer’s zone', async () => {
    const busy: BusyBlock[] = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '15:00', end: '17:00' }];
    const el = await loadFromApi('riverbend-adult-iop', { viewerZone: 'America/Los_Angeles' });
    el.track = 'evening';
    el.busy = busy;
    await el.updateComplete;
    const clashing = $$(el, '.session.clash');
    // 15:00–17:00 Pacific is 17:00–19:00 Central: the 17:45 check-in and the four 18:00 groups.
    expect(clashing).to.have.length(5);
    for (const s of clashing) {
      expect(text(s.querySelector('.clash-note'))).to.equal('⚠ — Clashes with your busy time');
      expect(s.getAttribute('part')).to.contain('session-clash');
    }
    expect(clashing.map((s) => text(s.querySelector('.title')))).to.include.members([': Check-in and drug test', ': Process group']);
    expect(text($(el, '.legend'))).to.contain('Clashes with your busy time');
    await expect(el).to.be.accessible();

    el.busy = [];
    await el.updateComplete;
    expect($$(el, '.session.clash')).to.have.length(0);
  });
});
