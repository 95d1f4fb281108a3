import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { actorStillAllowed } from '../members/access.ts';
import type { MemberRecord } from '../members/domain/membership.ts';
import { auditBy } from '../orgs/audit.ts';
import { newId } from '../platform/domain/ids.ts';
import { batchGetAll } from '../platform/dynamo/batch-get.ts';
import { db, tableName } from '../platform/dynamo/client.ts';
import { ifConditionHolds } from '../platform/dynamo/conditions.ts';
import { getItem } from '../platform/dynamo/get-item.ts';
import { nowIso, recordOf, withoutKeys } from '../platform/dynamo/items.ts';
import { keys, prefixes } from '../platform/dynamo/keys.ts';
import { inOrg, queryPage } from '../platform/dynamo/query.ts';
import {
  type Conditioned,
  type OnConditionFailed,
  type TransactItem,
  transactWrite,
} from '../platform/dynamo/transact.ts';
import { notFound } from '../platform/errors.ts';
import { ROTATION_OVERLAP_MS } from './config.ts';
import type { WebhookEndpointRecord } from './endpoint.ts';
import { newWebhookSecret } from './signing.ts';

export interface NewEndpoint {
  url: string;
  description?: string | null;
  events: string[];
  mode?: 'sandbox' | 'production' | null;
}

export interface EndpointPatch {
  url?: string;
  description?: string | null;
  events?: string[];
  status?: 'enabled' | 'disabled';
}

/** A transaction item and what its failed condition means to the client (none: unexpected). */
interface Step {
  item: TransactItem;
  onConditionFailed?: OnConditionFailed;
}

const endpointGone = () => notFound('Webhook endpoint');

/** Runs the steps in one transaction; a failed condition throws the meaning of its step. */
async function run(steps: Step[]): Promise<void> {
  await transactWrite(
    steps.map(({ item, onConditionFailed }) => (onConditionFailed ? { item, onConditionFailed } : item)),
  );
}

const audit = (
  actor: MemberRecord,
  action: string,
  endpointId: string,
  details: Record<string, unknown> = {},
) => ({
  item: auditBy(actor, {
    action,
    target: { type: 'webhookEndpoint', id: endpointId },
    details,
  }),
});

const endpointExists = (orgId: string, endpointId: string) => ({
  ConditionExpression: 'attribute_exists(PK)',
  Key: keys.webhookEndpoint(orgId, endpointId),
});

export async function getEndpoint(orgId: string, endpointId: string): Promise<WebhookEndpointRecord> {
  const item = await getItem(keys.webhookEndpoint(orgId, endpointId));
  if (!item) throw endpointGone();
  return recordOf<WebhookEndpointRecord>(item);
}

export async function listEndpoints(orgId: string, options: { limit: number; cursor?: string }) {
  return queryPage(
    { key: inOrg(orgId, prefixes.webhookEndpoint), limit: options.limit },
    { scope: `webhookEndpoints:${orgId}`, cursor: options.cursor },
    (item) => withoutKeys(item) as unknown as WebhookEndpointRecord,
  );
}

/**
 * The endpoint and its secret item, in one transaction with the audit entry (and the
 * Idempotency-Key record, `append`). The secret is returned to be shown once.
 */
