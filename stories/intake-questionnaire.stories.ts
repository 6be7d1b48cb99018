/**
 * `<iop-intake-questionnaire>` stories: every page type and state, with in-memory storage and
 * custom `.backend` objects so they need no server. Stories are test fixtures too:
 * test/components/intake-questionnaire/intake-questionnaire.stories.test.ts renders each one
 * and runs axe on it. States that need the person to have done something are driven after
 * the element is ready (the `drive` callback), exactly as a person's actions would.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/intake-questionnaire.js';
import type { IopIntakeQuestionnaire } from '../src/define/intake-questionnaire.js';
import { BackendError } from '../src/core/backend/index.js';
import { DEFAULT_INTAKE_FORM_ID, DEFAULT_INTAKE_FORM_VERSION } from '../src/core/intake/index.js';
import { createMemoryStorage } from '../src/core/storage/memory.js';
import type { KitStorage } from '../src/core/storage/index.js';
import type { IntakeForm } from '../src/core/schemas/index.js';
import { loincPhq9, nestedEnableWhen } from '../test/fixtures/fhir/questionnaires.js';

interface Args {
  locale: string;
}

/** Memory storage that behaves as if it were kept (no "will not be kept" notice), one per story. */
const storage = (): KitStorage => ({ ...createMemoryStorage('unavailable'), persistent: true, reason: undefined }) as KitStorage;

const shortForm: IntakeForm = {
  id: 'story-short',
  version: '1',
  title: { en: 'Short intake', es: 'Admisión breve' },
  locales: ['en', 'es'],
  pages: [
    {
      id: 'you',
      title: { en: 'About you', es: 'Sus datos' },
      items: [
        { id: 'name', type: 'text', text: { en: 'Your name', es: 'Su nombre' }, required: true, maxLength: 60, autocomplete: 'name' },
        { id: 'tel', type: 'phone', text: { en: 'Phone number', es: 'Número de teléfono' }, autocomplete: 'tel' },
      ],
    },
  ],
  flags: [],
};

const receiptBackend = { submitIntake: async () => ({ receiptId: 'HL-2026-0042' }) };
const offlineBackend = {
  submitIntake: async () => {
    throw new BackendError('network', 'offline');
  },
};
/** A backend with no `submitIntake`: the element must say it cannot send from here. */
const readOnlyBackend = { getIntakeForm: async () => shortForm };

type Drive = (el: IopIntakeQuestionnaire) => Promise<void> | void;

function view(o: { locale: string; form?: IntakeForm; questionnaire?: object; formId?: string; backend?: object; kit?: KitStorage; drive?: Drive; width?: string }): TemplateResult {
  const el = html`<iop-intake-questionnaire
    locale=${o.locale}
    form-id=${o.formId ?? ''}
    .form=${o.form}
    .questionnaire=${o.questionnaire}
    .backend=${o.backend}
    .storage=${o.kit ?? storage()}
    center-name="Harbor Light Recovery"
    center-phone="(512) 555-0100"
    ${ref((node) => {
      const q = node as IopIntakeQuestionnaire | undefined;
      if (q && o.drive && !q.dataset['driven']) {
        q.dataset['driven'] = 'yes';
        void q.whenReady().then(() => o.drive!(q));
      }
    })}
  ></iop-intake-questionnaire>`;
  return o.width ? html`<div style="max-width:${o.width}">${el}</div>` : el;
}

const meta: Meta<Args> = {
  title: 'Elements/Intake questionnaire',
  component: 'iop-intake-questionnaire',
  tags: ['autodocs'],
  args: { locale: 'en' },
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'es'] } },
  render: ({ locale }) => view({ locale }),
};
export default meta;

type Story = StoryObj<Args>;

const page = (id: string): Drive => (el) => el.goTo(id);

/** The built-in default form, first page (text, date, single choice, phone, yes/no, email). */
export const DefaultForm: Story = {};

/** Spanish. */
export const Spanish: Story = { args: { locale: 'es' } };

/** A phone-width column (320 px). */
export const Narrow: Story = { render: ({ locale }) => view({ locale, width: '320px' }) };

/** Waiting for the center's form. */
export const Loading: Story = { render: ({ locale }) => view({ locale, formId: 'slow', backend: { getIntakeForm: () => new Promise(() => {}) } }) };

