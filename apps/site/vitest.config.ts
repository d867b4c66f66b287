import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Browser tests start Chromium and visit every page; give them room on slow machines.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A page answers on the next frame; on a shared, busy machine that frame can be seconds away.
    expect: { poll: { timeout: 10_000 } },
  },
});
