/** The form: errors after interaction, the error summary, voices, configuration errors, Spanish, photos. */
import { expect, html } from '@open-wc/testing';
import { placeholderMismatches } from '../../../src/core/i18n/catalogue.js';
import { messages } from '../../../src/components/insurance-check/messages.js';
import { resultMessages } from '../../../src/components/insurance-check/result-messages.js';
import { errorKey } from '../../../src/components/insurance-check/form-view.js';
import '../../../src/define/provider.js';
import type { InsuranceCheckRequest } from '../../../src/core/schemas/index.js';
import { allText, click, leaveField, fillValid, focused, mount, q, qq, setDate, submit, text, type, waitForResult } from './helpers.js';
import type { El } from './helpers.js';

const fieldIds = ['f-firstName', 'f-lastName', 'f-memberId', 'f-groupNumber', 'f-phone', 'f-email'];

function yearsAgo(years: number): string {
  const d = new Date();
  return `${d.getFullYear() - years}-01-01`;
}

describe('<iop-insurance-check> form', () => {
  it('catalogue: Spanish has the same placeholders as English (the form and the result panel)', async () => {
    expect(await placeholderMismatches(messages)).to.deep.equal([]);
    expect(await placeholderMismatches(resultMessages)).to.deep.equal([]);
  });

  it('every error validateInsuranceForm can give has its own message', () => {
    const codes = {
      firstName: ['required', 'tooLong'],
      holderLastName: ['required', 'tooLong'],
      holderDob: ['required', 'dateIncomplete', 'dateInvalid', 'dateFuture', 'dateTooOld'],
      isHolder: ['required'],
      relationship: ['required'],
      payer: ['required', 'payerChoose', 'tooLong'],
      memberId: ['required', 'memberId', 'mbi'],
      groupNumber: ['groupNumber'],
      phone: ['phone', 'contactRequired'],
      email: ['email'],
      consentVerify: ['required'],
    } as const;
    for (const [field, list] of Object.entries(codes)) {
      for (const code of list) expect(messages.en[errorKey(field as never, code)], `${field} ${code}`).to.be.a('string');
    }
  });

  it('renders the empty form accessibly, with labels, autocomplete tokens and limits', async () => {
    const el = await mount();
    expect(text(el, 'h2')).to.equal('Check your insurance');
    for (const id of fieldIds) expect(q(el, `label[for="${id}"]`), id).to.exist;
    expect(q<HTMLInputElement>(el, '#f-firstName')!.autocomplete).to.equal('given-name');
    expect(q<HTMLInputElement>(el, '#f-firstName')!.maxLength).to.equal(35);
    expect(q<HTMLInputElement>(el, '#f-lastName')!.autocomplete).to.equal('family-name');
    expect(q<HTMLInputElement>(el, '#f-lastName')!.maxLength).to.equal(60);
    expect(['month', 'day', 'year'].map((p) => q<HTMLInputElement>(el, `#f-dob-${p}`)!.getAttribute('autocomplete'))).to.deep.equal(['bday-month', 'bday-day', 'bday-year']);
    expect(text(el, '#h-firstName')).to.equal('Exactly as printed on the card.');
    expect(qq(el, '.error')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('for someone else: autocomplete off on the patient fields and the copy speaks of "the patient"', async () => {
    const el = await mount();
    await click(el, '#f-forWhom-other');
    expect(q<HTMLInputElement>(el, '#f-firstName')!.autocomplete).to.equal('off');
    expect(q<HTMLInputElement>(el, '#f-dob-year')!.autocomplete).to.equal('off');
    expect(allText(el)).to.include("The patient's details, exactly as on the insurance card");
    expect(allText(el)).to.include('Is the patient the policy holder');
  });

  for (const [id, value, message] of [
    ['f-firstName', '', 'Enter the first name, exactly as on the card.'],
    ['f-lastName', '', 'Enter the last name, exactly as on the card.'],
    ['f-memberId', 'A!', 'A member ID has 2 to 80 letters and numbers'],
    ['f-groupNumber', 'G#1', 'A group number has up to 50 letters and numbers'],
    ['f-phone', '123-456-7890', 'Enter a 10-digit US phone number'],
    ['f-email', 'someone@', 'Enter an e-mail address like name@example.org.'],
  ] as const) {
    it(`#${id}: the error appears after leaving the field, not while typing`, async () => {
      const el = await mount();
      const field = id.slice(2);
      await type(el, id, value, false);
      expect(q(el, `#e-${field}`), 'no error while typing').to.equal(null);
      expect(q(el, `#${id}`)!.getAttribute('aria-invalid')).to.equal('false');
      await leaveField(el, q<HTMLInputElement>(el, `#${id}`)!);
      expect(text(el, `#e-${field}`)).to.include(message);
      const input = q(el, `#${id}`)!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')!.split(' ')).to.include(`e-${field}`);
      expect(q<HTMLInputElement>(el, `#${id}`)!.value, 'what was typed stays').to.equal(value);
      await expect(el).to.be.accessible();
    });
  }

  it('date of birth: the error appears when focus leaves the three fields, and names what is wrong', async () => {
    const el = await mount();
    await type(el, 'f-dob-month', '2', false);
    await type(el, 'f-dob-day', '30', false);
    q<HTMLInputElement>(el, '#f-dob-year')!.focus();
    await el.updateComplete;
    expect(q(el, '#e-dob'), 'moving inside the group shows nothing').to.equal(null);
    await type(el, 'f-dob-year', '1990');
    expect(text(el, '#e-dob')).to.include('This date does not exist.');
    await type(el, 'f-dob-day', '28', false);
    await type(el, 'f-dob-year', String(new Date().getFullYear() + 1));
    expect(text(el, '#e-dob')).to.include('cannot be in the future');
  });

  it('on submit: an error summary, focused, whose links focus each field', async () => {
    const el = await mount();
    await submit(el);
    const summary = q(el, '.error-summary')!;
    expect(summary).to.exist;
    expect(focused(el)).to.equal(summary);
    expect(text(el, '.error-summary h3')).to.equal('Please check 7 answers');
    const links = qq<HTMLAnchorElement>(el, '.error-summary a');
    expect(links.map((a) => a.dataset['field'])).to.deep.equal(['firstName', 'lastName', 'dob', 'isHolder', 'payer', 'memberId', 'consentVerify']);
    const targets: Record<string, string> = {
      firstName: 'f-firstName',
      lastName: 'f-lastName',
      dob: 'f-dob-month',
      isHolder: 'f-isHolder-yes',
      payer: 'f-payer',
      memberId: 'f-memberId',
      consentVerify: 'f-consentVerify',
    };
    for (const a of links) {
      a.click();
      await el.updateComplete;
      expect(focused(el)?.id, a.dataset['field']).to.equal(targets[a.dataset['field']!]);
    }
    // Every field shows its error, tied to it.
    expect(q(el, '#f-consentVerify')!.getAttribute('aria-describedby')).to.equal('e-consentVerify');
    await expect(el).to.be.accessible();
  });

  it('the summary shrinks as errors are fixed, and nothing typed is lost', async () => {
    const el = await mount();
    await type(el, 'f-firstName', 'Jordan');
    await submit(el);
    expect(text(el, '.error-summary h3')).to.equal('Please check 6 answers');
    await type(el, 'f-lastName', 'Rivera');
    expect(text(el, '.error-summary h3')).to.equal('Please check 5 answers');
    expect(q<HTMLInputElement>(el, '#f-firstName')!.value).to.equal('Jordan');
  });

  it('contact-required: a phone or an e-mail is needed', async () => {
    const el = await mount(html`<iop-insurance-check api-base="/api" contact-required></iop-insurance-check>`);
    await fillValid(el);
    await submit(el);
    expect(text(el, '.error-summary')).to.include('Enter a phone number or an e-mail address');
    await type(el, 'f-email', 'jordan@example.org');
    expect(q(el, '.error-summary')).to.equal(null);
  });

  it('policy holder "No": relationship and the holder details are asked and sent', async () => {
    const sent: InsuranceCheckRequest[] = [];
    const el = await mount(html`<iop-insurance-check></iop-insurance-check>`);
    el.backend = {
      searchPayers: () => [{ id: '87726', name: 'UnitedHealthcare', aliases: ['UHC'], kind: 'commercial', memberIdRule: 'generic' }],
      checkInsurance: (r: InsuranceCheckRequest) => {
        sent.push(r);
        return { status: 'needs-review', checkedAt: '2026-01-05T10:00:00Z', benefits: [], messages: [] };
      },
    };
    await el.updateComplete;
    await fillValid(el, { holder: false });
    await submit(el);
    expect(qq<HTMLAnchorElement>(el, '.error-summary a').map((a) => a.dataset['field'])).to.deep.equal(['relationship', 'holderFirstName', 'holderLastName', 'holderDob']);
    const select = q<HTMLSelectElement>(el, '#f-relationship')!;
    select.value = 'spouse';
    select.dispatchEvent(new Event('change'));
    await type(el, 'f-holderFirstName', 'Alex');
    await type(el, 'f-holderLastName', 'Rivera');
    await setDate(el, 'holderDob', '1988-10-03');
    await submit(el);
    await waitForResult(el);
    expect(sent[0]!.relationship).to.equal('spouse');
    expect(sent[0]!.subscriber).to.deep.equal({ firstName: 'Alex', lastName: 'Rivera', dateOfBirth: '1988-10-03' });
  });

  it('under 18: a parent/guardian voice, in the labels and in the consent text that is sent', async () => {
    const sent: InsuranceCheckRequest[] = [];
    const el = await mount(html`<iop-insurance-check center-name="Harbor Recovery"></iop-insurance-check>`);
    el.backend = {
      searchPayers: () => [{ id: '87726', name: 'UnitedHealthcare', aliases: ['UHC'], kind: 'commercial', memberIdRule: 'generic' }],
      checkInsurance: (r: InsuranceCheckRequest) => {
        sent.push(r);
        return { status: 'needs-review', checkedAt: '2026-01-05T10:00:00Z', benefits: [], messages: [] };
      },
    };
    await el.updateComplete;
    await click(el, '#f-forWhom-other');
    await setDate(el, 'dob', yearsAgo(15));
    expect(text(el, '.guardian-note')).to.equal('The patient is under 18, so we will talk with you as their parent or guardian.');
    expect(allText(el)).to.include("Your child's details, exactly as on the insurance card");
    expect(allText(el)).to.include("Your child's date of birth");
    expect(allText(el)).to.include('Is your child the policy holder?');
    expect(text(el, 'label[data-consent="verify"]')).to.include('I am the parent or legal guardian of the patient');
    await expect(el).to.be.accessible();
    await fillValid(el, { dob: yearsAgo(15), holder: true });
    await submit(el);
    await waitForResult(el);
    expect(sent[0]!.consents[0]!.text).to.include('I am the parent or legal guardian of the patient, and I authorize Harbor Recovery');
    expect(sent[0]!.forSelf).to.equal(false);
  });

  it('a bad NPI shows a configuration error instead of the form', async () => {
    const el = await mount(html`<iop-insurance-check api-base="/api" npi="1234567890" center-phone="(555) 201-0100"></iop-insurance-check>`);
    expect(q(el, 'form')).to.equal(null);
    expect(text(el, '#notice-heading')).to.equal('This insurance check is not set up correctly');
    expect(text(el, '.config-error')).to.include('the provider NPI "1234567890" is not a valid National Provider Identifier');
    expect(allText(el)).to.include('please call (555) 201-0100');
    await expect(el).to.be.accessible();
    el.npi = '1234567893';
    await el.updateComplete;
    expect(q(el, 'form')).to.exist;
  });

  it("a bad NPI from the provider's center-npi is a configuration error too", async () => {
    const wrap = await mount(html`<iop-provider api-base="/api" center-npi="12345"><iop-insurance-check></iop-insurance-check></iop-provider>` as never);
    const el = (wrap as unknown as HTMLElement).querySelector('iop-insurance-check') as El;
    await el.updateComplete;
    expect(text(el, '#notice-heading')).to.equal('This insurance check is not set up correctly');
  });

  it('Spanish: labels, errors, summary and the result', async () => {
    const el = await mount(html`<iop-insurance-check api-base="/api" locale="es" center-phone="(555) 201-0100"></iop-insurance-check>`);
    expect(el.getAttribute('lang')).to.equal('es');
    expect(text(el, 'h2')).to.equal('Verifique su seguro');
    expect(text(el, 'label[for="f-firstName"]')).to.equal('Nombre');
    await submit(el);
    expect(text(el, '.error-summary h3')).to.equal('Por favor, revise 7 respuestas');
    expect(text(el, '#e-firstName')).to.include('Escriba el nombre, exactamente como en la tarjeta.');
    await expect(el).to.be.accessible();
    await fillValid(el, { memberId: 'A1234' });
    await submit(el);
    expect(await waitForResult(el)).to.equal('Buenas noticias: el plan está activo');
    expect(allText(el)).to.include('Coseguro del 20%: usted paga el 20% del costo de cada visita después de su deducible.');
    expect(text(el, '.guarantee')).to.include('La verificación no es una garantía de pago.');
    await expect(el).to.be.accessible();
  });

  it('card photos (allow-card-photos): downscaled to a JPEG data: URL within limits, previewed, removable, sent', async function () {
    this.timeout(30000);
    const sent: InsuranceCheckRequest[] = [];
    const el = await mount(html`<iop-insurance-check allow-card-photos></iop-insurance-check>`);
    el.backend = {
      searchPayers: () => [{ id: '87726', name: 'UnitedHealthcare', aliases: ['UHC'], kind: 'commercial', memberIdRule: 'generic' }],
      checkInsurance: (r: InsuranceCheckRequest) => {
        sent.push(r);
        return { status: 'needs-review', checkedAt: '2026-01-05T10:00:00Z', benefits: [], messages: [] };
      },
    };
    await el.updateComplete;
    // A 3200×2000 PNG, as a phone might produce.
    const canvas = document.createElement('canvas');
    canvas.width = 3200;
    canvas.height = 2000;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#3366aa';
    ctx.fillRect(0, 0, 3200, 2000);
    // toDataURL is synchronous (toBlob may wait for a frame a background test page does not get).
    const blob = await (await fetch(canvas.toDataURL('image/png'))).blob();
    const file = new File([blob], 'card.png', { type: 'image/png' });
    const input = q<HTMLInputElement>(el, '#f-card-front')!;
    const dt = new DataTransfer();
    dt.items.add(file);
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    const { waitUntil } = await import('@open-wc/testing');
    await waitUntil(() => q(el, 'img[part="photo-preview"]'), 'preview', { timeout: 5000 });
    const img = q<HTMLImageElement>(el, 'img[part="photo-preview"]')!;
    expect(img.alt).to.equal('Preview: Front of the card');
    const bitmap = await createImageBitmap(await (await fetch(img.src)).blob());
    expect([bitmap.width, bitmap.height]).to.deep.equal([1600, 1000]);
    expect(img.src.startsWith('data:image/jpeg;base64,')).to.equal(true);
    await expect(el).to.be.accessible();
    await fillValid(el);
    await submit(el);
    await waitForResult(el);
    expect(sent[0]!.cardImages!.front!.length).to.be.lessThan(2_000_000);
    expect(sent[0]!.cardImages!.back).to.equal(undefined);
    // Remove: back to the file input, focused.
    await click(el, 'button[data-action="correct"]');
    await click(el, 'button[data-remove="front"]');
    expect(q(el, 'img[part="photo-preview"]')).to.equal(null);
    expect(focused(el)?.id).to.equal('f-card-front');
  });

  it('a file that is not an image: a clear message, nothing sent', async () => {
    const el = await mount(html`<iop-insurance-check api-base="/api" allow-card-photos></iop-insurance-check>`);
    const input = q<HTMLInputElement>(el, '#f-card-back')!;
    const dt = new DataTransfer();
    dt.items.add(new File(['not an image'], 'x.png', { type: 'image/png' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    const { waitUntil } = await import('@open-wc/testing');
    await waitUntil(() => q(el, '#e-card-back'), 'photo error', { timeout: 5000 });
    expect(text(el, '#e-card-back')).to.include('We could not read this file as a photo.');
  });
});
