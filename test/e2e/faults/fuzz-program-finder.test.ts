/** Bad backend data fuzz (issue 7): <iop-program-finder> against 1,000 hostile custom backends. */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../../src/define/program-finder.js';
import type { ProgramFinder as IopProgramFinder } from '../../../src/components/program-finder/program-finder.js';
import { behaviour, listAnswer } from './hostile.js';
import { fixtureData, report, runFuzz, type Outcome } from './fuzz-harness.js';

type Finder = IopProgramFinder & { status: string; rejectedCount: number; loadingMore: boolean };

function outcome(el: Finder): Outcome {
  const root = el.shadowRoot!;
  if (root.querySelector('.state.loading, .note.loading-more')) return 'loading';
  if (root.querySelector('.state.error')) return 'error';
  if (root.querySelector('.state.empty, .layout, .compare, table')) return 'ready';
  return 'loading';
}

describe('fuzz: <iop-program-finder> with hostile backends', () => {
  it('1,000 cases: never an uncaught error, always a rendered state, never frozen', async function () {
    this.timeout(120_000);
    const data = await fixtureData();
    const el = await fixture<Finder>(html`<iop-program-finder locale="en" center-phone="(555) 201-0100"></iop-program-finder>`);
    const arb = fc.record({ listPrograms: behaviour(listAnswer(data.programs)), searchPayers: behaviour(listAnswer(data.payers)) });
    const result = await runFuzz(
      {
        name: 'program-finder',
        el,
        outcome: () => outcome(el),
        hangs: (m) => m.listPrograms!.t === 'hang',
        check(e, o) {
          // Skipped items are counted and said.
          if (o === 'ready' && e.rejectedCount > 0 && !e.shadowRoot!.querySelector('.note.rejected')) throw new Error(`${e.rejectedCount} rejected programs not reported`);
        },
      },
      arb,
      { seed: 7001 },
    );
    report('program-finder', result);
    expect(result.cases).to.be.at.least(1000);
    expect(result.uncaught).to.deep.equal([]);
    expect(result.outcomes.error ?? 0, 'error states reached').to.be.greaterThan(0);
    expect(result.outcomes.ready ?? 0, 'loaded states reached').to.be.greaterThan(0);

    // Still alive: a real backend afterwards loads the real programs.
    el.backend = undefined;
    el.apiBase = '/api-fx';
    el.locale = 'en';
    await el.updateComplete;
    const end = performance.now() + 5000;
    while (outcome(el) === 'loading' && performance.now() < end) await new Promise((r) => setTimeout(r, 10));
    expect(outcome(el)).to.equal('ready');
    expect(el.shadowRoot!.textContent).to.include('Evening');
  });
});
