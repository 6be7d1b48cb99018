import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { commonMessages, defineMessages, interpolate, loadCatalogue, placeholderMismatches, translate } from '../../../src/core/i18n/index.js';
import { noticeMessages } from '../../../src/core/i18n/notices.js';

const messages = defineMessages(
  {
    greeting: 'Hello, {name}!',
    call: 'Call {center} at {phone}',
    plain: 'Close',
    programs: { zero: 'No programs match your filters', one: '{count} program matches', other: '{count} programs match' },
    sessions: { one: '{count} session on {day}', other: '{count} sessions on {day}' },
  },
  {
    greeting: '¡Hola, {name}!',
    call: 'Llame a {center} al {phone}',
    plain: 'Cerrar',
    programs: { zero: 'Ningún programa coincide con sus filtros', one: '{count} programa coincide', other: '{count} programas coinciden' },
    sessions: { one: '{count} sesión el {day}', other: '{count} sesiones el {day}' },
  },
);

before(async () => {
  await loadCatalogue(commonMessages, 'es');
  await loadCatalogue(noticeMessages, 'es');
});

describe('i18n catalogues', () => {
  it('interpolates named parameters in each language', () => {
    expect(translate(messages, 'en', 'greeting', { name: 'Ana' })).to.equal('Hello, Ana!');
    expect(translate(messages, 'es', 'greeting', { name: 'Ana' })).to.equal('¡Hola, Ana!');
    expect(translate(messages, 'es', 'call', { center: 'Harbor', phone: '(555) 201-0100' })).to.equal('Llame a Harbor al (555) 201-0100');
    expect(translate(messages, 'en', 'plain')).to.equal('Close');
  });

  it('chooses English plural forms for 0, 1 and 2', () => {
    expect(translate(messages, 'en', 'programs', { count: 0 })).to.equal('No programs match your filters');
    expect(translate(messages, 'en', 'programs', { count: 1 })).to.equal('1 program matches');
    expect(translate(messages, 'en', 'programs', { count: 2 })).to.equal('2 programs match');
    expect(translate(messages, 'en', 'sessions', { count: 0, day: 'Monday' })).to.equal('0 sessions on Monday');
  });

  it('chooses Spanish plural forms for 0, 1 and 2', () => {
    expect(translate(messages, 'es', 'programs', { count: 0 })).to.equal('Ningún programa coincide con sus filtros');
    expect(translate(messages, 'es', 'programs', { count: 1 })).to.equal('1 programa coincide');
    expect(translate(messages, 'es', 'programs', { count: 2 })).to.equal('2 programas coinciden');
    expect(translate(messages, 'es', 'sessions', { count: 0, day: 'lunes' })).to.equal('0 sesiones el lunes');
    expect(translate(messages, 'es', 'sessions', { count: 1, day: 'lunes' })).to.equal('1 sesión el lunes');
  });

  it('falls back to "other" for a CLDR category the message does not give (Spanish "many" for a million)', () => {
    expect(translate(messages, 'es', 'programs', { count: 1_000_000 })).to.equal('1,000,000 programas coinciden');
  });

  it('formats numeric parameters for the locale', () => {
    expect(translate(messages, 'en', 'programs', { count: 25000 })).to.equal('25,000 programs match');
  });

  it('leaves a placeholder without a value visible instead of blank', () => {
    expect(interpolate('Call {phone}', {}, 'en')).to.equal('Call {phone}');
  });

  it('never evaluates parameter values: braces and code in a value are inserted as text', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(translate(messages, 'en', 'greeting', { name: value })).to.equal(`Hello, ${value}!`);
      }),
    );
  });

  it('falls back to English at run time for a key a plain-JS caller left out of Spanish', () => {
    const loose = { en: { only: 'Only English' }, es: {} } as unknown as typeof messages;
    expect(translate(loose, 'es', 'only' as 'plain')).to.equal('Only English');
  });

  it('loads Spanish from its file only when asked, once, and speaks English until then', async () => {
    let loads = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const lazy = defineMessages({ close: 'Close' }, async () => {
      loads++;
      await gate;
      return { default: { close: 'Cerrar' } };
    });
    expect(loads).to.equal(0);
    expect(loadCatalogue(lazy, 'en')).to.equal(undefined);
    expect(loads).to.equal(0);
    const first = loadCatalogue(lazy, 'es');
    const second = loadCatalogue(lazy, 'es');
    expect(first).to.be.instanceOf(Promise);
    expect(second).to.equal(first);
    expect(translate(lazy, 'es', 'close')).to.equal('Close');
    release();
    await first;
    expect(loads).to.equal(1);
    expect(translate(lazy, 'es', 'close')).to.equal('Cerrar');
    expect(loadCatalogue(lazy, 'es')).to.equal(undefined);
  });

  it('keeps English when the Spanish file cannot be fetched, without retrying on every render', async () => {
    let attempts = 0;
    const flaky = defineMessages({ close: 'Close' }, async () => {
      if (++attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { default: { close: 'Cerrar' } };
    });
    await loadCatalogue(flaky, 'es');
    expect(translate(flaky, 'es', 'close')).to.equal('Close');
    await loadCatalogue(flaky, 'es');
    expect(attempts).to.equal(1);
    expect(translate(flaky, 'es', 'close')).to.equal('Close');
  });

  it('keeps a message text unchanged when it has no placeholders, whatever parameters are given', () => {
    expect(interpolate('Nothing to replace', { a: 1 }, 'es')).to.equal('Nothing to replace');
  });

  it('reports Spanish messages whose placeholders differ from English', async () => {
    const bad = defineMessages({ a: 'Call {phone}', b: 'Hi' }, { a: 'Llame al {telefono}', b: 'Hola' });
    expect(await placeholderMismatches(bad)).to.deep.equal(['a']);
    expect(await placeholderMismatches(messages)).to.deep.equal([]);
  });

  it('rejects at compile time a Spanish catalogue with a missing or extra key, and wrong parameters', () => {
    // Each line below must fail to type-check; `tsc --noEmit` (npm test) fails if any of them compiles.
    // @ts-expect-error es lacks "b"
    defineMessages({ a: 'A', b: 'B' }, { a: 'A' });
    // @ts-expect-error es has a key en does not have
    defineMessages({ a: 'A' }, { a: 'A', b: 'B' });
    // @ts-expect-error a Spanish file lacking "b"
    defineMessages({ a: 'A', b: 'B' }, async () => ({ default: { a: 'A' } }));
    // @ts-expect-error "greeting" needs { name }
    expect(() => translate(messages, 'en', 'greeting')).not.to.throw();
    // @ts-expect-error a plural needs a numeric count
    translate(messages, 'en', 'programs', { count: '2' });
    // @ts-expect-error unknown key
    translate(messages, 'en', 'nope');
  });
});

