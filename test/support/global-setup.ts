import type { TestProject } from 'vitest/node';
import { localConfig } from '../../infra/local/config.ts';
import { type LocalStack, startLocalStack } from '../../infra/local/stack.ts';

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
  const config = localConfig(
    {
      API_PORT: '0',
      DYNAMODB_PORT: '0',
      SES_PORT: '0',
      STRIPE_PORT: '0',
      STORAGE_PORT: '0',
      CONSOLE_PORT: '0',
      CLEANUP_INTERVAL_SECONDS: '1',
      STRIPE_WEBHOOK_SECRET: 'whsec_test_suite_secret',
      TABLE_NAME: 'orgs-test',
      LOCAL_DATA_DIR: process.env.LOCAL_DATA_DIR,
    },
    { inMemory: true },
  );
  const stack = await startLocalStack(config, (line) => {
    if (process.env.DEBUG_LOCAL) console.error(`[local] ${line}`);
  });
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
    'S3_ENDPOINT',
    'BRANDING_BUCKET',
    'BRANDING_CDN_URL',
  ];
  const env = Object.fromEntries(names.map((name) => [name, process.env[name] ?? '']));
  const { stop, died: _died, ...urls } = stack;
  project.provide('stack', { ...urls, env });
  return stop;
}
