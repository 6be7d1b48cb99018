/**
 * The reference backend's sample data (demo/data/*.json): every record passes the
 * contract's schemas, and the set is varied enough to exercise every element
 * (levels of care, formats, tracks by time of day, Spanish content, payer kinds,
 * every education block type, a bilingual intake form with flags and consents).
 * Files are fetched over HTTP from the test server, as a browser would get them.
 */
import { expect } from '@open-wc/testing';
import {
  EducationModule,
  IntakeForm,
  Payer,
  Program,
  describeIssues,
  parseList,
  type Block,
  type Expr,
  type Question,
} from '../../src/core/schemas/index.js';
import { timeToMinutes } from '../../src/core/validators.js';

type Track = Program['tracks'][number];

async function fetchJson(name: string): Promise<unknown> {
  const res = await fetch(`/demo/data/${name}`);
  expect(res.ok, `GET /demo/data/${name} answered ${res.status}`).to.equal(true);
  return res.json();
}

/** Parses a whole file; fails with the readable issues of every rejected record. */
async function load<T>(name: string, schema: Parameters<typeof parseList>[0]): Promise<T[]> {
  const raw = await fetchJson(name);
  const result = parseList(schema, raw);
  if (!result.ok) throw new Error(`${name}: ${describeIssues(result.issues)}`);
  const rejected = result.data.rejected.map((r) => `#${r.index} ${r.id ?? ''}: ${describeIssues(r.issues, 10)}`);
  expect(rejected, `${name} has records that do not pass the schema:\n${rejected.join('\n')}`).to.deep.equal([]);
  return result.data.items as T[];
}

const en = (t: unknown): string => (typeof t === 'string' ? t : ((t as { en?: string }).en ?? ''));
const isBilingual = (t: unknown) => typeof t === 'object' && t !== null && !!(t as { en?: string }).en?.trim() && !!(t as { es?: string }).es?.trim();
const unique = (xs: string[]) => new Set(xs).size === xs.length;
const count = <T>(xs: T[], pred: (x: T) => boolean) => xs.filter(pred).length;

/** Hours per week of one track, from its sessions (never typed in the data). */
const trackHours = (t: Track) => t.sessions.reduce((sum, s) => sum + timeToMinutes(s.end) - timeToMinutes(s.start), 0) / 60;

/**
 * ASAM levels of care (DESIGN.md §8): 1 outpatient under 9 h/week; 2.1 intensive
 * outpatient 9–19 h/week for adults, 6–19 for adolescents; 2.5 partial hospitalization 20 h or more.
 */
function hoursFitLevel(p: Program, hours: number): boolean {
  if (p.levelOfCare === 'op') return hours > 0 && hours < 9;
  if (p.levelOfCare === 'php') return hours >= 20;
  const min = p.populations.includes('adolescents') ? 6 : 9;
  return hours >= min && hours <= 19;
}

const isEvening = (t: Track) => t.sessions.some((s) => timeToMinutes(s.start) >= 17 * 60);
const isMorning = (t: Track) => t.sessions.some((s) => timeToMinutes(s.start) < 12 * 60 && s.day !== 'sat' && s.day !== 'sun');
const isAfternoon = (t: Track) => t.sessions.some((s) => timeToMinutes(s.start) >= 12 * 60 && timeToMinutes(s.start) < 17 * 60);
const isWeekend = (t: Track) => t.sessions.some((s) => s.day === 'sat' || s.day === 'sun');

let programs: Program[];
let payers: Payer[];
let modules: EducationModule[];
let forms: IntakeForm[];

before(async () => {
  [programs, payers, modules, forms] = await Promise.all([
    load<Program>('programs.json', Program),
    load<Payer>('payers.json', Payer),
    load<EducationModule>('education-modules.json', EducationModule),
    load<IntakeForm>('intake-forms.json', IntakeForm),
  ]);
});

