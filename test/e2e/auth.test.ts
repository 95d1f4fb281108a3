import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { devJwks } from '../../infra/local/dev-issuer.ts';
import { type ApiResponse, api } from '../support/http.ts';
import {
  devClaims,
  devPrivateKey,
  newKey,
  nowSeconds,
  signToken,
  signWith,
  signWithDevKey,
  unsignedToken,
} from '../support/tokens.ts';

const PROBLEM_KEYS = ['type', 'title', 'status', 'detail', 'code', 'requestId', 'errors'];

/** The contract's 401: problem+json, code UNAUTHENTICATED, a Bearer challenge, nothing internal. */
function expectUnauthenticated(response: ApiResponse, sent: 'nothing' | 'malformed' | 'token' = 'token') {
  expect(response.status, JSON.stringify(response.body)).toBe(401);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const challenge = response.headers.get('www-authenticate') ?? '';
  expect(challenge).toMatch(/^Bearer(\s|$)/);
  // RFC 6750: a quoted-string of visible ASCII, no error code when no token was sent
  expect(challenge).toMatch(/^[\x20-\x7e]*$/);
  if (sent === 'token') expect(challenge).toContain('error="invalid_token"');
  if (sent === 'nothing') expect(challenge).not.toContain('error=');
  expect(response.headers.get('x-request-id')).toBe(response.body.requestId);
  const body = response.body;
  expect(body).toMatchObject({
    type: expect.any(String),
    title: expect.any(String),
    status: 401,
    detail: expect.any(String),
    code: 'UNAUTHENTICATED',
    requestId: expect.any(String),
  });
  expect(body.requestId).not.toBe('');
  expect(Object.keys(body).every((key) => PROBLEM_KEYS.includes(key))).toBe(true);
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/\bat .+:\d+:\d+|node_modules|\.ts\b|stack|jose|ERR_|Exception|Error\b/i);
}

const getMe = (authorization?: string) =>
  api('GET', '/me', authorization === undefined ? {} : { headers: { authorization } });

const bearer = (token: string) => `Bearer ${token}`;

describe('authentication: refused tokens are 401 UNAUTHENTICATED', () => {
  it('no Authorization header', async () => {
    const response = await getMe();
    expectUnauthenticated(response, 'nothing');
  });

  it.each([
    ['Basic scheme', 'Basic dXNlcjpwYXNz'],
    ['Bearer with a non-JWT', 'Bearer not-a-jwt'],
    ['Bearer with nothing', 'Bearer '],
    ['bare JWT without scheme', 'a.b.c'],
    ['three segments that are not JSON', 'Bearer aaaa.bbbb.cccc'],
  ])('malformed header: %s', async (_, authorization) => {
    expectUnauthenticated(await getMe(authorization), 'malformed');
  });

  it('a token expired beyond the 60 s clock tolerance', async () => {
    const token = await signWithDevKey(devClaims({ iat: nowSeconds() - 3600, exp: nowSeconds() - 90 }));
    const response = await getMe(bearer(token));
    expectUnauthenticated(response);
    expect(response.body.detail).toMatch(/expired/i);
  });

  it('a token not valid before a time beyond the tolerance', async () => {
    const token = await signWithDevKey(devClaims({ nbf: nowSeconds() + 300 }));
    expectUnauthenticated(await getMe(bearer(token)));
  });

  it('a token without exp', async () => {
    const token = await signWithDevKey(devClaims({ exp: undefined }));
    expectUnauthenticated(await getMe(bearer(token)));
  });

  it('a wrong issuer', async () => {
    const token = await signWithDevKey(devClaims({ iss: 'https://evil.example.com/' }));
    const response = await getMe(bearer(token));
    expectUnauthenticated(response);
    expect(response.body.detail).toMatch(/iss/);
  });

  it('a wrong audience', async () => {
    const token = await signWithDevKey(devClaims({ aud: 'another-api' }));
    const response = await getMe(bearer(token));
    expectUnauthenticated(response);
    expect(response.body.detail).toMatch(/aud/);
  });

  it('a token signed by an unknown key that claims the dev key id', async () => {
    const { kid } = await devPrivateKey();
    const impostor = await newKey('ES256', kid);
    expectUnauthenticated(await getMe(bearer(await signWith(impostor, devClaims()))));
  });

  it('a token signed by an unknown key with another key id', async () => {
    const stranger = await newKey('ES256');
    expectUnauthenticated(await getMe(bearer(await signWith(stranger, devClaims()))));
  });

  it('a token signed by an unknown key without a key id', async () => {
    const stranger = await newKey('ES256');
    const token = await signToken(stranger.privateKey, { alg: 'ES256' }, devClaims());
    expectUnauthenticated(await getMe(bearer(token)));
  });

  it('a tampered payload (valid signature of other claims)', async () => {
    const token = await signWithDevKey(devClaims());
    const [header, , signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify(devClaims({ sub: 'user_admin' }))).toString('base64url');
    expectUnauthenticated(await getMe(bearer(`${header}.${forged}.${signature}`)));
  });

  it('alg: none (an unsigned token)', async () => {
    const { kid } = await devPrivateKey();
    expectUnauthenticated(await getMe(bearer(unsignedToken(devClaims()))));
    expectUnauthenticated(await getMe(bearer(unsignedToken(devClaims(), { kid }))));
  });

  it('HS256 signed with a random secret', async () => {
    const token = await signToken(randomBytes(32), { alg: 'HS256' }, devClaims());
    expectUnauthenticated(await getMe(bearer(token)));
  });

  it('HS256 signed with the public key as the secret (algorithm confusion)', async () => {
    const { keys } = await devJwks();
    const secret = new TextEncoder().encode(JSON.stringify(keys[0]));
    const token = await signToken(secret, { alg: 'HS256', kid: keys[0]?.kid }, devClaims());
    expectUnauthenticated(await getMe(bearer(token)));
  });

  it('a token without sub', async () => {
    const token = await signWithDevKey(devClaims({ sub: undefined }));
    expectUnauthenticated(await getMe(bearer(token)));
  });

  it('a token with an empty or oversized sub', async () => {
    expectUnauthenticated(await getMe(bearer(await signWithDevKey(devClaims({ sub: '' })))));
    expectUnauthenticated(await getMe(bearer(await signWithDevKey(devClaims({ sub: 'u'.repeat(256) })))));
  });

  it('the same refusals apply to writes, and nothing is changed', async () => {
    const claims = devClaims({ name: 'Original' });
    const valid = await signWithDevKey(claims);
    expect((await getMe(bearer(valid))).status).toBe(200);
    const wrongAudience = await signWithDevKey({ ...claims, aud: 'another-api' });
    const refused = await api('PATCH', '/me', {
      headers: { authorization: bearer(wrongAudience) },
      body: { name: 'Hijacked' },
    });
    expectUnauthenticated(refused);
    expect((await getMe(bearer(valid))).body.name).toBe('Original');
  });
});