describe('common catalogue', () => {
  it('has the same placeholders in English and Spanish', async () => {
    expect(await placeholderMismatches(commonMessages)).to.deep.equal([]);
    expect(await placeholderMismatches(noticeMessages)).to.deep.equal([]);
  });

  it('tells the user to call the center when a static source cannot send a form, with and without a phone', () => {
    expect(translate(noticeMessages, 'en', 'staticSourceNotice', { phone: '(555) 201-0100' })).to.equal(
      "This website can't send this form online. Please call (555) 201-0100.",
    );
    expect(translate(noticeMessages, 'es', 'staticSourceNotice', { phone: '(555) 201-0100' })).to.equal(
      'Este sitio web no puede enviar este formulario en línea. Por favor, llame al (555) 201-0100.',
    );
    expect(translate(noticeMessages, 'en', 'staticSourceNoticeNoPhone')).to.not.contain('{');
    expect(translate(noticeMessages, 'es', 'staticSourceNoticeNoPhone')).to.contain('llame');
  });

  it('states the storage fallback in both languages', () => {
    expect(translate(noticeMessages, 'en', 'storageFallbackNotice')).to.equal(
      "Your answers can't be saved on this device; they will be lost if you leave this page.",
    );
    expect(translate(noticeMessages, 'es', 'storageFallbackNotice')).to.contain('se perderán');
  });

  it('names the crisis lines with their numbers in both languages', () => {
    for (const locale of ['en', 'es'] as const) {
      expect(translate(noticeMessages, locale, 'crisisLifeline')).to.contain('988');
      expect(translate(noticeMessages, locale, 'crisisEmergency')).to.contain('911');
      expect(translate(noticeMessages, locale, 'crisisSamhsa')).to.contain('1-800-662-4357');
    }
    expect(translate(noticeMessages, 'es', 'crisisLifeline')).to.contain('AYUDA');
  });
});
