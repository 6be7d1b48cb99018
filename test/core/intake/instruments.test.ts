/** Published scoring of every screener, at both sides of every band boundary. */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { auditC, crafft, dast10, gad7, phq9, INSTRUMENT_DEFINITIONS } from '../../../src/core/intake/instruments/index.js';
import { FormSession, IntakeSession } from '../../../src/core/intake/engine.js';
import { checkForm, instrumentItemTypes } from '../../../src/core/intake/check.js';
import { instrumentsNeeded, loadInstruments } from '../../../src/core/intake/instruments/load.js';
import type { IntakeForm } from '../../../src/core/schemas/index.js';

/** Scale answers (option value strings) spreading `total` over `n` items of 0…max, first items first. */
function scaleAnswers(prefix: string, n: number, max: number, total: number): Record<string, string> {
  const out: Record<string, string> = {};
  let left = total;
  for (let i = 1; i <= n; i++) {
    const v = Math.min(max, left);
    out[`${prefix}-${i}`] = String(v);
    left -= v;
  }
  if (left !== 0) throw new Error('total too large');
  return out;
}

describe('PHQ-9 (Kroenke 2001)', () => {
  const bandAt = (total: number) => phq9.score(scaleAnswers('phq9', 9, 3, total))!;
  it('bands at both sides of 5, 10, 15, 20; totals 0 and 27', () => {
    const cases: [number, string, boolean][] = [
      [0, 'minimal', false], [4, 'minimal', false], [5, 'mild', false], [9, 'mild', false], [10, 'moderate', true], [14, 'moderate', true],
      [15, 'moderately-severe', true], [19, 'moderately-severe', true], [20, 'severe', true], [27, 'severe', true],
    ];
    for (const [total, band, positive] of cases) expect(bandAt(total), `total ${total}`).to.deep.equal({ instrument: 'phq9', total, band, positive });
  });

  it('has nine items phq9-1…phq9-9 with options 0–3, and the published stem', () => {
    const ids = phq9.items.filter((i) => i.type !== 'display').map((i) => i.id);
    expect(ids).to.deep.equal(['phq9-1', 'phq9-2', 'phq9-3', 'phq9-4', 'phq9-5', 'phq9-6', 'phq9-7', 'phq9-8', 'phq9-9']);
    expect(JSON.stringify(phq9.items[0]!.text)).to.contain('Over the last 2 weeks, how often have you been bothered by');
  });

  it('no score while any item is unanswered', () => {
    const a = scaleAnswers('phq9', 9, 3, 12);
    delete (a as Record<string, string>)['phq9-4'];
    expect(phq9.score(a)).to.equal(undefined);
  });

  it('item 9 above 0 raises the crisis even with a total of 1, and before the rest is answered', () => {
    const onlyNine = { ...scaleAnswers('phq9', 9, 3, 0), 'phq9-9': '1' };
    expect(phq9.score(onlyNine)).to.deep.include({ total: 1, band: 'minimal', positive: false });
    expect(phq9.crisis(onlyNine)).to.equal(true);
    expect(phq9.crisis({ 'phq9-9': '2' })).to.equal(true);
    expect(phq9.crisis({ 'phq9-9': '0' })).to.equal(false);
    expect(phq9.crisis(scaleAnswers('phq9', 9, 3, 24))).to.equal(false); // 8 items at 3, item 9 at 0
  });

  it('total is always the sum of items, within 0–27 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 9, maxLength: 9 }), (vals) => {
        const answers = Object.fromEntries(vals.map((v, i) => [`phq9-${i + 1}`, String(v)]));
        const s = phq9.score(answers)!;
        return s.total === vals.reduce((a, b) => a + b, 0) && s.total >= 0 && s.total <= 27;
      }),
    );
  });
});

describe('GAD-7 (Spitzer 2006)', () => {
  it('bands at both sides of 5, 10, 15; totals 0 and 21', () => {
    const cases: [number, string, boolean][] = [
      [0, 'minimal', false], [4, 'minimal', false], [5, 'mild', false], [9, 'mild', false], [10, 'moderate', true], [14, 'moderate', true], [15, 'severe', true], [21, 'severe', true],
    ];
    for (const [total, band, positive] of cases) expect(gad7.score(scaleAnswers('gad7', 7, 3, total)), `total ${total}`).to.deep.equal({ instrument: 'gad7', total, band, positive });
  });
});

