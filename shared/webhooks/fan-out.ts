import { withoutKeys } from '../platform/dynamo/items.ts';
import { prefixes } from '../platform/dynamo/keys.ts';
import { inOrg, queryAll } from '../platform/dynamo/query.ts';
import { createDelivery, type DeliveryRef } from './deliveries.ts';
import type { WebhookEndpointRecord } from './endpoint.ts';
import { subscribes, type WebhookEvent } from './events.ts';

/** The org's enabled endpoints (one Query of the org's `WEBHOOK#` items). */
export async function enabledEndpoints(orgId: string): Promise<WebhookEndpointRecord[]> {
  const found = await queryAll({
    key: inOrg(orgId, prefixes.webhookEndpoint),
    filter: {
      expression: '#status = :enabled',
      names: { '#status': 'status' },
      values: { ':enabled': 'enabled' },
    },
    consistentRead: true,
  });
  return found.map((item) => withoutKeys(item) as unknown as WebhookEndpointRecord);
}

/** An endpoint wants an event of a type it subscribes to; `api_key.*` only of its mode, if it has one. */
export function wants(endpoint: WebhookEndpointRecord, event: WebhookEvent): boolean {
  if (endpoint.status !== 'enabled' || !subscribes(endpoint.events, event.type)) return false;
  if (endpoint.mode && event.type.startsWith('api_key.')) return event.data.mode === endpoint.mode;
  return true;
}

/**
 * One delivery per (event, matching endpoint), each created exactly once. Returns the
 * deliveries created now; those that already existed (a redelivered record) are
 * someone else's to attempt, and due in the index if they were never attempted.
 */
export async function fanOut(events: WebhookEvent[]): Promise<DeliveryRef[]> {
  const byOrg = new Map<string, Promise<WebhookEndpointRecord[]>>();
  const created: DeliveryRef[] = [];
  for (const event of events) {
    if (!byOrg.has(event.orgId)) byOrg.set(event.orgId, enabledEndpoints(event.orgId));
    const endpoints = (await byOrg.get(event.orgId)) ?? [];
    const results = await Promise.all(
      endpoints
        .filter((endpoint) => wants(endpoint, event))
        .map((endpoint) => createDelivery(event, endpoint.id)),
    );
    created.push(...results.filter((result) => result.created).map((result) => result.ref));
  }
  return created;
}
