import { defineConfig } from 'vitest/config';

/**
 * Files that start a local stack (or a DynamoDB Local) of their own. Each start is a JVM
 * warming up, which on a 2-core machine starves the shared stack for up to a minute: they
 * run in a group of their own after the shared-stack files (two at a time: each has its own stack).
 */
const ownStackFiles = [
  'test/e2e/faults.test.ts',
  'test/e2e/local-stack-cli.test.ts',
  'test/e2e/local-stack-dx.test.ts',
  'test/e2e/pending-invitation-limit.test.ts',
  'test/e2e/api-key-secret-nowhere.test.ts',
  'test/integration/dynamodb-local-orphan.test.ts',
];

/**
 * Three projects: `offline` (unit and CDK tests: no servers) and `stack` (integration and
 * end-to-end tests against one in-memory local stack started by the global setup) run
 * together; then `own-stack` (the files above).
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
          sequence: { groupOrder: 0 },
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
          exclude: ownStackFiles,
          globalSetup: ['test/support/global-setup.ts'],
          setupFiles: ['test/support/worker-env.ts'],
          pool: 'forks',
          sequence: { groupOrder: 0 },
          // one stack serves two files at once: a burst from one (20 orgs activating, each
          // fanning out Stripe events, emails and webhooks) can hold the other's requests in
          // DynamoDB Local's queue for tens of seconds on a 2-core machine. A hang is caught
          // sooner and by name: each API call gives up after 60 s (test/support/http.ts)
          testTimeout: 240_000,
          // a project does not inherit the root's timeouts: stopping a stack can take seconds
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'own-stack',
          include: ownStackFiles,
          pool: 'forks',
          sequence: { groupOrder: 1 },
          maxWorkers: 2,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