/** The center's form could not be loaded: plain words, the phone, Try again. */
export const ErrorState: Story = {
  render: ({ locale }) =>
    view({
      locale,
      formId: 'x',
      backend: {
        getIntakeForm: async () => {
          throw new BackendError('network', 'offline');
        },
      },
    }),
};

/** Multiple choice with an exclusive "None of these", long text, dates (substance use page). */
export const SubstanceUsePage: Story = { render: ({ locale }) => view({ locale, drive: (el) => { el.answers = { reason: 'both' }; el.goTo('substance-use'); } }) };

/** Screeners (PHQ-9, GAD-7) as groups with their stem. */
export const ScreenersPage: Story = { render: ({ locale }) => view({ locale, drive: page('mental-health') }) };

/** Consents: full text in a scrollable region, "I agree", typed-name signature with today's date. */
export const ConsentsPage: Story = { render: ({ locale }) => view({ locale, drive: page('consents') }) };

/** Crisis help at once, first on the page, after PHQ-9 item 9 is answered above 0. */
export const CrisisPanel: Story = {
  render: ({ locale }) =>
    view({
      locale,
      drive: (el) => {
        el.goTo('mental-health');
        el.setAnswer('phq9-9', '1');
      },
    }),
};

/** Next with missing answers: the error summary, linked to each field. */
export const ErrorSummary: Story = { render: ({ locale }) => view({ locale, drive: (el) => el.next() }) };

/** "Welcome back — continue where you left off" (a draft from an earlier visit). */
export const ResumePrompt: Story = {
  render: ({ locale }) => {
    const kit = storage();
    const draft = { v: 1, answers: { 'first-name': 'Alex' }, pageId: 'reason', startedAt: new Date().toISOString(), consentsAgreedAt: {}, crisisSeen: [], crisisAcknowledged: [] };
    // Saved before the element looks (the memory store answers in order).
    void kit.drafts.save(`intake:${DEFAULT_INTAKE_FORM_ID}@${DEFAULT_INTAKE_FORM_VERSION}`, draft);
    return view({ locale, kit });
  },
};

/** The review page, with Edit buttons and the gentle level-of-care note. */
export const Review: Story = {
  render: ({ locale }) =>
    view({
      locale,
      drive: (el) => {
        el.answers = { 'first-name': 'Alex', 'last-name': 'Rivera', dob: '1990-04-12', phone: '(512) 555-0199', reason: 'substance-use', 'withdrawal-history': ['seizures'] };
        el.goTo('review');
      },
    }),
};

const submitDrive: Drive = async (el) => {
  el.answers = { name: 'Alex Rivera' };
  el.goTo('review');
  await el.submit.submit();
};

/** Offline: "Saved on this device — we'll send it when you're back online". */
export const OfflineQueued: Story = { render: ({ locale }) => view({ locale, form: shortForm, backend: offlineBackend, drive: submitDrive }) };

/** The receipt and next steps. */
export const Receipt: Story = { render: ({ locale }) => view({ locale, form: shortForm, backend: receiptBackend, drive: submitDrive }) };

/** A site that cannot take submissions (static file or read-only backend): say so, give the phone. */
export const StaticSource: Story = { render: ({ locale }) => view({ locale, form: shortForm, backend: readOnlyBackend, drive: submitDrive }) };

/** Nothing can be kept on this device: the notice. */
export const NotKept: Story = { render: ({ locale }) => view({ locale, form: shortForm, kit: createMemoryStorage('unavailable') }) };

/** A FHIR R4 Questionnaire: LOINC's PHQ-9 (as LHC-Forms publishes it) recognised by its codes — the kit's wording, scoring and crisis help on item 9. */
export const FhirLoincPhq9: Story = { render: ({ locale }) => view({ locale, questionnaire: loincPhq9, drive: (el) => el.setAnswer('phq9-9', '1') }) };

/** A FHIR R4 Questionnaire with groups nested three deep, each shown by an answer above it (`enableWhen`); answered so every level shows. */
export const FhirNestedEnableWhen: Story = {
  render: ({ locale }) =>
    view({
      locale,
      questionnaire: nestedEnableWhen,
      drive: (el) => {
        el.setAnswer('lives-with-others', true);
        el.setAnswer('children', true);
        el.setAnswer('childcare-needed', 'yes');
      },
    }),
};
