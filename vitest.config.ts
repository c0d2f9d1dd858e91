import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

// Two projects: the pure core in Node (fast, property tests) and the Worker inside workerd.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          environment: 'node',
          setupFiles: ['test/fast-check-seed.ts'],
          include: ['test/core/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A preview renders through the Worker: on a loaded CI machine that takes seconds,
          // not the 1 s that expect.poll waits by default.
          expect: { poll: { timeout: 30_000, interval: 100 } },
          fileParallelism: false,
        },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            // Test-only secrets (Worker secrets in production, .dev.vars in `npm start`).
            miniflare: {
              bindings: {
                WEBHOOK_SECRET: 'whsec_dml0ZXN0LW9ubHkgd2ViaG9vayBzZWNyZXQsIG5ldmVyIGRlcGxveWVk',
                API_TOKEN: 'vitest-only-api-token',
              },
            },
          }),
        ],
        test: {
          name: 'worker',
          setupFiles: ['test/fast-check-seed.ts'],
          include: ['test/worker/**/*.test.ts'],
          testTimeout: 30_000,
          // A file's first request loads the Worker in workerd: under a loaded machine (two
          // cores, every project at once) that took over the 10 s default of a beforeAll.
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
