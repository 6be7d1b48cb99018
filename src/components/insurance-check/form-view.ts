/**
 * The fields of `<iop-insurance-check>`. Every control is a real `<input>`/`<select>`
 * with a `<label for>` in the same shadow root; hints and errors are tied to it with
 * `aria-describedby`; `aria-invalid` is set only once an error is shown (after the
 * person has left the field, or on submit — Lion's rule).
 *
 * Date of birth: three labelled inputs (month, day, year) with `inputmode="numeric"` and
 * `autocomplete="bday-month|bday-day|bday-year"`, the GOV.UK "memorable date" pattern.
 * Chosen over `<input type="date">` because the native picker makes people scroll back
 * decades on phones, is announced inconsistently by screen readers, cannot be autofilled
 * part by part, and its format differs by browser locale.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from '../base/directives.js';
import type { DateParts, FieldErrorCode, InsuranceField, InsuranceFormErrors, InsuranceFormValues } from '../../core/insurance-form.js';
import { FIRST_NAME_MAX, GROUP_NUMBER_MAX, LAST_NAME_MAX, MEMBER_ID_MAX } from '../../core/insurance-form.js';
import type { InsuranceMessageKey } from './messages.js';
import { tKey } from './view-context.js';
import type { ViewContext } from './view-context.js';

export type Voice = 'self' | 'other' | 'guardian';
type TextKey = 'firstName' | 'lastName' | 'holderFirstName' | 'holderLastName' | 'memberId' | 'groupNumber' | 'phone' | 'email' | 'payerFreeText';
type DateKey = 'dob' | 'holderDob';
export type PhotoSide = 'front' | 'back';

export interface FormView {
  ctx: ViewContext;
  values: InsuranceFormValues;
  /** Errors to show now (touched fields, or all after a submit). */
  shown: InsuranceFormErrors;
  voice: Voice;
  minor: boolean;
  contactRequired: boolean;
  allowCardPhotos: boolean;
  photoStatus: Partial<Record<PhotoSide, 'reading' | 'failed'>>;
  consentVerifyText: string;
  consentContactText: string;
  combobox: TemplateResult;
  set<K extends keyof InsuranceFormValues>(key: K, value: InsuranceFormValues[K]): void;
  setDate(key: DateKey, part: keyof DateParts, value: string): void;
  touch(field: InsuranceField): void;
  onPhoto(side: PhotoSide, file: File | undefined): void;
  onRemovePhoto(side: PhotoSide): void;
  onSubmit(e: Event): void;
}

/** Fields whose errors read like another's (the policy holder's name and date of birth). */
const ERRORS_OF: Partial<Record<InsuranceField, InsuranceField>> = { holderFirstName: 'firstName', holderLastName: 'lastName', holderDob: 'dob' };

/** The message key for a field's error: `err_<field>_<code>`, one for every code `validateInsuranceForm` gives that field. */
export const errorKey = (field: InsuranceField, code: FieldErrorCode): InsuranceMessageKey => `err_${ERRORS_OF[field] ?? field}_${code}` as InsuranceMessageKey;

/** The id of the control an error-summary link focuses. */
export function focusTarget(field: InsuranceField, values: InsuranceFormValues): string {
  switch (field) {
    case 'dob':
    case 'holderDob':
      return `f-${field}-month`;
    case 'isHolder':
      return 'f-isHolder-yes';
    case 'payer':
      return values.payerNotListed ? 'f-payerFreeText' : 'f-payer';
    default:
      return `f-${field}`;
  }
}

function errorText(v: FormView, field: InsuranceField): TemplateResult | typeof nothing {
  const code = v.shown[field];
  if (!code) return nothing;
  return html`<p id="e-${field}" class="error" part="error"><span aria-hidden="true">⚠ </span><span class="visually-hidden">${v.ctx.t('errorPrefix')} </span>${tKey(v.ctx.t, errorKey(field, code))}</p>`;
}

const describedBy = (v: FormView, field: InsuranceField, hint?: string) => [hint, v.shown[field] ? `e-${field}` : ''].filter(Boolean).join(' ') || nothing;

function optionalTag(v: FormView): TemplateResult {
  return html` <span class="tag">(${v.ctx.t('optional')})</span>`;
}

interface TextOptions {
  label: string;
  field: InsuranceField;
  hint?: string;
  type?: string;
  autocomplete: string;
  maxlength: number;
  required?: boolean;
  inputmode?: string;
  narrow?: boolean;
}

