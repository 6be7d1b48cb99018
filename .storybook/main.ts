/**
 * Storybook 10 for iop-kit: `npm run storybook` (dev, http://localhost:6006) and
 * `npm run build-storybook` (static site in storybook-static/).
 *
 * Offline by design: no addons that fetch anything, telemetry and the "what's new"
 * feed disabled. Storybook's own controls, toolbars, viewport and backgrounds are
 * part of its core in v10. The Vite config is .storybook/vite.config.ts, not the
 * demo's vite.config.ts.
 *
 * Docs pages: every stories file's meta has `component: 'iop-…'` and `tags: ['autodocs']`,
 * and .storybook/preview.ts hands Storybook the custom elements manifest, so each element
 * gets a "Docs" page with its attributes, properties, events, slots, CSS parts and CSS
 * custom properties. Storybook 10 renders Docs pages with `@storybook/addon-docs` (a
 * devDependency, offline like the rest); it is added below when installed, so a checkout
 * without it still builds, with stories and controls but no Docs pages.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const here = dirname(fileURLToPath(import.meta.url));
const installed = (name: string) => existsSync(join(here, '../node_modules', name, 'package.json'));

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: installed('@storybook/addon-docs') ? ['@storybook/addon-docs'] : [],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
    builder: { name: '@storybook/builder-vite', options: { viteConfigPath: join(here, 'vite.config.ts') } },
  },
};

export default config;
