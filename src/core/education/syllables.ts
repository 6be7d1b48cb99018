/**
 * Syllable counting and word/sentence splitting for the readability formulas. These are
 * the usual heuristics of readability tools: good on average over a text, sometimes off
 * by one on a single word ("recipe" counts 2, not 3). Numbers count one syllable per
 * digit ("988" → 3), close to how they are read aloud.
 */

/** Words: letters and digits, joined by apostrophes or hyphens ("don't", "co-occurring"). */
const WORD = /[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Sentences: split after `.`, `!`, `?` or `…` followed by a space or the end, and at line
 * breaks (list items and headings are separate units). Empty pieces are dropped.
 */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

function digitSyllables(word: string): number {
  return (word.match(/\p{N}/gu) ?? []).length;
}

/**
 * English syllables of one word:
 * 1. lower case, letters only; words of 1–3 letters have one syllable ("the", "cat");
 * 2. count groups of adjacent vowels (a e i o u y); a leading "y" is a consonant ("yes");
 * 3. silent final e: "-e" after a consonant is not a syllable ("make" 1), except in
 *    consonant + "le" ("table" 2, "little" 2); "-ee" is one group already ("free" 1);
 * 4. "-es" after a consonant is not a syllable ("hopes" 1), except after s, x, z, ch, sh,
 *    c, g ("boxes", "wishes", "places", "changes" 2) and in consonant + "les" ("tables" 2);
 * 5. "-ed" after a consonant is not a syllable ("jumped" 1), except after t or d
 *    ("wanted", "needed" 2) and in consonant + "led" ("handled" 2, but "called" 1);
 * 6. at least one syllable per word.
 * Hyphenated words are the sum of their parts; digits count one syllable each.
 */
export function englishSyllables(word: string): number {
  if (/[-‐]/.test(word)) return word.split(/[-‐]/).reduce((n, part) => n + englishSyllables(part), 0);
  const digits = digitSyllables(word);
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return digits;
  if (w.length <= 3) return digits + 1;
  const groups = (w.replace(/^y/, '').match(/[aeiouy]+/g) ?? []).length;
  let n = groups;
  const consonantBefore = (i: number) => i >= 0 && !/[aeiouy]/.test(w[i]!);
  const consonantLe = (lIndex: number) => w[lIndex] === 'l' && consonantBefore(lIndex - 1) && w[lIndex - 1] !== 'l';
  const len = w.length;
  if (w.endsWith('e') && consonantBefore(len - 2) && !consonantLe(len - 2)) n--;
  else if (w.endsWith('es') && consonantBefore(len - 3) && !/(?:s|x|z|ch|sh|c|g)es$/.test(w) && !consonantLe(len - 3)) n--;
  else if (w.endsWith('ed') && consonantBefore(len - 3) && !/[td]ed$/.test(w) && !consonantLe(len - 3)) n--;
  return digits + Math.max(1, n);
}

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const WEAK = new Set(['i', 'u', 'ü']);

/**
 * Spanish syllables of one word, by vowel groups with the diphthong rules of the Real
 * Academia (Ortografía 2010, §1.1.1.1.2):
 * - strong (open) vowels a, e, o — and an accented í or ú, which breaks a diphthong
 *   ("día" 2, "río" 2) — are each their own nucleus: strong + strong is a hiatus
 *   ("leer" 2, "poeta" 3);
 * - weak (closed) vowels i, u, ü join a neighbouring strong vowel (diphthong "cuando" 2,
 *   triphthong "buey" 1), and two different weak vowels form one ("ciudad" 2);
 * - so a vowel group has max(1, number of strong vowels) syllables;
 * - "y" is a vowel at the end of a word or before a consonant ("hay", "muy", "y"), a
 *   consonant before a vowel ("ayuda", "yo");
 * - "h" is treated as a consonant (it can sit inside a diphthong, as in "prohibir", where
 *   this count is one too high — rare in plain-language text).
 */
export function spanishSyllables(word: string): number {
  const digits = digitSyllables(word);
  const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  if (!w) return digits;
  let n = 0;
  let strong = 0;
  let inGroup = false;
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    const next = w[i + 1];
    const yVowel = c === 'y' && (next === undefined || !(STRONG.has(next) || WEAK.has(next)));
    const isVowel = STRONG.has(c) || WEAK.has(c) || yVowel;
    if (isVowel) {
      inGroup = true;
      if (STRONG.has(c)) strong++;
    } else if (inGroup) {
      n += Math.max(1, strong);
      strong = 0;
      inGroup = false;
    }
  }
  if (inGroup) n += Math.max(1, strong);
  return digits + Math.max(1, n);
}
