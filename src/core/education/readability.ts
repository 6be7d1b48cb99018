/**
 * Readability of education text. Health education aims at US grade 6–8 (AMA and NIH
 * plain-language guidance); centers can hold their modules to that with the authoring
 * check.
 *
 * English — Flesch–Kincaid grade level (Kincaid, Fishburne, Rogers & Chissom, 1975,
 * "Derivation of New Readability Formulas … for Navy Enlisted Personnel", Research
 * Branch Report 8-75, Naval Technical Training Command):
 *
 *   grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 *
 * Spanish — Fernández-Huerta (1959, "Medidas sencillas de lecturabilidad", Consigna 214),
 * the Spanish adaptation of Flesch's reading ease, in its usual corrected form:
 *
 *   L = 206.84 − 0.60 × P − 1.02 × F
 *   P = syllables per 100 words, F = words per sentence
 *
 * L runs like Flesch's scale (higher = easier); Fernández-Huerta's table maps it to school
 * years, given here as the nearest US grades:
 *   ≥ 90 very easy (grade 4) · 80–90 easy (5) · 70–80 fairly easy (6) · 60–70 standard (7–8)
 *   · 50–60 fairly difficult (9–12, secondary) · 30–50 difficult (13–16, university)
 *   · < 30 very difficult (graduate).
 */
import { englishSyllables, sentences, spanishSyllables, words } from './syllables.js';

export type ReadabilityLocale = 'en' | 'es';

export interface TextCounts {
  words: number;
  sentences: number;
  syllables: number;
}

export type SpanishBand = 'very-easy' | 'easy' | 'fairly-easy' | 'standard' | 'fairly-difficult' | 'difficult' | 'very-difficult';

export interface Readability extends TextCounts {
  locale: ReadabilityLocale;
  /**
   * US school grade: Flesch–Kincaid for English; for Spanish the upper grade of the
   * Fernández-Huerta band (so one threshold, e.g. "at most grade 8", works for both).
   * `undefined` for text without words.
   */
  grade?: number;
  /** Fernández-Huerta index (Spanish only). */
  fernandezHuerta?: number;
  /** Fernández-Huerta band (Spanish only). */
  band?: SpanishBand;
}

/** Counts of words, sentences and syllables. `segments` are separate units (block texts, list items). */
export function countText(segments: string | readonly string[], locale: ReadabilityLocale): TextCounts {
  const list = typeof segments === 'string' ? [segments] : segments;
  const syllablesOf = locale === 'es' ? spanishSyllables : englishSyllables;
  let w = 0;
  let s = 0;
  let sy = 0;
  for (const segment of list) {
    for (const sentence of sentences(segment)) {
      const ws = words(sentence);
      s++;
      w += ws.length;
      for (const word of ws) sy += syllablesOf(word);
    }
  }
  return { words: w, sentences: s, syllables: sy };
}

/** Flesch–Kincaid grade level from counts (see the formula above). */
export function fleschKincaidGrade(c: TextCounts): number {
  return 0.39 * (c.words / c.sentences) + 11.8 * (c.syllables / c.words) - 15.59;
}

/** Fernández-Huerta index from counts (see the formula above). */
export function fernandezHuerta(c: TextCounts): number {
  return 206.84 - 0.6 * ((100 * c.syllables) / c.words) - 1.02 * (c.words / c.sentences);
}

/** Fernández-Huerta's bands with the upper US grade of each. */
export const SPANISH_BANDS: readonly { min: number; band: SpanishBand; grade: number }[] = [
  { min: 90, band: 'very-easy', grade: 4 },
  { min: 80, band: 'easy', grade: 5 },
  { min: 70, band: 'fairly-easy', grade: 6 },
  { min: 60, band: 'standard', grade: 8 },
  { min: 50, band: 'fairly-difficult', grade: 12 },
  { min: 30, band: 'difficult', grade: 16 },
  { min: -Infinity, band: 'very-difficult', grade: 18 },
];

export function spanishBand(index: number): { band: SpanishBand; grade: number } {
  const found = SPANISH_BANDS.find((b) => index >= b.min)!;
  return { band: found.band, grade: found.grade };
}

/** Readability of `text` (or of several units of text) in `locale`. */
export function readability(segments: string | readonly string[], locale: ReadabilityLocale): Readability {
  const counts = countText(segments, locale);
  if (counts.words === 0) return { locale, ...counts };
  if (locale === 'es') {
    const index = fernandezHuerta(counts);
    const { band, grade } = spanishBand(index);
    return { locale, ...counts, fernandezHuerta: index, band, grade };
  }
  return { locale, ...counts, grade: fleschKincaidGrade(counts) };
}

/**
 * Reading speed in words per minute. English: 200 — below the 238 wpm average for adult
 * silent reading of non-fiction (Brysbaert 2019, "How many words do we read per minute?",
 * J. Memory and Language 109), because readers here are often stressed and read health
 * text carefully; 200 is also the figure most reading-time estimators use. Spanish: 190 —
 * the same 200 scaled by the IReST standardized-text rates (Trauzettel-Klosinski et al.
 * 2012, IOVS 53(9): English 228, Spanish 218 wpm), since Spanish needs more words for the
 * same content.
 */
export const WORDS_PER_MINUTE: Record<ReadabilityLocale, number> = { en: 200, es: 190 };

/** Minutes to read `text` silently (fractional; 0 for no words). */
export function readingMinutes(text: string | readonly string[], locale: ReadabilityLocale): number {
  const list = typeof text === 'string' ? [text] : text;
  const count = list.reduce((n, s) => n + words(s).length, 0);
  return count / WORDS_PER_MINUTE[locale];
}
