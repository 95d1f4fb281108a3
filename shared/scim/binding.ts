import { UpdateCommand, type UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import type { UserRecord } from '../me/users.ts';
import { memberItem } from '../members/access.ts';
import type { MemberRecord } from '../members/domain/membership.ts';
import { auditPut } from '../orgs/audit.ts';
import { db, tableName } from '../platform/dynamo/client.ts';
import { getItem } from '../platform/dynamo/get-item.ts';
import { nowIso, withoutKeys } from '../platform/dynamo/items.ts';
import { keys } from '../platform/dynamo/keys.ts';
import { transactWrite } from '../platform/dynamo/transact.ts';
import { logger } from '../platform/logger.ts';
import type { ScimUserRecord } from './domain/user.ts';
import { applyGroupRoleAfterBinding } from './group-roles.ts';
import { type PendingProvisioning, pendingRemoved } from './pending-provisioning.ts';

/**
 * A person signed in with a verified email that identity providers provisioned: each such
 * provisioned user becomes their membership, with no accept step: `active` (the seat it held
 * moves to the member) or `blocked` when the provider deactivated it. `pending` comes from the
 * email's `provisioningPending` item, read with the user's own item (nothing pending: no call);
 * then one transaction per organization, from the state read (a SCIM change meanwhile makes it
 * retry at the next sign-in). A failure never fails the sign-in.
 */
export async function bindProvisionedUsers(user: UserRecord, pending: PendingProvisioning[]): Promise<void> {
  const email = user.email;
  if (!email || !user.emailVerified) return;
  for (const entry of pending) {
    try {
      await bind(user, email, entry);
    } catch (error) {
      logger.warn('binding a provisioned user failed', { ...entry, error });
    }
  }
}

async function bind(user: UserRecord, email: string, entry: PendingProvisioning) {
  const { orgId, scimUserId } = entry;
  const stored = await getItem(keys.scimUser(orgId, scimUserId));
  const record = stored ? (withoutKeys(stored) as unknown as ScimUserRecord) : undefined;
  if (!record || record.userId || record.userName !== email) {
    // not this person's to become (any more): forget it, so the next sign-in reads nothing
    await db().send(new UpdateCommand(pendingRemoved(email, entry).Update as UpdateCommandInput));
    return;
  }
  const now = nowIso();
  const member: MemberRecord = {
    orgId,
    userId: user.id,
    email: record.userName,
    name: user.name ?? ([record.givenName, record.familyName].filter(Boolean).join(' ') || null),
    role: 'member',
    status: record.active ? 'active' : 'blocked',
    joinedAt: now,
    updatedAt: now,
  };
  await transactWrite([
    {
      Update: {
        TableName: tableName(),
        Key: keys.scimUser(orgId, scimUserId),
        UpdateExpression: 'SET userId = :user, seat = :false, version = version + :one, lastModified = :now',
        // the seat the provisioned user held moves to the member: only from the state read
        ConditionExpression: 'version = :version AND attribute_not_exists(userId) AND active = :active',
        ExpressionAttributeValues: {
          ':user': user.id,
          ':false': false,
          ':one': 1,
          ':now': now,
          ':version': record.version,
          ':active': record.active,
        },
      },
    },
    {
      Delete: {
        TableName: tableName(),
        Key: keys.inviteeGuard(orgId, record.userName),
        ConditionExpression: 'scimUserId = :id',
        ExpressionAttributeValues: { ':id': scimUserId },
      },
    },
    {
      Put: {
        TableName: tableName(),
        Item: memberItem(member),
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    pendingRemoved(record.userName, entry),
    {
      Update: {
        TableName: tableName(),
        Key: keys.user(user.id),
        UpdateExpression: 'SET defaultOrgId = if_not_exists(defaultOrgId, :org)',
        ExpressionAttributeValues: { ':org': orgId },
      },
    },
    auditPut({
      orgId,
      actorId: user.id,
      action: 'member.joined',
      target: { type: 'member', id: user.id },
      details: { via: 'scim', scimUserId, email: record.userName, role: 'member', status: member.status },
      at: now,
    }),
  ]);
  // bound as `member`: the groups naming a role give theirs now
  await applyGroupRoleAfterBinding(orgId, scimUserId, user.id);
}
