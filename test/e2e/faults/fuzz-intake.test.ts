/** Bad backend data fuzz (issue 7): <iop-intake-questionnaire form-id> against 1,000 hostile custom backends. */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../../src/define/intake-questionnaire.js';
import type { IopIntakeQuestionnaire } from '../../../src/components/intake-questionnaire/intake-questionnaire.js';
import { createMemoryStorage } from '../../../src/core/storage/memory.js';
import { behaviour, oneAnswer } from './hostile.js';
import { fixtureData, report, runFuzz, type Outcome } from './fuzz-harness.js';

function outcome(el: IopIntakeQuestionnaire): Outcome {
  const root = el.shadowRoot!;
  if (el.phase === 'loading' || root.querySelector('p.loading')) return 'loading';
  if (root.querySelector('.error-state')) return 'error';
  return root.querySelector('#page-heading, [data-action="continue"], .resume') ? 'ready' : 'notice';
}

describe('fuzz: <iop-intake-questionnaire> with hostile backends', () => {
  it('1,000 cases: never an uncaught error, always a rendered state, never frozen', async function () {
    this.timeout(120_000);
    const data = await fixtureData();
    const el = await fixture<IopIntakeQuestionnaire>(
      html`<iop-intake-questionnaire locale="en" form-id="adult-intake" .storage=${createMemoryStorage('unavailable')} center-phone="(555) 201-0100"></iop-intake-questionnaire>`,
    );
    await el.whenReady();
    const arb = fc.record({ getIntakeForm: behaviour(oneAnswer(data.intakeForms[0])) });
    const result = await runFuzz(
      {
        name: 'intake-questionnaire',
        el,
        // A loaded form is only reloaded when its source changes: ask for "another" form each time.
        trigger(e, run) {
          e.formId = `adult-intake-${run}`;
        },
        outcome: () => outcome(el),
        hangs: (m) => m.getIntakeForm!.t === 'hang',
        check(e, o) {
          if (o === 'notice') throw new Error(`phase ${e.phase}: neither the form nor an error state`);
        },
      },
      arb,
      { seed: 7004 },
    );
    report('intake-questionnaire', result);
    expect(result.cases).to.be.at.least(1000);
    expect(result.uncaught).to.deep.equal([]);
    expect(result.outcomes.error ?? 0).to.be.greaterThan(0);
    expect(result.outcomes.ready ?? 0).to.be.greaterThan(0);

    el.backend = undefined;
    el.apiBase = '/api-fx';
    el.formId = 'adult-intake';
    el.locale = 'en';
    await el.updateComplete;
    await el.whenReady();
    expect(outcome(el)).to.equal('ready');
    expect(el.shadowRoot!.querySelector('#page-heading')).to.not.equal(null);
  });
});
