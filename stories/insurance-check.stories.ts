/**
 * `<iop-insurance-check>` stories: every state, with custom `.backend` objects so no server
 * is needed. States after a submit are reached the way a person reaches them: the story
 * fills in the form and presses the button (`autofill` below). Stories are test fixtures
 * too: test/components/insurance-check/stories.test.ts renders each one and runs axe.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/insurance-check.js';
import type { IopInsuranceCheck } from '../src/components/insurance-check/insurance-check.js';
import type { InsuranceCheckResult, Payer, ServiceBenefit, ServiceTypeCode } from '../src/core/schemas/index.js';

const PAYERS: Payer[] = [
  { id: '87726', name: 'UnitedHealthcare', aliases: ['UHC', 'Choice Plus'], kind: 'commercial', memberIdRule: 'generic' },
  { id: '60054', name: 'Aetna', aliases: ['Aetna PPO'], kind: 'commercial', memberIdRule: 'generic' },
  { id: 'CMS', name: 'Medicare', aliases: ['Original Medicare'], kind: 'medicare', memberIdRule: 'mbi' },
  { id: '610442', name: 'Medi-Cal (California Medicaid)', aliases: ['Medi-Cal'], kind: 'medicaid', memberIdRule: 'generic' },
];
const CODES: ServiceTypeCode[] = ['30', 'MH', 'AI', 'CF', 'CJ'];
const base = { checkedAt: '2026-01-05T15:00:00Z', payerName: 'UnitedHealthcare', referenceId: 'SBX-1A2B3C4D' };
const year = { start: '2026-01-01', end: '2026-12-31' };
const full = (code: ServiceTypeCode): ServiceBenefit => ({
  serviceTypeCode: code,
  inNetwork: 'yes',
  copay: 30,
  coinsurancePercent: 20,
  deductibleTotal: 1500,
  deductibleRemaining: 650,
  outOfPocketTotal: 6000,
  outOfPocketRemaining: 4200,
  priorAuthRequired: code === 'AI' || code === 'CJ' ? 'yes' : 'no',
});

const RESULTS: Record<string, InsuranceCheckResult> = {
  active: { ...base, status: 'active', planName: 'Choice Plus PPO', coverage: year, benefits: CODES.map(full), messages: [] },
  carveOut: {
    ...base,
    status: 'active',
    planName: 'Select HMO',
    coverage: year,
    benefits: CODES.map((c) => (c === '30' ? full(c) : { serviceTypeCode: c, inNetwork: 'unknown', priorAuthRequired: 'unknown' })),
    carveOut: { name: 'Magellan Healthcare', phone: '(800) 555-0134' },
    messages: [],
  },
  coinsurance: {
    ...base,
    status: 'active',
    planName: 'Basic Plan',
    coverage: year,
    benefits: CODES.map((c) => ({ serviceTypeCode: c, inNetwork: 'unknown', coinsurancePercent: 30, deductibleTotal: 3000, deductibleRemaining: 3000, priorAuthRequired: 'unknown' })),
    messages: [],
  },
  outOfNetwork: { ...base, status: 'active', planName: 'Narrow Network EPO', coverage: year, benefits: CODES.map((c) => ({ ...full(c), inNetwork: 'no' })), messages: [] },
  inactive: { ...base, status: 'inactive', coverage: { start: '2025-01-01', end: '2025-12-31' }, benefits: [], messages: [] },
  notFound: { ...base, status: 'not-found', rejectReason: '75', benefits: [], messages: [] },
  needsReview: { ...base, status: 'needs-review', benefits: [], messages: [] },
  error: { ...base, status: 'error', benefits: [], messages: [] },
};

/** A backend whose check answers `answer` (a result, an error to throw, or never). */
function backend(answer: InsuranceCheckResult | Error | 'never') {
  return {
    searchPayers: (q: string) => PAYERS.filter((p) => [p.name, ...p.aliases].some((n) => n.toLowerCase().includes(q.toLowerCase()))),
    checkInsurance: () => {
      if (answer === 'never') return new Promise(() => {});
      if (answer instanceof Error) return Promise.reject(answer);
      return Promise.resolve(answer);
    },
  };
}

