import { defineConfig } from '@playwright/test';

/**
 * E2E tests drive the BUILT extension (.output/chrome-mv3; `npm run test:e2e` builds first) in
 * real Chromium against local HTTPS fixture sites served under the real AI hostnames.
 * Specs named `*.managed.spec.ts` write a machine-wide enterprise policy file, which every
 * running Chromium reads, so they run in their own project after all other specs.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // Long user stories (5 editors × triggers × SW stop × reload) on 2 loaded cores; not a perf bound.
  timeout: 120_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'extension', testIgnore: ['**/*.managed.spec.ts'] },
    { name: 'managed', testMatch: ['**/*.managed.spec.ts'], dependencies: ['extension'] },
  ],
});
