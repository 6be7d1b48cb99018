/**
 * `<iop-insurance-check>`: first render of the empty form (DESIGN.md §7: first render of any
 * element ≤ 50 ms). Timed from creating the element to its form being in the DOM
 * (`updateComplete`, a microtask — no animation frame is awaited).
 */
import '../../src/define/insurance-check.js';
import type { IopInsuranceCheck } from '../../src/components/insurance-check/insurance-check.js';
import type { BenchCase } from '../harness/types.js';

interface Ctx {
  host: HTMLElement;
  backend: object;
}

const firstRender: BenchCase<Ctx> = {
  name: 'insurance-check: first render of the empty form',
  description: 'create <iop-insurance-check> with a custom backend, connect it, await updateComplete; the whole form is in the shadow root',
  budgetMs: 50,
  iterations: 30,
  warmup: 5,
  setup() {
    const host = document.createElement('div');
    document.body.append(host);
    return { host, backend: { searchPayers: () => [], checkInsurance: () => Promise.reject(new Error('not used')) } };
  },
  beforeEach({ host }) {
    host.replaceChildren();
  },
  async run({ host, backend }) {
    const el = document.createElement('iop-insurance-check') as IopInsuranceCheck;
    el.backend = backend;
    el.centerName = 'Harbor Recovery Center';
    el.centerPhone = '(555) 201-0100';
    host.append(el);
    await el.updateComplete;
    if (!el.shadowRoot?.querySelector('form #f-consentVerify')) throw new Error('the form did not render');
  },
  teardown({ host }) {
    host.remove();
  },
};

export default firstRender;