describe('authentication: accepted tokens', () => {
  it('a token that expired 30 s ago is inside the clock tolerance', async () => {
    const claims = devClaims({ iat: nowSeconds() - 600, exp: nowSeconds() - 30 });
    const response = await getMe(bearer(await signWithDevKey(claims)));
    expect(response.status).toBe(200);
    expect(response.body.id).toBe(claims.sub);
  });

  it('a token valid from 30 s in the future is inside the clock tolerance', async () => {
    const claims = devClaims({ nbf: nowSeconds() + 30 });
    const response = await getMe(bearer(await signWithDevKey(claims)));
    expect(response.status).toBe(200);
    expect(response.body.id).toBe(claims.sub);
  });

  it('uses sub, email (normalized) and name from the token', async () => {
    const claims = devClaims({ name: 'Ada' });
    const response = await getMe(
      bearer(await signWithDevKey({ ...claims, email: '  ADA.Lovelace@Example.COM ' })),
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: claims.sub, email: 'ada.lovelace@example.com', name: 'Ada' });
  });

  it('the auth scheme is case-insensitive', async () => {
    const claims = devClaims();
    const response = await getMe(`bearer ${await signWithDevKey(claims)}`);
    expect(response.status).toBe(200);
    expect(response.body.id).toBe(claims.sub);
  });
});

describe('public routes need no token', () => {
  it('GET /health', async () => {
    const response = await api('GET', '/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('GET /health ignores a bad Authorization header', async () => {
    const response = await api('GET', '/health', { headers: { authorization: 'Bearer not-a-jwt' } });
    expect(response.status).toBe(200);
  });

  it('GET /plans lists basic 10, pro 50, enterprise 1000', async () => {
    const response = await api('GET', '/plans');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const plans = response.body as { id: string; name: string; memberLimit: number }[];
    expect(plans.map(({ id, memberLimit }) => ({ id, memberLimit }))).toEqual([
      { id: 'basic', memberLimit: 10 },
      { id: 'pro', memberLimit: 50 },
      { id: 'enterprise', memberLimit: 1000 },
    ]);
    for (const plan of plans) expect(plan.name).toEqual(expect.any(String));
  });

  it('GET /openapi.json', async () => {
    const response = await api('GET', '/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.1.0');
  });
});
