import { expect } from '@open-wc/testing';
import { checkContent, isPlaceholderAlt, main, type CliIo, type ContentReport } from '../../../src/core/education/index.js';
import type { EducationModule } from '../../../src/core/schemas/education.js';
import { goodModule, goodModuleEs } from '../../fixtures/education/modules.js';

const clone = <T>(v: T): T => structuredClone(v);
const codes = (r: ContentReport, moduleIndex = 0) => r.modules[moduleIndex]!.issues.map((i) => `${i.severity}:${i.code}:${i.path}`);
const HARD =
  'Comprehensive multidisciplinary interventions characteristically incorporate psychoeducational methodologies, ' +
  'pharmacological considerations, and interpersonal communication competencies, facilitating individualized ' +
  'recovery trajectories for adolescents experiencing co-occurring psychiatric symptomatology and substance dependency.';

async function sample(): Promise<string> {
  const res = await fetch('/demo/data/education-modules.json');
  expect(res.ok).to.equal(true);
  return res.text();
}

function withBlocks(blocks: unknown[], extra: Partial<EducationModule> = {}): unknown {
  const { translations: _t, ...m } = clone(goodModule);
  return { ...m, ...extra, blocks };
}

describe('checkContent', () => {
  it('passes the sample catalogue with no errors', async () => {
    const report = checkContent(JSON.parse(await sample()));
    expect(report.modules).to.have.length(12);
    expect(report.errors, JSON.stringify(report.modules.flatMap((m) => m.issues))).to.equal(0);
    for (const m of report.modules) expect(m.readability?.grade, m.id).to.be.below(9);
  });

  it('accepts a module, a list, or { educationModules }', () => {
    expect(checkContent([clone(goodModule), clone(goodModuleEs)]).errors).to.equal(0);
    expect(checkContent({ educationModules: [clone(goodModule), clone(goodModuleEs)], programs: [] }).modules).to.have.length(2);
    expect(checkContent(withBlocks(clone(goodModule.blocks))).modules).to.have.length(1);
    expect(checkContent('text').sourceIssues[0]!.issue).to.include({ severity: 'error', code: 'input-shape' });
    expect(checkContent({ educationModules: {} }).errors).to.equal(1);
  });

  it('reports schema errors per block with their paths, and checks the other blocks', () => {
    const r = checkContent(withBlocks([{ type: 'image', src: '/a.png', alt: '' }, { type: 'video', src: '/v.mp4', title: 'V' }, { type: 'paragraph', text: 'A [bad](javascript:x) link.' }]));
    expect(codes(r)).to.include.members(['error:schema:blocks[0].alt', 'error:schema:blocks[1].captions', 'error:link-not-allowed:blocks[2].text']);
  });

  it('flags placeholder alt text and non-WebVTT captions', () => {
    const r = checkContent(
      withBlocks([
        { type: 'image', src: '/images/family.png', alt: 'image' },
        { type: 'image', src: '/images/family.png', alt: 'family.png' },
        { type: 'image', src: '/images/kitchen-talk.svg', alt: 'kitchen-talk' },
        { type: 'image', src: '/x.svg', alt: 'IMG_2041' },
        { type: 'image', src: '/x.svg', alt: 'Foto' },
        { type: 'image', src: '/x.svg', alt: 'A mother and son talk at the kitchen table.' },
        { type: 'video', src: '/v.mp4', title: 'Talking', captions: '/v.srt' },
      ]),
    );
    expect(codes(r).filter((c) => c.includes('alt-placeholder'))).to.deep.equal([0, 1, 2, 3, 4].map((i) => `error:alt-placeholder:blocks[${i}].alt`));
    expect(codes(r)).to.include('warning:captions-not-vtt:blocks[6].captions');
    expect(isPlaceholderAlt('Photo.')).to.equal(true);
  });

  it('warns on http links and media, errors on other schemes', () => {
    const r = checkContent(
      withBlocks([
        { type: 'paragraph', text: 'See [this](http://example.org) and [that](https://example.org) and [mail](mailto:a@b.org).' },
        { type: 'list', items: ['ok', '[x](data:text/html,hi)'] },
        { type: 'image', src: 'http://example.org/a.png', alt: 'A calendar with three evening sessions marked.' },
      ]),
    );
    expect(codes(r)).to.include.members(['warning:link-not-https:blocks[0].text', 'error:link-not-allowed:blocks[1].items[1]', 'warning:media-not-https:blocks[2].src']);
    expect(codes(r).filter((c) => c.startsWith('error'))).to.have.length(1);
  });

  it('warns when a crisis callout does not mention 988 and on unpaired markup', () => {
    const r = checkContent(withBlocks([{ type: 'callout', variant: 'crisis', text: 'Call 911 in an emergency.' }, { type: 'paragraph', text: 'This is **not closed.' }]));
    expect(codes(r)).to.include.members(['warning:crisis-without-988:blocks[0]', 'warning:literal-markup:blocks[1].text']);
    const ok = checkContent(withBlocks([{ type: 'callout', variant: 'crisis', title: 'Call 988', text: 'Any time.' }]));
    expect(codes(ok).some((c) => c.includes('crisis'))).to.equal(false);
  });

  it('warns on a hard module and a hard long paragraph, against --max-grade', () => {
    const r = checkContent(withBlocks([{ type: 'paragraph', text: `${HARD} ${HARD}` }], { estimatedMinutes: 1 }));
    expect(codes(r)).to.include.members(['warning:paragraph-grade:blocks[0]', 'warning:module-grade:']);
    expect(r.modules[0]!.readability!.grade!).to.be.above(15);
    expect(r.errors).to.equal(0);
    const lenient = checkContent(withBlocks([{ type: 'paragraph', text: `${HARD} ${HARD}` }], { estimatedMinutes: 1 }), { maxGrade: 60 });
    expect(codes(lenient).some((c) => c.includes('grade'))).to.equal(false);
  });

  it('warns when the declared minutes are off by more than half', () => {
    const blocks = clone(goodModule.blocks);
    expect(codes(checkContent(withBlocks(blocks, { estimatedMinutes: 2 })))).to.not.include('warning:reading-time:estimatedMinutes');
    expect(codes(checkContent(withBlocks(blocks, { estimatedMinutes: 30 })))).to.include('warning:reading-time:estimatedMinutes');
  });

  it('reports translations to missing modules, wrong locales, and duplicate ids', () => {
    expect(codes(checkContent(clone(goodModule)))).to.include('error:translation-missing:translations.es');
    const wrongLocale = { ...clone(goodModuleEs), locale: 'en' };
    expect(codes(checkContent([clone(goodModule), wrongLocale]))).to.include('error:translation-locale:translations.es');
    const noBack = { ...clone(goodModuleEs), translations: {} };
    expect(codes(checkContent([clone(goodModule), noBack]))).to.include('warning:translation-not-reciprocal:translations.es');
    const r = checkContent([clone(goodModule), clone(goodModuleEs), clone(goodModuleEs)]);
    expect(codes(r, 2)).to.include('error:duplicate-module-id:id');
    const dupBlocks = checkContent(withBlocks([{ type: 'reflection', id: 'a', prompt: 'P?' }, { type: 'reflection', id: 'a', prompt: 'Q?' }]));
    expect(codes(dupBlocks)).to.include('error:duplicate-block-id:blocks[1].id');
  });
});