export async function createEndpoint(
  actor: MemberRecord,
  input: NewEndpoint,
  append: (value: { endpoint: WebhookEndpointRecord; secret: string }) => Conditioned[],
): Promise<{ endpoint: WebhookEndpointRecord; secret: string }> {
  const now = nowIso();
  const endpoint: WebhookEndpointRecord = {
    id: newId('whep'),
    orgId: actor.orgId,
    url: input.url,
    description: input.description ?? null,
    events: input.events,
    mode: input.mode ?? null,
    status: 'enabled',
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
  };
  const secret = newWebhookSecret();
  const created = { endpoint, secret };
  await run([
    ...append(created),
    actorStillAllowed(actor),
    {
      item: {
        Put: {
          TableName: tableName(),
          Item: { ...keys.webhookEndpoint(actor.orgId, endpoint.id), type: 'webhookEndpoint', ...endpoint },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
    },
    {
      item: {
        Put: {
          TableName: tableName(),
          Item: {
            ...keys.webhookSecret(endpoint.id),
            type: 'webhookSecret',
            orgId: actor.orgId,
            endpointId: endpoint.id,
            current: secret,
          },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
    },
    audit(actor, 'webhook_endpoint.created', endpoint.id, { url: endpoint.url, events: endpoint.events }),
  ]);
  return created;
}

export async function updateEndpoint(
  actor: MemberRecord,
  endpointId: string,
  patch: EndpointPatch,
): Promise<WebhookEndpointRecord> {
  const current = await getEndpoint(actor.orgId, endpointId);
  const now = nowIso();
  const next: WebhookEndpointRecord = {
    ...current,
    ...(patch.url !== undefined ? { url: patch.url } : {}),
    ...(patch.description !== undefined ? { description: patch.description } : {}),
    ...(patch.events !== undefined ? { events: patch.events } : {}),
    ...(patch.status !== undefined ? { status: patch.status } : {}),
    updatedAt: now,
  };
  const names: Record<string, string> = { '#url': 'url', '#events': 'events', '#status': 'status' };
  const values: Record<string, unknown> = {
    ':url': next.url,
    ':description': next.description,
    ':events': next.events,
    ':status': next.status,
    ':now': now,
  };
  let update =
    'SET #url = :url, description = :description, #events = :events, #status = :status, updatedAt = :now';
  if (patch.status === 'enabled' && current.status === 'disabled') {
    // enabled again by a person: the failure clock starts afresh
    update += ' REMOVE failingSince, disabledReason';
    delete next.failingSince;
    delete next.disabledReason;
  } else if (patch.status === 'disabled' && current.status === 'enabled') {
    update += ', disabledReason = :manual';
    values[':manual'] = 'manual';
    next.disabledReason = 'manual';
  }
  await run([
    actorStillAllowed(actor),
    {
      item: {
        Update: {
          TableName: tableName(),
          ...endpointExists(actor.orgId, endpointId),
          UpdateExpression: update,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        },
      },
      onConditionFailed: endpointGone,
    },
    audit(actor, 'webhook_endpoint.updated', endpointId, { ...patch }),
  ]);
  return next;
}

/** Deletes the endpoint and its secret: the next attempt of any pending delivery finds it gone. */
export async function deleteEndpoint(actor: MemberRecord, endpointId: string): Promise<void> {
  await run([
    actorStillAllowed(actor),
    {
      item: { Delete: { TableName: tableName(), ...endpointExists(actor.orgId, endpointId) } },
      onConditionFailed: endpointGone,
    },
    { item: { Delete: { TableName: tableName(), Key: keys.webhookSecret(endpointId) } } },
    audit(actor, 'webhook_endpoint.deleted', endpointId),
  ]);
}

export interface RotatedSecret {
  secret: string;
  previousExpiresAt: string;
}

/**
 * A new current secret; the old one moves to `previous` and keeps signing for 24 h.
 * DynamoDB copies it (`SET previous = current`): this function never reads a secret.
 */
export async function rotateSecret(
  actor: MemberRecord,
  endpointId: string,
  append: (value: RotatedSecret) => Conditioned[],
): Promise<RotatedSecret> {
  const secret = newWebhookSecret();
  const previousExpiresAt = new Date(Date.now() + ROTATION_OVERLAP_MS).toISOString();
  await run([
    ...append({ secret, previousExpiresAt }),
    actorStillAllowed(actor),
    {
      item: {
        ConditionCheck: { TableName: tableName(), ...endpointExists(actor.orgId, endpointId) },
      },
      onConditionFailed: endpointGone,
    },
    {
      item: {
        Update: {
          TableName: tableName(),
          Key: keys.webhookSecret(endpointId),
          UpdateExpression: 'SET previous = #current, previousExpiresAt = :expires, #current = :secret',
          ConditionExpression: 'attribute_exists(PK) AND orgId = :org',
          ExpressionAttributeNames: { '#current': 'current' },
          ExpressionAttributeValues: {
            ':expires': previousExpiresAt,
            ':secret': secret,
            ':org': actor.orgId,
          },
        },
      },
      onConditionFailed: endpointGone,
    },
    audit(actor, 'webhook_endpoint.secret_rotated', endpointId, { previousExpiresAt }),
  ]);
  return { secret, previousExpiresAt };
}

/**
 * The deliverer's read: the endpoint, its signing secrets and the org's status in one round trip. Only
 * the deliverer's role may read `WEBHOOK_SECRET#` items.
 */
export async function endpointWithSecrets(orgId: string, endpointId: string) {
  const endpointKey = keys.webhookEndpoint(orgId, endpointId);
  const secretKey = keys.webhookSecret(endpointId);
  const orgKey = keys.org(orgId);
  const items = await batchGetAll([endpointKey, secretKey, orgKey], { consistentRead: true });
  const endpointItem = items.find((item) => item.SK === endpointKey.SK);
  const secretItem = items.find((item) => item.SK === secretKey.SK && item.orgId === orgId);
  const orgItem = items.find((item) => item.PK === orgKey.PK && item.SK === orgKey.SK);
  return {
    /** the org's deletion is scheduled (or it is gone): nothing is delivered for it */
    orgGone: !orgItem || orgItem.deleteAt !== undefined,
    endpoint: endpointItem ? (withoutKeys(endpointItem) as unknown as WebhookEndpointRecord) : undefined,
    secrets: secretItem
      ? {
          current: secretItem.current as string,
          previous: secretItem.previous as string | undefined,
          previousExpiresAt: secretItem.previousExpiresAt as string | undefined,
        }
      : undefined,
  };
}

/** A success ends the endpoint's failing streak. */
export async function endpointSucceeded(endpoint: WebhookEndpointRecord): Promise<void> {
  if (!endpoint.failingSince) return;
  await ifConditionHolds(
    db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.webhookEndpoint(endpoint.orgId, endpoint.id),
        UpdateExpression: 'REMOVE failingSince',
        ConditionExpression: 'attribute_exists(failingSince)',
      }),
    ),
  );
}

/**
 * A failure starts the streak (if none) and disables the endpoint once the streak is
 * `disableAfterMs` old: one conditional update from `enabled`, so it happens once and
 * the notification stream emails its creator and the admins once.
 */
export async function endpointFailed(
  endpoint: WebhookEndpointRecord,
  disableAfterMs: number,
): Promise<boolean> {
  const now = nowIso();
  const key = keys.webhookEndpoint(endpoint.orgId, endpoint.id);
  const started = await ifConditionHolds(
    db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: key,
        UpdateExpression: 'SET failingSince = if_not_exists(failingSince, :now)',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: { ':now': now },
        ReturnValues: 'UPDATED_NEW',
      }),
    ),
  );
  if (!started) return false;
  const failingSince = (started.Attributes?.failingSince as string) ?? now;
  if (Date.parse(now) - Date.parse(failingSince) < disableAfterMs) return false;
  const disabled = await ifConditionHolds(
    db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: key,
        UpdateExpression: 'SET #status = :disabled, disabledReason = :failing, updatedAt = :now',
        ConditionExpression: '#status = :enabled AND failingSince = :since',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':disabled': 'disabled',
          ':failing': 'failing',
          ':enabled': 'enabled',
          ':since': failingSince,
          ':now': now,
        },
      }),
    ),
  );
  return disabled !== undefined;
}
