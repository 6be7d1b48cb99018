#!/usr/bin/env node
// `iop-kit` command line. From the published package it runs the built dist/cli.js with
// plain Node (>= 20); inside the kit's own repository, before a build, it runs the
// TypeScript source through tsx (a devDependency).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'cli.js');
let cli;
if (existsSync(built)) {
  cli = await import(pathToFileURL(built).href);
} else {
  const { tsImport } = await import('tsx/esm/api');
  cli = await tsImport(pathToFileURL(join(root, 'scripts', 'cli', 'node.ts')).href, import.meta.url);
}
await cli.run(process.argv.slice(2));
