/**
 * Static checks of a CDN bundle (scripts/build.ts fails the build on any): it must load
 * from a plain `<script type="module">` — so no bare import specifiers such as
 * `from "lit"`, which only a bundler or an import map can resolve — and run under a
 * Content-Security-Policy without 'unsafe-eval' — so no `eval(` or `new Function(`.
 */
export function cdnProblems(code: string): string[] {
  const problems: string[] = [];
  // Only what an import looks like (`import{a}from"x"`, `import*as b from"x"`, `import c from"x"`,
  // `export{d}from"x"`, `import"x"`, `import("x")`), so prose such as "choose from 'A' or 'B'"
  // in a message is not mistaken for one. Specifiers that are relative, absolute or URLs are fine.
  const spec = String.raw`(?![./]|https?:|data:)([^"'\`\s]+)`;
  const forms = [
    new RegExp(String.raw`(?:\}|\*\s*as\s+[\w$]+|\bimport\s+[\w$]+)\s*from\s*(["'])${spec}\1`, 'g'),
    new RegExp(String.raw`\bimport\s*(["'])${spec}\1`, 'g'),
    new RegExp(String.raw`\bimport\s*\(\s*(["'\`])${spec}\1\s*\)`, 'g'),
  ];
  for (const re of forms) for (const m of code.matchAll(re)) problems.push(`bare import specifier "${m[2]}"`);
  if (/\bnew\s+Function\s*\(/.test(code)) problems.push('contains `new Function(`');
  if (/(?<![\w$])eval\s*\(/.test(code)) problems.push('contains `eval(`');
  return problems;
}
