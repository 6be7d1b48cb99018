import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { inspectInline, isExternal, MAX_DEPTH, isSafeHref, linkAttributes, parseInline, plainText, safeHref, type InlineToken } from '../../../src/core/education/index.js';
import { SCRIPT_URLS, XSS_PAYLOADS } from '../../fixtures/education/xss-corpus.js';

const ALLOWED_HREF = /^(?:https?:\/\/[^\s"'<>`\\]+|mailto:[^\s"'<>`\\]+|tel:\+?[0-9().-]+)$/i;

function allLinks(tokens: readonly InlineToken[]): { href: string }[] {
  return tokens.flatMap((t) => (t.type === 'text' ? [] : [...(t.type === 'link' ? [{ href: t.href }] : []), ...allLinks(t.children)]));
}
function types(tokens: readonly InlineToken[]): string[] {
  return tokens.flatMap((t) => (t.type === 'text' ? ['text'] : [t.type, ...types(t.children)]));
}

describe('inline markup', () => {
  it('parses bold, italic and links into tokens', () => {
    expect(parseInline('Call **988** now')).to.deep.equal([
      { type: 'text', text: 'Call ' },
      { type: 'strong', children: [{ type: 'text', text: '988' }] },
      { type: 'text', text: ' now' },
    ]);
    expect(parseInline('a *b* _c_')).to.deep.equal([
      { type: 'text', text: 'a ' },
      { type: 'em', children: [{ type: 'text', text: 'b' }] },
      { type: 'text', text: ' ' },
      { type: 'em', children: [{ type: 'text', text: 'c' }] },
    ]);
    expect(parseInline('See [SAMHSA](https://www.samhsa.gov).')).to.deep.equal([
      { type: 'text', text: 'See ' },
      { type: 'link', href: 'https://www.samhsa.gov/', children: [{ type: 'text', text: 'SAMHSA' }] },
      { type: 'text', text: '.' },
    ]);
  });

  it('nests emphasis inside links and links inside emphasis', () => {
    expect(parseInline('[**Call** us](tel:+18006624357)')).to.deep.equal([
      { type: 'link', href: 'tel:+18006624357', children: [{ type: 'strong', children: [{ type: 'text', text: 'Call' }] }, { type: 'text', text: ' us' }] },
    ]);
    expect(parseInline('**see [help](https://988lifeline.org)**')).to.deep.equal([
      { type: 'strong', children: [{ type: 'text', text: 'see ' }, { type: 'link', href: 'https://988lifeline.org/', children: [{ type: 'text', text: 'help' }] }] },
    ]);
    expect(parseInline('*a **b** c*')).to.deep.equal([
      { type: 'em', children: [{ type: 'text', text: 'a ' }, { type: 'strong', children: [{ type: 'text', text: 'b' }] }, { type: 'text', text: ' c' }] },
    ]);
  });

  it('keeps unbalanced or spaced markers, intraword underscores and escapes as text', () => {
    for (const s of ['2 * 3 * 4', '** not bold **', 'a **b', 'snake_case_name', '[label]', '[label](https://x.org', '[](https://x.org)', '*', '**', '****', '_ _']) {
      expect(parseInline(s), s).to.deep.equal([{ type: 'text', text: s }]);
    }
    expect(parseInline('\\*not italic\\* and \\[x\\](y) \\\\')).to.deep.equal([{ type: 'text', text: '*not italic* and [x](y) \\' }]);
    expect(parseInline('a \\q b')).to.deep.equal([{ type: 'text', text: 'a \\q b' }]);
  });

  it('allows balanced parentheses inside a URL', () => {
    const [link] = parseInline('[IOP](https://en.wikipedia.org/wiki/IOP_(medicine))');
    expect(link).to.deep.include({ type: 'link', href: 'https://en.wikipedia.org/wiki/IOP_(medicine)' });
  });

  it('shows a link with a disallowed URL as its label and reports it', () => {
    const r = inspectInline('Go [here](javascript:alert(1)) or [there](https://a.example/x)');
    expect(r.tokens).to.deep.equal([
      { type: 'text', text: 'Go here or ' },
      { type: 'link', href: 'https://a.example/x', children: [{ type: 'text', text: 'there' }] },
    ]);
    expect(r.links).to.deep.equal([
      { url: 'javascript:alert(1)', label: 'here' },
      { url: 'https://a.example/x', href: 'https://a.example/x', label: 'there' },
    ]);
  });

  it('accepts http, https, mailto and tel only', () => {
    expect(safeHref('https://example.org/a?b=1&c=2')).to.equal('https://example.org/a?b=1&c=2');
    expect(safeHref('HTTP://Example.org')).to.equal('http://example.org/');
    expect(safeHref('mailto:help@center.example')).to.equal('mailto:help@center.example');
    expect(safeHref('tel:+1-800-662-4357')).to.equal('tel:+1-800-662-4357');
    for (const bad of [...SCRIPT_URLS, '', '/relative/path', 'relative', 'ftp://x.example', 'tel:abc', 'mailto:nobody', 'https://', 'https://ex ample.org']) {
      expect(isSafeHref(bad), JSON.stringify(bad)).to.equal(false);
    }
  });

  it('turns every XSS payload into text or safe links only', () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(50);
    for (const payload of XSS_PAYLOADS) {
      const tokens = parseInline(payload);
      for (const t of types(tokens)) expect(['text', 'strong', 'em', 'link'], payload).to.include(t);
      for (const { href } of allLinks(tokens)) expect(href, payload).to.match(ALLOWED_HREF);
    }
    for (const url of SCRIPT_URLS) {
      expect(allLinks(parseInline(`[x](${url})`)), url).to.have.length(0);
      expect(allLinks(parseInline(`**[x](${url})**`)), url).to.have.length(0);
    }
  });

  it('decides which links open in a new tab', () => {
    const origin = 'https://center.example';
    expect(isExternal('https://www.samhsa.gov', origin)).to.equal(true);
    expect(isExternal('https://center.example/contact', origin)).to.equal(false);
    expect(isExternal('http://center.example/contact', origin)).to.equal(true);
    expect(isExternal('tel:988', origin)).to.equal(false);
    expect(isExternal('mailto:a@b.example', origin)).to.equal(false);
    expect(isExternal('not a url', origin)).to.equal(true);
    expect(linkAttributes('https://www.samhsa.gov/', origin)).to.deep.equal({ target: '_blank', rel: 'noopener noreferrer' });
    expect(linkAttributes('https://center.example/a', origin)).to.deep.equal({});
  });

  it('still parses markup in long ordinary text at the schema’s 5,000-character limit', () => {
    const unit = 'Call **988** or see [SAMHSA](https://www.samhsa.gov), *any time*; 2 * 3 is _six_. ';
    const text = unit.repeat(Math.floor(5000 / unit.length));
    const tokens = parseInline(text);
    expect(allLinks(tokens)).to.have.length(Math.floor(5000 / unit.length));
    expect(types(tokens).filter((t) => t === 'strong')).to.have.length(Math.floor(5000 / unit.length));
  });

  it('parses thousands of unbalanced markers quickly', () => {
    for (const s of ['['.repeat(5000), '*'.repeat(5000), '[*_'.repeat(1600), '**a *b _c ['.repeat(450), '[x]('.repeat(1200)]) {
      const t0 = performance.now();
      const tokens = parseInline(s);
      expect(performance.now() - t0, s.slice(0, 12)).to.be.below(250);
      expect(plainText(tokens).length).to.be.at.most(s.length);
    }
  });
});

/** A generator of well-formed markup with the plain text it must read as. */
const word = fc.stringMatching(/^[A-Za-z0-9.,!?'"<>&;:=\/-]{1,8}$/);
const textLeaf = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ({ src: ws.join(' '), plain: ws.join(' ') }));
type Gen = { src: string; plain: string; hasLink: boolean; depth: number };
const { node } = fc.letrec<{ node: Gen }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textLeaf.map((t) => ({ ...t, hasLink: false, depth: 0 })),
    fc.array(tie('node'), { minLength: 1, maxLength: 3 }).chain((kids) =>
      fc.constantFrom('**', '*', '_', 'link').map((kind): Gen => {
        const inner = { src: kids.map((k) => k.src).join(' '), plain: kids.map((k) => k.plain).join(' '), hasLink: kids.some((k) => k.hasLink), depth: Math.max(...kids.map((k) => k.depth)) };
        // Links do not nest: a link around a link is written as bold instead.
        if (kind === 'link' && !inner.hasLink) return { src: `[${inner.src}](https://example.org/p)`, plain: inner.plain, hasLink: true, depth: inner.depth + 1 };
        // Star runs that touch (`***a*`) are ambiguous in any Markdown dialect; authors write
        // `_*a*_` instead, so the generator picks a delimiter that does not touch a like one.
        const free = (['**', '*', '_'] as const).filter((d) => d[0] !== inner.src[0] && d[0] !== inner.src[inner.src.length - 1]);
        const delim = free.find((d) => d === kind) ?? free[0];
        if (!delim) return inner;
        return { src: `${delim}${inner.src}${delim}`, plain: inner.plain, hasLink: inner.hasLink, depth: inner.depth + 1 };
      }),
    ),
  ),
}));

describe('inline markup properties', () => {
  it('never throws and never yields a disallowed URL, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('*', '_', '[', ']', '(', ')', '\\', ' ', 'a', ':', '/', 'javascript:', 'https://x.org', 'data:', '\t') , maxLength: 80 }), (s) => {
        const tokens = parseInline(s);
        for (const { href } of allLinks(tokens)) expect(href).to.match(ALLOWED_HREF);
      }),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => void parseInline(s)), { numRuns: 500 });
  });

  it('reads text without markup characters unchanged', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }).filter((s) => !/[*_[\]()\\]/.test(s) && s.length > 0), (s) => {
        expect(parseInline(s)).to.deep.equal([{ type: 'text', text: s }]);
      }),
    );
  });

  it('keeps exactly the input minus the markup', () => {
    fc.assert(
      fc.property(node.filter((n) => n.depth <= MAX_DEPTH), ({ src, plain }) => {
        expect(plainText(parseInline(src))).to.equal(plain);
      }),
      { numRuns: 3000 },
    );
  });
});
