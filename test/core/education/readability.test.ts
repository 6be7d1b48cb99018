import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  countText,
  englishSyllables,
  fleschKincaidGrade,
  readability,
  readingMinutes,
  sentences,
  spanishBand,
  spanishSyllables,
  words,
} from '../../../src/core/education/index.js';

const close = (actual: number | undefined, expected: number) => expect(actual).to.be.closeTo(expected, 1e-9);

describe('syllable counting', () => {
  it('counts English syllables with the silent-e, -le, -es and -ed rules', () => {
    const cases: [string, number][] = [
      ['the', 1], ['cat', 1], ['happy', 2], ['make', 1], ['free', 1], ['table', 2], ['little', 2], ['smile', 1],
      ['hopes', 1], ['boxes', 2], ['wishes', 2], ['places', 2], ['changes', 2], ['tables', 2], ['families', 3],
      ['jumped', 1], ['wanted', 2], ['needed', 2], ['handled', 2], ['called', 1], ['people', 2], ['because', 2],
      ['treatment', 2], ['addiction', 3], ['recovery', 4], ['yes', 1], ['co-occurring', 4], ['988', 3], ["don't", 1],
    ];
    for (const [word, n] of cases) expect(englishSyllables(word), word).to.equal(n);
  });

  it('counts Spanish syllables by vowel groups with diphthongs, hiatus and accented weak vowels', () => {
    const cases: [string, number][] = [
      ['pan', 1], ['niño', 2], ['come', 2], ['día', 2], ['río', 2], ['leer', 2], ['poeta', 3], ['ciudad', 2], ['cuando', 2],
      ['buey', 1], ['hay', 1], ['muy', 1], ['y', 1], ['ayuda', 3], ['adicción', 3], ['pingüino', 3], ['familia', 3], ['recuperación', 5],
    ];
    for (const [word, n] of cases) expect(spanishSyllables(word), word).to.equal(n);
  });

  it('splits words and sentences', () => {
    expect(words("Call 988. Don't wait — co-occurring care helps!")).to.deep.equal(['Call', '988', "Don't", 'wait', 'co-occurring', 'care', 'helps']);
    expect(sentences('One. Two? Three!\nA list item\n¿Cuatro? Version 3.5 is out.')).to.deep.equal(['One.', 'Two?', 'Three!', 'A list item', '¿Cuatro?', 'Version 3.5 is out.']);
  });
});

