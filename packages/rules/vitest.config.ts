import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A few tests walk a century of days or every example plan; on a shared, busy machine (CI runs the
    // packages' tests side by side) that takes longer than the default 5 s. No test asserts a duration.
    testTimeout: 60_000,
  },
});