describe('sample programs', () => {
  it('has at least 14 programs from at least 5 centers, with unique ids', () => {
    expect(programs.length).to.be.at.least(14);
    expect(new Set(programs.map((p) => p.center)).size).to.be.at.least(5);
    expect(unique(programs.map((p) => p.id)), 'program ids are unique').to.equal(true);
  });

  it('covers every focus, level of care and format', () => {
    for (const focus of ['substance-use', 'mental-health', 'co-occurring'] as const) expect(count(programs, (p) => p.focus === focus), focus).to.be.at.least(3);
    expect(count(programs, (p) => p.levelOfCare === 'iop')).to.be.at.least(6);
    expect(count(programs, (p) => p.levelOfCare === 'php')).to.be.at.least(2);
    expect(count(programs, (p) => p.levelOfCare === 'op')).to.be.at.least(2);
    expect(count(programs, (p) => p.format === 'in-person')).to.be.at.least(3);
    expect(count(programs, (p) => p.format === 'virtual')).to.be.at.least(2);
    expect(count(programs, (p) => p.format === 'hybrid')).to.be.at.least(2);
  });

  it('has hours per week on every track that match the level of care (ASAM)', () => {
    const wrong = programs.flatMap((p) =>
      p.tracks.filter((t) => !hoursFitLevel(p, trackHours(t))).map((t) => `${p.id}/${t.id}: ${trackHours(t)} h for ${p.levelOfCare}`),
    );
    expect(wrong).to.deep.equal([]);
    expect(programs.every((p) => p.tracks.length > 0), 'every sample program publishes its schedule').to.equal(true);
  });

  it('never has two sessions of one track at the same time', () => {
    const clashes: string[] = [];
    for (const p of programs)
      for (const t of p.tracks)
        t.sessions.forEach((a, i) =>
          t.sessions.slice(i + 1).forEach((b) => {
            if (a.day === b.day && timeToMinutes(a.start) < timeToMinutes(b.end) && timeToMinutes(b.start) < timeToMinutes(a.end))
              clashes.push(`${p.id}/${t.id} ${a.day} ${a.start} and ${b.start}`);
          }),
        );
    expect(clashes).to.deep.equal([]);
  });

  it('offers morning, afternoon, evening and weekend tracks, and several programs with 2–3 tracks', () => {
    const tracks = programs.flatMap((p) => p.tracks);
    expect(count(tracks, isMorning), 'morning tracks').to.be.at.least(3);
    expect(count(tracks, isAfternoon), 'afternoon tracks').to.be.at.least(2);
    expect(count(programs, (p) => p.tracks.some(isEvening)), 'programs with an evening track').to.be.at.least(5);
    expect(count(programs, (p) => p.tracks.some(isWeekend)), 'programs with weekend sessions').to.be.at.least(3);
    expect(count(programs, (p) => p.tracks.length >= 2 && p.tracks.length <= 3), 'programs with 2–3 tracks').to.be.at.least(5);
  });

  it('uses every session type, with a title on every session', () => {
    const types = new Set(programs.flatMap((p) => p.tracks.flatMap((t) => t.sessions.map((s) => s.type))));
    expect([...types].sort()).to.deep.equal(
      ['drug-testing', 'education', 'family', 'group', 'holistic', 'individual', 'medication-management', 'peer-support'],
    );
    const untitled = programs.flatMap((p) => p.tracks.flatMap((t) => t.sessions.filter((s) => !s.title).map((s) => `${p.id}/${t.id} ${s.day} ${s.start}`)));
    expect(untitled).to.deep.equal([]);
  });

  it('serves varied populations', () => {
    const pops = new Set(programs.flatMap((p) => p.populations));
    for (const pop of ['adults', 'adolescents', 'young-adults', 'older-adults', 'veterans', 'women', 'lgbtq']) expect(pops.has(pop as never), pop).to.equal(true);
  });

  it('has at least 3 Spanish-language programs whose name and description exist in English and Spanish', () => {
    const spanish = programs.filter((p) => p.languages.includes('es'));
    expect(spanish.length).to.be.at.least(3);
    for (const p of spanish) {
      expect(isBilingual(p.name), `${p.id} name in en and es`).to.equal(true);
      expect(isBilingual(p.description), `${p.id} description in en and es`).to.equal(true);
      expect(p.tracks.every((t) => isBilingual(t.name)), `${p.id} track names in en and es`).to.equal(true);
    }
  });

  it('spans US time zones, with a virtual program on Arizona time (no daylight saving)', () => {
    const zones = new Set(programs.map((p) => p.timeZone));
    for (const z of ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Phoenix']) expect(zones.has(z), z).to.equal(true);
    expect(programs.some((p) => p.timeZone === 'America/Phoenix' && p.format === 'virtual')).to.equal(true);
  });

  it('gives virtual programs the states they serve and in-person/hybrid programs coordinates', () => {
    for (const p of programs) {
      if (p.format !== 'in-person') expect(p.statesServed?.length ?? 0, `${p.id} statesServed`).to.be.greaterThan(0);
      if (p.format !== 'virtual') expect(p.location?.coordinates, `${p.id} coordinates`).to.exist;
    }
  });

  it('only lists payers that exist in payers.json, and a TRICARE payer when TRICARE is accepted', () => {
    const known = new Map(payers.map((p) => [p.id, p]));
    const missing = programs.flatMap((p) => p.payment.payerIds.filter((id) => !known.has(id)).map((id) => `${p.id}: ${id}`));
    expect(missing).to.deep.equal([]);
    for (const p of programs.filter((x) => x.payment.options.includes('tricare')))
      expect(p.payment.payerIds.some((id) => known.get(id)?.kind === 'tricare'), `${p.id} lists a TRICARE payer`).to.equal(true);
    for (const p of programs.filter((x) => x.payment.options.includes('medicaid')))
      expect(p.payment.payerIds.some((id) => known.get(id)?.kind === 'medicaid'), `${p.id} lists a Medicaid payer`).to.equal(true);
  });

  it('has next openings in Dec 2026–Feb 2027, durations of 4–16 weeks, fictional 555-01xx phone numbers', () => {
    for (const p of programs) {
      expect(p.nextOpening! >= '2026-12-01' && p.nextOpening! <= '2027-02-28', `${p.id} nextOpening ${p.nextOpening}`).to.equal(true);
      expect(p.durationWeeks!, `${p.id} durationWeeks`).to.be.within(4, 16);
      expect(p.intakePhone, `${p.id} intakePhone`).to.match(/555-01\d\d$/);
      if (p.website) expect(new URL(p.website).hostname, `${p.id} website`).to.match(/\.example$/);
      expect(p.therapies.length && p.services.length && p.accreditation.length, `${p.id} therapies, services, accreditation`).to.be.greaterThan(0);
    }
    const accreditation = programs.flatMap((p) => p.accreditation).join(' | ');
    expect(accreditation).to.contain('The Joint Commission').and.to.contain('CARF').and.to.match(/Licensed by/);
  });
});

describe('sample payers', () => {
  it('lists at least 30 payers with unique string ids, leading zeros kept', () => {
    expect(payers.length).to.be.at.least(30);
    expect(unique(payers.map((p) => p.id))).to.equal(true);
    expect(payers.every((p) => typeof p.id === 'string')).to.equal(true);
    expect(payers.map((p) => p.id)).to.include.members(['00590', '00621', '04271']);
  });

  it('covers every kind, and uses the MBI rule for Medicare (and only Medicare)', () => {
    const kinds = new Set(payers.map((p) => p.kind));
    for (const k of ['commercial', 'medicaid', 'medicare', 'medicare-advantage', 'tricare', 'marketplace']) expect(kinds.has(k as never), k).to.equal(true);
    for (const p of payers) expect(p.memberIdRule === 'mbi', `${p.name}: memberIdRule`).to.equal(p.kind === 'medicare');
  });

  it('finds payers by the names and plan names people type', () => {
    const byAlias = (alias: string) => payers.filter((p) => [p.name, ...p.aliases].some((a) => a.toLowerCase() === alias.toLowerCase()));
    const cases: [string, string][] = [
      ['UHC', '87726'], ['Choice Plus', '87726'], ['Open Access Plus', '62308'], ['OAP', '62308'], ['LocalPlus', '62308'],
      ['Aetna Choice POS II', '60054'], ['Florida Blue', '00590'], ['Highmark', '54771'], ['Original Medicare', 'CMS'],
      ['Medi-Cal', '610442'], ['AHCCCS', '866004791'], ['Apple Health', 'SKWA0'], ['Humana Military', '99727'], ['TriWest', '99726'],
    ];
    for (const [alias, id] of cases) expect(byAlias(alias).map((p) => p.id), alias).to.include(id);
  });

  it('leaves out behavioral-health carve-out administrators (not the payer on the card)', () => {
    const text = payers.map((p) => [p.name, ...p.aliases].join(' ')).join(' ');
    expect(text).not.to.match(/Magellan|Beacon|Carelon/i);
  });
});

describe('sample education modules', () => {
  const byId = () => new Map(modules.map((m) => [m.id, m]));
  const types = (m: EducationModule) => m.blocks.map((b) => b.type);
  const textOf = (b: Block): string[] => {
    switch (b.type) {
      case 'heading': case 'paragraph': return [b.text];
      case 'list': return b.items;
      case 'callout': return [b.title ?? '', b.text];
      case 'quote': return [b.text];
      case 'check': return [b.question, ...b.options.flatMap((o) => [o.text, o.feedback])];
      case 'reflection': return [b.prompt];
      default: return [];
    }
  };

  it('has at least 6 modules in English and the same modules in Spanish, linked both ways', () => {
    const ids = byId();
    expect(unique(modules.map((m) => m.id))).to.equal(true);
    const english = modules.filter((m) => m.locale === 'en');
    expect(english.length).to.be.at.least(6);
    expect(count(modules, (m) => m.locale === 'es')).to.equal(english.length);
    for (const m of modules) {
      const other = m.locale === 'en' ? 'es' : 'en';
      const twin = ids.get(m.translations?.[other] ?? '');
      expect(twin, `${m.id} has its ${other} translation`).to.exist;
      expect(twin!.locale).to.equal(other);
      expect(twin!.translations?.[m.locale], `${twin!.id} points back to ${m.id}`).to.equal(m.id);
      expect(types(twin!), `${m.id} and ${twin!.id} have the same blocks`).to.deep.equal(types(m));
      expect(twin!.order).to.equal(m.order);
    }
  });

  it('has 8–20 blocks per module, and says first that it is sample content to review and replace', () => {
    for (const m of modules) {
      expect(m.blocks.length, m.id).to.be.within(8, 20);
      const first = m.blocks.find((b) => b.type === 'callout') as Extract<Block, { type: 'callout' }>;
      expect(`${first.title} ${first.text}`, m.id).to.match(m.locale === 'en' ? /sample content.*replace/is : /contenido de muestra.*reemplazarlo/is);
    }
  });

  it('uses every block type, every callout variant and both kinds of knowledge check, in each language', () => {
    for (const locale of ['en', 'es'] as const) {
      const blocks = modules.filter((m) => m.locale === locale).flatMap((m) => m.blocks);
      expect([...new Set(blocks.map((b) => b.type))].sort()).to.deep.equal(
        ['callout', 'check', 'heading', 'image', 'list', 'paragraph', 'quote', 'reflection', 'video'],
      );
      const variants = new Set(blocks.flatMap((b) => (b.type === 'callout' ? [b.variant] : [])));
      expect([...variants].sort()).to.deep.equal(['crisis', 'tip', 'warning']);
      const checks = blocks.filter((b): b is Extract<Block, { type: 'check' }> => b.type === 'check');
      expect(checks.some((c) => c.multiple) && checks.some((c) => !c.multiple), `${locale}: single and multiple checks`).to.equal(true);
      for (const c of checks) expect(c.options.some((o) => !o.correct), `${c.id} has a wrong option with feedback`).to.equal(true);
      const text = blocks.flatMap(textOf).join(' ');
      expect(text, `${locale}: inline markup`).to.match(/\*\*[^*]+\*\*/).and.to.match(/(^|[^*])\*[^*\s][^*]*\*/).and.to.match(/\]\(https:\/\//);
    }
  });

  it('gives every module crisis help: 988, 911 and the SAMHSA helpline', () => {
    for (const m of modules) {
      const crisis = m.blocks.filter((b): b is Extract<Block, { type: 'callout' }> => b.type === 'callout' && b.variant === 'crisis');
      expect(crisis.length, `${m.id} has a crisis callout`).to.be.at.least(1);
      for (const c of crisis) expect(c.text, m.id).to.contain('988').and.to.contain('911').and.to.contain('1-800-662-4357');
    }
    const all = modules.flatMap((m) => m.blocks.flatMap(textOf)).join(' ');
    expect(all).to.contain('](https://988lifeline.org)').and.to.contain('](https://www.samhsa.gov/find-help/helplines/national-helpline)');
    for (const name of ['Al-Anon', 'Nar-Anon', 'NAMI']) expect(all).to.contain(name);
  });

  it('links only to https or tel, and takes images and captioned videos from the same site', () => {
    const all = modules.flatMap((m) => m.blocks.flatMap(textOf)).join(' ');
    const targets = [...all.matchAll(/\]\(([^)]+)\)/g)].map((x) => x[1]);
    expect(targets.length).to.be.greaterThan(5);
    expect(targets.filter((t) => !/^(https:\/\/|tel:\+1\d{10}$)/.test(t))).to.deep.equal([]);
    for (const b of modules.flatMap((m) => m.blocks)) {
      if (b.type === 'image') expect(b.src, b.alt).to.match(/^\/images\/[a-z0-9-]+\.svg$/);
      if (b.type === 'image') expect(b.alt.length, b.src).to.be.greaterThan(30);
      if (b.type === 'video') {
        expect(b.src).to.match(/^\/media\/[a-z0-9-]+\.mp4$/);
        expect(b.captions).to.match(/^\/media\/[a-z0-9.-]+\.vtt$/);
      }
    }
  });

  it('is written in plain language (short sentences; English at about grade 8 or below)', () => {
    const syllables = (w: string) => {
      const s = w.toLowerCase().replace(/[^a-z]/g, '').replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
      return Math.max(1, (s.match(/[aeiouy]{1,2}/g) ?? []).length);
    };
    for (const m of modules) {
      const prose = m.blocks
        .flatMap((b) => (b.type === 'paragraph' || b.type === 'list' || b.type === 'callout' ? textOf(b) : []))
        .join(' ')
        .replace(/\]\([^)]*\)/g, ']')
        .replace(/[*[\]]/g, '');
      const sentences = prose.split(/[.!?:;]+(?:\s|$)/).filter((s) => s.trim().split(/\s+/).length > 2);
      const words = prose.split(/\s+/).filter((w) => /[A-Za-zÀ-ÿ]/.test(w));
      const wordsPerSentence = words.length / sentences.length;
      expect(wordsPerSentence, `${m.id}: words per sentence`).to.be.below(m.locale === 'en' ? 15 : 18);
      if (m.locale === 'en') {
        const grade = 0.39 * wordsPerSentence + 11.8 * (words.reduce((s, w) => s + syllables(w), 0) / words.length) - 15.59;
        expect(grade, `${m.id}: Flesch–Kincaid grade`).to.be.below(9);
      }
    }
  });
});

