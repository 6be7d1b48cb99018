/**
 * Every story: a Language toolbar (English / Español) that sets the document's `lang`
 * — every iop-* element without its own `locale` follows it — and, from the elements'
 * JSDoc (custom-elements.json, analysed by .storybook/vite.config.ts), each element's
 * Docs page: attributes, properties, events, slots, CSS parts and CSS custom properties.
 */
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from 'virtual:iop-custom-elements-manifest';
import { manifestForDocs } from './docs-manifest.js';

setCustomElementsManifest(manifestForDocs(manifest));

const withLocale: Decorator = (story, context) => {
  const locale = context.globals.locale === 'es' ? 'es' : 'en';
  if (document.documentElement.lang !== locale) document.documentElement.lang = locale;
  return story();
};

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the elements (sets the page lang)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'es', title: 'Español', right: 'es' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [withLocale],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
};

export default preview;
