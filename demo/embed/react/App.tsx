/**
 * A center's React app with iop-kit's finder and schedule viewer: the classic React ↔ custom
 * element integration points, each used the React 19 way.
 *
 * - Attributes for strings (`api-base`, `center-phone`, `page-size`).
 * - Properties for objects: `filters` and `busy` (React 19 sets them as properties because the
 *   elements have them). Keep their identity stable (`useState` / `useMemo`): React sets the
 *   property again only when the value you pass changes, so a new object on every render would
 *   reset what the visitor chose inside the finder.
 * - Events: `oniop-program-select` (React 19 adds `on` + the exact event name as a listener) and,
 *   the way that also works in React 18, `addEventListener` on a ref (`iop-compare-change`).
 * - React state drives the viewer: the selected program goes to its `programId` property.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { IopEventDetail, ProgramFinder } from '../../../src/index.js';

type Filters = ProgramFinder['filters'];
type Busy = ProgramFinder['busy'];

/** What this center's "Evening programs" landing page preselects (the visitor can change it). */
const eveningFilters: Filters = {
  focus: [],
  levelOfCare: [],
  format: [],
  times: ['evening'],
  populations: [],
  languages: [],
  payment: [],
  services: [],
  query: '',
};

const WORK_WEEK: Busy = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }];
const NOT_BUSY: Busy = [];

export function App() {
  const [selection, setSelection] = useState<IopEventDetail<'iop-program-select'>>();
  const [compared, setCompared] = useState<string[]>([]);
  const [worksDays, setWorksDays] = useState(true);
  const [filters] = useState(eveningFilters); // stable identity: set once
  const busy = useMemo(() => (worksDays ? WORK_WEEK : NOT_BUSY), [worksDays]);
  const finderRef = useRef<ProgramFinder>(null);
  const viewerHeading = useRef<HTMLHeadingElement>(null);

  // The React 18-compatible way (and the way for events you add later): a listener on a ref.
  useEffect(() => {
    const finder = finderRef.current;
    if (!finder) return;
    const onCompare = (event: CustomEvent<IopEventDetail<'iop-compare-change'>>) => setCompared(event.detail.programIds);
    finder.addEventListener('iop-compare-change', onCompare);
    return () => finder.removeEventListener('iop-compare-change', onCompare);
  }, []);

  // Bring the schedule into view when a program is chosen (the finder's own `schedule-viewer`
  // attribute would do this too; here React owns the viewer).
  useEffect(() => {
    if (selection) viewerHeading.current?.scrollIntoView({ block: 'start' });
  }, [selection]);

  return (
    <iop-provider api-base="/api" center-name="Harbor Light Recovery (demo)" center-phone="(512) 555-0100">
      <section aria-labelledby="react-find">
        <h2 id="react-find">Evening programs</h2>
        <p>
          <label>
            <input type="checkbox" checked={worksDays} onChange={(e) => setWorksDays(e.currentTarget.checked)} /> I work Monday to Friday,
            9 AM to 5 PM
          </label>
        </p>
        <iop-program-finder
          ref={finderRef}
          page-size={5}
          filters={filters}
          busy={busy}
          oniop-program-select={(event) => setSelection(event.detail)}
        ></iop-program-finder>
        <p id="react-state" aria-live="polite">
          Chosen in React state: <output>{selection ? selection.programId : 'nothing yet'}</output>
          {compared.length > 0 ? ` · comparing ${compared.length}` : ''}
        </p>
      </section>
      <section aria-labelledby="react-schedule">
        <h2 id="react-schedule" ref={viewerHeading}>
          Weekly schedule
        </h2>
        <iop-schedule-viewer programId={selection?.programId ?? 'harborlight-bilingual-iop'} track={selection?.trackId} busy={busy}></iop-schedule-viewer>
      </section>
    </iop-provider>
  );
}
