/**
 * `<iop-program-finder>` stories: every state, on custom `.backend` objects with static
 * data, so they need no server. Also test fixtures: test/components/program-finder/
 * program-finder.stories.test.ts renders each one and runs axe on it.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/program-finder.js';
import type { Program } from '../src/core/schemas/index.js';
import type { BusyBlock } from '../src/core/finder/index.js';
import { makeProgram, mulberry32 } from '../bench/fixtures/programs.js';
import { fromLocatorRows } from '../src/core/locator/import.js';
import { iopRow, phpRow } from '../test/fixtures/locator/rows.js';

/** Twelve deterministic, realistic programs (the benchmark generator, seed 11). */
const rand = mulberry32(11);
export const samplePrograms: Program[] = Array.from({ length: 12 }, (_, i) => makeProgram(rand, i));

const payers = [
  { id: 'AETNA', name: 'Aetna', aliases: [], kind: 'commercial', memberIdRule: 'generic' },
  { id: 'CIGNA', name: 'Cigna', aliases: [], kind: 'commercial', memberIdRule: 'generic' },
  { id: 'UHC', name: 'UnitedHealthcare', aliases: ['UHC'], kind: 'commercial', memberIdRule: 'generic' },
  { id: 'HUMANA', name: 'Humana', aliases: [], kind: 'commercial', memberIdRule: 'generic' },
];

const backendOf = (programs: unknown[]) => ({ listPrograms: async () => programs, searchPayers: async () => payers });
const loadingBackend = { listPrograms: () => new Promise(() => undefined) };
const failingBackend = {
  listPrograms: async () => {
    throw new TypeError('Failed to fetch');
  },
};

interface FinderArgs {
  locale: string;
  backend: object;
  compared?: string[];
  view?: 'results' | 'compare';
  busy?: BusyBlock[];
  weekOpen?: boolean;
  width?: string;
  format?: string[];
  populations?: string[];
}

const meta: Meta<FinderArgs> = {
  title: 'Elements/Program finder',
  component: 'iop-program-finder',
  // Sample data for tests and other stories, not a story.
  excludeStories: ['samplePrograms'],
  tags: ['autodocs'],
  args: { locale: 'en', backend: backendOf(samplePrograms) },
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'es'] } },
  render: ({ locale, backend, compared, view, busy, weekOpen, width, format, populations }) => html`
    <div style=${width ? `width: ${width}; max-width: 100%` : ''}>
      <iop-program-finder
        locale=${locale}
        time-zone="America/Chicago"
        center-phone="(512) 555-0100"
        center-name="Harbor Light Recovery"
        .backend=${backend}
        .compared=${compared ?? []}
        .view=${view ?? 'results'}
        .busy=${busy ?? []}
        .weekOpen=${weekOpen ?? false}
        .filters=${{ focus: [], levelOfCare: [], format: format ?? [], times: [], populations: populations ?? [], languages: [], payment: [], services: [], query: '' }}
      ></iop-program-finder>
    </div>
  `,
};
export default meta;

type Story = StoryObj<FinderArgs>;

/** Twelve programs with filters, counts and sorting. */
export const Typical: Story = {};

/** Waiting for the backend: announced politely. */
export const Loading: Story = { args: { backend: loadingBackend } };

/** The backend could not be reached: plain words, the center's phone and "Try again". */
export const ErrorState: Story = { name: 'Error', args: { backend: failingBackend } };

/** The center lists no programs. */
export const Empty: Story = { args: { backend: backendOf([]) } };

/** One program. */
export const OneProgram: Story = { args: { backend: backendOf(samplePrograms.slice(0, 1)) } };

/** Two malformed programs are left out and counted. */
export const SomeMalformed: Story = { args: { backend: backendOf([...samplePrograms.slice(0, 3), { id: 'broken' }, 42]) } };

/** Filters that leave nothing: the finder names them and offers to clear each. */
export const NoMatch: Story = { args: { format: ['virtual'], populations: ['veterans', 'women'], backend: backendOf(samplePrograms.slice(0, 4)) } };

/** Three programs side by side in a table. */
export const Compare: Story = { args: { compared: samplePrograms.slice(0, 3).map((p) => p.id), view: 'compare' } };

/** "Fits my week" open, with work hours added: clashing tracks are labelled. */
export const FitsMyWeek: Story = { args: { weekOpen: true, busy: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }] } };

/** In Spanish. */
export const Spanish: Story = { args: { locale: 'es' } };

/** A 320 px container: the filters fold behind "Filters (n)". */
export const Narrow: Story = { args: { width: '320px' } };

/**
 * Results from SAMHSA treatment-locator rows (`fromLocatorRows`), next to two programs with
 * schedules: the locator publishes no schedules, so those cards say "Schedule not published —
 * call" with the program's intake phone, and never count as fitting a time filter.
 */
export const FromLocatorRows: Story = { args: { backend: backendOf([...fromLocatorRows([iopRow, phpRow]).programs, ...samplePrograms.slice(0, 2)]) } };