describe('sample intake form', () => {
  const form = () => forms.find((f) => f.id === 'sample-short-intake')!;
  const questions = () => form().pages.flatMap((p) => p.items.filter((i): i is Question => i.type !== 'instrument'));
  const q = (id: string) => questions().find((x) => x.id === id);
  const walk = (e: Expr, out: Expr[] = []): Expr[] => {
    out.push(e);
    if (e.op === 'not') walk(e.expr, out);
    if (e.op === 'and' || e.op === 'or') e.exprs.forEach((x) => walk(x, out));
    return out;
  };

  it('is sample-short-intake, in English and Spanish everywhere, on 3–4 pages', () => {
    expect(form(), 'sample-short-intake').to.exist;
    expect(form().locales).to.have.members(['en', 'es']);
    expect(form().pages.length).to.be.within(3, 4);
    const texts: unknown[] = [form().title];
    for (const p of form().pages) {
      texts.push(p.title, ...(p.description ? [p.description] : []));
      for (const i of p.items) {
        if (i.type === 'instrument') continue;
        texts.push(i.text);
        if ('help' in i && i.help) texts.push(i.help);
        if ('options' in i) texts.push(...i.options.map((o) => o.label));
        if (i.type === 'consent') texts.push(i.body);
      }
    }
    const monolingual = texts.filter((t) => !isBilingual(t)).map(en);
    expect(monolingual).to.deep.equal([]);
  });

  it('asks for contact basics with autofill tokens', () => {
    expect(q('dob')).to.include({ type: 'date', autocomplete: 'bday' });
    expect(q('phone')).to.include({ type: 'phone', autocomplete: 'tel' });
    expect(q('email')).to.include({ type: 'email', autocomplete: 'email' });
    expect(q('first-name')).to.include({ type: 'text', autocomplete: 'given-name' });
  });

  it('places the PHQ-9 and GAD-7, and shows substance questions only for substance use or both', () => {
    const instruments = form().pages.flatMap((p) => p.items.flatMap((i) => (i.type === 'instrument' ? [i.instrument] : [])));
    expect(instruments).to.include.members(['phq9', 'gad7']);
    const reason = q('reason') as Extract<Question, { type: 'single' }>;
    expect(reason.options.map((o) => o.value)).to.deep.equal(['substance-use', 'mental-health', 'both']);
    expect(q('substances')?.visibleIf).to.deep.equal({ op: 'in', q: 'reason', values: ['substance-use', 'both'] });
  });

  it('raises crisis and adolescent flags from its own questions', () => {
    const flags = form().flags ?? [];
    expect(q('crisis-now')?.type).to.equal('yes-no');
    expect(flags.find((f) => f.flag === 'crisis')?.when).to.deep.equal({ op: 'equals', q: 'crisis-now', value: true });
    expect(flags.find((f) => f.flag === 'adolescent')?.when).to.deep.equal({ op: 'lt', ageOf: 'dob', value: 18 });
  });

  it('refers only to questions and option values that exist', () => {
    const exprs = [
      ...(form().flags ?? []).map((f) => f.when),
      ...form().pages.flatMap((p) => p.items.flatMap((i) => [i.visibleIf, 'requiredIf' in i ? i.requiredIf : undefined])),
    ].filter((e): e is Expr => !!e);
    for (const e of exprs.flatMap((x) => walk(x))) {
      const ref = 'q' in e ? e.q : 'ageOf' in e ? e.ageOf : undefined;
      if (ref) expect(q(ref), `expression refers to ${ref}`).to.exist;
      if (e.op === 'in' && e.q) {
        const values = ((q(e.q) as { options?: { value: string }[] }).options ?? []).map((o) => o.value);
        expect(values, `${e.q} options`).to.include.members(e.values as string[]);
      }
    }
  });

  it('ends with a HIPAA notice, a 42 CFR Part 2 consent (full text, version) and a signature', () => {
    const consents = questions().filter((x): x is Extract<Question, { type: 'consent' }> => x.type === 'consent');
    expect(consents.map((c) => c.kind)).to.have.members(['hipaa-notice', '42-cfr-part-2']);
    const part2 = consents.find((c) => c.kind === '42-cfr-part-2')!;
    expect(part2.version).to.match(/\S/);
    expect(en(part2.body)).to.match(/revoke/i).and.to.match(/purpose/i).and.to.match(/ends|expire/i).and.to.match(/share them with/i);
    expect(form().pages.at(-1)!.items.at(-1)).to.include({ type: 'signature', required: true });
  });
});
