import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../data/client.ts';
import { withoutKeys } from '../data/items.ts';
import { orgPk, prefixes } from '../data/keys.ts';
import { createDelivery, type DeliveryRef } from '../data/webhook-deliveries.ts';
import type { WebhookEndpointRecord } from './endpoint.ts';
import { subscribes, type WebhookEvent } from './events.ts';

/** The org's enabled endpoints (one Query of the org's `WEBHOOK#` items). */
export async function enabledEndpoints(orgId: string): Promise<WebhookEndpointRecord[]> {
  const found: WebhookEndpointRecord[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        FilterExpression: '#status = :enabled',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':pk': orgPk(orgId),
          ':prefix': prefixes.webhookEndpoint,
          ':enabled': 'enabled',
        },
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }),
    );
    found.push(...(page.Items ?? []).map((item) => withoutKeys(item) as unknown as WebhookEndpointRecord));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return found;
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
