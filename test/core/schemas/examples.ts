/** Realistic, valid examples of every contract type; tests break them one field at a time. */
import type {
  EducationModule,
  InsuranceCheckRequest,
  InsuranceCheckResult,
  IntakeForm,
  IntakeSubmission,
  Payer,
  Program,
} from '../../../src/core/schemas/index.js';

export const program = (): Program => ({
  id: 'riverbend-iop-evening',
  name: { en: 'Evening Intensive Outpatient', es: 'Programa intensivo ambulatorio de tarde' },
  center: 'Riverbend Recovery Center',
  description: 'Group and individual therapy three evenings a week, so you can keep working.',
  focus: 'co-occurring',
  levelOfCare: 'iop',
  format: 'hybrid',
  populations: ['adults', 'young-adults'],
  languages: ['en', 'es'],
  location: { street: '1200 Elm Street', city: 'Austin', state: 'TX', zip: '78701', coordinates: { lat: 30.27, lng: -97.74 } },
  statesServed: ['TX'],
  timeZone: 'America/Chicago',
  tracks: [
    {
      id: 'evening',
      name: { en: 'Evening track', es: 'Horario de tarde' },
      sessions: [
        { day: 'mon', start: '18:00', end: '21:00', type: 'group', title: 'Process group' },
        { day: 'wed', start: '18:00', end: '21:00', type: 'group' },
        { day: 'thu', start: '18:00', end: '20:00', type: 'education' },
        { day: 'thu', start: '20:00', end: '21:00', type: 'individual' },
      ],
    },
  ],
  durationWeeks: 8,
  therapies: ['cbt', 'motivational-interviewing', 'dbt'],
  services: ['medication-management', 'family-program', 'aftercare-planning'],
  payment: { options: ['private-insurance', 'medicaid', 'self-pay', 'sliding-scale'], payerIds: ['87726', '60054'] },
  accreditation: ['Joint Commission'],
  intakePhone: '(512) 555-0142',
  website: 'https://riverbend.example/iop',
  nextOpening: '2026-12-07',
});

export const payer = (): Payer => ({
  id: '00192',
  name: 'Example Blue Cross',
  aliases: ['BCBS', 'Blue Choice PPO'],
  kind: 'commercial',
  memberIdRule: 'generic',
});

export const insuranceRequest = (): InsuranceCheckRequest => ({
  checkId: 'chk_20261123_01',
  locale: 'en',
  forSelf: false,
  patient: { firstName: 'Ana', lastName: 'García', dateOfBirth: '2009-04-12' },
  relationship: 'child',
  subscriber: { firstName: 'Luis', lastName: 'García', dateOfBirth: '1978-09-30' },
  payer: { id: '87726', name: 'UnitedHealthcare' },
  memberId: 'A123456789',
  groupNumber: 'GRP-100',
  contact: { phone: '512-555-0199', email: 'luis@example.org', preferredTime: 'evening', textOk: true },
  consents: [{ id: 'verify-benefits', version: '2026-11', text: 'I authorize the center to verify my benefits.', givenAt: '2026-11-23T17:05:00Z' }],
  serviceTypeCodes: ['30', 'MH', 'AI'],
});

export const insuranceResult = (): InsuranceCheckResult => ({
  status: 'active',
  checkedAt: '2026-11-23T17:05:02Z',
  payerName: 'UnitedHealthcare',
  planName: 'Choice Plus PPO',
  coverage: { start: '2026-01-01', end: '2026-12-31' },
  benefits: [
    {
      serviceTypeCode: 'MH',
      inNetwork: 'yes',
      copay: 30,
      coinsurancePercent: 20,
      deductibleTotal: 1500,
      deductibleRemaining: 650,
      outOfPocketTotal: 6000,
      outOfPocketRemaining: 4100,
      priorAuthRequired: 'yes',
      coverageLevel: 'individual',
    },
  ],
  messages: [],
  referenceId: 'ref-7781',
});

