/**
 * The small inline markup of education text (paragraphs, list items, callouts, quotes,
 * option feedback), parsed into a token tree that an element renders with Lit
 * templates. This module never produces HTML.
 *
 *   **bold**            → { type: 'strong', children }
 *   *italic*, _italic_  → { type: 'em', children }
 *   [label](url)        → { type: 'link', href, children } — http, https, mailto, tel only
 *   \* \_ \[ \] \( \) \\ → the character itself
 *
 * Rules (a simplified CommonMark, chosen so authors are never surprised and hostile text
 * is never dangerous):
 * - An opener must be followed by a non-space character, a closer preceded by one, and
 *   the content must not be empty: `2 * 3 * 4` and `** hi **` stay literal.
 * - `_` does not open or close inside a word: `snake_case_name` stays literal.
 * - Unbalanced markers are literal text. Bold and italic nest in each other and in link
 *   labels; links do not nest in links. Nesting deeper than {@link MAX_DEPTH} is literal.
 * - A link whose URL is not allowed (see links.ts) is rendered as its label's text; the
 *   URL is dropped. `inspectInline` reports it so the authoring check can flag it.
 * - The URL ends at the first `)` that is not balanced by a `(` inside it, so
 *   `[x](https://en.wikipedia.org/wiki/IOP_(medicine))` works.
 *
 * Parsing is memoised per (position, closer, depth), so it is never exponential, and it
 * has a work budget ({@link MAX_STEPS}): hostile input that would exceed it (thousands of
 * unclosed markers) is shown as literal text instead of freezing the page. Never throws.
 */
import { safeHref } from './links.js';

export type InlineToken =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: InlineToken[] }
  | { type: 'em'; children: InlineToken[] }
  | { type: 'link'; href: string; children: InlineToken[] };

/** A link found in the text, with its label as plain text. */
export interface InlineLink {
  /** The URL as the author wrote it. */
  url: string;
  /** The normalized href when the URL is allowed; absent when it was rejected. */
  href?: string;
  label: string;
}

export interface InlineInspection {
  tokens: InlineToken[];
  /** Every `[label](url)` in reading order, allowed or not. */
  links: InlineLink[];
}

/** How deeply bold, italic and links may nest; deeper markers are literal. */
export const MAX_DEPTH = 6;
/** Text longer than this is not parsed for markup (the schema caps text at 5,000 characters). */
export const MAX_PARSED_LENGTH = 20_000;
/** Characters the parser may visit (counting re-visits by nested attempts) before giving up on markup. */
export const MAX_STEPS = 200_000;

/** Thrown inside the parser when the budget is spent; caught by `inspectInline`. */
class BudgetExceeded extends Error {}

type Closer = '**' | '*' | '_' | ']' | '';
const ESCAPABLE = new Set(['\\', '*', '_', '[', ']', '(', ')']);
const SPACE = /\s/;
const WORD = /[\p{L}\p{N}]/u;

interface Seq {
  tokens: InlineToken[];
  /** Position after the closer. */
  end: number;
  links: InlineLink[];
}

class Parser {
  private readonly memo = new Map<string, Seq | null>();
  private steps = 0;
  constructor(private readonly src: string) {}

  private isSpace(i: number): boolean {
    const c = this.src[i];
    return c === undefined || SPACE.test(c);
  }
  private isWord(i: number): boolean {
    const c = this.src[i];
    return c !== undefined && WORD.test(c);
  }
  /** End of the run of `*` starting at or containing `i`. */
  private runEnd(i: number): number {
    let j = i;
    while (this.src[j] === '*') j++;
    return j;
  }
  /**
   * A delimiter of `len` characters at `i` may open: something non-blank follows it (for
   * `*`, after the whole run of stars, so `****` opens nothing).
   */
  private canOpen(i: number, len: number): boolean {
    return !this.isSpace(this.src[i] === '*' ? this.runEnd(i) : i + len);
  }
  /**
   * A delimiter at `i` may close a span that started at `start`: the span is not empty and
   * the delimiter (for `*`, the run of stars it belongs to) does not follow a space.
   */
  private canClose(i: number, start: number): boolean {
    if (i <= start) return false;
    let j = i;
    if (this.src[i] === '*') while (j > start && this.src[j - 1] === '*') j--;
    // Content made of stars only (`***` read as `*` + `*` + `*`) closes nothing.
    return j > start && !this.isSpace(j - 1);
  }

  seq(start: number, closer: Closer, depth: number, inLink: boolean): Seq | null {
    const key = `${start}|${closer}|${depth}|${inLink ? 1 : 0}`;
    if (this.memo.has(key)) return this.memo.get(key) ?? null;
    const result = this.scan(start, closer, depth, inLink);
    this.memo.set(key, result);
    return result;
  }

