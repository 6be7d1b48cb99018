/** Bad backend data fuzz (issue 7): <iop-schedule-viewer> (two programs side by side) against 1,000 hostile custom backends. */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../../src/define/schedule-viewer.js';
import type { IopScheduleViewer } from '../../../src/components/schedule-viewer/schedule-viewer.js';
import { behaviour, oneAnswer } from './hostile.js';
import { expectTryAgain, fixtureData, report, runFuzz, type Outcome } from './fuzz-harness.js';

function outcome(el: IopScheduleViewer): Outcome {
  const root = el.shadowRoot!;
  if (root.querySelector('section.program.loading')) return 'loading';
  if (root.querySelector('section.program.error')) return 'error';
  return root.querySelectorAll('section.program').length ? 'ready' : 'loading';
}

describe('fuzz: <iop-schedule-viewer> with hostile backends', () => {
  it('1,000 cases: never an uncaught error, always a rendered state, never frozen', async function () {
    this.timeout(120_000);
    const data = await fixtureData();
    const el = await fixture<IopScheduleViewer>(html`<iop-schedule-viewer locale="en" program-ids="evening-iop,teen-virtual" center-phone="(555) 201-0100"></iop-schedule-viewer>`);
    const arb = fc.record({ getProgram: behaviour(fc.oneof(oneAnswer(data.programs[0]), oneAnswer(data.programs[1]))) });
    const result = await runFuzz(
      {
        name: 'schedule-viewer',
        el,
        outcome: () => outcome(el),
        hangs: (m) => m.getProgram!.t === 'hang',
        check(e, o) {
          const panels = e.shadowRoot!.querySelectorAll('section.program');
          if (panels.length !== 2) throw new Error(`expected one panel per program, got ${panels.length}`);
          // Every failed panel offers its own Try again.
          if (o === 'error') for (const p of e.shadowRoot!.querySelectorAll('section.program.error')) expectTryAgain(p, 'schedule panel');
        },
      },
      arb,
      { seed: 7002 },
    );
    report('schedule-viewer', result);
    expect(result.cases).to.be.at.least(1000);
    expect(result.uncaught).to.deep.equal([]);
    expect(result.outcomes.error ?? 0).to.be.greaterThan(0);
    expect(result.outcomes.ready ?? 0).to.be.greaterThan(0);

    el.backend = undefined;
    el.apiBase = '/api-fx';
    el.locale = 'en';
    await el.updateComplete;
    const end = performance.now() + 5000;
    while (outcome(el) === 'loading' && performance.now() < end) await new Promise((r) => setTimeout(r, 10));
    expect(outcome(el)).to.equal('ready');
    expect(el.shadowRoot!.querySelectorAll('section.program table, section.program [part~="list"]').length).to.equal(2);
  });
});