export const intakeForm = (): IntakeForm => ({
  id: 'short-intake',
  version: '1.0.0',
  title: { en: 'Start your intake', es: 'Comience su admisión' },
  locales: ['en', 'es'],
  pages: [
    {
      id: 'about',
      title: { en: 'About you', es: 'Sobre usted' },
      items: [
        { id: 'firstName', type: 'text', text: { en: 'First name', es: 'Nombre' }, required: true, autocomplete: 'given-name' },
        { id: 'dob', type: 'date', text: { en: 'Date of birth', es: 'Fecha de nacimiento' }, required: true, max: 'today', autocomplete: 'bday' },
        {
          id: 'focus',
          type: 'single',
          text: { en: 'What brings you here?', es: '¿Qué le trae aquí?' },
          options: [
            { value: 'substance-use', label: { en: 'Alcohol or drug use', es: 'Consumo de alcohol o drogas' } },
            { value: 'mental-health', label: { en: 'Mental health', es: 'Salud mental' } },
            { value: 'both', label: { en: 'Both', es: 'Ambos' } },
          ],
        },
        {
          id: 'substances',
          type: 'multiple',
          text: 'Which substances?',
          visibleIf: { op: 'in', q: 'focus', values: ['substance-use', 'both'] },
          options: [
            { value: 'alcohol', label: 'Alcohol' },
            { value: 'opioids', label: 'Opioids' },
            { value: 'none', label: 'None of these', exclusive: true },
          ],
        },
      ],
    },
    {
      id: 'mood',
      title: 'How you have been feeling',
      items: [{ type: 'instrument', instrument: 'phq9' }],
    },
    {
      id: 'consents',
      title: 'Consents',
      items: [
        { id: 'hipaa', type: 'consent', kind: 'hipaa-notice', version: 'npp-2026-01', text: 'I acknowledge the notice of privacy practices.', body: 'Full notice text…', required: true },
        { id: 'sign', type: 'signature', text: 'Type your full name', required: true },
      ],
    },
  ],
  flags: [
    { flag: 'crisis', when: { op: 'gt', q: 'phq9-9', value: 0 } },
    { flag: 'adolescent', when: { op: 'lt', ageOf: 'dob', value: 18 } },
  ],
});

export const submission = (): IntakeSubmission => ({
  submissionId: 'sub_8f3a9c2e4b1d',
  formId: 'short-intake',
  formVersion: '1.0.0',
  locale: 'es',
  answers: { firstName: 'Ana', dob: '1990-02-01', focus: 'both', substances: ['alcohol'], 'phq9-1': 2 },
  scores: [{ instrument: 'phq9', total: 11, band: 'moderate', positive: true }],
  flags: ['withdrawal-risk'],
  consents: [{ id: 'hipaa', version: 'npp-2026-01', agreedAt: '2026-11-23T17:20:00-06:00', signature: 'Ana García' }],
  startedAt: '2026-11-23T17:00:00Z',
  submittedAt: '2026-11-23T17:21:00Z',
});

export const educationModule = (): EducationModule => ({
  id: 'what-is-addiction',
  locale: 'en',
  title: 'What addiction is',
  summary: 'Addiction is a health condition, not a moral failing.',
  audience: 'family',
  estimatedMinutes: 8,
  order: 1,
  translations: { es: 'que-es-la-adiccion' },
  blocks: [
    { type: 'heading', level: 2, text: 'A health condition' },
    { type: 'paragraph', text: 'Addiction changes how the brain handles **reward** and *stress*. [Learn more](https://www.samhsa.gov).' },
    { type: 'list', items: ['It can be treated.', 'Recovery takes time.'] },
    { type: 'callout', variant: 'crisis', text: 'If someone may hurt themselves, call or text 988.' },
    { type: 'quote', text: 'Recovery is possible.', cite: 'A parent' },
    { type: 'image', src: '/images/family.svg', alt: 'A family talking at a kitchen table' },
    { type: 'video', src: '/media/iop.mp4', title: 'A week in IOP', captions: '/media/iop.en.vtt' },
    {
      type: 'check',
      id: 'check-1',
      question: 'Is addiction a moral failing?',
      multiple: false,
      options: [
        { id: 'yes', text: 'Yes', correct: false, feedback: 'Not quite: it is a health condition.' },
        { id: 'no', text: 'No', correct: true, feedback: 'Right.' },
      ],
    },
    { type: 'reflection', id: 'reflect-1', prompt: 'What would you like your family member to know?' },
  ],
});
