/**
 * URL paths at which web-test-runner (scripts/cem.ts `storybookFixturesPlugin()`) serves
 * the custom elements manifest and the list of stories files to the browser tests.
 * No Node imports: the browser tests import this file too.
 */
export const FIXTURE_PATHS = {
  manifest: '/__iop/custom-elements.json',
  docs: '/__iop/docs-tables.json',
  stories: '/__iop/stories.json',
} as const;
