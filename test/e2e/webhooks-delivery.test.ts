import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { db, tableName } from '../../shared/platform/dynamo/client.ts';
import { keys } from '../../shared/platform/dynamo/keys.ts';
import { webhookEventTypes } from '../../shared/webhooks/events.ts';
import { api, newUser } from '../support/http.ts';
import { expectStatus, inviteAndAccept, inviteOk, newOrg, revoke } from '../support/members.ts';
import { until } from '../support/wait.ts';
import {
  deliveriesOf,
  received,
  receiverForTests,
  registerEndpoint,
  settledDeliveries,
  verifiedEvents,
} from '../support/webhooks.ts';

const receiver = receiverForTests();

// a delivery's wait: generous, since another file starting a stack of its own (a second JVM)
// can starve this stack's stream poller and dispatcher for a minute on a 2-core CI machine
const WAIT = 100_000;
const rename = (token: string, orgId: string, name: string) =>
  api('PATCH', `/orgs/${orgId}`, { token, body: { name } });

/** Stand-ins for changes whose own routes are other suites' business (billing, cleanup, API keys). */
const direct = {
  update: (key: Record<string, string>, set: string, values: Record<string, unknown>) =>
    db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: key,
        UpdateExpression: `SET ${set}`,
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: values,
        ...(set.includes('#s ') ? { ExpressionAttributeNames: { '#s': 'status' } } : {}),
        ...(set.includes('#mode') ? { ExpressionAttributeNames: { '#mode': 'mode' } } : {}),
      }),
    ),
};

