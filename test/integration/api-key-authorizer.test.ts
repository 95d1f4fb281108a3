import type { APIGatewayRequestAuthorizerEventV2 } from 'aws-lambda';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { installCallCounter, totalCalls } from '../../bench/ddb-call-counter.ts';
import { handler } from '../../functions/authorizers/api-key.ts';
import { generateApiKey, parseApiKey } from '../../shared/api-keys/domain/format.ts';
import { verifyApiKey } from '../../shared/api-keys/verify.ts';
import { keys } from '../../shared/platform/dynamo/keys.ts';
import { activateOrg, createKeyOk, revokeKey } from '../support/api-keys.ts';
import { newOrg } from '../support/members.ts';
import { setAttributes } from '../support/table.ts';

/**
 * The Lambda authorizer handler, invoked in this process as API Gateway invokes it:
 * payload 2.0 REQUEST events, simple responses, on DynamoDB Local.
 */
function authorizerEvent(headers: Record<string, string>): APIGatewayRequestAuthorizerEventV2 {
  const authorization = headers.authorization;
  return {
    version: '2.0',
    type: 'REQUEST',
    routeArn: 'arn:aws:execute-api:eu-central-1:123456789012:abcdef123/$default/POST/workflows',
    identitySource: authorization ? [authorization] : [],
    routeKey: 'POST /workflows',
    rawPath: '/workflows',
    rawQueryString: '',
    cookies: [],
    headers: {
      host: 'abcdef123.execute-api.eu-central-1.amazonaws.com',
      'user-agent': 'curl/8.5.0',
      ...headers,
    },
    requestContext: {
      accountId: '123456789012',
      apiId: 'abcdef123',
      domainName: 'abcdef123.execute-api.eu-central-1.amazonaws.com',
      domainPrefix: 'abcdef123',
      http: {
        method: 'POST',
        path: '/workflows',
        protocol: 'HTTP/1.1',
        sourceIp: '203.0.113.7',
        userAgent: 'curl/8.5.0',
      },
      requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
      routeKey: 'POST /workflows',
      stage: '$default',
      time: '01/Dec/2026:12:00:00 +0000',
      timeEpoch: 1_796_126_400_000,
    },
    pathParameters: {},
    stageVariables: {},
  } as unknown as APIGatewayRequestAuthorizerEventV2;
}

const bearer = (key: string) => authorizerEvent({ authorization: `Bearer ${key}` });

/** The default scope of a key the owner creates, as the authorizer's context carries it. */
const OWNER_SCOPE =
  'org:read org:settings members:invite members:manage billing:manage developer:keys developer:webhooks audit:read access:manage workflows:read workflows:run';

describe('API key authorizer handler (payload 2.0, simple responses)', () => {
  it('a valid key is authorized with { orgId, mode, permissions, keyId } as context', async () => {
    const { owner, orgId } = await newOrg();
    const created = await createKeyOk(owner, orgId, { name: 'workflows', mode: 'sandbox' });
    expect(await handler(bearer(created.key))).toEqual({
      isAuthorized: true,
      context: {
        orgId,
        mode: 'sandbox',
        permissions: OWNER_SCOPE,
        keyId: created.id,
      },
    });
  });

  it('a revoked key, a missing header, a forged key and a JWT are not authorized', async () => {
    const { owner, orgId } = await newOrg();
    const created = await createKeyOk(owner, orgId);
    expect((await handler(bearer(created.key))).isAuthorized).toBe(true);
    expect((await revokeKey(owner, orgId, created.id)).status).toBe(204);
    expect(await handler(bearer(created.key))).toEqual({ isAuthorized: false, context: {} });
    expect(await handler(authorizerEvent({}))).toEqual({ isAuthorized: false, context: {} });
    expect((await handler(bearer(generateApiKey('sandbox').key))).isAuthorized).toBe(false);
    expect((await handler(bearer(owner.token))).isAuthorized).toBe(false);
  });

  it('a live key of an org that is not in production is not authorized', async () => {
    const { owner, orgId } = await newOrg();
    await activateOrg(owner, orgId);
    const live = await createKeyOk(owner, orgId, { name: 'live', mode: 'production' });
    expect(await handler(bearer(live.key))).toEqual({
      isAuthorized: true,
      context: {
        orgId,
        mode: 'production',
        permissions: OWNER_SCOPE,
        keyId: live.id,
      },
    });
    await setAttributes(keys.org(orgId), { mode: 'sandbox' });
    expect(await handler(bearer(live.key))).toEqual({ isAuthorized: false, context: {} });
    expect((await verifyApiKey(live.key)).ok).toBe(false);
    expect(await verifyApiKey(live.key)).toEqual({ ok: false, code: 'ORG_NOT_ACTIVE' });
  });
});

describe('verification of hostile credentials', () => {
  const counter = installCallCounter(0);

  it('random strings and near-miss keys never throw, and never touch DynamoDB when the checksum fails', async () => {
    const { owner, orgId } = await newOrg();
    const real = await createKeyOk(owner, orgId);
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    const nearMiss = fc
      .tuple(fc.nat(real.key.length - 1), fc.constantFrom(...alphabet, '_', '-', ' ', 'é'))
      .map(([at, char]) => `${real.key.slice(0, at)}${char}${real.key.slice(at + 1)}`);
    const candidates = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      nearMiss,
      fc.constantFrom(`${real.key} `, real.key.toUpperCase(), real.key.slice(0, -1), `${real.key}x`, ''),
      fc.stringMatching(/^orgs_(test|live)_[0-9A-Za-z]{39}$/),
    );
    await fc.assert(
      fc.asyncProperty(candidates, async (candidate) => {
        const { value, tally } = await counter.local(() => verifyApiKey(candidate));
        if (candidate === real.key) {
          expect(value.ok).toBe(true);
          return;
        }
        expect(value.ok).toBe(false);
        if (!parseApiKey(candidate)) {
          expect(value).toEqual({ ok: false, code: 'API_KEY_INVALID' });
          expect(totalCalls(tally), candidate).toBe(0);
        } else {
          // a valid checksum over an unknown key: one read of the lookup item, then refused
          expect(value).toEqual({ ok: false, code: 'API_KEY_INVALID' });
          expect(totalCalls(tally)).toBe(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a known key costs one DynamoDB round trip per verification', async () => {
    const { owner, orgId } = await newOrg();
    const created = await createKeyOk(owner, orgId);
    await verifyApiKey(created.key); // the container learns the key's fixed facts (and records lastUsedAt)
    for (let i = 0; i < 5; i++) {
      const { value, tally } = await counter.local(() => verifyApiKey(created.key));
      expect(value.ok).toBe(true);
      expect(tally.calls).toEqual({ BatchGetItem: 1 });
    }
  });
});
