import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../support/http.ts';
import { expectStatus, inviteAndAccept, newOrg } from '../support/members.ts';
import { type Receiver, startReceiver } from '../support/webhook-receiver.ts';
import {
  deliveriesOf,
  received,
  registerEndpoint,
  settledDeliveries,
  verifiedEvents,
} from '../support/webhooks.ts';

let receiver: Receiver;
beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(() => receiver.close());

describe('webhook delivery', () => {
  it('registers an endpoint, shows its secret once, and delivers signed events', async () => {
    const { owner, orgId } = await newOrg();
    const endpoint = await registerEndpoint(owner, orgId, receiver.url('/basic'));
    const got = await api('GET', `/orgs/${orgId}/webhook-endpoints/${endpoint.id}`, { token: owner.token });
    expectStatus(got, 200);
    expect(got.body).toMatchObject({ id: endpoint.id, status: 'enabled', events: ['*'] });
    expect(JSON.stringify(got.body)).not.toContain('whsec_');
    const list = await api('GET', `/orgs/${orgId}/webhook-endpoints`, { token: owner.token });
    expect(JSON.stringify(list.body)).not.toContain('whsec_');

    const member = await inviteAndAccept(owner, orgId, 'member');
    const blocked = await api('POST', `/orgs/${orgId}/members/${member.userId}/block`, {
      token: owner.token,
    });
    expectStatus(blocked, 200);
    const requests = await received(receiver, '/basic', 3);
    const events = verifiedEvents(receiver, requests, endpoint.secret);
    expect(events.map((event) => event.type)).toEqual(
      expect.arrayContaining(['invitation.created', 'invitation.accepted', 'member.blocked']),
    );
    const blockedEvent = events.find((event) => event.type === 'member.blocked');
    expect(blockedEvent).toMatchObject({ orgId, data: { userId: member.userId, status: 'blocked' } });
    expect(requests.find((request) => request.event.type === 'member.blocked')?.headers['webhook-id']).toBe(
      blockedEvent.id,
    );
    const log = await settledDeliveries(owner, orgId, endpoint.id, 3);
    expect(log.every((delivery) => delivery.status === 'succeeded' && delivery.attempt === 1)).toBe(true);
  });
});
