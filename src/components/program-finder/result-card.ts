/** One result: what a person needs to decide whether to look closer. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Day, Program } from '../../core/schemas/index.js';
import { programLabels } from '../../core/i18n/program-labels.js';
import { phoneHref } from '../../core/i18n/format.js';
import { messages } from './messages.js';
import type { ProgramFinder } from './program-finder.js';
import { summarize, roundHours } from './derive.js';
import { noticeMessages } from '../../core/i18n/notices.js';

const MAX_PLANS_SHOWN = 3;

export function dayList(f: ProgramFinder, days: Day[]): string {
  return f.format.list(days.map((d) => f.t(programLabels, `dayShort.${d}` as 'dayShort.mon')));
}

/** "Self-pay, Medicaid" plus "Plans accepted: Aetna, Cigna, and 2 more" when payer names are known. */
export function paymentSummary(f: ProgramFinder, program: Program, all = false): string[] {
  const lines: string[] = [];
  if (program.payment.options.length) {
    lines.push(f.format.list(program.payment.options.map((o) => f.t(programLabels, `payment.${o}` as 'payment.medicaid'))));
  }
  const named = program.payment.payerIds.map((id) => f.payerNames.get(id)).filter((n): n is string => Boolean(n));
  if (named.length) {
    named.sort((a, b) => a.localeCompare(b));
    const shown = all ? named : named.slice(0, MAX_PLANS_SHOWN);
    const rest = named.length - shown.length;
    const plans = rest > 0 ? [...shown, f.t(messages, 'morePlans', { count: rest })] : shown;
    lines.push(f.t(messages, 'acceptsPlans', { plans: f.format.list(plans) }));
  }
  return lines;
}

/**
 * "Schedule not published — call (512) 555-0102", the number a `tel:` link: programs without
 * sessions (e.g. imported from SAMHSA's locator, which has no schedules) are never shown as an
 * empty track list, and never counted as fitting a time or "fits my week" filter.
 */
export function renderNoSchedule(f: ProgramFinder, program: Program): TemplateResult {
  const phone = program.intakePhone;
  const line = f.t(messages, 'noSchedule', { phone });
  const at = line.indexOf(phone);
  const href = phoneHref(phone);
  return html`<p class="hint no-schedule">
    ${at < 0 || !href ? line : html`${line.slice(0, at)}<a href=${href}>${phone}</a>${line.slice(at + phone.length)}`}
  </p>`;
}

export function renderTracks(f: ProgramFinder, program: Program, withDays = true): TemplateResult {
  const summary = summarize(program, f.format);
  if (summary.tracks.length === 0) return renderNoSchedule(f, program);
  const clashes = f.busy.length ? f.clashes(program) : undefined;
  return html`
    <ul class="tracks" role="list">
      ${summary.tracks.map((t, k) => {
        const name = typeof t.track.name === 'string' ? t.track.name : (t.track.name[f.effectiveLocale] ?? t.track.name.en ?? '');
        return html`<li class="track ${clashes?.[k] ? 'clash' : ''}">
          <span class="track-name">${name}</span>
          ${withDays
            ? t.spans.map((s) => html`<span class="track-times">${f.t(messages, 'trackLine', { days: dayList(f, s.days), times: s.times })}</span>`)
            : nothing}
          <span class="track-hours">
            ${f.t(messages, 'hoursPerWeek', { count: roundHours(t.hours) })} ·
            ${f.t(messages, 'daysPerWeek', { count: t.days.length })}
          </span>
          ${clashes
            ? html`<span class="fit ${clashes[k] ? 'fit-no' : 'fit-yes'}"
                ><span aria-hidden="true">${clashes[k] ? '✕ ' : '✓ '}</span>${f.t(messages, clashes[k] ? 'clashes' : 'fits')}</span
              >`
            : nothing}
        </li>`;
      })}
    </ul>
    <p class="hint zone">${f.t(messages, 'timesNote', { zone: summary.zone })}</p>
  `;
}

export function renderCard(f: ProgramFinder, program: Program, position: number): TemplateResult {
  const name = f.programName(program);
  const headingId = `card-${position}`;
  const pressed = f.compared.includes(program.id);
  const fitCount = f.busy.length ? f.clashes(program).filter((c) => !c).length : undefined;
  return html`
    <li class="card" part="card" data-position=${position} data-program-id=${program.id}>
      <article aria-labelledby=${headingId}>
        <h4 id=${headingId} tabindex="-1">${name}</h4>
        <p class="center">${program.center}${program.location ? `, ${program.location.city}, ${program.location.state}` : ''}</p>
        ${fitCount !== undefined && program.tracks.length
          ? html`<p class="fit-summary ${fitCount ? 'fit-yes' : 'fit-no'}">${f.t(messages, 'tracksFit', { count: fitCount })}</p>`
          : nothing}
        <dl class="facts">
          <div>
            <dt>${f.t(messages, 'format')}</dt>
            <dd>${f.t(programLabels, `format.${program.format}` as 'format.virtual')}</dd>
          </div>
          <div>
            <dt>${f.t(messages, 'level')}</dt>
            <dd>${f.t(programLabels, `level.${program.levelOfCare}` as 'level.iop')}</dd>
          </div>
          <div>
            <dt>${f.t(messages, 'duration')}</dt>
            <dd>${program.durationWeeks ? f.t(noticeMessages, 'weeks', { count: program.durationWeeks }) : f.t(messages, 'notListed')}</dd>
          </div>
          <div>
            <dt>${f.t(messages, 'nextOpening')}</dt>
            <dd>${program.nextOpening ? f.format.date(program.nextOpening) : f.t(messages, 'noOpening')}</dd>
          </div>
          <div class="wide">
            <dt>${f.t(messages, 'payment')}</dt>
            <dd>${paymentSummary(f, program).map((line) => html`<span class="line">${line}</span>`)}</dd>
          </div>
          <div class="wide">
            <dt>${f.t(messages, 'tracks')}</dt>
            <dd>${renderTracks(f, program)}</dd>
          </div>
        </dl>
        <div class="actions">
          <button part="button" class="primary view-schedule" aria-label=${f.t(messages, 'viewScheduleOf', { name })} @click=${() => f.selectProgram(program)}>
            ${f.t(messages, 'viewSchedule')}
          </button>
          <button
            part="button"
            class="secondary compare-toggle"
            aria-pressed=${pressed ? 'true' : 'false'}
            aria-label=${f.t(messages, 'compareThis', { name })}
            @click=${() => f.toggleCompare(program)}
          >
            <span aria-hidden="true">${pressed ? '✓ ' : '+ '}</span>${f.t(messages, 'compare')}
          </button>
        </div>
      </article>
    </li>
  `;
}
