import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localConfig } from '../../infra/local/config.ts';
import { projectRoot } from '../../infra/local/handler-loader.ts';

const AUTH = {
  AUTH_ISSUER: 'https://issuer.example.com/',
  AUTH_AUDIENCE: 'orgs-api',
  AUTH_JWKS_URL: 'https://issuer.example.com/.well-known/jwks.json',
};

describe('localConfig', () => {
  it('defaults match the contract', () => {
    const config = localConfig({}, { inMemory: false });
    expect(config).toMatchObject({
      host: '127.0.0.1',
      apiPort: 3000,
      dynamodbPort: 8000,
      sesPort: 8005,
      stripePort: 12111,
      dnsPort: 8053,
      dnsServers: undefined,
      cleanupIntervalSeconds: 60,
      inMemory: false,
      dataDir: path.join(projectRoot, '.local'),
      devIssuer: true,
    });
    expect(config.tableName).toEqual(expect.any(String));
    expect(config.stripeWebhookSecret).toEqual(expect.any(String));
  });

  it('--in-memory is passed through', () => {
    expect(localConfig({}, { inMemory: true }).inMemory).toBe(true);
  });

  it('empty values fall back to the defaults', () => {
    const config = localConfig({ API_PORT: '', CLEANUP_INTERVAL_SECONDS: '' }, { inMemory: false });
    expect(config.apiPort).toBe(3000);
    expect(config.cleanupIntervalSeconds).toBe(60);
  });

  it('the environment overrides every switch', () => {
    const config = localConfig(
      {
        HOST: '0.0.0.0',
        API_PORT: '4000',
        DYNAMODB_PORT: '4001',
        SES_PORT: '4002',
        STRIPE_PORT: '4003',
        LOCAL_DATA_DIR: '/tmp/orgs-data',
        TABLE_NAME: 'orgs-custom',
        CLEANUP_INTERVAL_SECONDS: '5',
        STRIPE_WEBHOOK_SECRET: 'whsec_custom',
      },
      { inMemory: false },
    );
    expect(config).toMatchObject({
      host: '0.0.0.0',
      apiPort: 4000,
      dynamodbPort: 4001,
      sesPort: 4002,
      stripePort: 4003,
      dataDir: '/tmp/orgs-data',
      tableName: 'orgs-custom',
      cleanupIntervalSeconds: 5,
      stripeWebhookSecret: 'whsec_custom',
    });
  });

  it('port 0 means "any free port"', () => {
    expect(localConfig({ API_PORT: '0' }, { inMemory: true }).apiPort).toBe(0);
  });

  it.each([
    ['API_PORT', 'abc'],
    ['API_PORT', '70000'],
    ['DYNAMODB_PORT', '-1'],
    ['SES_PORT', '80.5'],
    ['STRIPE_PORT', '65536'],
  ])('a bad port is rejected (%s=%s), naming the variable', (name, value) => {
    expect(() => localConfig({ [name]: value }, { inMemory: false })).toThrow(name);
  });

  it.each([['0'], ['-5'], ['soon']])('a bad CLEANUP_INTERVAL_SECONDS (%s) is rejected', (value) => {
    expect(() => localConfig({ CLEANUP_INTERVAL_SECONDS: value }, { inMemory: false })).toThrow(
      'CLEANUP_INTERVAL_SECONDS',
    );
  });

  it.each([['0'], ['-1'], ['month']])('a bad ORG_DELETION_GRACE_SECONDS (%s) is rejected', (value) => {
    expect(() => localConfig({ ORG_DELETION_GRACE_SECONDS: value }, { inMemory: false })).toThrow(
      'ORG_DELETION_GRACE_SECONDS',
    );
  });

  it.each([['0'], ['-1'], ['week']])('a bad INVITATION_TTL_SECONDS (%s) is rejected', (value) => {
    expect(() => localConfig({ INVITATION_TTL_SECONDS: value }, { inMemory: false })).toThrow(
      'INVITATION_TTL_SECONDS',
    );
  });

  it.each([
    [{ AUTH_ISSUER: AUTH.AUTH_ISSUER }],
    [{ AUTH_AUDIENCE: AUTH.AUTH_AUDIENCE }],
    [{ AUTH_JWKS_URL: AUTH.AUTH_JWKS_URL }],
    [{ AUTH_ISSUER: AUTH.AUTH_ISSUER, AUTH_AUDIENCE: AUTH.AUTH_AUDIENCE }],
    [{ AUTH_ISSUER: AUTH.AUTH_ISSUER, AUTH_JWKS_URL: AUTH.AUTH_JWKS_URL }],
    [{ AUTH_AUDIENCE: AUTH.AUTH_AUDIENCE, AUTH_JWKS_URL: AUTH.AUTH_JWKS_URL }],
  ])('a partial AUTH_* configuration is rejected: %o', (env) => {
    expect(() => localConfig(env, { inMemory: false })).toThrow(/AUTH_ISSUER.*AUTH_AUDIENCE.*AUTH_JWKS_URL/);
  });

  it('all three AUTH_* variables turn the development issuer off', () => {
    expect(localConfig(AUTH, { inMemory: false }).devIssuer).toBe(false);
  });

  it('empty AUTH_* variables count as unset', () => {
    const config = localConfig(
      { AUTH_ISSUER: '', AUTH_AUDIENCE: '', AUTH_JWKS_URL: '' },
      { inMemory: false },
    );
    expect(config.devIssuer).toBe(true);
  });
});
