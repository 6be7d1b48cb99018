/** `iop-kit x12 …` and `iop-kit locator …`. */
import { fromEligibilityResponse, toEligibilityRequest } from '../../src/core/x12/index.js';
import { fromLocatorRows, skippedByReason } from '../../src/core/locator/index.js';
import { SERVICE_TYPE_CODES } from '../../src/core/schemas/index.js';
import type { Locale, ServiceTypeCode } from '../../src/core/schemas/index.js';
import { InputError, UsageError, json, parseArgs, readJson, type CliIo } from './args.js';

export const X12_HELP = {
  x12: `usage: iop-kit x12 <request|result> …

  request check.json --npi <npi> --org <name> [--payer-id <id>] [--control-number <9 digits>] [--date-of-service YYYY-MM-DD]
                     an InsuranceCheckRequest as X12 270 clearinghouse JSON
  result response-271.json [--service-types 30,MH,AI] [--locale en|es]
                     a clearinghouse 271 JSON as an InsuranceCheckResult`,
  request: `usage: iop-kit x12 request check.json --npi <npi> --org <name> [--payer-id <id>] [--control-number <9 digits>] [--date-of-service YYYY-MM-DD]

Writes the 270 eligibility request (clearinghouse JSON) on stdout. --payer-id defaults to
the request's payer id. Exit 1 (reasons on stderr) for a bad NPI or request: nothing is sent.`,
  result: `usage: iop-kit x12 result response-271.json [--service-types 30,MH,AI] [--locale en|es]

Writes the InsuranceCheckResult on stdout. --service-types: the codes that were asked
(default: those the response mentions). Anything unreadable is "needs-review".`,
};

export const LOCATOR_HELP = `usage: iop-kit locator import rows.json

Reads SAMHSA FindTreatment.gov locator rows (a list, or the API's { rows: [...] }) and writes
{ programs, skipped } on stdout: each facility offering IOP, PHP or outpatient care as a
Program (no schedule: the locator has none). A summary of skipped rows goes to stderr.`;

export async function x12Command(argv: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h') return io.out(X12_HELP.x12), sub === undefined ? 2 : 0;
  if (sub === 'request') {
    const a = parseArgs(rest, ['npi', 'org', 'payer-id', 'control-number', 'date-of-service']);
    if (a.help) return io.out(X12_HELP.request), 0;
    if (a.positional.length !== 1) throw new UsageError('give one insurance check file');
    if (!a.flags.npi) throw new UsageError('--npi is required');
    if (!a.flags.org) throw new UsageError('--org is required');
    const r = toEligibilityRequest(await readJson(io, a.positional[0]!), {
      npi: a.flags.npi,
      organizationName: a.flags.org,
      ...(a.flags['payer-id'] ? { tradingPartnerServiceId: a.flags['payer-id'] } : {}),
      ...(a.flags['control-number'] ? { controlNumber: a.flags['control-number'] } : {}),
      ...(a.flags['date-of-service'] ? { dateOfService: a.flags['date-of-service'] } : {}),
    });
    if (!r.ok) {
      for (const e of r.errors) io.err(`error: ${e}`);
      throw new InputError('the eligibility request was not built');
    }
    io.out(json(r.request));
    return 0;
  }
  if (sub === 'result') {
    const a = parseArgs(rest, ['service-types', 'locale']);
    if (a.help) return io.out(X12_HELP.result), 0;
    if (a.positional.length !== 1) throw new UsageError('give one 271 response file');
    const codes = a.flags['service-types']?.split(',').map((c) => c.trim().toUpperCase()).filter(Boolean);
    const bad = codes?.filter((c) => !(SERVICE_TYPE_CODES as readonly string[]).includes(c));
    if (bad?.length) throw new UsageError(`unknown service type code(s): ${bad.join(', ')} (use ${SERVICE_TYPE_CODES.join(', ')})`);
    const locale = a.flags.locale ?? 'en';
    if (locale !== 'en' && locale !== 'es') throw new UsageError('--locale must be en or es');
    const result = fromEligibilityResponse(await readJson(io, a.positional[0]!), { ...(codes ? { serviceTypeCodes: codes as ServiceTypeCode[] } : {}), locale: locale as Locale });
    io.err(`status: ${result.status}${result.rejectReason ? ` (AAA ${result.rejectReason})` : ''}`);
    io.out(json(result));
    return 0;
  }
  throw new UsageError(`unknown x12 command "${sub}" (request, result)`);
}

export async function locatorCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h') return io.out(LOCATOR_HELP), sub === undefined ? 2 : 0;
  if (sub !== 'import') throw new UsageError(`unknown locator command "${sub}" (import)`);
  const a = parseArgs(rest, []);
  if (a.help) return io.out(LOCATOR_HELP), 0;
  if (a.positional.length !== 1) throw new UsageError('give one rows file');
  const data = await readJson(io, a.positional[0]!);
  const r = fromLocatorRows(data);
  if (r.skipped.length === 1 && r.skipped[0]!.index === -1) throw new InputError(r.skipped[0]!.reason);
  const reasons = Object.entries(skippedByReason(r.skipped)).map(([k, n]) => `${n} ${k}`);
  io.err(`${r.programs.length} program${r.programs.length === 1 ? '' : 's'}; ${r.skipped.length} row${r.skipped.length === 1 ? '' : 's'} skipped${reasons.length ? `: ${reasons.join('; ')}` : ''}`);
  io.out(json(r));
  return 0;
}
