import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Browser tests visit every page, and some unit tests read the whole built site: give them room
    // on slow machines.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A page answers on the next frame; on a shared, busy machine that frame can be seconds away.
    expect: { poll: { timeout: 10_000 } },
    projects: [
      // Unit tests, and tests that read the built site in dist/: `npm test`.
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'] } },
      // Browser tests: `npm run e2e`. One static server and one Chromium serve the whole run
      // (e2e/global-setup.ts); every file connects to them.
      {
        extends: true,
        test: { name: 'e2e', include: ['e2e/**/*.test.ts'], globalSetup: ['e2e/global-setup.ts'] },
      },
    ],
  },
});
