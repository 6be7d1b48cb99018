/** Programs for schedule-viewer tests and stories (contract-valid, no server needed). */
import type { Program } from '../../../src/core/schemas/index.js';

/** A small adult IOP with one 6 h/week track (below ASAM 2.1's 9 h) and one 10.5 h/week track. */
export function lightIop(overrides: Partial<Program> = {}): Program {
  return {
    id: 'light-iop',
    name: { en: 'Evening Recovery IOP', es: 'Programa intensivo de noche' },
    center: 'Maple Grove Recovery',
    focus: 'substance-use',
    levelOfCare: 'iop',
    format: 'in-person',
    populations: ['adults'],
    languages: ['en', 'es'],
    location: { street: '12 Maple St', city: 'Chicago', state: 'IL', zip: '60603' },
    timeZone: 'America/Chicago',
    tracks: [
      {
        id: 'light',
        name: { en: 'Three evenings', es: 'Tres noches' },
        sessions: [
          { day: 'mon', start: '18:00', end: '20:00', type: 'group', title: { en: 'Process group', es: 'Grupo de proceso' } },
          { day: 'wed', start: '18:00', end: '20:00', type: 'education', title: { en: 'Coping skills', es: 'Habilidades' } },
          { day: 'fri', start: '18:00', end: '20:00', type: 'peer-support' },
        ],
      },
      {
        id: 'full',
        name: { en: 'Full evening track', es: 'Horario completo de noche' },
        sessions: [
          { day: 'mon', start: '17:30', end: '21:00', type: 'group' },
          { day: 'tue', start: '17:30', end: '21:00', type: 'individual' },
          { day: 'thu', start: '17:30', end: '21:00', type: 'family' },
        ],
      },
    ],
    durationWeeks: 8,
    therapies: ['CBT'],
    services: ['drug-testing'],
    payment: { options: ['self-pay'], payerIds: [] },
    accreditation: [],
    intakePhone: '(312) 555-0199',
    ...overrides,
  };
}

/** A program whose schedule is not published yet. */
export function unpublished(): Program {
  return lightIop({ id: 'unpublished', name: 'Northside IOP', tracks: [] });
}

const SESSION_TYPES = ['group', 'education', 'individual', 'family'] as const;
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** `count` programs in four zones, each with morning, evening and weekend tracks of `sessionsPerTrack` sessions. */
export function comparePrograms(count: number, sessionsPerTrack = 9): Program[] {
  const zones = ['America/Chicago', 'America/New_York', 'America/Denver', 'America/Los_Angeles'];
  return Array.from({ length: count }, (_, p) =>
    lightIop({
      id: `bench-${p + 1}`,
      name: `Program ${p + 1}`,
      timeZone: zones[p % zones.length]!,
      tracks: ['morning', 'evening', 'weekend'].map((id, k) => ({
        id,
        name: `${id[0]!.toUpperCase()}${id.slice(1)} track`,
        sessions: Array.from({ length: sessionsPerTrack }, (_, s) => {
          const hour = (k === 0 ? 8 : k === 1 ? 17 : 9) + (s % 3);
          return {
            day: DAYS[(Math.floor(s / 3) * 2 + p) % DAYS.length]!,
            start: `${String(hour).padStart(2, '0')}:00`,
            end: `${String(hour).padStart(2, '0')}:50`,
            type: SESSION_TYPES[(s + p) % SESSION_TYPES.length]!,
            title: `Session ${s + 1}`,
          };
        }),
      })),
    }),
  );
}
