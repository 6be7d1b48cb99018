/** Bad backend data fuzz (issue 7): <iop-family-education>, catalogue and module reader, 1,000 hostile custom backends each. */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../../src/define/family-education.js';
import type { IopFamilyEducation } from '../../../src/components/family-education/family-education.js';
import { createMemoryStorage } from '../../../src/core/storage/memory.js';
import { behaviour, listAnswer, oneAnswer } from './hostile.js';
import { fixtureData, report, runFuzz, type Outcome } from './fuzz-harness.js';

function outcome(el: IopFamilyEducation): Outcome {
  const root = el.shadowRoot!;
  if (root.querySelector('.loading, [aria-busy="true"]')) return 'loading';
  if (root.querySelector('.error-state')) return 'error';
  return 'ready';
}

const summaries = (modules: unknown[]) => modules.map((m) => {
  const { blocks: _b, ...rest } = m as Record<string, unknown>;
  return rest;
});

describe('fuzz: <iop-family-education> with hostile backends', () => {
  it('catalogue, 1,000 cases: never an uncaught error, always a rendered state, never frozen', async function () {
    this.timeout(120_000);
    const data = await fixtureData();
    const el = await fixture<IopFamilyEducation>(html`<iop-family-education locale="en" .storage=${createMemoryStorage('unavailable')}></iop-family-education>`);
    const arb = fc.record({ listEducationModules: behaviour(listAnswer(summaries(data.educationModules))) });
    const result = await runFuzz({ name: 'family-education catalogue', el, outcome: () => outcome(el), hangs: (m) => m.listEducationModules!.t === 'hang' }, arb, { seed: 7005 });
    report('family-education (catalogue)', result);
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
    expect(el.shadowRoot!.querySelectorAll('[data-card]').length).to.be.at.least(1);
    expect(el.shadowRoot!.querySelector('[data-card="what-is-iop"]')).to.not.equal(null);
  });

  it('module reader, 1,000 cases: never an uncaught error, always a rendered state, never frozen', async function () {
    this.timeout(120_000);
    const data = await fixtureData();
    const el = await fixture<IopFamilyEducation>(html`<iop-family-education locale="en" module="what-is-iop" .storage=${createMemoryStorage('unavailable')}></iop-family-education>`);
    const arb = fc.record({
      listEducationModules: behaviour(listAnswer(summaries(data.educationModules))),
      getEducationModule: behaviour(oneAnswer(data.educationModules[0])),
    });
    const result = await runFuzz({ name: 'family-education module', el, outcome: () => outcome(el), hangs: (m) => m.getEducationModule!.t === 'hang' }, arb, { seed: 7006 });
    report('family-education (module)', result);
    expect(result.cases).to.be.at.least(1000);
    expect(result.uncaught).to.deep.equal([]);
    expect(result.outcomes.error ?? 0).to.be.greaterThan(0);
    expect(result.outcomes.ready ?? 0).to.be.greaterThan(0);
  });
});
