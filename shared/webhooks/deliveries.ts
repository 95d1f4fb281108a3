import { createHash, randomUUID } from 'node:crypto';
import { PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { table } from '../../infra/table.ts';
import { db, tableName } from '../platform/dynamo/client.ts';
import { ifConditionHolds } from '../platform/dynamo/conditions.ts';
import { getItem } from '../platform/dynamo/get-item.ts';
import { recordOf } from '../platform/dynamo/items.ts';
import { keys, prefixes } from '../platform/dynamo/keys.ts';
import { inOrg, queryPage } from '../platform/dynamo/query.ts';
import { notFound } from '../platform/errors.ts';
import { DELIVERY_RETENTION_SECONDS, DUE_SHARDS } from './config.ts';
import type { WebhookEvent } from './events.ts';

/** A new delivery is due for the dispatcher this long after creation (its creator attempts it first). */
const FIRST_ATTEMPT_FALLBACK_MS = 3_000;

export type DeliveryStatus = 'pending' | 'succeeded' | 'failed';

export interface AttemptLog {
  attempt: number;
  at: string;
  responseStatus?: number;
  durationMs: number;
  error?: string;
}

export interface DeliveryRef {
  orgId: string;
  endpointId: string;
  deliveryId: string;
}

export interface DeliveryRecord extends DeliveryRef {
  eventId: string;
  eventType: string;
  /** the exact body sent on every attempt */
  payload: string;
  status: DeliveryStatus;
  /** attempts made so far */
  attempt: number;
  /** due time while pending (during an attempt: when the attempt's lease ends) */
  nextAttemptAt?: string;
  responseStatus?: number;
  durationMs?: number;
  error?: string;
  attempts: AttemptLog[];
  /** false for test events: one attempt, no schedule */
  retries: boolean;
  leaseToken?: string;
  createdAt: string;
  updatedAt: string;
}

/** `dlv_` + the event time (sortable) + the event's hash: one id per (event, endpoint) key. */
export const deliveryIdOf = (event: Pick<WebhookEvent, 'id' | 'createdAt'>) =>
  `dlv_${event.createdAt.replace(/[-:.TZ]/g, '')}_${event.id.replace(/^evt_/, '')}`;

/** Spreads pending deliveries over the due index's partitions (never one hot key). */
export function shardOf(deliveryId: string, endpointId: string): number {
  return createHash('sha256').update(`${endpointId}#${deliveryId}`).digest().readUInt32BE(0) % DUE_SHARDS;
}

const dueKeys = (ref: DeliveryRef, dueAt: string) =>
  keys.webhookDue(shardOf(ref.deliveryId, ref.endpointId), dueAt, ref.orgId, ref.endpointId, ref.deliveryId);

const key = (ref: DeliveryRef) => keys.webhookDelivery(ref.orgId, ref.endpointId, ref.deliveryId);

export const toDeliveryResponse = (delivery: DeliveryRecord) => ({
  id: delivery.deliveryId,
  eventId: delivery.eventId,
  eventType: delivery.eventType,
  attempt: delivery.attempt,
  status: delivery.status,
  responseStatus: delivery.responseStatus ?? null,
  durationMs: delivery.durationMs ?? null,
  error: delivery.error ?? null,
  nextAttemptAt: delivery.status === 'pending' ? (delivery.nextAttemptAt ?? null) : null,
  attempts: delivery.attempts,
  createdAt: delivery.createdAt,
});

const record = (item: Record<string, unknown>) => recordOf<DeliveryRecord>(item);

/**
 * One delivery of `event` to one endpoint, due now. `attribute_not_exists` makes it
 * exactly once per (event, endpoint): a redelivered stream record or a concurrent
 * consumer finds it there and gets `false`.
 */
export async function createDelivery(
  event: WebhookEvent,
  endpointId: string,
  options: { retries?: boolean } = {},
): Promise<{ created: boolean; ref: DeliveryRef }> {
  const ref = { orgId: event.orgId, endpointId, deliveryId: deliveryIdOf(event) };
  const now = new Date().toISOString();
  // the creator hands the first attempt off at once (`attempt = 0` may be claimed before
  // it is due); the dispatcher finds it only if that hand-off is lost
  const fallbackAt = new Date(Date.now() + FIRST_ATTEMPT_FALLBACK_MS).toISOString();
  const delivery: DeliveryRecord = {
    ...ref,
    eventId: event.id,
    eventType: event.type,
    payload: JSON.stringify(event),
    status: 'pending',
    attempt: 0,
    nextAttemptAt: fallbackAt,
    attempts: [],
    retries: options.retries ?? true,
    createdAt: now,
    updatedAt: now,
  };
  const put = await ifConditionHolds(
    db().send(
      new PutCommand({
        TableName: tableName(),
        Item: {
          ...key(ref),
          ...dueKeys(ref, fallbackAt),
          type: 'webhookDelivery',
          ...delivery,
          ttl: Math.floor(Date.now() / 1000) + DELIVERY_RETENTION_SECONDS,
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    ),
  );
  return { created: put !== undefined, ref };
}

export async function getDelivery(ref: DeliveryRef): Promise<DeliveryRecord> {
  const item = await getItem(key(ref));
  if (!item) throw notFound('Delivery');
  return record(item);
}

/** An endpoint's deliveries, newest first. */
export async function listDeliveries(
  orgId: string,
  endpointId: string,
  options: { limit: number; cursor?: string },
) {
  return queryPage(
    { key: inOrg(orgId, prefixes.webhookDeliveries(endpointId)), descending: true, limit: options.limit },
    { scope: `webhookDeliveries:${orgId}:${endpointId}`, cursor: options.cursor },
    record,
  );
}

/**
 * Takes the next attempt of a due, pending delivery: only one caller wins (the
 * condition on status and due time), and the due time moves to the end of the lease,
 * so if the attempt dies the dispatcher finds it again.
 */
export async function claimAttempt(ref: DeliveryRef, leaseMs: number): Promise<DeliveryRecord | undefined> {
  const now = new Date();
  const leaseEnd = new Date(now.getTime() + leaseMs).toISOString();
  const token = randomUUID();
  const due = dueKeys(ref, leaseEnd);
  const claimed = await ifConditionHolds(
    db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: key(ref),
        UpdateExpression:
          'SET attempt = attempt + :one, nextAttemptAt = :lease, GSI2PK = :g2pk, GSI2SK = :g2sk, leaseToken = :token',
        ConditionExpression:
          '#status = :pending AND (nextAttemptAt <= :now OR (attempt = :zero AND attribute_not_exists(leaseToken)))',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':one': 1,
          ':zero': 0,
          ':lease': leaseEnd,
          ':g2pk': due.GSI2PK,
          ':g2sk': due.GSI2SK,
          ':token': token,
          ':pending': 'pending',
          ':now': now.toISOString(),
        },
        ReturnValues: 'ALL_NEW',
      }),
    ),
  );
  return claimed?.Attributes ? record(claimed.Attributes) : undefined;
}

