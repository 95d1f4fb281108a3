import { afterEach, describe, expect, it, vi } from 'vitest';
import { env, parseEnv, requiredEnv, resetEnvForTests } from '../../shared/platform/config/env.ts';

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvForTests();
});

describe('the functions’ environment', () => {
  it('has the defaults of the contract', () => {
    expect(parseEnv({})).toMatchObject({
      DYNAMODB_MAX_ATTEMPTS: 3,
      API_FUNCTION_TIMEOUT_MS: 10_000,
      RETRY_AFTER_SECONDS: 2,
      INVITATION_TTL_SECONDS: 7 * 24 * 3600,
      ORG_DELETION_GRACE_SECONDS: 30 * 24 * 3600,
      PENDING_INVITATION_LIMIT: 1000,
      WORKSPACE_LIMIT: 100,
      INVITE_LIMIT_PER_INVITER_HOUR: 20,
      WEBHOOK_RETRY_SCALE: 1,
      WEBHOOK_ALLOW_PRIVATE_TARGETS: false,
      WEBHOOK_DELIVER_FUNCTION: 'webhookDeliver',
      APP_URL: 'http://127.0.0.1:3000',
      POWERTOOLS_SERVICE_NAME: 'orgs',
    });
    expect(parseEnv({}).TABLE_NAME).toBeUndefined();
  });

  it('reads numbers, switches and URLs; an empty value is unset', () => {
    expect(
      parseEnv({
        WORKSPACE_LIMIT: '30',
        WEBHOOK_RETRY_SCALE: '0.0001',
        WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
        APP_URL: 'https://app.example.com/',
        INVITE_LIMIT_PER_ORG_HOUR: '',
      }),
    ).toMatchObject({
      WORKSPACE_LIMIT: 30,
      WEBHOOK_RETRY_SCALE: 0.0001,
      WEBHOOK_ALLOW_PRIVATE_TARGETS: true,
      APP_URL: 'https://app.example.com',
      INVITE_LIMIT_PER_ORG_HOUR: 60,
    });
    expect(parseEnv({ TABLE_NAME: '' }).TABLE_NAME).toBeUndefined();
  });

  it.each([
    ['INVITATION_TTL_SECONDS', 'week', 'must be a positive integer'],
    ['WORKSPACE_LIMIT', '0', 'must be a positive integer'],
    ['PENDING_INVITATION_LIMIT', '2.5', 'must be a positive integer'],
    ['INVITE_LIMIT_PER_EMAIL_DAY', '-1', 'must be a positive integer'],
    ['WEBHOOK_RETRY_SCALE', 'fast', 'must be a positive number'],
    ['WEBHOOK_TIMEOUT_MS', 'Infinity', 'must be a positive number'],
  ])('a bad %s (%s) fails, naming the variable and the problem', (name, value, problem) => {
    expect(() => parseEnv({ [name]: value })).toThrow(`${name} ${problem}, got "${value}"`);
  });

  it('is parsed once per process, again only after a reset', () => {
    vi.stubEnv('WORKSPACE_LIMIT', '7');
    resetEnvForTests();
    const first = env();
    vi.stubEnv('WORKSPACE_LIMIT', '8');
    expect(env()).toBe(first);
    expect(env().WORKSPACE_LIMIT).toBe(7);
    resetEnvForTests();
    expect(env().WORKSPACE_LIMIT).toBe(8);
  });

  it('a variable a function needs is named when it is missing', () => {
    vi.stubEnv('TABLE_NAME', '');
    resetEnvForTests();
    expect(() => requiredEnv('TABLE_NAME')).toThrow('Missing environment variable TABLE_NAME');
  });
});
