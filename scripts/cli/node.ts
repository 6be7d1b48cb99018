/**
 * Node entry of `iop-kit` (bundled to dist/cli.js by the build; run through tsx inside
 * this repo by bin/iop-kit.mjs). Only wires the file system and the streams.
 */
import { readFile } from 'node:fs/promises';
import { main } from './main.js';

export async function run(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  const code = await main(argv, {
    readFile: (path) => readFile(path, 'utf8'),
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  });
  process.exitCode = code;
  return code;
}