  private scan(start: number, closer: Closer, depth: number, inLink: boolean): Seq | null {
    const src = this.src;
    if (closer && src.indexOf(closer[0]!, start) === -1) return null;
    const tokens: InlineToken[] = [];
    const links: InlineLink[] = [];
    let i = start;
    const nested = depth < MAX_DEPTH;
    while (i < src.length) {
      if (++this.steps > MAX_STEPS) throw new BudgetExceeded();
      const c = src[i]!;
      // 1. The closer of the span being parsed.
      if (closer === ']' && c === ']') {
        return tokens.length > 0 ? { tokens, end: i + 1, links } : null;
      }
      if (closer === '**' && src.startsWith('**', i) && this.canClose(i, start)) return { tokens, end: i + 2, links };
      if (closer === '*' && c === '*' && this.canClose(i, start)) {
        // `*a **b** c*`: a `**` inside italic is bold when it can be; otherwise it closes the italic.
        const strong = src[i + 1] === '*' && nested ? this.span(i, '**', depth, inLink) : null;
        if (!strong) return { tokens, end: i + 1, links };
        push(tokens, strong.token);
        links.push(...strong.links);
        i = strong.end;
        continue;
      }
      if (closer === '_' && c === '_' && this.canClose(i, start) && !this.isWord(i + 1)) return { tokens, end: i + 1, links };
      // 2. Escapes.
      if (c === '\\' && ESCAPABLE.has(src[i + 1] ?? '')) {
        push(tokens, { type: 'text', text: src[i + 1]! });
        i += 2;
        continue;
      }
      // 3. Openers.
      // A run of `*` that can neither open (a space or the end follows it) nor close the
      // current span is literal as a whole: `** not bold **`, `****`.
      if (c === '*' && (i === start || src[i - 1] !== '*')) {
        const runEnd = this.runEnd(i);
        const closes = (closer === '*' || closer === '**') && this.canClose(i, start);
        if (!closes && this.isSpace(runEnd)) {
          push(tokens, { type: 'text', text: src.slice(i, runEnd) });
          i = runEnd;
          continue;
        }
      }
      if (nested && c === '*') {
        const found = (src[i + 1] === '*' ? this.span(i, '**', depth, inLink) : null) ?? this.span(i, '*', depth, inLink);
        if (found) {
          push(tokens, found.token);
          links.push(...found.links);
          i = found.end;
          continue;
        }
      }
      if (nested && c === '_' && !this.isWord(i - 1)) {
        const found = this.span(i, '_', depth, inLink);
        if (found) {
          push(tokens, found.token);
          links.push(...found.links);
          i = found.end;
          continue;
        }
      }
      if (nested && c === '[' && !inLink) {
        const found = this.link(i, depth);
        if (found) {
          for (const t of found.tokens) push(tokens, t);
          links.push(...found.links);
          i = found.end;
          continue;
        }
      }
      // 4. Anything else is text.
      push(tokens, { type: 'text', text: c });
      i++;
    }
    return closer ? null : { tokens, end: src.length, links };
  }

  /** Bold or italic opened by `delim` at `i`. */
  private span(i: number, delim: '**' | '*' | '_', depth: number, inLink: boolean): { token: InlineToken; end: number; links: InlineLink[] } | null {
    if (!this.canOpen(i, delim.length)) return null;
    const inner = this.seq(i + delim.length, delim, depth + 1, inLink);
    if (!inner) return null;
    return { token: { type: delim === '**' ? 'strong' : 'em', children: inner.tokens }, end: inner.end, links: inner.links };
  }

  /** `[label](url)` at `i`: a link when the URL is allowed, the label's tokens when not. */
  private link(i: number, depth: number): Seq | null {
    const label = this.seq(i + 1, ']', depth + 1, true);
    if (!label || this.src[label.end] !== '(') return null;
    const urlStart = label.end + 1;
    let balance = 0;
    let j = urlStart;
    for (; j < this.src.length; j++) {
      const c = this.src[j];
      if (c === '(') balance++;
      else if (c === ')') {
        if (balance === 0) break;
        balance--;
      }
    }
    if (j >= this.src.length) return null;
    const url = this.src.slice(urlStart, j);
    const href = safeHref(url);
    const text = plainText(label.tokens);
    const links: InlineLink[] = [...label.links, href === undefined ? { url, label: text } : { url, href, label: text }];
    const tokens: InlineToken[] = href === undefined ? label.tokens : [{ type: 'link', href, children: label.tokens }];
    return { tokens, end: j + 1, links };
  }
}

/** Appends a token, merging adjacent text. */
function push(tokens: InlineToken[], token: InlineToken): void {
  const last = tokens[tokens.length - 1];
  if (token.type === 'text' && last?.type === 'text') last.text += token.text;
  else tokens.push(token.type === 'text' ? { type: 'text', text: token.text } : token);
}

/** Parses `text` and lists its links (allowed and rejected). Never throws. */
export function inspectInline(text: string): InlineInspection {
  if (typeof text !== 'string' || text.length === 0) return { tokens: [], links: [] };
  if (text.length > MAX_PARSED_LENGTH) return { tokens: [{ type: 'text', text }], links: [] };
  let result: Seq;
  try {
    result = new Parser(text).seq(0, '', 0, false)!;
  } catch (e) {
    if (e instanceof BudgetExceeded) return { tokens: [{ type: 'text', text }], links: [] };
    throw e;
  }
  // Merge across boundaries left by flattened (rejected) links.
  const tokens: InlineToken[] = [];
  for (const t of result.tokens) push(tokens, t);
  return { tokens, links: result.links };
}

/** The token tree of `text`. Never throws; never contains a link outside http, https, mailto, tel. */
export function parseInline(text: string): InlineToken[] {
  return inspectInline(text).tokens;
}

/** The text a reader sees, without markup (for read-aloud, search and readability). */
export function plainText(tokens: readonly InlineToken[]): string {
  let out = '';
  for (const t of tokens) out += t.type === 'text' ? t.text : plainText(t.children);
  return out;
}

/** `plainText(parseInline(text))`. */
export function stripInline(text: string): string {
  return plainText(parseInline(text));
}
