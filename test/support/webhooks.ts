import { afterAll, beforeAll, expect } from 'vitest';
import { api, type TestUser } from './http.ts';
import { STREAM_DEADLINE_MS } from './mailbox.ts';
import { until } from './wait.ts';
import { newReceiver, type Received, type Receiver } from './webhook-receiver.ts';

/** A receiver for one test file (call it at the top): listening before its tests, closed after them. */
export function receiverForTests(): Receiver {
  const receiver = newReceiver();
  beforeAll(() => receiver.listen());
  afterAll(() => receiver.close());
  return receiver;
}

export interface Endpoint {
  id: string;
  secret: string;
  url: string;
}

/** `POST /orgs/{orgId}/webhook-endpoints` that must succeed. */
export async function registerEndpoint(
  user: TestUser,
  orgId: string,
  url: string,
  events: string[] = ['*'],
  extra: Record<string, unknown> = {},
): Promise<Endpoint> {
  const response = await api('POST', `/orgs/${orgId}/webhook-endpoints`, {
    token: user.token,
    body: { url, events, ...extra },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  expect(response.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
  return { id: response.body.id, secret: response.body.secret, url };
}

/** Waits until `path` has received at least `count` requests. */
export const received = (receiver: Receiver, path: string, count: number, deadlineMs = 10_000) =>
  until(
    async () => receiver.at(path),
    (requests) => requests.length >= count,
    `${count} webhook request(s) at ${path}`,
    deadlineMs,
  );

/** Every request at `path` verifies with `secret` (the customer's check) and is returned parsed. */
export function verifiedEvents(receiver: Receiver, requests: Received[], secret: string) {
  return requests.map((request) => {
    expect(() => receiver.verify(request, secret)).not.toThrow();
    return request.event;
  });
}

/** The delivery log of an endpoint (first page, newest first). */
export async function deliveriesOf(user: TestUser, orgId: string, endpointId: string, query = '') {
  const response = await api('GET', `/orgs/${orgId}/webhook-endpoints/${endpointId}/deliveries${query}`, {
    token: user.token,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as {
    // biome-ignore lint/suspicious/noExplicitAny: deliveries as the API returns them
    items: any[];
    nextCursor: string | null;
  };
}

/** Polls the log until every delivery in it is settled (not pending) and there are `count`. */
export const settledDeliveries = (
  user: TestUser,
  orgId: string,
  endpointId: string,
  count: number,
  deadlineMs = STREAM_DEADLINE_MS,
) =>
  until(
    async () => (await deliveriesOf(user, orgId, endpointId, '?limit=100')).items,
    (items) => items.length >= count && items.every((item) => item.status !== 'pending'),
    `${count} settled deliveries of ${endpointId}`,
    deadlineMs,
  );