function setInput(root: ShadowRoot, id: string, value: string): void {
  const input = root.querySelector<HTMLInputElement>(`#${id}`);
  if (!input) return;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

/** Fills the form like a person (payer chosen from the list) and, unless `submit` is false, sends it. */
async function autofill(el: IopInsuranceCheck, options: { dob?: string; memberId?: string; submit?: boolean; forOther?: boolean } = {}): Promise<void> {
  await el.updateComplete;
  const root = el.shadowRoot!;
  const step = () => el.updateComplete;
  if (options.forOther) root.querySelector<HTMLInputElement>('#f-forWhom-other')?.click();
  await step();
  setInput(root, 'f-firstName', 'Jordan');
  setInput(root, 'f-lastName', 'Rivera');
  const [y, m, d] = (options.dob ?? '1990-04-12').split('-');
  setInput(root, 'f-dob-month', String(Number(m)));
  setInput(root, 'f-dob-day', String(Number(d)));
  setInput(root, 'f-dob-year', y!);
  await step();
  if (options.submit === false) return;
  root.querySelector<HTMLInputElement>('#f-isHolder-yes')?.click();
  await step();
  setInput(root, 'f-payer', 'UHC');
  for (let i = 0; i < 50 && !root.querySelector('[role="option"]'); i++) await new Promise((r) => setTimeout(r, 20));
  root.querySelector<HTMLElement>('[role="option"]')?.click();
  await step();
  setInput(root, 'f-memberId', options.memberId ?? 'A123 456 789');
  root.querySelector<HTMLInputElement>('#f-consentVerify')?.click();
  await step();
  root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
}

interface Args {
  locale: string;
  centerName: string;
  centerPhone: string;
  centerHours: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Insurance check',
  component: 'iop-insurance-check',
  tags: ['autodocs'],
  args: { locale: 'en', centerName: 'Harbor Recovery Center', centerPhone: '(555) 201-0100', centerHours: 'Mon–Fri 8 AM–6 PM' },
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'es'] } },
  render: (args) => check(args, backend(RESULTS['active']!)),
};
export default meta;

type Story = StoryObj<Args>;

function check(a: Args, be: object | undefined, extra: { then?: (el: IopInsuranceCheck) => void; attrs?: 'photos' | 'npi' | 'static' } = {}): TemplateResult {
  const refCb = ref((el) => {
    if (!el) return;
    const c = el as IopInsuranceCheck;
    if (be && c.backend !== be) c.backend = be;
    if (extra.then && !c.dataset['started']) {
      c.dataset['started'] = '1';
      extra.then(c);
    }
  });
  if (extra.attrs === 'npi') {
    return html`<iop-insurance-check ${refCb} locale=${a.locale} center-name=${a.centerName} center-phone=${a.centerPhone} npi="1234567890"></iop-insurance-check>`;
  }
  if (extra.attrs === 'static') {
    return html`<iop-insurance-check locale=${a.locale} src="/iop-data.json" center-name=${a.centerName} center-phone=${a.centerPhone}></iop-insurance-check>`;
  }
  return html`<iop-insurance-check
    ${refCb}
    locale=${a.locale}
    center-name=${a.centerName}
    center-phone=${a.centerPhone}
    center-hours=${a.centerHours}
    ?allow-card-photos=${extra.attrs === 'photos'}
  ></iop-insurance-check>`;
}

const after = (result: InsuranceCheckResult | Error | 'never', memberId?: string): Story => ({
  render: (a) => check(a, backend(result), { then: (el) => void autofill(el, { memberId }) }),
});

/** The empty form (typical first view). */
export const EmptyForm: Story = {};
/** Spanish. */
export const Spanish: Story = { args: { locale: 'es', centerName: 'Centro de Recuperación Harbor' } };
/** At 320 px: everything reflows into one column. */
export const Narrow320: Story = { render: (a) => html`<div style="width: 320px; border: 1px dashed #767f8c">${check(a, backend(RESULTS['active']!))}</div>` };
/** Filled in for someone else who is under 18: the parent/guardian voice. */
export const ForAMinor: Story = {
  render: (a) => check(a, backend(RESULTS['active']!), { then: (el) => void autofill(el, { forOther: true, dob: `${new Date().getFullYear() - 15}-03-02`, submit: false }) }),
};
/** Submitted empty: the error summary and each field's message. */
export const ErrorSummary: Story = {
  render: (a) =>
    check(a, backend(RESULTS['active']!), {
      then: (el) => void el.updateComplete.then(() => el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')?.click()),
    }),
};
/** Card photos offered (`allow-card-photos`). */
export const WithCardPhotos: Story = { render: (a) => check(a, backend(RESULTS['active']!), { attrs: 'photos' }) };
/** Sending: waiting for the plan (loading). */
export const Sending = after('never');
export const Active = after(RESULTS['active']!);
export const ActiveSpanish: Story = { ...after(RESULTS['active']!), args: { locale: 'es' } };
export const CarveOut = after(RESULTS['carveOut']!);
export const CoinsuranceOnly = after(RESULTS['coinsurance']!);
/** Out of network: the alternatives are shown open. */
export const OutOfNetwork = after(RESULTS['outOfNetwork']!);
export const Inactive = after(RESULTS['inactive']!);
export const NotFound = after(RESULTS['notFound']!);
export const NeedsReview = after(RESULTS['needsReview']!);
/** The plan did not answer (`status: "error"`). */
export const PayerError = after(RESULTS['error']!);
/** The backend could not be reached: retry, nothing lost. */
export const NetworkFailure = after(new Error('offline'));
/** A static site: checks cannot be sent; the center's phone instead. */
export const StaticSite: Story = { render: (a) => check(a, undefined, { attrs: 'static' }) };
/** A bad provider NPI in the configuration. */
export const NpiConfigurationError: Story = { render: (a) => check(a, undefined, { attrs: 'npi' }) };