describe('webhook delivery', () => {
  it('registers an endpoint, shows its secret once, and delivers signed events', async () => {
    const { owner, orgId } = await newOrg();
    const endpoint = await registerEndpoint(owner, orgId, receiver.url('/basic'));
    const got = await api('GET', `/orgs/${orgId}/webhook-endpoints/${endpoint.id}`, { token: owner.token });
    expectStatus(got, 200);
    expect(got.body).toMatchObject({ id: endpoint.id, status: 'enabled', events: ['*'] });
    expect(JSON.stringify(got.body)).not.toContain('whsec_');
    const list = await api('GET', `/orgs/${orgId}/webhook-endpoints`, { token: owner.token });
    expect(list.body.items.map((item: { id: string }) => item.id)).toEqual([endpoint.id]);
    expect(JSON.stringify(list.body)).not.toContain('whsec_');

    const member = await inviteAndAccept(owner, orgId, 'member');
    expectStatus(
      await api('POST', `/orgs/${orgId}/members/${member.userId}/block`, { token: owner.token }),
      200,
    );
    const requests = await received(receiver, '/basic', 3, WAIT);
    const events = verifiedEvents(receiver, requests, endpoint.secret);
    expect(events.map((event) => event.type)).toEqual(
      expect.arrayContaining(['invitation.created', 'invitation.accepted', 'member.blocked']),
    );
    const blocked = events.find((event) => event.type === 'member.blocked');
    expect(blocked).toMatchObject({ orgId, data: { userId: member.userId, status: 'blocked' } });
    const header = requests.find((request) => request.event.type === 'member.blocked')?.headers['webhook-id'];
    expect(header).toBe(blocked.id);
    const log = await settledDeliveries(owner, orgId, endpoint.id, 3, WAIT);
    expect(log.every((delivery) => delivery.status === 'succeeded' && delivery.attempt === 1)).toBe(true);
    // newest first
    const times = log.map((delivery) => delivery.id as string);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('delivers every event type of the catalogue once, only to matching endpoints of the org', async () => {
    const { owner, orgId } = await newOrg();
    const all = await registerEndpoint(owner, orgId, receiver.url('/cat-all'));
    await registerEndpoint(owner, orgId, receiver.url('/cat-filtered'), ['member.blocked']);
    const other = await newOrg();
    await registerEndpoint(other.owner, other.orgId, receiver.url('/cat-other'));

    const admin = await inviteAndAccept(owner, orgId, 'developer'); // invitation.created, .accepted
    expectStatus(
      await api('PATCH', `/orgs/${orgId}/members/${admin.userId}`, {
        token: owner.token,
        body: { role: 'admin' },
      }),
      200,
    );
    const revokedUser = await newUser();
    expectStatus(await revoke(owner, orgId, await inviteOk(owner, orgId, revokedUser.email, 'member')), 204);
    const expiringUser = await newUser();
    const expiring = await inviteOk(owner, orgId, expiringUser.email, 'member');
    // the cleanup's own change (its schedule and TTL are tested by the notification suites)
    await direct.update(keys.invitation(orgId, expiring), '#s = :expired, expiredAt = :now', {
      ':expired': 'expired',
      ':now': new Date().toISOString(),
    });
    const member = await inviteAndAccept(owner, orgId, 'member');
    for (const action of ['block', 'unblock']) {
      expectStatus(
        await api('POST', `/orgs/${orgId}/members/${member.userId}/${action}`, { token: owner.token }),
        200,
      );
    }
    expectStatus(await api('DELETE', `/orgs/${orgId}/members/${member.userId}`, { token: owner.token }), 204);
    expectStatus(await rename(owner.token, orgId, 'Renamed Org'), 200);
    expectStatus(
      await api('POST', `/orgs/${orgId}/ownership-transfer`, {
        token: owner.token,
        body: { toUserId: admin.userId },
      }),
      201,
    );
    expectStatus(await api('POST', `/orgs/${orgId}/ownership-transfer/accept`, { token: admin.token }), 200);
    // billing's own changes (Stripe journeys are tested by the billing suites)
    await direct.update(keys.org(orgId), '#mode = :production', { ':production': 'production' });
    await direct.update(keys.org(orgId), 'paymentFailedAt = :now', { ':now': new Date().toISOString() });
    // an API key created and revoked through its routes (by the new owner)
    const created = await api('POST', `/orgs/${orgId}/api-keys`, {
      token: admin.token,
      body: { name: 'CI', mode: 'sandbox' },
    });
    expectStatus(created, 201);
    const apiKey = created.body as { id: string; key: string };
    expectStatus(await api('DELETE', `/orgs/${orgId}/api-keys/${apiKey.id}`, { token: admin.token }), 204);
    expectStatus(await rename(other.owner.token, other.orgId, 'Other Org'), 200);

    // domain events need DNS proof and the daily re-check: their suite (domain-joining) receives them;
    // subscription and invoice events need Stripe: billing-webhook-events receives them
    const driven = webhookEventTypes.filter(
      (type) =>
        !type.startsWith('domain.') &&
        type !== 'billing.subscription_updated' &&
        type !== 'billing.invoice_paid',
    );
    const missing = () =>
      driven.filter((type) => !receiver.at('/cat-all').some((request) => request.event?.type === type));
    const requests = await until(
      async () => ({ missing: missing(), list: receiver.at('/cat-all') }),
      (state) => state.missing.length === 0,
      'every event type at /cat-all',
      WAIT,
    ).then((state) => state.list);
    const events = verifiedEvents(receiver, requests, all.secret);
    const ids = requests.map((request) => request.headers['webhook-id']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(events.every((event) => event.orgId === orgId && event.id.startsWith('evt_'))).toBe(true);
    const count = (type: string) => events.filter((event) => event.type === type).length;
    for (const type of driven) {
      if (type === 'invitation.created' || type === 'member.role_changed' || type === 'invitation.accepted')
        continue;
      expect(count(type), type).toBe(1);
    }
    expect(count('invitation.created')).toBe(4);
    expect(count('invitation.accepted')).toBe(2);
    const body = JSON.stringify(events);
    expect(body).not.toContain(apiKey.key);
    expect(body).not.toMatch(/orgs_(test|live)_[A-Za-z0-9]{20,}/);
    expect(body).not.toContain('whsec_');
    expect(events.find((event) => event.type === 'api_key.created')?.data).toMatchObject({
      id: apiKey.id,
      name: 'CI',
      status: 'active',
    });
    expect(events.find((event) => event.type === 'api_key.revoked')?.data).toMatchObject({
      id: apiKey.id,
      status: 'revoked',
    });
    expect(events.find((event) => event.type === 'ownership.transferred')?.data).toMatchObject({
      ownerId: admin.userId,
      previousOwnerId: owner.userId,
    });

    const filtered = await received(receiver, '/cat-filtered', 1, WAIT);
    expect(filtered.map((request) => request.event.type)).toEqual(['member.blocked']);
    const foreign = await received(receiver, '/cat-other', 1, WAIT);
    expect(foreign.every((request) => request.event.orgId === other.orgId)).toBe(true);
  }, 240_000);

  it('retries a failing endpoint with one webhook-id: 500, 500, 200 is three attempts in the log', async () => {
    const { owner, orgId } = await newOrg();
    receiver.script('/retry', [500, 500, 200]);
    const endpoint = await registerEndpoint(owner, orgId, receiver.url('/retry'), ['organization.updated']);
    expectStatus(await rename(owner.token, orgId, 'Retried'), 200);
    const requests = await received(receiver, '/retry', 3, WAIT);
    verifiedEvents(receiver, requests, endpoint.secret);
    expect(new Set(requests.map((request) => request.headers['webhook-id'])).size).toBe(1);
    const [delivery] = await settledDeliveries(owner, orgId, endpoint.id, 1, WAIT);
    expect(delivery).toMatchObject({
      status: 'succeeded',
      attempt: 3,
      responseStatus: 200,
      eventType: 'organization.updated',
    });
    expect(delivery.attempts.map((attempt: { responseStatus: number }) => attempt.responseStatus)).toEqual([
      500, 500, 200,
    ]);
    expect(delivery.eventId).toBe(requests[0]?.headers['webhook-id']);
  });

  it('retries an endpoint that hangs past the timeout', async () => {
    const { owner, orgId } = await newOrg();
    receiver.script('/hang-once', ['hang', 204]);
    const endpoint = await registerEndpoint(owner, orgId, receiver.url('/hang-once'), [
      'organization.updated',
    ]);
    expectStatus(await rename(owner.token, orgId, 'Slow'), 200);
    const requests = await received(receiver, '/hang-once', 2, WAIT);
    const timeoutMs = Number(process.env.WEBHOOK_TIMEOUT_MS);
    expect((requests[1]?.at ?? 0) - (requests[0]?.at ?? 0)).toBeGreaterThanOrEqual(timeoutMs - 50);
    const [delivery] = await settledDeliveries(owner, orgId, endpoint.id, 1, WAIT);
    expect(delivery).toMatchObject({ status: 'succeeded', attempt: 2, responseStatus: 204 });
    expect(delivery.attempts[0].error).toMatch(/No response within/);
  });

  it('sends nothing more to a disabled or deleted endpoint', async () => {
    const { owner, orgId } = await newOrg();
    const live = await registerEndpoint(owner, orgId, receiver.url('/live'), ['organization.updated']);
    const off = await registerEndpoint(owner, orgId, receiver.url('/off'), ['organization.updated']);
    const gone = await registerEndpoint(owner, orgId, receiver.url('/gone'), ['organization.updated']);
    receiver.script('/off-later', [500]);
    const later = await registerEndpoint(owner, orgId, receiver.url('/off-later'), ['organization.updated']);
    const path = `/orgs/${orgId}/webhook-endpoints`;
    const disabled = await api('PATCH', `${path}/${off.id}`, {
      token: owner.token,
      body: { status: 'disabled' },
    });
    expectStatus(disabled, 200);
    expect(disabled.body).toMatchObject({ status: 'disabled', disabledReason: 'manual' });
    expectStatus(await api('DELETE', `${path}/${gone.id}`, { token: owner.token }), 204);
    expectStatus(await api('GET', `${path}/${gone.id}`, { token: owner.token }), 404, 'NOT_FOUND');

    expectStatus(await rename(owner.token, orgId, 'Quiet'), 200);
    await received(receiver, '/off-later', 1, WAIT);
    expectStatus(
      await api('PATCH', `${path}/${later.id}`, { token: owner.token, body: { status: 'disabled' } }),
      200,
    );
    // retries come within milliseconds at the test's retry scale: some may precede the
    // disable; after it, at most the one attempt already under way reaches the receiver
    const sentBeforeDisable = receiver.at('/off-later').length;
    await received(receiver, '/live', 1, WAIT);
    const [pending] = await settledDeliveries(owner, orgId, later.id, 1, WAIT);
    expect(pending).toMatchObject({ status: 'failed', error: 'The endpoint is disabled.' });
    expect(receiver.at('/off-later').length).toBeLessThanOrEqual(sentBeforeDisable + 1);
    expect(receiver.at('/off')).toHaveLength(0);
    expect(receiver.at('/gone')).toHaveLength(0);
    expect((await deliveriesOf(owner, orgId, live.id)).items).toHaveLength(1);
    expect((await deliveriesOf(owner, orgId, off.id)).items).toHaveLength(0);
  });

  it('sends a test event now and answers its outcome; a manual retry delivers it again', async () => {
    const { owner, orgId } = await newOrg();
    receiver.script('/manual', [500, 200]);
    const endpoint = await registerEndpoint(owner, orgId, receiver.url('/manual'), ['member.removed']);
    const path = `/orgs/${orgId}/webhook-endpoints/${endpoint.id}`;
    const test = await api('POST', `${path}/test`, { token: owner.token });
    expectStatus(test, 200);
    expect(test.body).toMatchObject({
      eventType: 'webhook.test',
      status: 'failed',
      attempt: 1,
      responseStatus: 500,
    });
    const [first] = receiver.at('/manual');
    expect(first?.event).toMatchObject({ type: 'webhook.test', orgId, data: { endpointId: endpoint.id } });
    verifiedEvents(receiver, receiver.at('/manual'), endpoint.secret);

    const retry = await api('POST', `${path}/deliveries/${test.body.id}/retry`, { token: owner.token });
    expectStatus(retry, 202);
    const requests = await received(receiver, '/manual', 2, WAIT);
    expect(requests[1]?.headers['webhook-id']).toBe(first?.headers['webhook-id']);
    const [delivery] = await settledDeliveries(owner, orgId, endpoint.id, 1, WAIT);
    expect(delivery).toMatchObject({ id: test.body.id, status: 'succeeded', attempt: 2 });
    expectStatus(
      await api('POST', `${path}/deliveries/dlv_unknown/retry`, { token: owner.token }),
      404,
      'NOT_FOUND',
    );
  });

  it('signs with both secrets for the overlap after a rotation, then with the new one only', async () => {
    const { owner, orgId } = await newOrg();
    const endpoint = await registerEndpoint(owner, orgId, receiver.url('/rotate'), ['organization.updated']);
    const rotated = await api('POST', `/orgs/${orgId}/webhook-endpoints/${endpoint.id}/rotate-secret`, {
      token: owner.token,
    });
    expectStatus(rotated, 200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(endpoint.secret);
    const overlap = Date.parse(rotated.body.previousSecretExpiresAt) - Date.now();
    expect(overlap).toBeGreaterThan(23.9 * 3600_000);
    expectStatus(await rename(owner.token, orgId, 'Rotated'), 200);
    const [during] = await received(receiver, '/rotate', 1, WAIT);
    if (!during) throw new Error('no delivery');
    expect(during.headers['webhook-signature']?.split(' ')).toHaveLength(2);
    expect(() => receiver.verify(during, endpoint.secret)).not.toThrow();
    expect(() => receiver.verify(during, rotated.body.secret)).not.toThrow();

    // 24 h later: the overlap's end, moved into the past in the table (no waiting a day)
    await direct.update(keys.webhookSecret(endpoint.id), 'previousExpiresAt = :past', {
      ':past': new Date(Date.now() - 1000).toISOString(),
    });
    expectStatus(await rename(owner.token, orgId, 'Rotated again'), 200);
    const after = (await received(receiver, '/rotate', 2, WAIT))[1];
    if (!after) throw new Error('no delivery');
    expect(after.headers['webhook-signature']?.split(' ')).toHaveLength(1);
    expect(() => receiver.verify(after, rotated.body.secret)).not.toThrow();
    expect(() => receiver.verify(after, endpoint.secret)).toThrow();
  });

  it('a hanging endpoint of org A does not delay the deliveries of org B', async () => {
    const a = await newOrg();
    const b = await newOrg();
    receiver.script('/a-hangs', ['hang']);
    const hanging = await registerEndpoint(a.owner, a.orgId, receiver.url('/a-hangs'), [
      'organization.updated',
    ]);
    await registerEndpoint(b.owner, b.orgId, receiver.url('/b-fast'), ['organization.updated']);
    expectStatus(await rename(a.owner.token, a.orgId, 'A hangs'), 200);
    const [aRequest] = await received(receiver, '/a-hangs', 1, WAIT);
    const changedAt = Date.now();
    expectStatus(await rename(b.owner.token, b.orgId, 'B flows'), 200);
    const [bRequest] = await received(receiver, '/b-fast', 1, WAIT);
    const bDelay = (bRequest?.at ?? 0) - changedAt;
    // org A's attempt is still waiting for its answer when org B's event arrives
    const aLog = await deliveriesOf(a.owner, a.orgId, hanging.id);
    expect(aLog.items[0].attempts, `B took ${bDelay} ms`).toHaveLength(0);
    expect(bRequest?.at ?? 0).toBeLessThan((aRequest?.at ?? 0) + Number(process.env.WEBHOOK_TIMEOUT_MS));
  });
});
