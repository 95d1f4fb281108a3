import { describe, expect, it } from 'vitest';
import { api, type TestUser } from '../support/http.ts';
import { expectStatus, inviteAndAccept, newOrg } from '../support/members.ts';
import { scheduleDeletion } from '../support/orgs.ts';

/**
 * Authorization comes before any idempotent replay: a caller who may no longer make a request
 * gets the refusal they would get now, never the stored response (which carries a secret shown
 * once: an API key, a webhook signing secret), even with the Idempotency-Key of the first call.
 */

const createKey = (user: TestUser, orgId: string, idempotencyKey: string) =>
  api('POST', `/orgs/${orgId}/api-keys`, {
    token: user.token,
    headers: { 'idempotency-key': idempotencyKey },
    body: { name: 'CI', mode: 'sandbox' },
  });

const createEndpoint = (user: TestUser, orgId: string, idempotencyKey: string) =>
  api('POST', `/orgs/${orgId}/webhook-endpoints`, {
    token: user.token,
    headers: { 'idempotency-key': idempotencyKey },
    body: { url: 'https://hooks.example.com/orgs', events: ['*'] },
  });

/** Both POSTs answered 201 with their secret; the same key replays them while access lasts. */
async function createBoth(user: TestUser, orgId: string) {
  const key = await createKey(user, orgId, 'ci-key-1');
  expectStatus(key, 201);
  expect(key.body.key).toMatch(/^orgs_test_/);
  const endpoint = await createEndpoint(user, orgId, 'ci-hook-1');
  expectStatus(endpoint, 201);
  expect(endpoint.body.secret).toMatch(/^whsec_/);
  const replayedKey = await createKey(user, orgId, 'ci-key-1');
  expect(replayedKey.headers.get('idempotent-replayed')).toBe('true');
  expect(replayedKey.body.key).toBe(key.body.key);
  const replayedEndpoint = await createEndpoint(user, orgId, 'ci-hook-1');
  expect(replayedEndpoint.headers.get('idempotent-replayed')).toBe('true');
  expect(replayedEndpoint.body.secret).toBe(endpoint.body.secret);
  return { key: key.body.key as string, secret: endpoint.body.secret as string };
}

function expectRefusedWithoutSecret(
  response: Awaited<ReturnType<typeof api>>,
  secrets: { key: string; secret: string },
) {
  expectStatus(response, 404, 'NOT_FOUND');
  expect(response.headers.get('idempotent-replayed')).toBeNull();
  const text = JSON.stringify(response.body);
  expect(text).not.toContain(secrets.key);
  expect(text).not.toContain(secrets.secret);
}

describe('a replay after the caller lost access', () => {
  it('a removed developer repeating both POSTs with the same keys gets 404, not the secrets', async () => {
    const { owner, orgId } = await newOrg();
    const developer = await inviteAndAccept(owner, orgId, 'developer');
    const secrets = await createBoth(developer, orgId);

    expectStatus(
      await api('DELETE', `/orgs/${orgId}/members/${developer.userId}`, { token: owner.token }),
      204,
    );
    expectRefusedWithoutSecret(await createKey(developer, orgId, 'ci-key-1'), secrets);
    expectRefusedWithoutSecret(await createEndpoint(developer, orgId, 'ci-hook-1'), secrets);
  });

  it('an admin repeating both POSTs after the org’s deletion is scheduled gets 404, not the secrets', async () => {
    const { owner, orgId } = await newOrg();
    const admin = await inviteAndAccept(owner, orgId, 'admin');
    const secrets = await createBoth(admin, orgId);

    await scheduleDeletion(owner, orgId);
    expectRefusedWithoutSecret(await createKey(admin, orgId, 'ci-key-1'), secrets);
    expectRefusedWithoutSecret(await createEndpoint(admin, orgId, 'ci-hook-1'), secrets);
  });
});
