/**
 * Payer typeahead matching, shared by the static adapter and the reference backend
 * (one implementation). Case- and accent-insensitive, tokenised; people type names
 * ("Aetna"), abbreviations ("UHC", "bcbs") and plan names ("Open Access Plus",
 * "Medi-Cal"). Ranking: the name starts with the query > an alias starts with it >
 * a whole alias or name inside the query > token matches.
 */
import type { Payer } from './schemas/index.js';

export const DEFAULT_PAYER_LIMIT = 20;

/** Words that carry no meaning in a payer query (English and Spanish). */
const STOP_WORDS = new Set(['of', 'the', 'and', 'de', 'del', 'la', 'las', 'los', 'el', 'y', 'inc', 'co']);

/** Lower case, accents removed, every run of non-letters/digits turned into one space. */
export function normalizeForMatch(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Term {
  /** Normalised words. */
  text: string;
  /** Without spaces: "medi cal" → "medical", so "medical" and "medi-cal" meet. */
  compact: string;
  tokens: string[];
  /** First letters of the meaningful words: "blue cross blue shield of texas" → "bcbst". */
  acronym: string;
  isName: boolean;
}

function term(raw: string, isName: boolean): Term {
  const text = normalizeForMatch(raw);
  const tokens = text ? text.split(' ') : [];
  const meaningful = tokens.filter((t) => !STOP_WORDS.has(t));
  return { text, compact: tokens.join(''), tokens, acronym: meaningful.map((t) => t[0]).join(''), isName };
}

/** Whether `inner` occurs in `outer` as a run of whole words. */
function containsWords(outer: string[], inner: string[]): boolean {
  if (!inner.length || inner.length > outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) {
    if (inner.every((t, j) => outer[i + j] === t)) return true;
  }
  return false;
}

function scoreTerm(t: Term, q: Term): number {
  if (!t.text || !q.text) return 0;
  let best = 0;
  // Whole-query matches.
  if (t.text === q.text || t.compact === q.compact) best = t.isName ? 1100 : 900;
  else if (t.text.startsWith(q.text) || t.compact.startsWith(q.compact)) best = t.isName ? 1000 : 800;
  else if (containsWords(t.tokens, q.tokens)) best = t.isName ? 700 : 600;
  else if (t.compact.includes(q.compact) && q.compact.length >= 3) best = t.isName ? 500 : 450;
  // The whole name/alias inside a longer query ("UHC Open Access Plus" contains "UHC").
  // People type the company first and the plan after it, so a match at the start wins.
  if (containsWords(q.tokens, t.tokens) && (t.tokens.length > 1 || t.tokens[0]!.length >= 2)) {
    const startsQuery = t.tokens.every((tok, i) => q.tokens[i] === tok);
    best = Math.max(best, 300 + 10 * t.tokens.length + (startsQuery ? 50 : 0));
  }
  // Token by token: each query word that starts one of the term's words (or its acronym).
  let tokenScore = 0;
  for (const qt of q.tokens) {
    if (STOP_WORDS.has(qt)) continue;
    const lastTyped = qt === q.tokens[q.tokens.length - 1];
    if (qt.length < 2 && !(lastTyped && q.tokens.length === 1)) continue;
    if (t.tokens.includes(qt)) tokenScore += 20;
    else if (t.tokens.some((tt) => tt.startsWith(qt))) tokenScore += lastTyped ? 15 : 8;
    else if (qt.length >= 2 && t.acronym.length >= 2 && t.acronym.startsWith(qt)) tokenScore += 18;
  }
  return Math.max(best, tokenScore);
}

/**
 * Payers matching `query`, best first, at most `limit`. An empty query lists payers
 * by name (so a typeahead can show something on focus).
 */
export function matchPayers<T extends Pick<Payer, 'name' | 'aliases'>>(payers: readonly T[], query: string, limit = DEFAULT_PAYER_LIMIT): T[] {
  const max = Math.max(0, Math.floor(limit));
  const q = term(query ?? '', false);
  const byName = (a: T, b: T) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });
  if (!q.text) {
    const raw = (query ?? '').trim().toLowerCase();
    // Nothing to tokenise (empty, or only punctuation): list, or match the raw text.
    const found = raw ? payers.filter((p) => [p.name, ...p.aliases].some((s) => s.trim().toLowerCase() === raw)) : [...payers];
    return found.sort(byName).slice(0, max);
  }
  const scored: { payer: T; score: number }[] = [];
  for (const payer of payers) {
    let score = scoreTerm(term(payer.name, true), q);
    for (const alias of payer.aliases) score = Math.max(score, scoreTerm(term(alias, false), q));
    if (score > 0) scored.push({ payer, score });
  }
  scored.sort((a, b) => b.score - a.score || byName(a.payer, b.payer));
  return scored.slice(0, max).map((s) => s.payer);
}
