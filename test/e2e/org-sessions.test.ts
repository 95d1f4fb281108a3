import type { APIGatewayRequestAuthorizerEventV2 } from 'aws-lambda';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { handler as authorizer } from '../../functions/authorizers/api-key.ts';
import { api, apiUrl, newUser, type TestUser } from '../support/http.ts';
import {
  createOrgFor,
  expectProblem,
  scheduleDeletion,
  seedMember,
  setMemberStatus,
} from '../support/orgs.ts';

const session = (user: TestUser, orgId: string) =>
  api('POST', `/orgs/${orgId}/session`, { token: user.token });

async function sessionToken(user: TestUser, orgId: string): Promise<string> {
  const issued = await session(user, orgId);
  expect(issued.status, JSON.stringify(issued.body)).toBe(201);
  return issued.body.token as string;
}

describe('organization sessions: tokens the platform’s services verify offline', () => {
  let owner: TestUser;
  let developer: TestUser;
  let orgId: string;

  beforeAll(async () => {
    owner = await newUser({ name: 'Owner' });
    orgId = (await createOrgFor(owner)).id;
    developer = await newUser({ name: 'Dev' });
    await seedMember(orgId, developer, 'developer');
  });

  it('a member gets an ES256 JWT that verifies with jose against the published JWKS, with the contract’s claims', async () => {
    const issued = await session(developer, orgId);
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    const discovery = await api('GET', '/.well-known/openid-configuration');
    expect(discovery.status).toBe(200);
    expect(discovery.body).toMatchObject({
      issuer: apiUrl(),
      id_token_signing_alg_values_supported: ['ES256'],
    });
    expect(discovery.body.jwks_uri).toBe(`${apiUrl()}/.well-known/jwks.json`);

    const jwks = createRemoteJWKSet(new URL(discovery.body.jwks_uri));
    const { payload, protectedHeader } = await jwtVerify(issued.body.token, jwks, {
      issuer: discovery.body.issuer,
      audience: 'orgs-platform',
      algorithms: ['ES256'],
    });
    expect(protectedHeader).toMatchObject({ alg: 'ES256', kid: expect.any(String) });
    expect(payload).toMatchObject({
      sub: developer.userId,
      email: developer.email,
      org_id: orgId,
      org_role: 'developer',
      org_mode: 'sandbox',
      jti: expect.any(String),
    });
    expect(payload.org_permissions).toEqual([
      'org:read',
      'developer:keys',
      'developer:webhooks',
      'workflows:read',
      'workflows:run',
    ]);
    const lifetime = (payload.exp ?? 0) - (payload.iat ?? 0);
    expect(lifetime).toBeGreaterThan(0);
    expect(lifetime).toBeLessThanOrEqual(300);
    expect(new Date(issued.body.expiresAt).getTime()).toBe((payload.exp ?? 0) * 1000);
  });

  it('the JWKS is public, cacheable and names each key', async () => {
    const response = await fetch(`${apiUrl()}/.well-known/jwks.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const { keys } = (await response.json()) as { keys: Record<string, string>[] };
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect(key).toMatchObject({
        kty: 'EC',
        crv: 'P-256',
        alg: 'ES256',
        use: 'sig',
        kid: expect.any(String),
      });
      expect(key).not.toHaveProperty('d');
    }
    const token = await sessionToken(owner, orgId);
    expect(keys.map((key) => key.kid)).toContain(decodeProtectedHeader(token).kid);
  });

  it('/v1/organization accepts the token as it accepts an API key, with the member as the principal', async () => {
    const token = await sessionToken(developer, orgId);
    const who = await api('GET', '/v1/organization', { token });
    expect(who.status, JSON.stringify(who.body)).toBe(200);
    expect(who.body).toMatchObject({
      orgId,
      mode: 'sandbox',
      via: 'orgSession',
      userId: developer.userId,
      permissions: ['org:read', 'developer:keys', 'developer:webhooks', 'workflows:read', 'workflows:run'],
    });
    expect(who.body).not.toHaveProperty('keyId');
  });

  it('a forged or altered token is 401 API_KEY_INVALID (an unknown credential), never authorized', async () => {
    const token = await sessionToken(developer, orgId);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const raised = Buffer.from(JSON.stringify({ ...claims, org_role: 'owner' })).toString('base64url');
    for (const forged of [
      `${header}.${raised}.${signature}`,
      `${header}.${payload}.${signature.slice(0, -4)}AAAA`,
    ]) {
      expectProblem(await api('GET', '/v1/organization', { token: forged }), 401, 'API_KEY_INVALID');
    }
    // a user's sign-in token is not an organization session
    expectProblem(await api('GET', '/v1/organization', { token: developer.token }), 401, 'API_KEY_INVALID');
  });

  it('the exported authorizer accepts it in-process, with the same context as for a key', async () => {
    const token = await sessionToken(developer, orgId);
    const event = {
      headers: { authorization: `Bearer ${token}` },
    } as unknown as APIGatewayRequestAuthorizerEventV2;
    const result = await authorizer(event);
    expect(result).toEqual({
      isAuthorized: true,
      context: {
        orgId,
        mode: 'sandbox',
        permissions: 'org:read developer:keys developer:webhooks workflows:read workflows:run',
        userId: developer.userId,
      },
    });
    const forged = { headers: { authorization: `Bearer ${token.slice(0, -4)}AAAA` } };
    expect(await authorizer(forged as unknown as APIGatewayRequestAuthorizerEventV2)).toEqual({
      isAuthorized: false,
      context: {},
    });
  });

  it('blocked, removed and outside people get none (404), as on every org route', async () => {
    const blocked = await newUser();
    await seedMember(orgId, blocked, 'member');
    await setMemberStatus(orgId, blocked.userId, 'blocked');
    expectProblem(await session(blocked, orgId), 404, 'NOT_FOUND');

    const leaving = await newUser();
    await seedMember(orgId, leaving, 'member');
    await sessionToken(leaving, orgId);
    const removed = await api('DELETE', `/orgs/${orgId}/members/${leaving.userId}`, { token: owner.token });
    expect(removed.status).toBe(204);
    expectProblem(await session(leaving, orgId), 404, 'NOT_FOUND');

    expectProblem(await session(await newUser(), orgId), 404, 'NOT_FOUND');
  });

  it('a scheduled deletion ends sessions: no new token, and one issued before answers 401 on /v1', async () => {
    const founder = await newUser();
    const doomed = (await createOrgFor(founder)).id;
    const before = await sessionToken(founder, doomed);
    await scheduleDeletion(founder, doomed);
    expectProblem(await session(founder, doomed), 404, 'NOT_FOUND');
    expectProblem(await api('GET', '/v1/organization', { token: before }), 401, 'UNAUTHENTICATED');
  });
});