describe('AUDIT-C (WHO AUDIT 1–3; Bradley 2007 thresholds)', () => {
  const score = (total: number, sex?: 'female' | 'male') => auditC.score(scaleAnswers('audit-c', 3, 4, total), sex ? { sex } : {})!;
  it('men: negative at 3, positive at 4', () => {
    expect(score(3, 'male')).to.deep.equal({ instrument: 'audit-c', total: 3, band: 'negative', positive: false });
    expect(score(4, 'male')).to.deep.equal({ instrument: 'audit-c', total: 4, band: 'positive', positive: true });
  });
  it('women: negative at 2, positive at 3', () => {
    expect(score(2, 'female').positive).to.equal(false);
    expect(score(3, 'female').positive).to.equal(true);
  });
  it('unknown sex uses the lower threshold (3)', () => {
    expect(score(2).positive).to.equal(false);
    expect(score(3).positive).to.equal(true);
  });
  it('totals range 0–12', () => {
    expect(score(0, 'male').total).to.equal(0);
    expect(score(12, 'male')).to.deep.include({ total: 12, positive: true });
  });
  it('reads sex from the form answer the session names (sex-at-birth by default)', () => {
    const form: IntakeForm = {
      id: 'f', version: '1', title: 'F', locales: ['en'],
      pages: [{ id: 'p', title: 'P', items: [
        { id: 'sex-at-birth', type: 'single', text: 'Sex', options: [{ value: 'female', label: 'F' }, { value: 'male', label: 'M' }] },
        { type: 'instrument', instrument: 'audit-c' },
      ] }],
    };
    const s = new IntakeSession(form);
    const a = scaleAnswers('audit-c', 3, 4, 3);
    expect(s.scores({ ...a, 'sex-at-birth': 'male' })[0]!.positive).to.equal(false);
    expect(s.scores({ ...a, 'sex-at-birth': 'female' })[0]!.positive).to.equal(true);
    expect(s.scores(a)[0]!.positive).to.equal(true);
  });
});

describe('DAST-10 (Skinner 1982)', () => {
  /** `yes` yes-answers among items other than 3, with item 3 answered "yes" (scores 0). */
  const answers = (points: number): Record<string, boolean> => {
    const out: Record<string, boolean> = { 'dast10-3': true };
    const others = [1, 2, 4, 5, 6, 7, 8, 9, 10];
    others.forEach((n, i) => (out[`dast10-${n}`] = i < points));
    if (points === 10) out['dast10-3'] = false;
    return out;
  };
  it('bands at both sides of 1, 3, 6, 9 and at 10', () => {
    const cases: [number, string, boolean][] = [
      [0, 'none', false], [1, 'low', false], [2, 'low', false], [3, 'moderate', true], [5, 'moderate', true],
      [6, 'substantial', true], [8, 'substantial', true], [9, 'severe', true], [10, 'severe', true],
    ];
    for (const [total, band, positive] of cases) expect(dast10.score(answers(total)), `total ${total}`).to.deep.equal({ instrument: 'dast10', total, band, positive });
  });
  it('item 3 is reversed: "no" (not always able to stop) scores 1, "yes" scores 0', () => {
    const allNo = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`dast10-${i + 1}`, false]));
    expect(dast10.score(allNo)).to.deep.include({ total: 1, band: 'low' });
    expect(dast10.score({ ...allNo, 'dast10-3': true })).to.deep.include({ total: 0, band: 'none' });
    const allYes = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`dast10-${i + 1}`, true]));
    expect(dast10.score(allYes)).to.deep.include({ total: 9, band: 'severe' });
  });
});

describe('CRAFFT 2.1 (Knight; Boston Children’s Hospital)', () => {
  const partA = (a1: number, a2: number, a3: number) => ({ 'crafft-a1': a1, 'crafft-a2': a2, 'crafft-a3': a3 });
  const partB = ['crafft-car', 'crafft-relax', 'crafft-alone', 'crafft-forget', 'crafft-friends', 'crafft-trouble'];
  const yesTo = (n: number) => Object.fromEntries(partB.map((id, i) => [id, i < n]));

  it('positive at 2 yes answers, negative at 1', () => {
    expect(crafft.score({ ...partA(3, 0, 0), ...yesTo(1) })).to.deep.equal({ instrument: 'crafft', total: 1, band: 'negative', positive: false });
    expect(crafft.score({ ...partA(3, 0, 0), ...yesTo(2) })).to.deep.equal({ instrument: 'crafft', total: 2, band: 'positive', positive: true });
    expect(crafft.score({ ...partA(0, 5, 1), ...yesTo(6) })).to.deep.include({ total: 6, positive: true });
  });

  it('all Part A answers 0: only CAR is asked and scored', () => {
    expect(crafft.score({ ...partA(0, 0, 0), 'crafft-car': true })).to.deep.include({ total: 1, positive: false });
    expect(crafft.score({ ...partA(0, 0, 0), 'crafft-car': false, 'crafft-relax': true, 'crafft-alone': true })).to.deep.include({ total: 0 });
    expect(crafft.score(partA(0, 0, 0))).to.equal(undefined);
  });

  it('any Part A day above 0: all six must be answered before a score is given', () => {
    expect(crafft.score({ ...partA(0, 0, 1), 'crafft-car': true })).to.equal(undefined);
  });

  it('in a session, part B shows only CAR until a Part A answer is above 0', () => {
    const form: IntakeForm = { id: 'f', version: '1', title: 'F', locales: ['en'], pages: [{ id: 'p', title: 'P', items: [{ type: 'instrument', instrument: 'crafft' }] }] };
    const s = new IntakeSession(form);
    const shown = (a: Record<string, unknown>) => s.visibleItems('p', a as never).map((i) => i.question.id).filter((id) => partB.includes(id));
    expect(shown(partA(0, 0, 0))).to.deep.equal(['crafft-car']);
    expect(shown({})).to.deep.equal(['crafft-car']);
    expect(shown(partA(0, 2, 0))).to.deep.equal(partB);
    // Answers to questions hidden again do not count.
    expect(s.scores({ ...partA(0, 0, 0), ...yesTo(6) })).to.deep.equal([{ instrument: 'crafft', total: 1, band: 'negative', positive: false }]);
    expect(JSON.stringify(crafft.attribution)).to.contain('Boston Children');
  });
});

