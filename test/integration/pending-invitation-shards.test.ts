import { randomUUID } from 'node:crypto';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { InvitationRecord } from '../../shared/invitations/domain/invitation.ts';
import { createInvitation } from '../../shared/invitations/invitations.ts';
import type { MemberRecord } from '../../shared/members/domain/membership.ts';
import { createOrg } from '../../shared/orgs/orgs.ts';
import { db, tableName } from '../../shared/platform/dynamo/client.ts';
import {
  keys,
  legacyPendingInvitationPartition,
  PENDING_INVITATION_SHARDS,
  pendingInvitationPartitions,
} from '../../shared/platform/dynamo/keys.ts';
import { mapLimit } from '../support/members.ts';
import { until } from '../support/wait.ts';

/**
 * The expiry index is written by every org: its partition key is sharded so no
 * single partition takes every pending invitation's write. Repositories are
 * called directly against the shared stack's DynamoDB Local, whose scheduler runs
 * the real cleanup every second.
 */

const run = randomUUID().slice(0, 8);

async function orgWithOwner(): Promise<MemberRecord> {
  const userId = `user_shard_${randomUUID()}`;
  const org = await createOrg({
    name: `Shard ${run}`,
    timeZone: 'Europe/Berlin',
    owner: { userId, email: `${userId}@example.com`, name: null },
  });
  const now = new Date().toISOString();
  return {
    orgId: org.id,
    userId,
    email: `${userId}@example.com`,
    name: null,
    role: 'owner',
    status: 'active',
    joinedAt: now,
    updatedAt: now,
  };
}

const invite = (owner: MemberRecord, n: number) =>
  createInvitation(
    owner,
    {},
    { email: `invitee-${run}-${n}@example.com`, role: 'member', inviteeUserIds: [] },
  );

const stored = async (invitation: InvitationRecord) =>
  (
    await db().send(
      new GetCommand({
        TableName: tableName(),
        Key: keys.invitation(invitation.orgId, invitation.id),
        ConsistentRead: true,
      }),
    )
  ).Item ?? {};

/** Makes a pending invitation overdue in the table and its index entry, under `partition` if given. */
async function makeOverdue(invitation: InvitationRecord, partition?: string) {
  const past = new Date(Date.now() - 60_000).toISOString();
  const current = await stored(invitation);
  await db().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.invitation(invitation.orgId, invitation.id),
      UpdateExpression: 'SET expiresAt = :past, GSI2PK = :pk, GSI2SK = :sk',
      ConditionExpression: '#status = :pending',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':past': past,
        ':pk': partition ?? current.GSI2PK,
        ':sk': keys.pendingInvitationExpiry(past, invitation.orgId, invitation.id).GSI2SK,
        ':pending': 'pending',
      },
    }),
  );
}

describe('the pending-invitation expiry index is sharded', () => {
  it('spreads the pending invitations of many orgs over many partition keys, none of them the old constant', async () => {
    const owners = await mapLimit(Array.from({ length: 40 }), 4, () => orgWithOwner());
    const invitations = await mapLimit(owners, 4, (owner, n) => invite(owner, n));
    const partitions = await Promise.all(
      invitations.map(async (invitation) => (await stored(invitation)).GSI2PK),
    );

    const distinct = new Set(partitions);
    // 40 ids over 16 shards: about 15 distinct; fewer than 8 would mean the hash does not spread
    expect(distinct.size).toBeGreaterThanOrEqual(8);
    expect(distinct.has(legacyPendingInvitationPartition)).toBe(false);
    for (const partition of distinct) expect(pendingInvitationPartitions()).toContain(partition);
    // a resend keeps its shard: the key depends on the invitation id only
    const again = invitations[0] as InvitationRecord;
    expect(keys.pendingInvitationExpiry(new Date().toISOString(), again.orgId, again.id).GSI2PK).toBe(
      partitions[0],
    );
  });

  it('the cleanup expires overdue invitations from every shard and drains the pre-sharding partition', async () => {
    const owner = await orgWithOwner();
    const invitations = await mapLimit(Array.from({ length: 12 }), 4, (_, n) => invite(owner, 100 + n));
    const legacy = invitations.slice(0, 2);
    for (const invitation of legacy) await makeOverdue(invitation, legacyPendingInvitationPartition);
    for (const invitation of invitations.slice(2)) await makeOverdue(invitation);

    const shards = new Set(
      await Promise.all(invitations.slice(2).map(async (i) => (await stored(i)).GSI2PK)),
    );
    expect(shards.size).toBeGreaterThan(1);
    expect(shards.size).toBeLessThanOrEqual(PENDING_INVITATION_SHARDS);

    await until(
      () => Promise.all(invitations.map(async (invitation) => (await stored(invitation)).status)),
      (statuses) => statuses.every((status) => status === 'expired'),
      'the cleanup to expire every overdue invitation',
      30_000,
    );
    for (const invitation of invitations) {
      const item = await stored(invitation);
      expect(item.GSI2PK).toBeUndefined();
      expect(item.expiredAt).toEqual(expect.any(String));
    }
  });
});
