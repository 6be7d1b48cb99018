import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkResult, decodeAnswer, encodeAnswer, moduleProgress, progressEvent, type CheckBlock } from '../../../src/core/education/index.js';
import { goodModule } from '../../fixtures/education/modules.js';

const single = goodModule.blocks[3] as CheckBlock;
const multiple: CheckBlock = {
  type: 'check',
  id: 'signs',
  question: 'Which are warning signs?',
  multiple: true,
  options: [
    { id: 'skip', text: 'Skipping sessions', correct: true, feedback: 'Yes.' },
    { id: 'old-friends', text: 'Seeing old using friends', correct: true, feedback: 'Yes.' },
    { id: 'sleep', text: 'Sleeping well', correct: false, feedback: 'Good sleep helps recovery.' },
  ],
};

describe('moduleProgress', () => {
  it('reports not started, in progress with percent, and completed', () => {
    expect(moduleProgress(goodModule, undefined)).to.deep.equal({ status: 'not-started', percent: 0 });
    expect(moduleProgress(goodModule, { position: 0, completed: false })).to.deep.equal({ status: 'in-progress', percent: 20 });
    expect(moduleProgress(goodModule, { position: 2, completed: false })).to.deep.equal({ status: 'in-progress', percent: 60 });
    expect(moduleProgress(goodModule, { position: 4, completed: false })).to.deep.equal({ status: 'in-progress', percent: 99 });
    expect(moduleProgress(goodModule, { position: 40, completed: false })).to.deep.equal({ status: 'in-progress', percent: 99 });
    expect(moduleProgress(goodModule, { position: 1, completed: true })).to.deep.equal({ status: 'completed', percent: 100 });
  });

  it('keeps percent within 0–99 while in progress', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: -5, max: 500 }), (n, position) => {
        const { status, percent } = moduleProgress({ blocks: Array(n).fill(0) }, { position, completed: false });
        expect(status).to.equal('in-progress');
        expect(percent).to.be.within(0, 99);
        expect(Number.isInteger(percent)).to.equal(true);
      }),
    );
  });
});

describe('checkResult', () => {
  it('scores a single-choice answer with the chosen option’s feedback', () => {
    expect(checkResult(single, ['listen'])).to.deep.equal({ correct: true, score: 1, feedback: [{ optionId: 'listen', correct: true, feedback: 'Yes. **Listening** helps.' }] });
    expect(checkResult(single, ['yell'])).to.deep.equal({
      correct: false,
      score: 0,
      feedback: [{ optionId: 'yell', correct: false, feedback: 'Not quite. Yelling makes talking harder.' }],
    });
    expect(checkResult(single, [])).to.deep.equal({ correct: false, score: 0, feedback: [] });
    expect(checkResult(single, ['nope'])).to.deep.equal({ correct: false, score: 0, feedback: [] });
  });

  it('gives partial credit on multiple choice and none for choosing everything', () => {
    expect(checkResult(multiple, ['skip', 'old-friends'])).to.include({ correct: true, score: 1 });
    expect(checkResult(multiple, ['skip'])).to.include({ correct: false, score: 0.5 });
    expect(checkResult(multiple, ['skip', 'sleep'])).to.include({ correct: false, score: 0 });
    expect(checkResult(multiple, ['skip', 'old-friends', 'sleep'])).to.include({ correct: false, score: 0.5 });
    expect(checkResult(multiple, ['sleep', 'skip']).feedback.map((f) => f.optionId)).to.deep.equal(['skip', 'sleep']);
  });

  it('always scores within 0–1 and is correct only with a perfect score', () => {
    fc.assert(
      fc.property(fc.subarray(['skip', 'old-friends', 'sleep', 'x']), (chosen) => {
        const r = checkResult(multiple, chosen);
        expect(r.score).to.be.within(0, 1);
        if (r.correct) expect(r.score).to.equal(1);
      }),
    );
  });

  it('round-trips several chosen options through the progress store’s string', () => {
    expect(decodeAnswer(encodeAnswer(['skip', 'old-friends', 'skip']))).to.deep.equal(['skip', 'old-friends']);
    expect(decodeAnswer(undefined)).to.deep.equal([]);
  });
});

describe('progressEvent', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  it('builds an xAPI-like detail with no actor', () => {
    expect(progressEvent('experienced', 'mod-en', 'start', undefined, now)).to.deep.equal({
      verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: 'experienced' },
      object: { moduleId: 'mod-en', blockId: 'start' },
      timestamp: '2026-03-01T12:00:00.000Z',
    });
    const answered = progressEvent('answered', 'mod-en', 'q1', checkResult(multiple, ['skip']), now);
    expect(answered.result).to.deep.equal({ score: { scaled: 0.5 }, success: false });
    const completed = progressEvent('completed', 'mod-en', undefined, undefined, now);
    expect(completed.object).to.deep.equal({ moduleId: 'mod-en' });
    expect(completed.result).to.deep.equal({ completion: true });
    expect(Object.keys(answered)).to.not.include('actor');
  });
});