function io(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = {
    readFile: async (path) => {
      if (!(path in files)) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return files[path]!;
    },
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  };
  return { cli, out, err };
}

describe('check-content command', () => {
  const good = JSON.stringify([goodModule, goodModuleEs]);
  const warnOnly = JSON.stringify(withBlocks([{ type: 'callout', variant: 'crisis', text: 'Call 911.' }]));
  const bad = JSON.stringify(withBlocks([{ type: 'image', src: '/a.png', alt: 'photo' }]));

  it('exits 0 for the sample catalogue and prints a table', async () => {
    const { cli, out, err } = io({ 'modules.json': await sample() });
    expect(await main(['modules.json'], cli)).to.equal(0);
    expect(err).to.deep.equal([]);
    const text = out.join('\n');
    expect(text).to.match(/^MODULE\s+LANG\s+GRADE/);
    expect(text).to.contain('what-is-addiction');
    expect(text).to.contain('que-es-la-adiccion');
    expect(text).to.contain('12 modules checked (grade limit 8): 0 errors');
  });

  it('exits 0 with warnings and 1 with errors, listing each issue', async () => {
    const w = io({ 'w.json': warnOnly });
    expect(await main(['w.json'], w.cli)).to.equal(0);
    expect(w.out.join('\n')).to.match(/warning\s+blocks\[0\]\s+crisis-without-988/);
    const e = io({ 'b.json': bad, 'g.json': good });
    expect(await main(['g.json', 'b.json'], e.cli)).to.equal(1);
    expect(e.out.join('\n')).to.match(/error\s+blocks\[0\]\.alt\s+alt-placeholder/);
    expect(e.out.join('\n')).to.contain('(b.json, #0)');
  });

  it('resolves translations across files', async () => {
    const { cli } = io({ 'en.json': JSON.stringify(goodModule), 'es.json': JSON.stringify(goodModuleEs) });
    expect(await main(['en.json', 'es.json'], cli)).to.equal(0);
    const alone = io({ 'en.json': JSON.stringify(goodModule) });
    expect(await main(['en.json'], alone.cli)).to.equal(1);
  });

  it('exits 2 with one line for a missing file, invalid JSON or bad arguments', async () => {
    for (const [argv, files, pattern] of [
      [['missing.json'], {}, /^check-content: cannot read missing\.json: ENOENT/],
      [['broken.json'], { 'broken.json': '{"id": ' }, /^check-content: broken\.json is not valid JSON: /],
      [[], {}, /no file given/],
      [['--max-grade', 'x', 'g.json'], { 'g.json': good }, /--max-grade needs a positive number/],
      [['--verbose', 'g.json'], { 'g.json': good }, /unknown option --verbose/],
    ] as [string[], Record<string, string>, RegExp][]) {
      const { cli, out, err } = io(files);
      expect(await main(argv, cli), argv.join(' ')).to.equal(2);
      expect(err).to.have.length(1);
      expect(err[0]).to.match(pattern);
      expect(err[0]).to.not.contain('\n');
      expect(out).to.deep.equal([]);
    }
  });

  it('prints the report as JSON with --json and honours --max-grade', async () => {
    const hard = JSON.stringify(withBlocks([{ type: 'paragraph', text: `${HARD} ${HARD}` }], { estimatedMinutes: 1 }));
    const j = io({ 'h.json': hard });
    expect(await main(['h.json', '--json', '--max-grade=60'], j.cli)).to.equal(0);
    const report = JSON.parse(j.out.join('\n')) as ContentReport;
    expect(report.modules[0]!.issues.filter((i) => i.code.endsWith('grade'))).to.deep.equal([]);
    const strict = io({ 'h.json': hard });
    expect(await main(['h.json', '--max-grade', '8'], strict.cli)).to.equal(0);
    expect(strict.out.join('\n')).to.contain('module-grade');
    const help = io({});
    expect(await main(['--help'], help.cli)).to.equal(0);
    expect(help.out[0]).to.match(/^usage: check-content/);
  });
});
