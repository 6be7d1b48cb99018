/// <reference types="vite/client" />
/**
 * Every story: a Language toolbar (English / Español) that sets the document's `lang`
 * — every iop-* element without its own `locale` follows it — and, once
 * `npm run build` has written custom-elements.json, controls and docs from the
 * elements' JSDoc.
 */
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';

// Present only after `npm run build` (cem analyze); the glob is empty otherwise.
const manifests = import.meta.glob<{ default: object }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);

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
