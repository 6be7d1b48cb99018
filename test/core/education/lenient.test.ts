import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isValidBlock, parseModuleLenient } from '../../../src/core/education/index.js';
import { goodModule } from '../../fixtures/education/modules.js';

describe('parseModuleLenient', () => {
  it('returns a valid module unchanged with no invalid blocks', () => {
    const r = parseModuleLenient(structuredClone(goodModule));
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.invalidBlocks).to.deep.equal([]);
    expect(r.module).to.deep.equal(goodModule);
  });

  it('keeps an invalid block in place as an "invalid" placeholder and the rest of the module', () => {
    const data = structuredClone(goodModule) as unknown as { blocks: unknown[] };
    data.blocks[2] = { type: 'image', src: '/x.png', alt: '' };
    data.blocks[3] = { type: 'check', id: 'q1', question: 'Q?', multiple: false, options: [{ id: 'a', text: 'A', correct: false, feedback: 'f' }] };
    const r = parseModuleLenient(data);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.module.blocks.map((b) => b.type)).to.deep.equal(['heading', 'paragraph', 'invalid', 'invalid', 'callout']);
    expect(r.invalidBlocks.map((b) => b.index)).to.deep.equal([2, 3]);
    expect(r.invalidBlocks[0]!.issues).to.deep.equal([{ path: 'alt', message: 'alt text must not be empty' }]);
    expect(r.invalidBlocks[1]!.id).to.equal('q1');
    expect(r.invalidBlocks[1]!.issues.map((i) => i.path)).to.include('options');
    expect(r.module.blocks.filter(isValidBlock)).to.have.length(3);
  });

  it('treats unknown block types and non-objects as invalid blocks', () => {
    const data = { ...structuredClone(goodModule), blocks: [{ type: 'marquee', text: 'hi' }, 'text', null, { type: 'paragraph', text: 'ok' }] };
    const r = parseModuleLenient(data);
    expect(r.ok && r.module.blocks.map((b) => b.type)).to.deep.equal(['invalid', 'invalid', 'invalid', 'paragraph']);
  });

  it('rejects the module when its own fields are invalid', () => {
    const r = parseModuleLenient({ ...structuredClone(goodModule), title: '', estimatedMinutes: 0 });
    expect(r.ok).to.equal(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path).sort()).to.deep.equal(['estimatedMinutes', 'title']);
    expect(parseModuleLenient({ ...structuredClone(goodModule), blocks: [] })).to.deep.equal({ ok: false, issues: [{ path: 'blocks', message: 'a module needs at least one block' }] });
    expect(parseModuleLenient({ ...structuredClone(goodModule), blocks: 'x' })).to.deep.equal({ ok: false, issues: [{ path: 'blocks', message: 'must be a list of blocks' }] });
    expect(parseModuleLenient(null).ok).to.equal(false);
    expect(parseModuleLenient([]).ok).to.equal(false);
  });

  it('never throws and keeps one entry per block, whatever the blocks are', () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { minLength: 1, maxLength: 20 }), (blocks) => {
        const r = parseModuleLenient({ ...goodModule, blocks });
        expect(r.ok).to.equal(true);
        if (r.ok) expect(r.module.blocks).to.have.length(blocks.length);
      }),
    );
  });
});
