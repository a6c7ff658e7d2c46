import { defineConfig } from 'vitest/config';
import './tests/polyfills.ts';

export default defineConfig({
  test: {
    environment: 'node',
    // UI tests opt into jsdom with a `// @vitest-environment jsdom` line.
    setupFiles: ['tests/setup.ts'],
    // Generous: CI runs on a 2-core machine, and some tests spawn the CLI or render whole walks.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.{ts,tsx}'], exclude: ['tests/e2e/**'] } },
      {
        // End-to-end in Chromium: the app is built once per run in the global setup (tests/e2e/harness.ts).
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/e2e/global-setup.ts'], testTimeout: 60_000, hookTimeout: 120_000 },
      },
    ],
  },
});
