import { permissionSetOf, permissionsOf, roleExists } from '../members/domain/custom-roles.ts';
import type { MemberRecord } from '../members/domain/membership.ts';
import { mayAssign, mayManage, type RoleKey } from '../members/domain/permissions.ts';
import { roleHolderChange, withOrgPart } from '../members/role-holders.ts';
import { auditPut } from '../orgs/audit.ts';
import { offerEndsWith } from '../ownership/transfers.ts';
import { batchGetAll } from '../platform/dynamo/batch-get.ts';
import { tableName } from '../platform/dynamo/client.ts';
import { getItem } from '../platform/dynamo/get-item.ts';
import { nowIso, withoutKeys } from '../platform/dynamo/items.ts';
import { keys, prefixes } from '../platform/dynamo/keys.ts';
import { inOrg, queryAll } from '../platform/dynamo/query.ts';
import { transactWrite } from '../platform/dynamo/transact.ts';
import { logger } from '../platform/logger.ts';
import { groupNameKey, type ScimGroupRecord } from './domain/group.ts';
import { roleOfGroups } from './domain/group-role.ts';
import type { ScimUserRecord } from './domain/user.ts';

/** The org's groups (few per org; each item carries its member ids). */
export async function groupsOf(orgId: string): Promise<ScimGroupRecord[]> {
  const items = await queryAll({ key: inOrg(orgId, prefixes.scimGroup), consistentRead: true });
  return items.map((item) => withoutKeys(item) as unknown as ScimGroupRecord);
}

/** Someone who may give roles by hand: a member as they are now. */
interface Assigner {
  role: RoleKey;
  permissions: ReadonlySet<string>;
}

/**
 * The creators of these SCIM tokens, as members now (absent: gone, blocked or unknown). A SCIM
 * token gives roles only as its creator could by hand (no escalation through an identity provider).
 */
async function assignersOf(orgId: string, tokenIds: readonly string[], org: object | undefined) {
  const tokens = await batchGetAll(tokenIds.map((id) => keys.scimToken(orgId, id)));
  const creatorOf = new Map(tokens.map((token) => [token.id as string, token.createdBy as string]));
  const members = await batchGetAll(
    [...new Set(creatorOf.values())].map((userId) => keys.member(orgId, userId)),
  );
  const byUser = new Map(
    members
      .filter((member) => member.status === 'active')
      .map((member) => [member.userId as string, member.role as RoleKey]),
  );
  const assigners = new Map<string, Assigner>();
  for (const [tokenId, userId] of creatorOf) {
    const role = byUser.get(userId);
    if (role) assigners.set(tokenId, { role, permissions: permissionSetOf(role, org) });
  }
  return assigners;
}

/**
 * Gives each bound user among `scimUserIds` the role their groups give now (`member` when
 * none does), one transaction per member conditioned on the role read, never the owner's.
 * A group gives its role only when the creator of the SCIM token that last wrote it could give
 * that role by hand now; a change made through `changedBy` (a token) touches only members its
 * creator may manage. Unbound users get theirs when bound at sign-in
 * (`applyGroupRoleAfterBinding`). A member changed meanwhile is logged and left; the next
 * group change recomputes it.
 */
export async function applyGroupRoles(
  orgId: string,
  actorId: string,
  scimUserIds: readonly string[],
  changedBy?: string,
) {
  if (scimUserIds.length === 0) return;
  const [groups, org] = await Promise.all([groupsOf(orgId), getItem(keys.org(orgId))]);
  const writers = groups.flatMap((group) => (group.writtenBy ? [group.writtenBy] : []));
  const assigners = await assignersOf(
    orgId,
    [...new Set([...writers, ...(changedBy ? [changedBy] : [])])],
    org,
  );
  const gives = (group: ScimGroupRecord) => {
    const key = groupNameKey(group.displayName);
    const writer = group.writtenBy ? assigners.get(group.writtenBy) : undefined;
    return writer !== undefined && roleExists(key, org) && mayAssign(writer, key, permissionsOf(key, org));
  };
  const users = (await batchGetAll(scimUserIds.map((id) => keys.scimUser(orgId, id)))).map(
    (item) => withoutKeys(item) as unknown as ScimUserRecord,
  );
  const bound = users.filter((user) => user.userId);
  const members = new Map(
    (await batchGetAll(bound.map((user) => keys.member(orgId, user.userId as string)))).map((item) => [
      item.userId as string,
      withoutKeys(item) as unknown as MemberRecord,
    ]),
  );
  for (const user of bound) {
    const member = members.get(user.userId as string);
    if (!member || member.role === 'owner') continue;
    const changer = changedBy === undefined ? undefined : assigners.get(changedBy);
    if (
      changedBy !== undefined &&
      (!changer || !mayManage(changer, { role: member.role, permissions: permissionsOf(member.role, org) }))
    )
      continue;
    const names = groups
      .filter((group) => group.members.includes(user.id) && gives(group))
      .map((group) => group.displayName);
    const role =
      roleOfGroups(names, {
        exists: (key) => roleExists(key, org),
        permissionCount: (key) => permissionsOf(key, org).length,
      }) ?? 'member';
    if (role === member.role) continue;
    try {
      await changeMemberRole(member, role, actorId, user.id);
    } catch (error) {
      logger.warn('a SCIM group role was not applied', { orgId, scimUserId: user.id, role, error });
    }
  }
}

async function changeMemberRole(member: MemberRecord, role: RoleKey, actorId: string, scimUserId: string) {
  const now = nowIso();
  await transactWrite(
    withOrgPart(
      [
        {
          Update: {
            TableName: tableName(),
            Key: keys.member(member.orgId, member.userId),
            UpdateExpression: 'SET #role = :role, updatedAt = :now',
            ConditionExpression: '#role = :previous AND #role <> :owner',
            ExpressionAttributeNames: { '#role': 'role' },
            ExpressionAttributeValues: {
              ':role': role,
              ':previous': member.role,
              ':owner': 'owner',
              ':now': now,
            },
          },
        },
        ...(await offerEndsWith(member, actorId)),
        auditPut({
          orgId: member.orgId,
          actorId,
          action: 'member.role_changed',
          target: { type: 'member', id: member.userId },
          details: { from: member.role, to: role, via: 'scim', scimUserId },
          at: now,
        }),
      ],
      member.orgId,
      roleHolderChange(member.role, role),
    ),
  );
}

/**
 * For the sign-in binding (shared/scim/binding.ts, after its transaction): the person just
 * bound gets the role of their groups. Binding creates the member as `member`.
 */
export async function applyGroupRoleAfterBinding(orgId: string, scimUserId: string, userId: string) {
  await applyGroupRoles(orgId, userId, [scimUserId]);
}