export interface AttemptOutcome {
  ok: boolean;
  responseStatus?: number;
  durationMs: number;
  error?: string;
  /** when to try again; undefined: no more attempts (succeeded or failed for good) */
  retryAt?: string;
}

/** Records the attempt this caller claimed (its lease token) and what comes next. */
export async function finishAttempt(
  delivery: DeliveryRecord,
  outcome: AttemptOutcome,
): Promise<DeliveryRecord> {
  const now = new Date().toISOString();
  const status: DeliveryStatus = outcome.ok ? 'succeeded' : outcome.retryAt ? 'pending' : 'failed';
  const log: AttemptLog = {
    attempt: delivery.attempt,
    at: now,
    durationMs: outcome.durationMs,
    ...(outcome.responseStatus !== undefined ? { responseStatus: outcome.responseStatus } : {}),
    ...(outcome.error ? { error: outcome.error } : {}),
  };
  const values: Record<string, unknown> = {
    ':status': status,
    ':log': [log],
    ':duration': outcome.durationMs,
    ':now': now,
    ':token': delivery.leaseToken,
  };
  const set = [
    '#status = :status',
    'attempts = list_append(attempts, :log)',
    'durationMs = :duration',
    'updatedAt = :now',
  ];
  const remove = ['leaseToken'];
  if (outcome.responseStatus !== undefined) {
    set.push('responseStatus = :response');
    values[':response'] = outcome.responseStatus;
  } else remove.push('responseStatus');
  if (outcome.error) {
    set.push('#error = :error');
    values[':error'] = outcome.error;
  } else remove.push('#error');
  if (status === 'pending' && outcome.retryAt) {
    const due = dueKeys(delivery, outcome.retryAt);
    set.push('nextAttemptAt = :next', 'GSI2PK = :g2pk', 'GSI2SK = :g2sk');
    Object.assign(values, { ':next': outcome.retryAt, ':g2pk': due.GSI2PK, ':g2sk': due.GSI2SK });
  } else remove.push('nextAttemptAt', 'GSI2PK', 'GSI2SK');
  const { Attributes } = await db().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: key(delivery),
      UpdateExpression: `SET ${set.join(', ')} REMOVE ${remove.join(', ')}`,
      ConditionExpression: 'leaseToken = :token',
      ExpressionAttributeNames: { '#status': 'status', '#error': 'error' },
      ExpressionAttributeValues: values,
      ReturnValues: 'ALL_NEW',
    }),
  );
  return record(Attributes ?? {});
}

/**
 * A manual retry: the delivery becomes pending and due now, unless an attempt is
 * running (its lease has not ended), so a retry never runs beside another attempt.
 */
export async function requeueDelivery(ref: DeliveryRef): Promise<DeliveryRecord | undefined> {
  const now = new Date().toISOString();
  const due = dueKeys(ref, now);
  const requeued = await ifConditionHolds(
    db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: key(ref),
        UpdateExpression:
          'SET #status = :pending, nextAttemptAt = :now, GSI2PK = :g2pk, GSI2SK = :g2sk, updatedAt = :now',
        ConditionExpression:
          'attribute_exists(PK) AND (#status <> :pending OR attribute_not_exists(leaseToken) OR nextAttemptAt <= :now)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':pending': 'pending',
          ':now': now,
          ':g2pk': due.GSI2PK,
          ':g2sk': due.GSI2SK,
        },
        ReturnValues: 'ALL_NEW',
      }),
    ),
  );
  return requeued?.Attributes ? record(requeued.Attributes) : undefined;
}

/** Due deliveries of one shard of the due index (oldest due first). */
export async function dueDeliveries(shard: number, now: string, limit: number): Promise<DeliveryRef[]> {
  const { Items = [] } = await db().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: table.indexes.byDue.name,
      KeyConditionExpression: 'GSI2PK = :pk AND GSI2SK <= :now',
      ExpressionAttributeValues: { ':pk': prefixes.webhookDueShard(shard), ':now': `${now}#~` },
      ProjectionExpression: 'orgId, endpointId, deliveryId',
      Limit: limit,
    }),
  );
  return Items.map((item) => ({
    orgId: item.orgId as string,
    endpointId: item.endpointId as string,
    deliveryId: item.deliveryId as string,
  }));
}
