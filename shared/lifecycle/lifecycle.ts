import { revokeInvitation } from '../invitations/invitations.ts';
import { actorStillAllowed } from '../members/access.ts';
import type { MemberRecord } from '../members/domain/membership.ts';
import { auditPut } from '../orgs/audit.ts';
import type { OrgRecord } from '../orgs/domain/org.ts';
import { orgDeletionGraceSeconds } from '../platform/config/env.ts';
import { tableName } from '../platform/dynamo/client.ts';
import { nowIso } from '../platform/dynamo/items.ts';
import { keys, prefixes } from '../platform/dynamo/keys.ts';
import { inOrg, queryPages } from '../platform/dynamo/query.ts';
import { transactWrite } from '../platform/dynamo/transact.ts';
import { ApiError } from '../platform/errors.ts';
import { staleVersion } from '../platform/http/if-match.ts';

const REVOKE_CONCURRENCY = 8;

const notScheduled = () =>
  new ApiError('CONFLICT', 'The organization is not scheduled for deletion: there is nothing to restore.');
const graceOver = () =>
  new ApiError(
    'CONFLICT',
    'The grace period is over: the organization is being purged and cannot be restored.',
  );

/**
 * One conditional write on the org item (the item every access check reads): from
 * this commit on, members, keys and endpoints are refused. The version condition
 * makes it lose to any concurrent change of the org (an accept, a rename): 412.
 */
export async function scheduleDeletion(
  owner: MemberRecord,
  org: OrgRecord,
  expectedVersion: number,
): Promise<OrgRecord> {
  const now = new Date();
  const deleteAt = new Date(now.getTime() + orgDeletionGraceSeconds() * 1000).toISOString();
  await transactWrite([
    actorStillAllowed(owner),
    {
      item: {
        Update: {
          TableName: tableName(),
          Key: keys.org(org.id),
          UpdateExpression:
            'SET deleteAt = :deleteAt, deletionScheduledAt = :now, deletionScheduledBy = :by, #status = :scheduled, ' +
            'GSI2PK = :due, GSI2SK = :dueSort, updatedAt = :now, #version = #version + :one',
          ConditionExpression: '#version = :expected AND attribute_not_exists(deleteAt)',
          // `status` for readers that look at the item alone (API key verification, webhook dispatch)
          ExpressionAttributeNames: { '#version': 'version', '#status': 'status' },
          ExpressionAttributeValues: {
            ':scheduled': 'deletion_scheduled',
            ':deleteAt': deleteAt,
            ':now': now.toISOString(),
            ':by': owner.userId,
            ':due': keys.orgDeletionDue(deleteAt, org.id).GSI2PK,
            ':dueSort': keys.orgDeletionDue(deleteAt, org.id).GSI2SK,
            ':expected': expectedVersion,
            ':one': 1,
          },
        },
      },
      onConditionFailed: staleVersion,
    },
    auditPut({
      orgId: org.id,
      actorId: owner.userId,
      action: 'org.deletion_scheduled',
      target: { type: 'org', id: org.id },
      details: { deleteAt },
      at: now.toISOString(),
    }),
  ]);
  await revokePendingInvitations(owner);
  return {
    ...org,
    deleteAt,
    deletionScheduledAt: now.toISOString(),
    deletionScheduledBy: owner.userId,
    version: expectedVersion + 1,
    updatedAt: now.toISOString(),
  };
}

/**
 * Revokes every pending invitation (their invitees are emailed, as for any revoke).
 * Runs after the deletion committed: an invitation created before that commit is
 * found here, one after it was refused by its `orgStillLive` condition; one left
 * pending by a crash cannot be accepted (the seat condition) and is purged.
 */
export async function revokePendingInvitations(owner: MemberRecord): Promise<number> {
  let revoked = 0;
  for await (const page of queryPages({
    key: inOrg(owner.orgId, prefixes.invitee),
    projection: 'invitationId',
  })) {
    const guards = [...page];
    // a few at a time: an org with hundreds of pending invitations still answers well inside 30 s
    const worker = async () => {
      for (let guard = guards.shift(); guard; guard = guards.shift()) {
        try {
          await revokeInvitation(owner, guard.invitationId as string);
          revoked++;
        } catch (error) {
          // expired or used meanwhile: nothing pending to revoke
          if (!(error instanceof ApiError) || error.status >= 500) throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: REVOKE_CONCURRENCY }, worker));
  }
  return revoked;
}

/**
 * Cancels the scheduled deletion: the org item as it was (members, counts, keys and
 * endpoints answer again). Refused once `deleteAt` has passed or the purge began.
 */
export async function restoreOrg(owner: MemberRecord, org: OrgRecord, actorId = owner.userId) {
  const now = nowIso();
  await transactWrite([
    ...(actorId === owner.userId ? [actorStillAllowed(owner)] : []),
    {
      item: {
        Update: {
          TableName: tableName(),
          Key: keys.org(org.id),
          UpdateExpression:
            'REMOVE deleteAt, deletionScheduledAt, deletionScheduledBy, #status, GSI2PK, GSI2SK ' +
            'SET updatedAt = :now, #version = #version + :one',
          ConditionExpression: 'deleteAt > :now AND attribute_not_exists(purgeStartedAt)',
          ExpressionAttributeNames: { '#version': 'version', '#status': 'status' },
          ExpressionAttributeValues: { ':now': now, ':one': 1 },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      onConditionFailed: (stored) => (stored?.deleteAt ? graceOver() : notScheduled()),
    },
    auditPut({
      orgId: org.id,
      actorId,
      action: 'org.restored',
      target: { type: 'org', id: org.id },
      details: { deleteAt: org.deleteAt },
      at: now,
    }),
  ]);
  const {
    deleteAt: _deleteAt,
    deletionScheduledAt: _at,
    deletionScheduledBy: _by,
    ...restored
  } = { ...org, version: org.version + 1, updatedAt: now };
  return restored as OrgRecord;
}
