/** Argument parsing shared by the `iop-kit` subcommands: `--flag value`, `--flag=value`, positionals, `--help`. */
export class UsageError extends Error {}

export interface Parsed {
  positional: string[];
  flags: Record<string, string>;
  help: boolean;
}

/** `known` lists the flags that take a value. Unknown flags are a usage error. */
export function parseArgs(argv: readonly string[], known: readonly string[]): Parsed {
  const out: Parsed = { positional: [], flags: {}, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') out.help = true;
    else if (a === '--') out.positional.push(...argv.slice(i + 1)), (i = argv.length);
    else if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq < 0 ? undefined : eq);
      if (!known.includes(name)) throw new UsageError(`unknown option --${name}`);
      const value = eq < 0 ? argv[++i] : a.slice(eq + 1);
      if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
      out.flags[name] = value;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else out.positional.push(a);
  }
  return out;
}

/** What a command needs from the outside world (Node in `node.ts`, fakes in the tests). */
export interface CliIo {
  /** Reads a file as UTF-8 text; rejects (or throws) when it cannot. */
  readFile(path: string): Promise<string> | string;
  /** Writes text to stdout (a line break is added). */
  out(text: string): void;
  /** Writes text to stderr (a line break is added). */
  err(text: string): void;
}

export class InputError extends Error {}

/** Reads and parses a JSON file; a missing file or bad JSON is an input error (exit 1). */
export async function readJson(io: CliIo, path: string): Promise<unknown> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch {
    throw new InputError(`cannot read ${path}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new InputError(`${path} is not valid JSON`);
  }
}

export const json = (v: unknown) => JSON.stringify(v, null, 2);
