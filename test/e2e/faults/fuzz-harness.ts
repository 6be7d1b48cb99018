/**
 * Runs one element through ≥ 1,000 fast-check cases of hostile backend behaviour (see
 * hostile.ts), reusing one element instance: each case sets a new custom `.backend` (the
 * base element reloads on a backend change) and then checks, from the DOM, that
 * - nothing escaped as an uncaught error or unhandled rejection;
 * - the element reached a rendered state (loaded, or an error state with a Try again
 *   button) within a bound — or, when the backend never answers, shows its loading state;
 * - it is not frozen: a later property change (`locale`) still renders.
 */
import fc from 'fast-check';
import type { IopElement } from '../../../src/components/base/iop-element.js';
import { customBackend, describeBehaviour, type Behaviour } from './hostile.js';
import { sleep, watchUncaught } from './helpers.js';

export type Outcome = 'loading' | 'error' | 'ready' | 'notice';

export interface FuzzTarget<E extends IopElement> {
  name: string;
  el: E;
  /** After `.backend` is set: whatever a person would do to make the element ask the backend. */
  trigger?(el: E, run: number): Promise<void> | void;
  /** The state the element shows now, read from its shadow DOM. */
  outcome(el: E): Outcome;
  /** Whether this case leaves the element waiting for ever (a method it needs never settles). */
  hangs(methods: Record<string, Behaviour>): boolean;
  /** Extra checks of a rendered state; throw to fail the case. */
  check?(el: E, outcome: Outcome): void;
}

export interface FuzzResult {
  cases: number;
  uncaught: string[];
  outcomes: Record<string, number>;
  ms: number;
}

const shadowText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

/** An error state must offer a way to try again (in either language). */
export function expectTryAgain(root: ParentNode | null | undefined, where: string): void {
  const buttons = [...(root?.querySelectorAll('button') ?? [])];
  if (!buttons.some((b) => /Try again|Intentar de nuevo/.test(b.textContent ?? ''))) throw new Error(`${where}: error state without a Try again button`);
}

export async function runFuzz<E extends IopElement>(
  target: FuzzTarget<E>,
  arb: fc.Arbitrary<Record<string, Behaviour>>,
  options: { numRuns?: number; seed: number; settleMs?: number },
): Promise<FuzzResult> {
  const { el } = target;
  const numRuns = options.numRuns ?? 1000;
  const settleMs = options.settleMs ?? 3000;
  const watch = watchUncaught();
  const outcomes: Record<string, number> = {};
  let cases = 0;
  const started = performance.now();
  try {
    await fc.assert(
      fc.asyncProperty(arb, async (methods) => {
        cases++;
        const label = Object.entries(methods)
          .map(([m, b]) => `${m}=${describeBehaviour(b)}`)
          .join(' ');
        const before = watch.seen.length;
        el.backend = customBackend(methods);
        await el.updateComplete;
        await target.trigger?.(el, cases);
        const hang = target.hangs(methods);
        const end = performance.now() + (hang ? 40 : settleMs);
        let o: Outcome;
        for (;;) {
          await el.updateComplete;
          o = target.outcome(el);
          if (o !== 'loading' || performance.now() > end) break;
          await sleep(1);
        }
        if (hang) {
          if (o !== 'loading') throw new Error(`${label}: a backend that never answers should leave the loading state shown, got ${o}`);
        } else if (o === 'loading') throw new Error(`${label}: still loading after ${settleMs} ms`);
        target.check?.(el, o);
        if (o === 'error') expectTryAgain(el.shadowRoot, label);
        outcomes[hang ? 'loading (never answers)' : o] = (outcomes[hang ? 'loading (never answers)' : o] ?? 0) + 1;
        // Not frozen: a later property change still renders (the host's lang follows the locale).
        const next = el.locale === 'es' ? 'en' : 'es';
        el.locale = next;
        await el.updateComplete;
        if (el.getAttribute('lang') !== next) throw new Error(`${label}: locale change did not render`);
        if (!shadowText(el).trim()) throw new Error(`${label}: rendered nothing`);
        await sleep(0);
        if (watch.seen.length > before) throw new Error(`${label}: uncaught: ${watch.seen.slice(before).join(' | ').slice(0, 500)}`);
      }),
      { numRuns, seed: options.seed, endOnFailure: true },
    );
  } catch (e) {
    // fast-check's report prints the counterexample, which may hold 100 KB strings: keep it readable.
    const cause = e instanceof Error && e.cause instanceof Error ? `\nCause: ${e.cause.message}` : '';
    throw new Error((String(e instanceof Error ? e.message : e).slice(0, 3000) + cause).slice(0, 4000));
  } finally {
    watch.stop();
  }
  return { cases, uncaught: watch.seen, outcomes, ms: Math.round(performance.now() - started) };
}

export function report(name: string, r: FuzzResult): string {
  const line = `fuzz: ${name} ${r.cases} cases, ${r.uncaught.length} uncaught (${Object.entries(r.outcomes)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')}; ${r.ms} ms)`;
  console.log(line);
  return line;
}

/** The sample data of test/fixtures/iop-data.json (served by the test runner). */
export async function fixtureData(): Promise<{ programs: unknown[]; payers: unknown[]; educationModules: unknown[]; intakeForms: unknown[] }> {
  return (await (await fetch('/test/fixtures/iop-data.json')).json()) as never;
}
