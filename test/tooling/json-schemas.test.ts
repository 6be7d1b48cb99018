/**
 * The published JSON Schemas (schemas/*.schema.json, written by `npm run schemas`) as a
 * backend in another language would use them: well-formed draft 2020-12 documents that
 * accept the sample data the kit ships and reject the mistakes the kit rejects.
 */
import { expect } from '@open-wc/testing';
import { EducationModule, IntakeForm, Payer, Program, parse } from '../../src/core/schemas/index.js';
import { generatePrograms } from '../../bench/fixtures/programs.js';
import { KNOWN_KEYWORDS, validate, type JsonSchema } from './mini-json-schema.js';

const NAMES = [
  'program',
  'programs',
  'payer',
  'payers',
  'insurance-check-request',
  'insurance-check-result',
  'intake-form',
  'intake-submission',
  'intake-receipt',
  'education-module',
  'education-module-summary',
  'education-module-summaries',
];

async function getJson<T = unknown>(url: string): Promise<T> {
  const res = await fetch(url);
  expect(res.status, `GET ${url}`).to.equal(200);
  return (await res.json()) as T;
}

const schemaOf = (name: string) => getJson<JsonSchema>(`/schemas/${name}.schema.json`);

/** Calls `visit` on every subschema (not on the maps that hold them). */
function eachSubschema(schema: JsonSchema, visit: (s: JsonSchema) => void): void {
  visit(schema);
  for (const [k, v] of Object.entries(schema)) {
    if ((k === 'properties' || k === '$defs') && v && typeof v === 'object') for (const s of Object.values(v)) eachSubschema(s as JsonSchema, visit);
    else if ((k === 'anyOf' || k === 'oneOf') && Array.isArray(v)) for (const s of v) eachSubschema(s as JsonSchema, visit);
    else if ((k === 'items' || k === 'additionalProperties' || k === 'propertyNames') && v && typeof v === 'object') eachSubschema(v as JsonSchema, visit);
  }
}

describe('published JSON Schemas', () => {
  for (const name of NAMES) {
    it(`${name}.schema.json is a draft 2020-12 document with $id, title and description`, async () => {
      const schema = await schemaOf(name);
      expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).to.be.a('string').and.match(new RegExp(`^https://[^ ]+/${name}\\.schema\\.json$`));
      expect(schema.title).to.be.a('string').and.not.equal('');
      expect(schema.description).to.be.a('string').and.have.length.greaterThan(20);
      expect(schema.type).to.be.oneOf(['object', 'array']);
    });

    it(`${name}.schema.json: required fields are declared, $refs resolve, keywords are standard`, async () => {
      const schema = await schemaOf(name);
      const problems: string[] = [];
      eachSubschema(schema, (s) => {
        for (const k of Object.keys(s)) if (!KNOWN_KEYWORDS.has(k)) problems.push(`unknown keyword ${k}`);
        const props = (s.properties ?? {}) as Record<string, unknown>;
        for (const r of (s.required ?? []) as string[]) if (!(r in props)) problems.push(`required ${r} has no property schema`);
        if (typeof s.$ref === 'string') {
          const m = /^#\/\$defs\/(.+)$/.exec(s.$ref);
          if (!m || !(schema.$defs as Record<string, unknown> | undefined)?.[m[1]]) problems.push(`unresolvable $ref ${s.$ref}`);
        }
        if (typeof s.pattern === 'string') {
          try {
            new RegExp(s.pattern, 'u');
          } catch {
            problems.push(`pattern is not an ECMA-262 regex: ${s.pattern}`);
          }
        }
      });
      expect(problems).to.deep.equal([]);
    });
  }

  it('program.schema.json requires what the kit requires of a program', async () => {
    const schema = await schemaOf('program');
    expect(schema.required).to.include.members(['id', 'name', 'center', 'focus', 'levelOfCare', 'format', 'languages', 'timeZone', 'tracks', 'intakePhone', 'payment']);
    expect(schema.required).not.to.include('description');
  });

  it('every sample program in demo/data/programs.json has every required property and validates', async () => {
    const [program, programs] = await Promise.all([schemaOf('program'), schemaOf('programs')]);
    const samples = await getJson<Record<string, unknown>[]>('/demo/data/programs.json');
    expect(samples.length).to.be.greaterThan(0);
    for (const p of samples) {
      for (const key of program.required as string[]) expect(p, `${String(p.id)} lacks ${key}`).to.have.property(key);
      expect(validate(program, p), String(p.id)).to.deep.equal([]);
    }
    expect(validate(programs, samples)).to.deep.equal([]);
  });

  it('the sample payers, education modules and intake forms validate against their schemas', async () => {
    const [payers, module, form] = await Promise.all([schemaOf('payers'), schemaOf('education-module'), schemaOf('intake-form')]);
    const payerData = await getJson<unknown[]>('/demo/data/payers.json');
    expect(validate(payers, payerData)).to.deep.equal([]);
    expect(payerData.every((p) => parse(Payer, p).ok)).to.equal(true);
    for (const m of await getJson<Record<string, unknown>[]>('/demo/data/education-modules.json')) {
      expect(parse(EducationModule, m).ok, `zod: ${String(m.id)}`).to.equal(true);
      expect(validate(module, m), String(m.id)).to.deep.equal([]);
    }
    for (const f of await getJson<Record<string, unknown>[]>('/demo/data/intake-forms.json')) {
      expect(parse(IntakeForm, f).ok, `zod: ${String(f.id)}`).to.equal(true);
      expect(validate(form, f), String(f.id)).to.deep.equal([]);
    }
  });

  it('programs from the benchmark generator validate against program.schema.json', async () => {
    const schema = await schemaOf('program');
    for (const p of generatePrograms(200, { seed: 11 })) expect(validate(schema, p)).to.deep.equal([]);
  });

  it('rejects the mistakes the kit rejects that JSON Schema can express', async () => {
    const schema = await schemaOf('program');
    const [good] = generatePrograms(1, { seed: 3 }) as Record<string, unknown>[];
    const mistakes: [string, (p: Record<string, unknown>) => void][] = [
      ['missing name', (p) => delete p.name],
      ['unknown focus', (p) => (p.focus = 'addiction')],
      ['tracks not a list', (p) => (p.tracks = 'evenings')],
      ['no language', (p) => (p.languages = [])],
      ['bad id', (p) => (p.id = 'has spaces')],
      ['session day not a day', (p) => ((p.tracks as { sessions: { day: string }[] }[])[0].sessions[0].day = 'someday')],
      ['duration not a number', (p) => (p.durationWeeks = '8 weeks')],
    ];
    for (const [what, breakIt] of mistakes) {
      const bad = structuredClone(good);
      breakIt(bad);
      expect(parse(Program, bad).ok, `zod accepts: ${what}`).to.equal(false);
      expect(validate(schema, bad), `JSON Schema accepts: ${what}`).not.to.deep.equal([]);
    }
  });
});
