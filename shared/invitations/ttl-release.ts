import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { isTtlRemoval } from '../notifications/detect.ts';
import { tableName } from '../platform/dynamo/client.ts';
import { keys } from '../platform/dynamo/keys.ts';
import { answer, type Conditioned } from '../platform/dynamo/transact.ts';
import { type ReleaseResult, releasingPendingSlot } from './pending-count.ts';

/** Longer than a stream record can be redelivered (24 h retention; the event source gives up after 12 h). */
const MARKER_LIFETIME_MS = 2 * 24 * 3600 * 1000;

/** The invitation DynamoDB's TTL deleted while it was still pending, if that is what the record says. */
export function ttlDeletedPendingInvitation(
  record: DynamoDBRecord,
): { orgId: string; id: string; role?: string } | undefined {
  const raw = record.dynamodb?.OldImage;
  if (!isTtlRemoval(record) || !raw) return undefined;
  const old = unmarshall(raw as Record<string, AttributeValue>);
  if (old.type !== 'invitation' || old.status !== 'pending') return undefined;
  if (typeof old.orgId !== 'string' || typeof old.id !== 'string') return undefined;
  return { orgId: old.orgId, id: old.id, ...(typeof old.role === 'string' ? { role: old.role } : {}) };
}

/**
 * Frees the pending-invitation slot of an invitation TTL deleted before the cleanup
 * expired it (no other path can: its item is gone). Stream records arrive at least
 * once: a marker per invitation, put in the same transaction, makes a redelivery
 * (or a concurrent twin) release nothing.
 */
export async function releaseTtlDeletedInvitation(invitation: {
  orgId: string;
  id: string;
  role?: string;
}): Promise<ReleaseResult<'alreadyReleased'>> {
  const marker: Conditioned<'alreadyReleased'> = {
    item: {
      Put: {
        TableName: tableName(),
        Item: {
          ...keys.pendingInvitationReleased(invitation.id),
          type: 'pendingInvitationReleased',
          ttl: Math.ceil((Date.now() + MARKER_LIFETIME_MS) / 1000),
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    onConditionFailed: () => answer('alreadyReleased'),
  };
  return releasingPendingSlot(invitation.orgId, [marker], invitation.role);
}
