/** Pieces of the size/bench/build tooling that run in any JavaScript environment. */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { cdnProblems } from '../../bench/harness/cdn-check.js';
import { percentile, summarize } from '../../bench/harness/stats.js';
import { formatTable } from '../../bench/harness/table.js';

describe('bench statistics', () => {
  it('median, p75 and min of known samples', () => {
    const s = summarize([5, 1, 4, 2, 3]);
    expect(s).to.deep.equal({ median: 3, p75: 4, min: 1, max: 5, runs: 5 });
    expect(summarize([1, 2, 3, 4]).median).to.equal(2.5);
  });

  it('percentiles lie between min and max and grow with p', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 50 }), (xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const p50 = percentile(sorted, 50);
        const p75 = percentile(sorted, 75);
        return sorted[0] <= p50 && p50 <= p75 && p75 <= sorted[sorted.length - 1];
      }),
    );
  });
});

describe('table output', () => {
  it('pads columns, right-aligns numbers and is valid Markdown', () => {
    const t = formatTable(['entry', 'gzip KB'], [['iop-kit', '27.4'], ['provider', '5.1']], ['l', 'r']).split('\n');
    expect(t).to.deep.equal(['| entry    | gzip KB |', '|----------|--------:|', '| iop-kit  |    27.4 |', '| provider |     5.1 |']);
  });
});

describe('CDN bundle checks', () => {
  it('finds bare import specifiers in every import form', () => {
    expect(cdnProblems('import{html as a}from"lit";')).to.deep.equal(['bare import specifier "lit"']);
    expect(cdnProblems('import*as z from"zod/mini";')).to.deep.equal(['bare import specifier "zod/mini"']);
    expect(cdnProblems("import x from 'idb'")).to.deep.equal(['bare import specifier "idb"']);
    expect(cdnProblems('export{a}from"@lit/context"')).to.deep.equal(['bare import specifier "@lit/context"']);
    expect(cdnProblems('import"lit/decorators.js"')).to.deep.equal(['bare import specifier "lit/decorators.js"']);
    expect(cdnProblems('await import("lit")')).to.deep.equal(['bare import specifier "lit"']);
  });

  it('accepts relative and URL imports and prose that mentions "from"', () => {
    expect(cdnProblems('import{a}from"./chunk.js";import("/x.js");import"https://example.org/a.js"')).to.deep.equal([]);
    expect(cdnProblems('const m=`Choose from "Morning" or "Evening"`;')).to.deep.equal([]);
  });

  it('finds eval and new Function, not look-alikes', () => {
    expect(cdnProblems('new Function("return 1")')).to.deep.equal(['contains `new Function(`']);
    expect(cdnProblems('eval("1")')).to.deep.equal(['contains `eval(`']);
    expect(cdnProblems('globalThis.eval("1")')).to.deep.equal(['contains `eval(`']);
    expect(cdnProblems('retrieval(1);evaluate(x);')).to.deep.equal([]);
  });
});
