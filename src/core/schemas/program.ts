/**
 * Program: one IOP/PHP/OP offering of a treatment center, with its weekly
 * schedule. Vocabulary follows SAMHSA's FindTreatment.gov locator (payment
 * codes, special programs) and ASAM levels of care (DESIGN.md §8).
 * Hours and days per week are derived from sessions (see ../program.ts), never typed.
 */
import * as z from './zod.js';
import { Id, IsoDate, Phone, Text, Time, TimeZone, UsState, WebUrl, Zip, nonEmpty } from './common.js';
import { timeToMinutes } from '../validators.js';

export const FOCUSES = ['substance-use', 'mental-health', 'co-occurring'] as const;
export const Focus = /* @__PURE__ */ z.enum(FOCUSES);

/** ASAM: `op` = level 1, `iop` = 2.1, `php` = 2.5. */
export const LEVELS_OF_CARE = ['iop', 'php', 'op'] as const;
export const LevelOfCare = /* @__PURE__ */ z.enum(LEVELS_OF_CARE);

export const FORMATS = ['in-person', 'virtual', 'hybrid'] as const;
export const Format = /* @__PURE__ */ z.enum(FORMATS);

export const POPULATIONS = [
  'adults',
  'adolescents',
  'young-adults',
  'older-adults',
  'veterans',
  'women',
  'men',
  'lgbtq',
  'pregnant-postpartum',
  'first-responders',
  'justice-involved',
] as const;
export const Population = /* @__PURE__ */ z.enum(POPULATIONS);

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const Day = /* @__PURE__ */ z.enum(DAYS);
export type Day = z.infer<typeof Day>;

export const SESSION_TYPES = [
  'group',
  'individual',
  'family',
  'education',
  'medication-management',
  'holistic',
  'peer-support',
  'drug-testing',
] as const;
export const SessionType = /* @__PURE__ */ z.enum(SESSION_TYPES);

export const SERVICES = [
  'medication-management',
  'mat',
  'drug-testing',
  'family-program',
  'aftercare-planning',
  'alumni-group',
  'sober-living-referral',
  'vocational-support',
  'case-management',
  'transportation',
] as const;
export const Service = /* @__PURE__ */ z.enum(SERVICES);

/** Payment options, after the locator's codes: MD, MC, MI, PI, SF, SS, PA, SI. */
export const PAYMENT_OPTIONS = [
  'private-insurance',
  'medicaid',
  'medicare',
  'tricare',
  'self-pay',
  'sliding-scale',
  'payment-assistance',
  'state-funded',
] as const;
export const PaymentOption = /* @__PURE__ */ z.enum(PAYMENT_OPTIONS);

/** One weekly session. Sessions do not cross midnight: `end` is later than `start` on the same day. */
export const Session = /* @__PURE__ */ z
  .object({
    day: Day,
    start: Time,
    end: Time,
    type: SessionType,
    title: z.optional(Text),
  })
  .check(
    z.refine((s) => !/^\d\d:\d\d$/.test(s.start) || !/^\d\d:\d\d$/.test(s.end) || timeToMinutes(s.end) > timeToMinutes(s.start), {
      message: 'end must be later than start (sessions do not cross midnight)',
      path: ['end'],
    }),
  );
export type Session = z.infer<typeof Session>;

/** A track: one weekly timetable of a program (e.g. "Evening track"). */
export const Track = /* @__PURE__ */ z.object({
  id: Id,
  name: Text,
  sessions: z.array(Session).check(z.minLength(1, 'a track needs at least one session'), z.maxLength(100)),
});
export type Track = z.infer<typeof Track>;

export const Location = /* @__PURE__ */ z.object({
  street: z.optional(nonEmpty(200, 'street')),
  city: nonEmpty(100, 'city'),
  state: UsState,
  zip: z.optional(Zip),
  coordinates: z.optional(
    z.object({
      lat: z.number().check(z.gte(-90, 'latitude must be between -90 and 90'), z.lte(90, 'latitude must be between -90 and 90')),
      lng: z.number().check(z.gte(-180, 'longitude must be between -180 and 180'), z.lte(180, 'longitude must be between -180 and 180')),
    }),
  ),
});

export const Program = /* @__PURE__ */ z
  .object({
    id: Id,
    name: Text,
    center: nonEmpty(200, 'center'),
    description: z.optional(Text),
    focus: Focus,
    levelOfCare: LevelOfCare,
    format: Format,
    populations: z.array(Population).check(z.maxLength(POPULATIONS.length)),
    /** Languages sessions are held in, as BCP 47 tags (`en`, `es`, `vi`). */
    languages: z.array(z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en or es'))).check(
      z.minLength(1, 'name at least one language'),
      z.maxLength(20),
    ),
    location: z.optional(Location),
    /** For virtual and hybrid programs: the states whose residents may attend. */
    statesServed: z.optional(z.array(UsState).check(z.maxLength(60))),
    timeZone: TimeZone,
    /** Empty when the schedule is not published (e.g. imported from the locator). */
    tracks: z.array(Track).check(z.maxLength(20)),
    durationWeeks: z.optional(z.int().check(z.gte(1, 'duration must be at least 1 week'), z.lte(104, 'duration must be at most 104 weeks'))),
    therapies: z.array(nonEmpty(80, 'therapy')).check(z.maxLength(40)),
    services: z.array(Service).check(z.maxLength(SERVICES.length)),
    payment: z.object({
      options: z.array(PaymentOption).check(z.maxLength(PAYMENT_OPTIONS.length)),
      /** Payer ids (see Payer) accepted in network. */
      payerIds: z.array(Id).check(z.maxLength(500)),
    }),
    accreditation: z.array(nonEmpty(80, 'accreditation')).check(z.maxLength(20)),
    intakePhone: Phone,
    website: z.optional(WebUrl),
    nextOpening: z.optional(IsoDate),
  })
  .check(
    z.refine((p) => p.format === 'in-person' || p.location !== undefined || (p.statesServed?.length ?? 0) > 0, {
      message: 'a virtual or hybrid program needs statesServed or a location',
      path: ['statesServed'],
    }),
    z.refine((p) => p.format === 'virtual' || p.location !== undefined, {
      message: 'an in-person or hybrid program needs a location',
      path: ['location'],
    }),
    z.refine((p) => new Set(p.tracks.map((t) => t.id)).size === p.tracks.length, { message: 'track ids must be unique', path: ['tracks'] }),
  );
export type Program = z.infer<typeof Program>;
