import { defineConfig } from 'vitest/config';

// unit: pure modules; site: checks over the built dist/ and dist-kb/; e2e: the built sites in Chromium; timing: the browser tests that
// time the page, alone once the others are done (a time measured beside them would be theirs as much as the page's).
const browser = { globalSetup: ['tests/support/e2e-setup.ts'], testTimeout: 60_000, hookTimeout: 60_000 };
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'] } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], exclude: ['tests/e2e/**/*.timing.test.ts'], ...browser } },
      { test: { name: 'timing', include: ['tests/e2e/**/*.timing.test.ts'], sequence: { groupOrder: 1 }, ...browser } },
    ],
  },
});
