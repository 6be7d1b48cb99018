/**
 * `<iop-schedule-viewer>` stories: every state, with static programs or custom
 * `.backend` objects so they need no server. Stories are test fixtures too:
 * test/components/schedule-viewer/schedule-viewer.stories.test.ts renders each one and runs axe.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/schedule-viewer.js';
import { BackendError } from '../src/core/backend/index.js';
import type { Program } from '../src/core/schemas/index.js';
import type { BusyBlock } from '../src/core/finder/schedule.js';
import { comparePrograms, lightIop, unpublished } from '../test/components/schedule-viewer/fixtures.js';

interface Args {
  locale: string;
  view: '' | 'week' | 'list';
  viewerTimeZone: string;
}

/** A custom backend that serves `programs` by id (404 for others). */
const backendOf = (programs: Program[]) => ({
  async getProgram(id: string) {
    const p = programs.find((x) => x.id === id);
    if (!p) throw new BackendError('not-found', `no program ${id}`, { status: 404 });
    return p;
  },
});

const virtualIop = (): Program =>
  lightIop({
    id: 'virtual-iop',
    name: { en: 'Virtual Evening IOP', es: 'Programa intensivo virtual de noche' },
    format: 'virtual',
    location: undefined,
    statesServed: ['NY', 'NJ', 'CA'],
    timeZone: 'America/New_York',
  });

const workWeek: BusyBlock[] = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:45' }];

const meta: Meta<Args> = {
  title: 'Elements/Schedule viewer',
  component: 'iop-schedule-viewer',
  tags: ['autodocs'],
  args: { locale: 'en', view: '', viewerTimeZone: 'America/Chicago' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'es'] },
    view: { control: 'inline-radio', options: ['', 'week', 'list'] },
  },
  render: ({ locale, view, viewerTimeZone }) => html`
    <iop-schedule-viewer
      .programs=${[lightIop()]}
      locale=${locale}
      view=${view || 'week'}
      viewer-time-zone=${viewerTimeZone}
      week="2026-12-07"
      center-phone="(312) 555-0100"
    ></iop-schedule-viewer>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** One program, week table; its first track is below the usual IOP hours, so the gentle note shows. */
export const OneProgram: Story = {};

/** The same program as a day-by-day list. */
export const ListView: Story = { args: { view: 'list' } };

/** Spanish. */
export const Spanish: Story = { args: { locale: 'es' } };

/** Loading: the backend never answers. */
export const Loading: Story = {
  render: () => html`<iop-schedule-viewer .backend=${{ getProgram: () => new Promise(() => {}) }} program-id="light-iop"></iop-schedule-viewer>`,
};

/** Empty: no program chosen. */
export const Empty: Story = { render: () => html`<iop-schedule-viewer></iop-schedule-viewer>` };

/** Error: the backend cannot be reached; Try again retries. */
export const ErrorState: Story = {
  render: () =>
    html`<iop-schedule-viewer
      .backend=${{ getProgram: async () => Promise.reject(new BackendError('network', 'offline')) }}
      program-id="light-iop"
    ></iop-schedule-viewer>`,
};

/** Not found: an id the backend does not know. */
export const NotFound: Story = {
  render: () =>
    html`<iop-schedule-viewer .backend=${backendOf([])} program-id="old-program" center-phone="(312) 555-0100"></iop-schedule-viewer>`,
};

/** A program that has not published its schedule: the intake phone instead. */
export const NoSchedule: Story = { render: () => html`<iop-schedule-viewer .programs=${[unpublished()]}></iop-schedule-viewer>` };

/** Compare: three programs by id, one of them missing. */
export const Compare: Story = {
  render: ({ locale }) => html`<iop-schedule-viewer
    .backend=${backendOf([lightIop(), ...comparePrograms(2)])}
    program-ids="light-iop,bench-1,bench-2,missing-program"
    locale=${locale}
    view="week"
    viewer-time-zone="America/Chicago"
    week="2026-12-07"
  ></iop-schedule-viewer>`,
};

/** A virtual program in Eastern Time seen from Los Angeles: both times, DST as in the week shown. */
export const ViewerTimeZone: Story = {
  render: ({ locale }) =>
    html`<iop-schedule-viewer .programs=${[virtualIop()]} locale=${locale} view="week" viewer-time-zone="America/Los_Angeles" week="2026-12-07"></iop-schedule-viewer>`,
};

/** "Fits my week": work Mon–Fri 9:00–17:45 marks the sessions that clash. */
export const FitsMyWeek: Story = {
  render: ({ locale }) =>
    html`<iop-schedule-viewer
      .programs=${[lightIop()]}
      .busy=${workWeek}
      track="full"
      locale=${locale}
      view="week"
      viewer-time-zone="America/Chicago"
    ></iop-schedule-viewer>`,
};

/** A 320 px container: the list is the default and nothing scrolls sideways but the table box. */
export const Narrow: Story = {
  render: ({ locale }) =>
    html`<div style="width: 320px; border: 1px dashed #767f8c">
      <iop-schedule-viewer .programs=${[lightIop()]} locale=${locale} viewer-time-zone="America/Chicago"></iop-schedule-viewer>
    </div>`,
};