describe('readability', () => {
  it('computes Flesch–Kincaid for a worked example of short words', () => {
    // "The cat sat on the mat." → 6 words, 6 syllables; "It was happy." → 3 words, 1 + 1 + 2 = 4 syllables.
    // words 9, sentences 2, syllables 10: 0.39 × 9/2 + 11.8 × 10/9 − 15.59 = 1.755 + 13.1111… − 15.59 = −0.72388…
    const r = readability('The cat sat on the mat. It was happy.', 'en');
    expect([r.words, r.sentences, r.syllables]).to.deep.equal([9, 2, 10]);
    close(r.grade, 0.39 * 4.5 + (11.8 * 10) / 9 - 15.59);
    expect(r.grade!).to.be.closeTo(-0.7239, 1e-4);
  });

  it('computes Flesch–Kincaid for a worked example of long words', () => {
    // Treatment (2) helps (1) families (3) understand (3) addiction (3): 5 words, 1 sentence, 12 syllables.
    // 0.39 × 5 + 11.8 × 12/5 − 15.59 = 1.95 + 28.32 − 15.59 = 14.68
    const r = readability('Treatment helps families understand addiction.', 'en');
    expect([r.words, r.sentences, r.syllables]).to.deep.equal([5, 1, 12]);
    close(r.grade, 14.68);
  });

  it('computes Fernández-Huerta and its band for a worked Spanish example', () => {
    // "El niño come pan." → El 1, ni-ño 2, co-me 2, pan 1 = 6 syllables, 4 words.
    // "La familia ayuda." → La 1, fa-mi-lia 3, a-yu-da 3 = 7 syllables, 3 words.
    // 7 words, 2 sentences, 13 syllables: P = 1300/7 = 185.714…, F = 3.5
    // L = 206.84 − 0.60 × 185.714… − 1.02 × 3.5 = 206.84 − 111.4286 − 3.57 = 91.8414 → very easy (grade 4)
    const r = readability('El niño come pan. La familia ayuda.', 'es');
    expect([r.words, r.sentences, r.syllables]).to.deep.equal([7, 2, 13]);
    close(r.fernandezHuerta, 206.84 - 0.6 * (1300 / 7) - 1.02 * 3.5);
    expect(r.fernandezHuerta!).to.be.closeTo(91.8414, 1e-4);
    expect(r.band).to.equal('very-easy');
    expect(r.grade).to.equal(4);
  });

  it('maps Fernández-Huerta scores to bands at the table boundaries', () => {
    expect(spanishBand(90)).to.deep.equal({ band: 'very-easy', grade: 4 });
    expect(spanishBand(89.9)).to.deep.equal({ band: 'easy', grade: 5 });
    expect(spanishBand(70)).to.deep.equal({ band: 'fairly-easy', grade: 6 });
    expect(spanishBand(65)).to.deep.equal({ band: 'standard', grade: 8 });
    expect(spanishBand(55)).to.deep.equal({ band: 'fairly-difficult', grade: 12 });
    expect(spanishBand(30)).to.deep.equal({ band: 'difficult', grade: 16 });
    expect(spanishBand(-5)).to.deep.equal({ band: 'very-difficult', grade: 18 });
  });

  it('treats each segment as its own unit and reports no grade for text without words', () => {
    expect(countText(['First item', 'Second item'], 'en').sentences).to.equal(2);
    expect(readability(['', '—'], 'en').grade).to.equal(undefined);
  });

  it('estimates reading minutes at 200 words per minute in English and 190 in Spanish', () => {
    expect(readingMinutes(Array(400).fill('word').join(' '), 'en')).to.equal(2);
    expect(readingMinutes(Array(380).fill('palabra').join(' '), 'es')).to.equal(2);
    expect(readingMinutes('', 'en')).to.equal(0);
  });
});

describe('readability properties', () => {
  const short = fc.constantFrom('cat', 'dog', 'run', 'help', 'call', 'home', 'talk');
  const sentence = fc.array(short, { minLength: 1, maxLength: 12 }).map((ws) => `${ws.join(' ')}.`);
  it('never lowers the English grade when a word gets more syllables', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), fc.nat(), fc.constantFrom('understanding', 'recovery', 'community', 'together'), (ss, k, long) => {
        const text = ss.join(' ');
        const ws = text.split(' ');
        const i = k % ws.length;
        const ending = ws[i]!.endsWith('.') ? '.' : '';
        ws[i] = long + ending;
        const before = readability(text, 'en').grade!;
        const after = readability(ws.join(' '), 'en').grade!;
        expect(after).to.be.greaterThan(before);
      }),
    );
  });

  it('never lowers the grade for more syllables per word or more words per sentence (from counts)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 100 }), (w, s, perWord, extra) => {
        const base = { words: w, sentences: s, syllables: w * perWord };
        expect(fleschKincaidGrade({ ...base, syllables: base.syllables + extra })).to.be.greaterThan(fleschKincaidGrade(base));
        expect(fleschKincaidGrade({ ...base, words: w + extra, syllables: (w + extra) * perWord })).to.be.greaterThan(fleschKincaidGrade(base));
      }),
    );
  });

  it('never makes Spanish easier when a word gets more syllables', () => {
    const corto = fc.constantFrom('pan', 'sol', 'mar', 'voz', 'paz');
    fc.assert(
      fc.property(fc.array(corto, { minLength: 2, maxLength: 20 }), fc.nat(), (ws: string[], k) => {
        const before = readability(`${ws.join(' ')}.`, 'es');
        ws[k % ws.length] = 'recuperación';
        const after = readability(`${ws.join(' ')}.`, 'es');
        expect(after.fernandezHuerta!).to.be.lessThan(before.fernandezHuerta!);
        expect(after.grade!).to.be.at.least(before.grade!);
      }),
    );
  });
});
