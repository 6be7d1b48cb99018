/**
 * The `check-content` command, without Node: `scripts/check-content.ts` passes in file
 * reading and output, so the whole command (arguments, exit codes, report) also runs in
 * the browser tests.
 *
 *   check-content file.json [more.json …] [--json] [--max-grade 8]
 *
 * Exit codes: 0 no errors (warnings allowed) · 1 errors found · 2 unreadable input
 * (missing file, invalid JSON, bad arguments), with a one-line message on stderr.
 */
import { checkContentSources, type ContentIssue, type ContentReport, type ContentSource, type ModuleReport } from './content-check.js';

export interface CliIo {
  /** Reads a file as UTF-8 text; rejects (or throws) when it cannot. */
  readFile(path: string): Promise<string> | string;
  /** Writes text to stdout (a line break is added). */
  out(text: string): void;
  /** Writes text to stderr (a line break is added). */
  err(text: string): void;
}

export const USAGE = 'usage: check-content <file.json> [more.json …] [--json] [--max-grade <n>]';

interface Args {
  files: string[];
  json: boolean;
  maxGrade: number;
  help: boolean;
}

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { files: [], json: false, maxGrade: 8, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--help' || a === '-h') args.help = true;
    else if (a === '--max-grade' || a.startsWith('--max-grade=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      const n = Number(value);
      if (value === undefined || value.trim() === '' || !Number.isFinite(n) || n <= 0) return `--max-grade needs a positive number, got ${JSON.stringify(value ?? '')}`;
      args.maxGrade = n;
    } else if (a === '--') continue;
    else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
    else args.files.push(a);
  }
  if (!args.help && args.files.length === 0) return 'no file given';
  return args;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Runs the command; resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.err(`check-content: ${args}. ${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  const sources: ContentSource[] = [];
  for (const file of args.files) {
    let text: string;
    try {
      text = await io.readFile(file);
    } catch (e) {
      io.err(`check-content: cannot read ${file}: ${oneLine(e instanceof Error ? e.message : String(e))}`);
      return 2;
    }
    try {
      sources.push({ name: file, data: JSON.parse(text) as unknown });
    } catch (e) {
      io.err(`check-content: ${file} is not valid JSON: ${oneLine(e instanceof Error ? e.message : String(e))}`);
      return 2;
    }
  }
  const report = checkContentSources(sources, { maxGrade: args.maxGrade });
  io.out(args.json ? JSON.stringify(report, null, 2) : formatReport(report, args.maxGrade));
  return report.errors > 0 ? 1 : 0;
}

const pad = (s: string, n: number) => (s.length >= n ? `${s} ` : s + ' '.repeat(n - s.length));
const round1 = (n: number) => (Math.round(n * 10) / 10).toFixed(1);

function gradeCell(m: ModuleReport): string {
  const r = m.readability;
  if (!r || r.grade === undefined) return '—';
  return r.locale === 'es' ? `FH ${Math.round(r.fernandezHuerta!)} ≈${r.grade}` : round1(r.grade);
}

function issueLine(i: ContentIssue): string {
  return `  ${pad(i.severity, 8)}${pad(i.path || '(module)', 26)}${pad(i.code, 27)}${i.message}`;
}

/** The human-readable report: a table of modules, then each module's issues. */
export function formatReport(report: ContentReport, maxGrade = 8): string {
  const lines: string[] = [];
  const cols = [36, 6, 12, 16, 8, 8];
  lines.push(['MODULE', 'LANG', 'GRADE', 'MIN est/decl', 'ERRORS', 'WARNINGS'].map((h, i) => pad(h, cols[i]!)).join('').trimEnd());
  for (const m of report.modules) {
    const errors = m.issues.filter((i) => i.severity === 'error').length;
    const minutes = m.estimatedMinutes === undefined ? '—' : `${round1(m.estimatedMinutes)} / ${m.declaredMinutes ?? '?'}`;
    const cells = [m.id ?? `#${m.index}`, m.locale ?? '?', gradeCell(m), minutes, String(errors), String(m.issues.length - errors)];
    lines.push(cells.map((c, i) => pad(c, cols[i]!)).join('').trimEnd());
  }
  for (const { source, issue } of report.sourceIssues) {
    lines.push('', `${source ?? 'input'}`, issueLine(issue));
  }
  for (const m of report.modules) {
    if (m.issues.length === 0) continue;
    lines.push('', `${m.id ?? `module #${m.index}`}${m.source ? ` (${m.source}, #${m.index})` : ''}`);
    for (const i of [...m.issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))) lines.push(issueLine(i));
  }
  const n = report.modules.length;
  lines.push(
    '',
    `${n} module${n === 1 ? '' : 's'} checked (grade limit ${maxGrade}): ${report.errors} error${report.errors === 1 ? '' : 's'}, ${report.warnings} warning${report.warnings === 1 ? '' : 's'}.`,
  );
  return lines.join('\n');
}
