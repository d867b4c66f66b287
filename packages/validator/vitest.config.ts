import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Most tests run the built CLI in a child process (and one packs and installs the package); on a
    // busy machine that takes longer than unit tests usually get. No test asserts a duration.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
