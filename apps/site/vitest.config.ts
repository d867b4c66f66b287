import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Browser tests start Chromium and visit every page; give them room on slow machines.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
