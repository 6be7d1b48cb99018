/**
 * Storybook 10 for iop-kit: `npm run storybook` (dev, http://localhost:6006) and
 * `npm run build-storybook` (static site in storybook-static/).
 *
 * Offline by design: no addons that fetch anything, telemetry and the "what's new"
 * feed disabled. Storybook's own controls, toolbars, viewport and backgrounds are
 * part of its core in v10. The Vite config is .storybook/vite.config.ts, not the
 * demo's vite.config.ts.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const here = dirname(fileURLToPath(import.meta.url));

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: [],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
    builder: { name: '@storybook/builder-vite', options: { viteConfigPath: join(here, 'vite.config.ts') } },
  },
};

export default config;
