/**
 * TypeScript types for iop-kit's elements in React 19 JSX.
 *
 * Copy this file into your app (e.g. `src/iop-kit-jsx.ts`; as a `.d.ts` it works the same, but
 * `skipLibCheck` then hides mistakes in it) and import the types from
 * `'iop-kit'` instead of the kit's source path used by this demo. It augments
 * `React.JSX.IntrinsicElements`, the namespace the automatic JSX runtime reads, so
 * `<iop-program-finder busy={…} oniop-program-select={…}>` is checked like any element.
 *
 * What React 19 does with a prop on a custom element (react-dom `setPropOnCustomElement`):
 * - `on` + name, with a function: `addEventListener(name, fn)`; the name after `on` is used as
 *   written, case and hyphens included, so `oniop-program-select` listens to
 *   `iop-program-select`. (`onClick` and the other React event names keep React's meaning.)
 * - any other name that is a property of the element (`name in element`): set as a property,
 *   so objects and arrays (`filters`, `busy`, `backend`, `programs`) arrive intact;
 * - otherwise: set as an attribute (`api-base`, `center-phone`, `page-size`).
 * A property only exists once the element is defined: import the kit before React renders.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { IopEventMap, IopProvider, IopScheduleViewer, ProgramFinder } from '../../../src/index.js';

/** A handler for one of the kit's `CustomEvent`s, typed by the event's name (`detail` included). */
type On<K extends keyof IopEventMap> = (event: IopEventMap[K]) => void;

/** What React puts on every element (`ref`, `key`, `id`, `className`, `hidden`, children …). */
type ElementProps<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E>;

/** Attributes and properties every iop-* element shares (see "Wiring" in the README). */
interface IopCommonProps {
  locale?: string;
  'api-base'?: string;
  src?: string;
  /** Your own adapter object: a property (React 19 sets it as one). */
  backend?: object;
  'center-name'?: string;
  'center-phone'?: string;
}

interface IopProviderProps extends IopCommonProps {
  'center-hours'?: string;
  'center-npi'?: string;
}

interface IopFinderProps extends IopCommonProps {
  'schedule-viewer'?: string;
  'page-size'?: number;
  'url-state'?: 'query' | 'hash';
  'time-zone'?: string;
  'clash-mode'?: 'mark' | 'hide';
  sort?: ProgramFinder['sort'];
  // Properties: objects and arrays, never attributes.
  filters?: ProgramFinder['filters'];
  busy?: ProgramFinder['busy'];
  compared?: ProgramFinder['compared'];
  programs?: ProgramFinder['programs'];
  // Events (React 19: `on` + the exact event name).
  'oniop-program-select'?: On<'iop-program-select'>;
  'oniop-compare-change'?: On<'iop-compare-change'>;
  'oniop-filter-change'?: On<'iop-filter-change'>;
}

interface IopScheduleViewerProps extends IopCommonProps {
  /** The property (React 19 sets it as one); `program-id` is the attribute. */
  programId?: string;
  'program-id'?: string;
  'program-ids'?: string;
  programs?: IopScheduleViewer['programs'];
  busy?: IopScheduleViewer['busy'];
  view?: IopScheduleViewer['view'];
  track?: string;
  'all-days'?: boolean;
  week?: string;
  'viewer-time-zone'?: string;
  'oniop-schedule-track-change'?: On<'iop-schedule-track-change'>;
  'oniop-schedule-export'?: On<'iop-schedule-export'>;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'iop-provider': ElementProps<IopProvider> & IopProviderProps;
      'iop-program-finder': ElementProps<ProgramFinder> & IopFinderProps;
      'iop-schedule-viewer': ElementProps<IopScheduleViewer> & IopScheduleViewerProps;
    }
  }
}