function textField(v: FormView, key: TextKey, o: TextOptions): TemplateResult {
  const id = `f-${key}`;
  const hintId = o.hint ? `h-${key}` : undefined;
  const invalid = Boolean(v.shown[o.field]);
  return html`<div class="field ${o.narrow ? 'narrow' : ''}">
    <label for=${id} part="label">${o.label}${o.required === false ? optionalTag(v) : nothing}</label>
    ${o.hint ? html`<p id=${hintId} class="hint" part="hint">${o.hint}</p>` : nothing}
    ${errorText(v, o.field)}
    <input
      id=${id}
      part="input"
      type=${o.type ?? 'text'}
      autocomplete=${o.autocomplete}
      maxlength=${o.maxlength}
      inputmode=${o.inputmode ?? nothing}
      ?required=${o.required !== false}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy(v, o.field, hintId)}
      .value=${live(v.values[key])}
      @input=${(e: Event) => v.set(key, (e.target as HTMLInputElement).value)}
      @blur=${() => v.touch(o.field)}
    />
  </div>`;
}

function dateField(v: FormView, key: DateKey, legend: string, autofill: boolean): TemplateResult {
  const { t } = v.ctx;
  const parts = v.values[key];
  const invalid = Boolean(v.shown[key]);
  const part = (name: keyof DateParts, label: string, max: number, token: string) => html`<div class="date-part ${name}">
    <label for="f-${key}-${name}">${label}</label>
    <input
      id="f-${key}-${name}"
      part="input"
      type="text"
      inputmode="numeric"
      pattern="[0-9]*"
      maxlength=${max}
      autocomplete=${autofill ? token : 'off'}
      required
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy(v, key, `h-${key}`)}
      .value=${live(parts[name])}
      @input=${(e: Event) => v.setDate(key, name, (e.target as HTMLInputElement).value)}
    />
  </div>`;
  return html`<fieldset
    class="date"
    part="date"
    @focusout=${(e: FocusEvent) => {
      const next = e.relatedTarget as Node | null;
      if (!next || !(e.currentTarget as HTMLElement).contains(next)) v.touch(key);
    }}
  >
    <legend part="label">${legend}</legend>
    <p id="h-${key}" class="hint" part="hint">${t('dobHint')}</p>
    ${errorText(v, key)}
    <div class="date-parts">
      ${part('month', t('month'), 2, 'bday-month')} ${part('day', t('day'), 2, 'bday-day')} ${part('year', t('year'), 4, 'bday-year')}
    </div>
  </fieldset>`;
}

function radio(v: FormView, name: string, id: string, checked: boolean, label: string, onChange: () => void, field?: InsuranceField): TemplateResult {
  return html`<div class="choice">
    <input
      type="radio"
      id=${id}
      name=${name}
      .checked=${live(checked)}
      aria-describedby=${field && v.shown[field] ? `e-${field}` : nothing}
      @change=${onChange}
    /><label for=${id}>${label}</label>
  </div>`;
}

function photoInput(v: FormView, side: PhotoSide): TemplateResult {
  const { t } = v.ctx;
  const label = t(side === 'front' ? 'photoFront' : 'photoBack');
  const url = side === 'front' ? v.values.cardFront : v.values.cardBack;
  const status = v.photoStatus[side];
  return html`<div class="photo" part="photo">
    ${url
      ? html`<img src=${url} alt=${t('photoPreview', { side: label })} part="photo-preview" />
          <button type="button" class="secondary" part="button" data-remove=${side} @click=${() => v.onRemovePhoto(side)}>
            ${t('photoRemove', { side: label })}
          </button>`
      : html`<label for="f-card-${side}">${label}${optionalTag(v)}</label>
          <input
            id="f-card-${side}"
            type="file"
            accept="image/*"
            aria-describedby="h-photos${status === 'failed' ? ` e-card-${side}` : ''}"
            @change=${(e: Event) => v.onPhoto(side, (e.target as HTMLInputElement).files?.[0])}
          />`}
    ${status === 'reading' ? html`<p class="hint" role="status">${t('photoReading')}</p>` : nothing}
    ${status === 'failed' ? html`<p id="e-card-${side}" class="error" role="alert">${t('photoFailed')}</p>` : nothing}
  </div>`;
}

