import { defineConfig } from 'vitest/config';

// unit: pure modules; site: checks over the built dist/ and dist-kb/; e2e: the built sites in Chromium; timing: the browser tests that
// time the page, alone once the others are done (a time measured beside them would be theirs as much as the page's).
// unit and site only compute, a worker per processor; the browser tests come after them, one file at a time (Chromium keeps the
// processors busy, and their waits and layouts are measured on a machine doing nothing else).
const browser = { globalSetup: ['tests/support/e2e-setup.ts'], testTimeout: 60_000, hookTimeout: 60_000, maxWorkers: 1 };
export default defineConfig({
  test: {
    maxWorkers: '100%',
    projects: [
      // Two workers share the processors, and the command-line tests start Node itself: more than the default 5 s for one test.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], testTimeout: 15_000 } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], exclude: ['tests/e2e/**/*.timing.test.ts'], sequence: { groupOrder: 1 }, ...browser } },
      { test: { name: 'timing', include: ['tests/e2e/**/*.timing.test.ts'], sequence: { groupOrder: 2 }, ...browser } },
    ],
  },
});
