import { expect, inject } from 'vitest';
import { type ApiResponse, api, type TestUser } from './http.ts';
import { until } from './wait.ts';

/** Helpers of the API-key suites: everything through the real HTTP API. */

export interface CreatedApiKey {
  id: string;
  key: string;
  name: string;
  mode: 'sandbox' | 'production';
  start: string;
  // biome-ignore lint/suspicious/noExplicitAny: the response body as the API returns it
  body: any;
}

export const createKey = (
  user: TestUser,
  orgId: string,
  body: Record<string, unknown> = { name: 'CI', mode: 'sandbox' },
  headers?: Record<string, string>,
) => api('POST', `/orgs/${orgId}/api-keys`, { token: user.token, body, headers });

/** `POST /orgs/{orgId}/api-keys` that must answer 201. */
export async function createKeyOk(
  user: TestUser,
  orgId: string,
  body: Record<string, unknown> = { name: 'CI', mode: 'sandbox' },
): Promise<CreatedApiKey> {
  const response = await createKey(user, orgId, body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  const { id, key, name, mode, start } = response.body;
  return { id, key, name, mode, start, body: response.body };
}

/** `GET /v1/organization` with the key as a bearer token (or in X-Api-Key). */
export const whoAmI = (key: string, via: 'bearer' | 'header' = 'bearer') =>
  api('GET', '/v1/organization', {
    headers: via === 'bearer' ? { authorization: `Bearer ${key}` } : { 'x-api-key': key },
  });

export const revokeKey = (user: TestUser, orgId: string, keyId: string) =>
  api('DELETE', `/orgs/${orgId}/api-keys/${keyId}`, { token: user.token });

export const rollKey = (
  user: TestUser,
  orgId: string,
  keyId: string,
  body?: unknown,
  headers?: Record<string, string>,
) => api('POST', `/orgs/${orgId}/api-keys/${keyId}/roll`, { token: user.token, body, headers });

export const getKey = (user: TestUser, orgId: string, keyId: string) =>
  api('GET', `/orgs/${orgId}/api-keys/${keyId}`, { token: user.token });

/** A key refusal: 401 problem+json with the code and `WWW-Authenticate: Bearer`. */
export function expectKeyRefused(response: ApiResponse, code: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(401);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  expect(response.headers.get('www-authenticate')).toMatch(/^Bearer\b/);
  expect(response.body).toMatchObject({ status: 401, code, requestId: expect.any(String) });
}

const GOOD_CARD = '4242424242424242';

/** The real onboarding (plan, settings, billing, card through the Stripe emulator) until production. */
export async function activateOrg(owner: TestUser, orgId: string) {
  const ok = (response: ApiResponse, status = 200) =>
    expect(response.status, JSON.stringify(response.body)).toBe(status);
  ok(await api('PUT', `/orgs/${orgId}/plan`, { token: owner.token, body: { planId: 'pro' } }));
  ok(await api('PATCH', `/orgs/${orgId}`, { token: owner.token, body: { timeZone: 'Europe/Vienna' } }));
  ok(
    await api('PUT', `/orgs/${orgId}/billing`, {
      token: owner.token,
      body: {
        customerName: 'Acme GmbH',
        billingEmail: 'billing@acme.example',
        address: { line1: 'Hauptstr. 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
      },
    }),
  );
  const intent = await api('POST', `/orgs/${orgId}/billing/setup-intent`, { token: owner.token });
  ok(intent, 201);
  const confirmed = await fetch(
    `${inject('stack').stripeUrl}/__emulator/setup_intents/${intent.body.setupIntentId}/confirm`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ card: GOOD_CARD, client_secret: intent.body.clientSecret }),
    },
  );
  expect(confirmed.status).toBe(200);
  await until(
    () => api('GET', `/orgs/${orgId}`, { token: owner.token }),
    (response) => response.body?.mode === 'production',
    `org ${orgId} in production`,
  );
}
