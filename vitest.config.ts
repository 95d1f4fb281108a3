import { defineConfig } from 'vitest/config';

/**
 * Two projects: `offline` (unit and CDK tests: no servers) and `stack` (integration
 * and end-to-end tests against one in-memory local stack started by the global setup).
 */
export default defineConfig({
  test: {
    // Vitest's default is one worker per core minus one: a single worker on a 2-core CI
    // machine. Most files wait on the stack (DynamoDB Local, HTTP), so two overlap well.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        test: {
          name: 'offline',
          include: ['test/unit/**/*.test.ts', 'test/infra/**/*.test.ts'],
          pool: 'forks',
          // a project does not inherit the root's timeouts (vitest's 5 s / 10 s): a CDK synth
          // in a beforeAll takes more than 10 s on a loaded 2-core machine
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'stack',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts', 'test/browser/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          setupFiles: ['test/support/worker-env.ts'],
          pool: 'forks',
          // one stack serves two files at once: a burst from one (20 orgs activating, each
          // fanning out Stripe events, emails and webhooks) can hold the other's requests in
          // DynamoDB Local's queue for tens of seconds on a 2-core machine
          testTimeout: 120_000,
          // a project does not inherit the root's timeouts: stopping a stack can take seconds
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
