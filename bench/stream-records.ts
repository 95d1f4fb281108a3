import { randomUUID } from 'node:crypto';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { InvitationRecord } from '../shared/invitations/domain/invitation.ts';
import { keys } from '../shared/platform/dynamo/keys.ts';

const image = (item: Record<string, unknown>) =>
  marshall(item, { removeUndefinedValues: true }) as unknown as Record<string, AttributeValue>;

let sequence = 0;

/**
 * A stream batch of `size` INSERTs of pending invitations into `orgId`, shaped
 * like the items `createInvitation` writes (shared/invitations/invitations.ts).
 */
export function invitationInsertBatch(
  orgId: string,
  inviter: { userId: string; name: string },
  size: number,
): DynamoDBStreamEvent {
  const run = randomUUID().slice(0, 8);
  const now = new Date();
  const expiresAt = new Date(now.getTime() + 7 * 86_400_000).toISOString();
  const Records = Array.from({ length: size }, (_, i): DynamoDBRecord => {
    const id = `inv_bench_${run}_${i}`;
    const invitation: InvitationRecord = {
      id,
      orgId,
      email: `stream-${run}-${i}@example.com`,
      role: 'member',
      status: 'pending',
      invitedBy: inviter.userId,
      inviterName: inviter.name,
      createdAt: now.toISOString(),
      expiresAt,
      lastSentAt: now.toISOString(),
      resendCount: 0,
      resendWindowStart: now.toISOString(),
    };
    const key = keys.invitation(orgId, id);
    const item = {
      ...key,
      ...keys.invitationByEmail(invitation.email, orgId, id),
      ...keys.pendingInvitationExpiry(expiresAt, orgId, id),
      ttl: Math.floor(Date.parse(expiresAt) / 1000),
      type: 'invitation',
      ...invitation,
    };
    sequence++;
    return {
      eventID: `bench-${run}-${i}`,
      eventName: 'INSERT',
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: 'local',
      eventSourceARN: 'arn:aws:dynamodb:local:000000000000:table/orgs-bench/stream/bench',
      dynamodb: {
        ApproximateCreationDateTime: Math.floor(now.getTime() / 1000),
        Keys: image(key),
        NewImage: image(item),
        SequenceNumber: String(sequence).padStart(21, '0'),
        SizeBytes: 512,
        StreamViewType: 'NEW_AND_OLD_IMAGES',
      },
    };
  });
  return { Records };
}
