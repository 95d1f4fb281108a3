import { table } from '../../infra/table.ts';
import type { UserRecord } from '../me/users.ts';
import { memberItem } from '../members/access.ts';
import type { MemberRecord } from '../members/domain/membership.ts';
import { auditPut } from '../orgs/audit.ts';
import { tableName } from '../platform/dynamo/client.ts';
import { getItem } from '../platform/dynamo/get-item.ts';
import { nowIso, withoutKeys } from '../platform/dynamo/items.ts';
import { keys } from '../platform/dynamo/keys.ts';
import { queryFrom } from '../platform/dynamo/query.ts';
import { transactWrite } from '../platform/dynamo/transact.ts';
import { logger } from '../platform/logger.ts';
import type { ScimUserRecord } from './domain/user.ts';

/**
 * A person signed in with a verified email that identity providers provisioned: each such
 * provisioned user becomes their membership, with no accept step: `active` (the seat it held
 * moves to the member) or `blocked` when the provider deactivated it. One Query of the email
 * index (none found: nothing else), then one transaction per organization, from the state read
 * (a SCIM change meanwhile makes it retry at the next sign-in). A failure never fails the sign-in.
 */
export async function bindProvisionedUsers(user: UserRecord): Promise<void> {
  if (!user.email || !user.emailVerified) return;
  const { items } = await queryFrom(
    {
      key: {
        index: table.indexes.byGsi1.name,
        expression: 'GSI1PK = :pk AND begins_with(GSI1SK, :prefix)',
        values: { ':pk': keys.userByEmail(user.email).GSI1PK, ':prefix': 'SCIM#' },
      },
    },
    undefined,
  );
  for (const entry of items) {
    const orgId = entry.PK === undefined ? undefined : String(entry.PK).replace(/^ORG#/, '');
    const scimUserId = entry.scimUserId as string | undefined;
    if (!orgId || !scimUserId) continue;
    try {
      await bind(user, orgId, scimUserId);
    } catch (error) {
      logger.warn('binding a provisioned user failed', { orgId, scimUserId, error });
    }
  }
}

async function bind(user: UserRecord, orgId: string, scimUserId: string) {
  const stored = await getItem(keys.scimUser(orgId, scimUserId));
  if (!stored) return;
  const record = withoutKeys(stored) as unknown as ScimUserRecord;
  if (record.userId || record.userName !== user.email) return;
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
}
