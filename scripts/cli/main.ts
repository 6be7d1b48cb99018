/**
 * `iop-kit` — the command line of the standards bridges. No Node APIs here: `node.ts`
 * passes file reading and output in, so the whole command runs in the browser tests too.
 *
 * JSON on stdout, messages on stderr. Exit codes: 0 ok · 1 invalid input (unreadable
 * file, bad JSON, data the bridge refuses) · 2 usage error (unknown command or option,
 * missing argument). `check-content` keeps its own codes (1 errors found, 2 unreadable).
 */
import { main as checkContent } from '../../src/core/education/check-cli.js';
import { InputError, UsageError, type CliIo } from './args.js';
import { fhirCommand } from './fhir.js';
import { locatorCommand, x12Command } from './x12-locator.js';

export type { CliIo } from './args.js';

export const HELP = `usage: iop-kit <command> …

  fhir questionnaire [form.json] [--locale es]        IntakeForm → FHIR R4 Questionnaire (default: built-in form)
  fhir import questionnaire.json                      FHIR R4 Questionnaire → IntakeForm
  fhir response --form <form-or-q.json> answers.json  answers → QuestionnaireResponse with scores
  x12 request check.json --npi … --org … [--payer-id …]  InsuranceCheckRequest → 270 JSON
  x12 result response-271.json                        271 JSON → InsuranceCheckResult
  locator import rows.json                            SAMHSA locator rows → Program[]
  check-content modules.json                          education module authoring check

Every command takes --help. JSON on stdout, messages on stderr.
Exit codes: 0 ok, 1 invalid input, 2 usage error.`;

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
        io.err(HELP);
        return 2;
      case '--help':
      case '-h':
      case 'help':
        io.out(HELP);
        return 0;
      case 'fhir':
        return await fhirCommand(rest, io);
      case 'x12':
        return await x12Command(rest, io);
      case 'locator':
        return await locatorCommand(rest, io);
      case 'check-content':
        return await checkContent(rest, io);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`iop-kit: ${e.message} (see iop-kit ${command && ["fhir", "x12", "locator"].includes(command) ? `${command} ` : ""}--help)`);
      return 2;
    }
    if (e instanceof InputError) {
      io.err(`iop-kit: ${e.message}`);
      return 1;
    }
    io.err(`iop-kit: unexpected failure: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}
