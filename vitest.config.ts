import { defineConfig } from 'vitest/config';

/**
 * Two projects, split by suffix: `*.test.ts` needs nothing running; `*.e2e.ts` runs against real
 * PostgreSQL (DATABASE_URL, or an embedded server started for the run) through the real gateway.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['test/**/*.test.ts'], sequence: { groupOrder: 0 } },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/**/*.e2e.ts'],
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file starts a whole federation; two at once is what two cores carry well.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
