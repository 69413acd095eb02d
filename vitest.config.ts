import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // End-to-end tests share one Chromium per file and run the real build; give them room on 2 cores.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], fileParallelism: false },
      },
    ],
  },
});
