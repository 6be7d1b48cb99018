/**
 * `<iop-provider>` stories. The provider shows nothing itself, so each story
 * wraps a small demo consumer that prints what it received. Stories are also
 * test fixtures: test/components/provider/provider.stories.test.ts renders each one.
 */
import { css, html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/provider.js';
import { IopElement } from '../src/components/base/iop-element.js';
import { defineElement } from '../src/components/base/define.js';
import { defineMessages } from '../src/core/i18n/catalogue.js';

const demoMessages = defineMessages(
  {
    title: 'What this element received',
    language: 'Language',
    center: 'Center',
    phone: 'Phone',
    notSet: 'Not set',
    english: 'English',
    spanish: 'Spanish',
  },
  {
    title: 'Lo que recibió este elemento',
    language: 'Idioma',
    center: 'Centro',
    phone: 'Teléfono',
    notSet: 'Sin definir',
    english: 'Inglés',
    spanish: 'Español',
  },
);

/** A demo consumer: shows the locale and center details it resolved. */
class IopProviderDemo extends IopElement {
  static override styles = [
    ...IopElement.styles,
    css`
      :host {
        border: 1px solid var(--_color-border);
        border-radius: var(--_radius);
        padding: var(--_space);
        background: var(--_color-surface);
        margin-block: calc(var(--_space) / 2);
      }
      h2 {
        font-size: 1.125em;
        margin: 0 0 calc(var(--_space) / 2);
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.25em 1em;
        margin: 0;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
    `,
  ];

  protected override render(): TemplateResult {
    const locale = this.effectiveLocale;
    const { name, phone } = this.center;
    return html`
      <h2>${this.t(demoMessages, 'title')}</h2>
      <dl>
        <dt>${this.t(demoMessages, 'language')}</dt>
        <dd class="locale">${this.t(demoMessages, locale === 'es' ? 'spanish' : 'english')} (${locale})</dd>
        <dt>${this.t(demoMessages, 'center')}</dt>
        <dd class="center-name">${name ?? this.t(demoMessages, 'notSet')}</dd>
        <dt>${this.t(demoMessages, 'phone')}</dt>
        <dd class="center-phone">${phone ?? this.t(demoMessages, 'notSet')}</dd>
      </dl>
    `;
  }
}
defineElement('iop-provider-demo', IopProviderDemo);

interface ProviderArgs {
  locale: string;
  centerName: string;
  centerPhone: string;
}

const meta: Meta<ProviderArgs> = {
  title: 'Elements/Provider',
  component: 'iop-provider',
  tags: ['autodocs'],
  args: { locale: 'en', centerName: 'Harbor Recovery Center', centerPhone: '(555) 201-0100' },
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'es'] } },
  render: ({ locale, centerName, centerPhone }) => html`
    <iop-provider locale=${locale} center-name=${centerName} center-phone=${centerPhone}>
      <iop-provider-demo></iop-provider-demo>
    </iop-provider>
  `,
};
export default meta;

type Story = StoryObj<ProviderArgs>;

/** English: every element inside gets the center's details. */
export const English: Story = {};

/** Spanish: `locale="es"` on the provider switches every element inside. */
export const Spanish: Story = {
  args: { locale: 'es', centerName: 'Centro de Recuperación Harbor' },
};

/** An element's own attributes win over the provider's. */
export const ElementOverrides: Story = {
  render: ({ locale, centerName, centerPhone }) => html`
    <iop-provider locale=${locale} center-name=${centerName} center-phone=${centerPhone}>
      <iop-provider-demo></iop-provider-demo>
      <iop-provider-demo locale="es" center-name="Harbor Evening IOP"></iop-provider-demo>
    </iop-provider>
  `,
};

/** Without a provider an element falls back to the page's `lang`, then English. */
export const WithoutProvider: Story = {
  render: () => html`
    <div lang="es"><iop-provider-demo center-phone="(555) 201-0100"></iop-provider-demo></div>
    <iop-provider-demo></iop-provider-demo>
  `,
};

/** Themed through `--iop-*` tokens set on the provider (they inherit into every element). */
export const Themed: Story = {
  render: ({ locale, centerName, centerPhone }) => html`
    <iop-provider
      locale=${locale}
      center-name=${centerName}
      center-phone=${centerPhone}
      style="--iop-color-border: #2f6f4f; --iop-radius: 0; --iop-space: 1.5rem; --iop-color-surface: #f4faf6; --iop-font-size: 1.125rem"
    >
      <iop-provider-demo></iop-provider-demo>
    </iop-provider>
  `,
};
