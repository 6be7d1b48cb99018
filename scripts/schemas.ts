/**
 * `npm run schemas`: writes the contract (src/core/schemas, rebuilt as zod/mini by toZod) as JSON Schema
 * draft 2020-12 into `schemas/`, one file per type the REST contract carries
 * (DESIGN.md §2), so a backend in any language validates against the same shapes.
 *
 *   tsx scripts/schemas.ts           write schemas/*.schema.json
 *   tsx scripts/schemas.ts --check   exit 1 when the files on disk differ (CI)
 *
 * JSON Schema cannot say everything a zod refinement says (a session's end after its
 * start, unique track ids, real calendar dates, …): those rules stay in the kit and
 * in the reference backend; every file's description says so.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as zod from 'zod/mini';
import * as z from '../src/core/schemas/zod.js';
import { toZod } from '../src/core/schemas/to-zod.js';
import {
  EducationModule,
  EducationModuleSummary,
  InsuranceCheckRequest,
  InsuranceCheckResult,
  IntakeForm,
  IntakeReceipt,
  IntakeSubmission,
  Payer,
  Program,
} from '../src/core/schemas/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'schemas');

/**
 * Where a published copy of each file lives: the npm package ships `schemas/`, and
 * npm CDNs serve package files at this path. Version-less so the files stay stable.
 */
const ID_BASE = 'https://unpkg.com/iop-kit/schemas/';

const NOT_EXPRESSIBLE =
  ' Some rules cannot be written in JSON Schema (cross-field checks such as a session ending after it starts, real calendar dates, unique ids); ' +
  'the kit and the reference backend check those too.';

interface SchemaSpec {
  /** File name stem: `program` → `schemas/program.schema.json`. */
  name: string;
  title: string;
  description: string;
  schema: z.ZodMiniType;
}

export const SPECS: SchemaSpec[] = [
  { name: 'program', title: 'Program', description: 'One IOP/PHP/OP program of a treatment center, with its weekly tracks and sessions. Returned by GET /programs/{id}.', schema: Program },
  { name: 'programs', title: 'Program list', description: 'The programs of a center. Returned by GET /programs.', schema: z.array(Program) },
  { name: 'payer', title: 'Payer', description: 'An insurance company as the insurance check offers it (id as the clearinghouse knows it).', schema: Payer },
  { name: 'payers', title: 'Payer list', description: 'Payers matching a typeahead query. Returned by GET /payers?q=.', schema: z.array(Payer) },
  {
    name: 'insurance-check-request',
    title: 'Insurance check request',
    description: 'What the insurance check sends: the X12 270 search (member ID, names, date of birth), payer, consents and service type codes. Body of POST /insurance-checks.',
    schema: InsuranceCheckRequest,
  },
  {
    name: 'insurance-check-result',
    title: 'Insurance check result',
    description: 'A plain-language reading of the payer\'s 271 answer: status and per-service benefits. Response of POST /insurance-checks.',
    schema: InsuranceCheckResult,
  },
  { name: 'intake-form', title: 'Intake form', description: 'A schema-driven pre-admission questionnaire: pages, questions, screeners, conditions and consents. Returned by GET /intake-forms/{id}.', schema: IntakeForm },
  {
    name: 'intake-submission',
    title: 'Intake submission',
    description: 'A completed intake: answers, computed screener scores, flags and consents. Body of POST /intake-submissions (its submissionId is also the Idempotency-Key header).',
    schema: IntakeSubmission,
  },
  { name: 'intake-receipt', title: 'Intake receipt', description: 'The server\'s acknowledgement of a stored submission. Response of POST /intake-submissions (201).', schema: IntakeReceipt },
  { name: 'education-module', title: 'Education module', description: 'A family education module with its ordered content blocks. Returned by GET /education/modules/{id}.', schema: EducationModule },
  {
    name: 'education-module-summary',
    title: 'Education module summary',
    description: 'The catalogue entry of an education module (a module without its blocks).',
    schema: EducationModuleSummary,
  },
  {
    name: 'education-module-summaries',
    title: 'Education module catalogue',
    description: 'The catalogue of education modules. Returned by GET /education/modules.',
    schema: z.array(EducationModuleSummary),
  },
];

/** The JSON Schema document of one spec, with `$id`, `title` and `description` first. */
export function jsonSchemaOf(spec: SchemaSpec): Record<string, unknown> {
  // `input`: what a sender may put on the wire (zod strips unknown keys, so they are allowed).
  const generated = zod.toJSONSchema(toZod(spec.schema), { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema',
    $id: `${ID_BASE}${spec.name}.schema.json`,
    title: spec.title,
    description: spec.description + NOT_EXPRESSIBLE,
    ...rest,
  };
}

export function render(spec: SchemaSpec): string {
  return `${JSON.stringify(jsonSchemaOf(spec), null, 2)}\n`;
}

function main(): void {
  const check = process.argv.includes('--check');
  const expected = new Map(SPECS.map((s) => [`${s.name}.schema.json`, render(s)]));
  const onDisk = existsSync(OUT_DIR) ? readdirSync(OUT_DIR).filter((f) => f.endsWith('.schema.json')) : [];
  const stale = onDisk.filter((f) => !expected.has(f));

  if (check) {
    const problems: string[] = [];
    for (const [file, text] of expected) {
      const path = join(OUT_DIR, file);
      if (!existsSync(path)) problems.push(`missing   schemas/${file}`);
      else if (readFileSync(path, 'utf8') !== text) problems.push(`differs   schemas/${file}`);
    }
    for (const file of stale) problems.push(`stale     schemas/${file} (no schema of that name any more)`);
    if (problems.length) {
      console.error(`JSON Schemas are out of date with src/core/schemas:\n  ${problems.join('\n  ')}\nRun \`npm run schemas\` and commit the result.`);
      process.exit(1);
    }
    console.log(`schemas/: ${expected.size} JSON Schemas up to date.`);
    return;
  }

  mkdirSync(OUT_DIR, { recursive: true });
  let written = 0;
  for (const [file, text] of expected) {
    const path = join(OUT_DIR, file);
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    writeFileSync(path, text);
    written++;
  }
  for (const file of stale) unlinkSync(join(OUT_DIR, file));
  console.log(`schemas/: ${expected.size} JSON Schemas (draft 2020-12), ${written} written, ${stale.length} stale removed.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
