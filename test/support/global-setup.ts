import type { TestProject } from 'vitest/node';
import { ANY_FREE_PORTS, localConfig } from '../../infra/local/config.ts';
import { type LocalStack, startLocalStack } from '../../infra/local/stack.ts';
import { ensureConsoleBuilt } from '../../web/scripts/build.ts';
import { logSlowDynamoDbCalls } from './slow-calls.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    stack: Omit<LocalStack, 'stop' | 'died'> & { env: Record<string, string> };
  }
}

/** One in-memory local stack on free ports for the whole run: DynamoDB Local, SES, Stripe emulator, API. */
export default async function setup(project: TestProject) {
  process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
  // suites that invite dozens of people from one owner stay under the per-inviter cap
  process.env.INVITE_LIMIT_PER_INVITER_HOUR ??= '40';
  // the workspace cap is reached in test/e2e/workspace-limit.test.ts without creating 100
  process.env.WORKSPACE_LIMIT ??= '30';
  // The shared stack's tests are not about budgets (test/e2e/faults.test.ts is): on a machine
  // loaded by a parallel run, DynamoDB Local can take seconds per call, so give it room.
  process.env.DYNAMODB_REQUEST_TIMEOUT_MS ??= '10000';
  process.env.DYNAMODB_CONNECT_TIMEOUT_MS ??= '5000';
  process.env.DYNAMODB_MAX_ATTEMPTS ??= '4';
  process.env.API_FUNCTION_TIMEOUT_MS ??= '29000';
  // webhooks: retries in milliseconds to seconds, a short attempt timeout, a quick dispatcher
  process.env.WEBHOOK_RETRY_SCALE ??= '0.0001';
  process.env.WEBHOOK_TIMEOUT_MS ??= '3000';
  const config = localConfig(
    {
      ...ANY_FREE_PORTS,
      CLEANUP_INTERVAL_SECONDS: '1',
      WEBHOOK_DISPATCH_INTERVAL_SECONDS: '0.2',
      STRIPE_WEBHOOK_SECRET: 'whsec_test_suite_secret',
      // the Stripe emulator's wait for our webhook answer (10 s, as Stripe's): more on a starved CI machine
      STRIPE_EMULATOR_WEBHOOK_TIMEOUT_MS: process.env.STRIPE_EMULATOR_WEBHOOK_TIMEOUT_MS ?? '30000',
      TABLE_NAME: 'orgs-test',
      LOCAL_DATA_DIR: process.env.LOCAL_DATA_DIR,
    },
    { inMemory: true },
  );
  await ensureConsoleBuilt();
  const log = (line: string) => {
    // stalls and background failures are printed in every run, timed: a test that times out then says what stalled or failed
    const stall =
      /^(slow (request|DynamoDB call|stream batch|stream poll)|stream lag|event loop blocked):|^(storage event handler|stream handler threw|stream record dead-lettered)/.test(
        line,
      );
    if (process.env.DEBUG_LOCAL || stall) console.error(`[local ${new Date().toISOString()}] ${line}`);
  };
  const stack = await startLocalStack(config, log);
  logSlowDynamoDbCalls(log);
  const names = [
    'TABLE_NAME',
    'DYNAMODB_ENDPOINT',
    'AWS_REGION',
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'SES_ENDPOINT',
    'STRIPE_API_BASE',
    'STRIPE_SECRET_KEY',
    'STRIPE_WEBHOOK_SECRET',
    'CURSOR_SECRET',
    'EMAIL_FROM',
    'APP_URL',
    'AUTH_ISSUER',
    'AUTH_AUDIENCE',
    'AUTH_JWKS_URL',
    'POWERTOOLS_LOG_LEVEL',
    'INVITE_LIMIT_PER_INVITER_HOUR',
    'WORKSPACE_LIMIT',
    'DYNAMODB_REQUEST_TIMEOUT_MS',
    'DYNAMODB_CONNECT_TIMEOUT_MS',
    'DYNAMODB_MAX_ATTEMPTS',
    'API_FUNCTION_TIMEOUT_MS',
    'LAMBDA_ENDPOINT',
    'WEBHOOK_DELIVER_FUNCTION',
    'WEBHOOK_ALLOW_PRIVATE_TARGETS',
    'WEBHOOK_RETRY_SCALE',
    'WEBHOOK_TIMEOUT_MS',
    'S3_ENDPOINT',
    'BRANDING_BUCKET',
    'BRANDING_CDN_URL',
    'ORG_TOKEN_ISSUER',
    'ORG_TOKEN_LOCAL_KEYS',
    'DNS_SERVERS',
  ];
  const env = Object.fromEntries(names.map((name) => [name, process.env[name] ?? '']));
  const { stop, died: _died, ...urls } = stack;
  project.provide('stack', { ...urls, env });
  return stop;
}
