import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Needs LibreOffice Impress: run by `npm run test:impress` (which installs it and sets
 * LECTERN_IMPRESS), never by `npm test`.
 */
const IMPRESS = 'test/e2e/pptx-impress.test.ts';
const impress = process.env.LECTERN_IMPRESS === '1';

export default defineConfig({
  test: {
    // End-to-end tests share one Chromium per file and run the real build; give them room on 2 cores.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          exclude: [...configDefaults.exclude, IMPRESS],
          fileParallelism: false,
        },
      },
      ...(impress
        ? [{ extends: true as const, test: { name: 'impress', include: [IMPRESS] } }]
        : []),
    ],
  },
});
