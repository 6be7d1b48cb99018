/**
 * Two copies of the kit on one page (e.g. a plugin's bundle and the site's own build), made
 * without a build: the second copy is the source imported again under different module URLs
 * (`?copy=2`), so its registration helper and element classes are separate module instances
 * with their own constructors — what a second bundle brings. (Modules the copied files import
 * without the query — Lit, @lit/context, the base element — stay shared; the context key is a
 * versioned string, `iop-kit/settings@1`, so two real bundles match it the same way.)
 * The first copy defines the elements; the second must not throw, warns at most once per
 * tag, and its provider configures elements whose classes come from the first copy.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

const TAGS = ['iop-provider', 'iop-program-finder', 'iop-schedule-viewer', 'iop-insurance-check', 'iop-intake-questionnaire', 'iop-family-education'];

describe('two copies of the kit on one page', () => {
  const warnings: string[] = [];
  let first: Record<string, unknown>;
  let second: Record<string, unknown>;
  let secondError: unknown;

  before(async () => {
    const original = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      original.apply(console, args);
    };
    try {
      first = await import('../../../src/index.js');
      await import('../../../src/define/family-education.js');
      try {
        const load = (path: string) => import(/* @vite-ignore */ `/src/${path}?copy=2`) as Promise<Record<string, unknown>>;
        await load('index.ts');
        const { defineElement } = (await load('components/base/define.ts')) as { defineElement: (n: string, c: CustomElementConstructor) => void };
        const classes: [string, string, string][] = [
          ['iop-provider', 'components/provider/provider.ts', 'IopProvider'],
          ['iop-program-finder', 'components/program-finder/program-finder.ts', 'ProgramFinder'],
          ['iop-schedule-viewer', 'components/schedule-viewer/schedule-viewer.ts', 'IopScheduleViewer'],
          ['iop-insurance-check', 'components/insurance-check/insurance-check.ts', 'IopInsuranceCheck'],
          ['iop-intake-questionnaire', 'components/intake-questionnaire/intake-questionnaire.ts', 'IopIntakeQuestionnaire'],
          ['iop-family-education', 'components/family-education/family-education.ts', 'IopFamilyEducation'],
        ];
        second = {};
        for (const [tag, path, name] of classes) {
          const ctor = (await load(path))[name] as CustomElementConstructor;
          second[name] = ctor;
          defineElement(tag, ctor);
          defineElement(tag, ctor); // a second entry of the same copy: no second warning
        }
      } catch (e) {
        secondError = e;
      }
    } finally {
      console.warn = original;
    }
  });

  it('the second copy loads without throwing and really is a second module instance', () => {
    expect(secondError).to.equal(undefined);
    expect(second['IopProvider']).to.be.a('function');
    expect(second['IopProvider']).to.not.equal(first['IopProvider']);
  });

  it('the first definition is kept for every tag', () => {
    expect(customElements.get('iop-provider')).to.equal(first['IopProvider']);
    expect(customElements.get('iop-program-finder')).to.equal(first['ProgramFinder']);
    expect(customElements.get('iop-program-finder')).to.not.equal(second['ProgramFinder']);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('at most one console.warn per tag, naming only the tag', () => {
    // Exactly one per tag here: the second copy's helper saw a different constructor for each.
    for (const tag of TAGS) expect(warnings.filter((w) => w.includes(`<${tag}>`)).length, tag).to.equal(1);
    expect(warnings.filter((w) => !TAGS.some((t) => w.includes(`<${t}>`)))).to.deep.equal([]);
    console.log(`two copies: ${warnings.length} warnings for ${TAGS.length} tags`);
  });

  it('elements of the first copy work inside a provider of the second copy', async function () {
    this.timeout(15000);
    const SecondProvider = second['IopProvider'] as CustomElementConstructor;
    // The second copy's provider class cannot own the tag; give it one of its own, as a site might.
    customElements.define('second-copy-provider', SecondProvider);
    const host = await fixture(html`<second-copy-provider api-base="/api" locale="es" center-phone="(555) 201-0100">
      <iop-schedule-viewer program-id="riverbend-adult-iop"></iop-schedule-viewer>
    </second-copy-provider>`);
    const viewer = host.querySelector('iop-schedule-viewer')! as HTMLElement & { updateComplete: Promise<unknown> };
    await waitUntil(() => viewer.shadowRoot!.querySelector('table, .list'), 'the schedule loaded through the second copy\'s provider', { timeout: 8000 });
    await viewer.updateComplete;
    // Spanish from the provider, data from its api-base.
    expect(viewer.shadowRoot!.textContent).to.match(/lunes|Lunes|semana/);
  });
});