/** The whole form. */
export function renderForm(v: FormView): TemplateResult {
  const { t } = v.ctx;
  const { values } = v;
  const voice = v.voice;
  const forOther = values.forWhom === 'other';
  const own = !forOther; // autofill the filler's own data only when the care is for them
  const contactHint = t(v.contactRequired ? 'contactHintRequired' : 'contactHintOptional');
  return html`<form novalidate part="form" @submit=${v.onSubmit}>
    <p class="note">${t('requiredNote')}</p>
    <fieldset part="section">
      <legend part="label">${t('whoLegend')}</legend>
      ${radio(v, 'forWhom', 'f-forWhom-me', values.forWhom === 'me', t('whoMe'), () => v.set('forWhom', 'me'))}
      ${radio(v, 'forWhom', 'f-forWhom-other', values.forWhom === 'other', t('whoOther'), () => v.set('forWhom', 'other'))}
    </fieldset>
    <div role="status" aria-live="polite">${v.minor ? html`<p class="guardian-note" part="guardian-note">${t('guardianNote')}</p>` : nothing}</div>

    <fieldset part="section">
      <legend part="label">${t(`patientLegend_${voice}`)}</legend>
      ${textField(v, 'firstName', { label: t('firstName'), field: 'firstName', hint: t('nameHint'), autocomplete: own ? 'given-name' : 'off', maxlength: FIRST_NAME_MAX })}
      ${textField(v, 'lastName', { label: t('lastName'), field: 'lastName', autocomplete: own ? 'family-name' : 'off', maxlength: LAST_NAME_MAX })}
      ${dateField(v, 'dob', t(`dob_${voice}`), own)}
    </fieldset>

    <fieldset part="section" aria-describedby=${v.shown.isHolder ? 'e-isHolder' : nothing}>
      <legend part="label">${t(`holderQuestion_${voice}`)}</legend>
      ${errorText(v, 'isHolder')}
      ${radio(v, 'isHolder', 'f-isHolder-yes', values.isHolder === 'yes', t('yes'), () => v.set('isHolder', 'yes'), 'isHolder')}
      ${radio(v, 'isHolder', 'f-isHolder-no', values.isHolder === 'no', t('no'), () => v.set('isHolder', 'no'), 'isHolder')}
    </fieldset>
    ${values.isHolder === 'no'
      ? html`<fieldset part="section">
          <legend part="label">${t('holderLegend')}</legend>
          <div class="field">
            <label for="f-relationship" part="label">${t(`relationship_${voice}`)}</label>
            ${errorText(v, 'relationship')}
            <select
              id="f-relationship"
              part="select"
              required
              aria-invalid=${v.shown.relationship ? 'true' : 'false'}
              aria-describedby=${describedBy(v, 'relationship')}
              .value=${live(values.relationship)}
              @change=${(e: Event) => v.set('relationship', (e.target as HTMLSelectElement).value as InsuranceFormValues['relationship'])}
              @blur=${() => v.touch('relationship')}
            >
              <option value="" ?selected=${values.relationship === ''}>${t('choose')}</option>
              <option value="spouse" ?selected=${values.relationship === 'spouse'}>${t('relSpouse')}</option>
              <option value="child" ?selected=${values.relationship === 'child'}>${t('relChild')}</option>
              <option value="other-adult" ?selected=${values.relationship === 'other-adult'}>${t('relOther')}</option>
            </select>
          </div>
          ${textField(v, 'holderFirstName', { label: t('firstName'), field: 'holderFirstName', autocomplete: forOther ? 'given-name' : 'off', maxlength: FIRST_NAME_MAX })}
          ${textField(v, 'holderLastName', { label: t('lastName'), field: 'holderLastName', autocomplete: forOther ? 'family-name' : 'off', maxlength: LAST_NAME_MAX })}
          ${dateField(v, 'holderDob', t('holderDob'), forOther)}
        </fieldset>`
      : nothing}

    <fieldset part="section">
      <legend part="label">${t('payerLegend')}</legend>
      ${values.payerNotListed
        ? textField(v, 'payerFreeText', { label: t('payerFreeText'), field: 'payer', autocomplete: 'off', maxlength: 200 })
        : html`<div class="field">
            <label for="f-payer" part="label">${t('payerLabel')}</label>
            <p id="h-payer" class="hint" part="hint">${t('payerHint')}</p>
            ${errorText(v, 'payer')} ${v.combobox}
          </div>`}
      <div class="choice">
        <input
          type="checkbox"
          id="f-payerNotListed"
          .checked=${live(values.payerNotListed)}
          @change=${(e: Event) => v.set('payerNotListed', (e.target as HTMLInputElement).checked)}
        /><label for="f-payerNotListed">${t('payerNotListed')}</label>
      </div>
      ${textField(v, 'memberId', {
        label: t('memberId'),
        field: 'memberId',
        hint: t(values.payer?.memberIdRule === 'mbi' && !values.payerNotListed ? 'memberIdHintMbi' : 'memberIdHint'),
        autocomplete: 'off',
        maxlength: MEMBER_ID_MAX,
      })}
      ${textField(v, 'groupNumber', { label: t('groupNumber'), field: 'groupNumber', hint: t('groupHint'), autocomplete: 'off', maxlength: GROUP_NUMBER_MAX, required: false })}
    </fieldset>

    ${v.allowCardPhotos
      ? html`<fieldset part="section photos">
          <legend part="label">${t('photosLegend')}</legend>
          <p id="h-photos" class="hint" part="hint">${t('photosHint')}</p>
          <div class="photo-row">${photoInput(v, 'front')} ${photoInput(v, 'back')}</div>
        </fieldset>`
      : nothing}

    <fieldset part="section">
      <legend part="label">${t('contactLegend')}</legend>
      <p class="hint" part="hint">${contactHint}</p>
      ${textField(v, 'phone', { label: t('phone'), field: 'phone', type: 'tel', inputmode: 'tel', autocomplete: 'tel-national', maxlength: 20, required: v.contactRequired ? undefined : false })}
      ${textField(v, 'email', { label: t('email'), field: 'email', type: 'email', autocomplete: 'email', maxlength: 254, required: v.contactRequired ? undefined : false })}
      <div class="field narrow">
        <label for="f-preferredTime" part="label">${t('preferredTime')}${optionalTag(v)}</label>
        <select
          id="f-preferredTime"
          part="select"
          .value=${live(values.preferredTime)}
          @change=${(e: Event) => v.set('preferredTime', (e.target as HTMLSelectElement).value as InsuranceFormValues['preferredTime'])}
        >
          <option value="" ?selected=${values.preferredTime === ''}>${t('choose')}</option>
          ${(['any', 'morning', 'afternoon', 'evening'] as const).map(
            (k) => html`<option value=${k} ?selected=${values.preferredTime === k}>${t(k === 'any' ? 'timeAny' : k === 'morning' ? 'timeMorning' : k === 'afternoon' ? 'timeAfternoon' : 'timeEvening')}</option>`,
          )}
        </select>
      </div>
      <div class="choice">
        <input type="checkbox" id="f-textOk" .checked=${live(values.textOk)} @change=${(e: Event) => v.set('textOk', (e.target as HTMLInputElement).checked)} /><label
          for="f-textOk"
          >${t('textOk')}</label
        >
      </div>
    </fieldset>

    <fieldset part="section consents">
      <legend part="label">${t('consentsLegend')}</legend>
      ${errorText(v, 'consentVerify')}
      <div class="choice consent">
        <input
          type="checkbox"
          id="f-consentVerify"
          required
          aria-invalid=${v.shown.consentVerify ? 'true' : 'false'}
          aria-describedby=${describedBy(v, 'consentVerify')}
          .checked=${live(values.consentVerifyAt !== '')}
          @change=${(e: Event) => v.set('consentVerifyAt', (e.target as HTMLInputElement).checked ? new Date().toISOString() : '')}
          @blur=${() => v.touch('consentVerify')}
        /><label for="f-consentVerify" data-consent="verify">${v.consentVerifyText}</label>
      </div>
      <div class="choice consent">
        <input
          type="checkbox"
          id="f-consentContact"
          .checked=${live(values.consentContactAt !== '')}
          @change=${(e: Event) => v.set('consentContactAt', (e.target as HTMLInputElement).checked ? new Date().toISOString() : '')}
        /><label for="f-consentContact" data-consent="contact">${v.consentContactText}</label>
      </div>
    </fieldset>
    <div class="actions">
      <button type="submit" class="primary" part="button button-primary submit">${t('submit')}</button>
    </div>
  </form>`;
}
