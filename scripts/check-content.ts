/**
 * `npm run check-content -- file.json [more.json …] [--json] [--max-grade 8]`: the
 * authoring check for education modules (see src/core/education/check-cli.ts). This file
 * only wires Node's file system and streams to the command; everything else is tested in
 * the browser suite.
 */
import { readFile } from 'node:fs/promises';
import { main } from '../src/core/education/check-cli.js';

const code = await main(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = code;
