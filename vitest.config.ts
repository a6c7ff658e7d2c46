import { defineConfig } from 'vitest/config';
import './tests/polyfills.ts';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    // UI tests opt into jsdom with a `// @vitest-environment jsdom` line.
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