describe('every instrument', () => {
  it('has English and Spanish text for every item and option, and cites its source', () => {
    for (const def of Object.values(INSTRUMENT_DEFINITIONS)) {
      expect(def.source.length, def.id).to.be.greaterThan(10);
      for (const item of def.items) {
        const text = item.text as { en: string; es: string };
        expect(text.en.trim(), item.id).to.not.equal('');
        expect(text.es.trim(), item.id).to.not.equal('');
        if ('options' in item) for (const o of item.options) expect((o.label as { es: string }).es, `${item.id} ${o.value}`).to.not.equal('');
        expect(item.id.startsWith(`${def.id}-`), item.id).to.equal(true);
      }
    }
  });
});

describe('instruments fetched with the form (instruments/load.ts)', () => {
  const form = (...instruments: string[]): IntakeForm =>
    ({
      id: 'f',
      version: '1',
      locales: ['en'],
      title: { en: 'F' },
      pages: [{ id: 'p', title: { en: 'P' }, items: [{ id: 'dob', type: 'date', text: { en: 'Birth date' } }, ...instruments.map((instrument) => ({ type: 'instrument', instrument }))] }],
    }) as IntakeForm;

  it('the table of reserved item ids and types matches every definition exactly', () => {
    const fromDefinitions = new Map(Object.values(INSTRUMENT_DEFINITIONS).flatMap((d) => d.items.map((q) => [q.id, q.type] as const)));
    expect([...instrumentItemTypes()].sort()).to.deep.equal([...fromDefinitions].sort());
  });

  it('a form needs the instruments it places, and CRAFFT with AUDIT-C or DAST-10 (the adolescent switch)', () => {
    expect(instrumentsNeeded(form())).to.deep.equal([]);
    expect(instrumentsNeeded(form('phq9', 'gad7'))).to.deep.equal(['phq9', 'gad7']);
    expect(instrumentsNeeded(form('dast10')).sort()).to.deep.equal(['crafft', 'dast10']);
  });

  it('loads exactly the definitions asked for, and a session on them scores and raises the crisis like the full engine', async () => {
    const f = form('phq9', 'audit-c');
    const set = await loadInstruments(instrumentsNeeded(f));
    expect(Object.keys(set).sort()).to.deep.equal(['audit-c', 'crafft', 'phq9']);
    expect(set.phq9).to.equal(phq9);
    const lean = new FormSession(f, set);
    const full = new IntakeSession(f);
    const answers = { ...scaleAnswers('phq9', 9, 3, 12), 'phq9-9': '1' };
    expect(lean.scores(answers)).to.deep.equal(full.scores(answers));
    expect(lean.crisisNow(answers)).to.equal(true);
    expect(lean.crisisSources(answers)).to.deep.equal(['phq9-9']);
    expect(lean.pages[0]!.items.map((i) => i.question.id)).to.deep.equal(full.pages[0]!.items.map((i) => i.question.id));
  });

  it('a session refuses a form whose instruments were not loaded (never runs a screener without its scoring)', () => {
    expect(() => new FormSession(form('phq9'), {})).to.throw(/phq9/);
  });

  it('checkForm still knows every instrument item id without loading any', () => {
    const f = form();
    (f.pages[0]!.items as unknown[]).push({ id: 'gad7-3', type: 'text', text: { en: 'x' } });
    expect(checkForm(f).map((p) => p.message)).to.deep.equal(['"gad7-3" is an instrument item id; choose another']);
  });
});

