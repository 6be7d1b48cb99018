/**
 * `<iop-family-education>` stories: every state, with `.modules` or custom `.backend` objects
 * and an in-memory storage, so they need no server. Stories are test fixtures too:
 * test/components/family-education/family-education.stories.test.ts renders each one and runs axe.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/family-education.js';
import { BackendError } from '../src/core/backend/index.js';
import { createMemoryStorage } from '../src/core/storage/memory.js';
import type { KitStorage, ModuleProgressInput } from '../src/core/storage/index.js';
import { allModules, everyBlock, everyBlockEs, second, withBadBlock } from '../test/components/family-education/fixtures.js';

interface Args {
  locale: string;
}

/** In-memory storage that behaves like a persistent one, optionally with progress already saved. */
function storage(records: ModuleProgressInput[] = []): KitStorage {
  const s = { ...createMemoryStorage('unavailable'), persistent: true, reason: undefined };
  for (const r of records) void s.progress.put(r);
  return s;
}

const meta: Meta<Args> = {
  title: 'Elements/Family education',
  component: 'iop-family-education',
  tags: ['autodocs'],
  args: { locale: 'en' },
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'es'] } },
  render: ({ locale }) => html`<iop-family-education
    locale=${locale}
    .modules=${allModules()}
    .storage=${storage([{ moduleId: 'second-module', position: 0, completed: false, answers: { '#blocks': '2' } }])}
    center-name="Harbor Light Recovery"
    center-phone="(512) 555-0100"
  ></iop-family-education>`,
};
export default meta;

type Story = StoryObj<Args>;

const reader = (module: string, records: ModuleProgressInput[] = [], extra: { locale?: string; textSize?: number; modules?: unknown[] } = {}) =>
  html`<iop-family-education
    locale=${extra.locale ?? 'en'}
    module=${module}
    text-size=${extra.textSize ?? 100}
    .modules=${extra.modules ?? allModules()}
    .storage=${storage(records)}
    center-name="Harbor Light Recovery"
    center-phone="(512) 555-0100"
  ></iop-family-education>`;

/** The catalogue: suggested order, length, audience, language and progress. */
export const Catalogue: Story = {};

/** Spanish catalogue. */
export const Spanish: Story = { args: { locale: 'es' } };

/** A module with every kind of block. */
export const Module: Story = { render: () => reader('every-block') };

/** A knowledge check answered wrongly: per-option feedback and Try again. */
export const CheckWrong: Story = {
  render: () => reader('every-block', [{ moduleId: 'every-block', position: 11, completed: false, answers: { 'check-one': 'wrong' } }]),
};

/** A knowledge check answered rightly. */
export const CheckRight: Story = {
  render: () => reader('every-block', [{ moduleId: 'every-block', position: 12, completed: false, answers: { 'check-one': 'right', 'check-many': 'group family' } }]),
};

/** A module the reader marked complete. */
export const Completed: Story = { render: () => reader('second-module', [{ moduleId: 'second-module', position: 1, completed: true, answers: {} }]) };

/** One block failed validation: "this part could not be displayed", the rest renders. */
export const InvalidBlock: Story = { render: () => reader('bad-block', [], { modules: [withBadBlock()] }) };

/** Print: use the Print button (or the browser's print preview) — the whole module, checks with their options, no buttons. */
export const Print: Story = { render: () => reader('every-block', [{ moduleId: 'every-block', position: 13, completed: false, answers: { 'check-one': 'right' } }]) };

/** A Spanish module. */
export const SpanishModule: Story = { render: () => reader('todos-los-bloques', [], { locale: 'es', modules: [everyBlock(), everyBlockEs(), second()] }) };

/** 320 px wide. */
export const Narrow: Story = { render: () => html`<div style="width: 320px">${reader('every-block')}</div>` };

/** Large text: 200 %, at 320 px — the layout reflows, nothing scrolls sideways. */
export const LargeText: Story = { render: () => html`<div style="width: 320px">${reader('every-block', [], { textSize: 200 })}</div>` };

/** Loading: the backend never answers. */
export const Loading: Story = {
  render: () => html`<iop-family-education .backend=${{ listEducationModules: () => new Promise(() => {}) }} .storage=${storage()}></iop-family-education>`,
};

/** Empty: the center has no modules yet. */
export const Empty: Story = { render: () => html`<iop-family-education .modules=${[]} .storage=${storage()}></iop-family-education>` };

/** Error: the backend cannot be reached; Try again retries. */
export const ErrorState: Story = {
  render: () =>
    html`<iop-family-education
      .backend=${{ listEducationModules: async () => Promise.reject(new BackendError('network', 'offline')) }}
      .storage=${storage()}
    ></iop-family-education>`,
};
