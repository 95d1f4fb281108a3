import { satisfiesMfa, securityPolicyOf } from '../access/domain/security-policy.ts';
import { isDeletionScheduled, type OrgRecord } from '../orgs/domain/org.ts';
import { batchGetAll } from '../platform/dynamo/batch-get.ts';
import { tableName } from '../platform/dynamo/client.ts';
import { getItem } from '../platform/dynamo/get-item.ts';
import { withoutKeys } from '../platform/dynamo/items.ts';
import { keys } from '../platform/dynamo/keys.ts';
import type { Conditioned } from '../platform/dynamo/transact.ts';
import { ApiError, forbidden, notFound } from '../platform/errors.ts';
import type { Caller } from '../platform/http/auth.ts';
import { holds } from './domain/custom-roles.ts';
import type { MemberRecord } from './domain/membership.ts';
import type { Permission } from './domain/permissions.ts';

/** The membership item: in the org's roster, and under its user in the user → org index. */
export const memberItem = (member: MemberRecord) => ({
  ...keys.member(member.orgId, member.userId),
  ...keys.memberOfUser(member.userId, member.orgId),
  type: 'member',
  ...member,
});

export async function getMember(orgId: string, userId: string): Promise<MemberRecord | undefined> {
  const item = await getItem(keys.member(orgId, userId));
  return item ? (withoutKeys(item) as unknown as MemberRecord) : undefined;
}

type Key = { PK: string; SK: string };
type Item = Record<string, unknown>;

const sameKey = (item: Item, key: Key) => item.PK === key.PK && item.SK === key.SK;

/**
 * The caller's membership and the org item in one round trip (the org's status decides
 * access too), and with them any `extra` items the request needs: `extra[i]` is the item
 * of `extraKeys[i]` (with its keys), undefined when absent.
 */
export async function getMemberAndOrg(orgId: string, userId: string, extraKeys: readonly Key[] = []) {
  const orgKey = keys.org(orgId);
  const memberKey = keys.member(orgId, userId);
  const items = await batchGetAll([orgKey, memberKey, ...extraKeys], { consistentRead: true });
  const org = items.find((item) => sameKey(item, orgKey));
  const member = items.find((item) => sameKey(item, memberKey));
  return {
    org: org ? (withoutKeys(org) as unknown as OrgRecord) : undefined,
    member: member ? (withoutKeys(member) as unknown as MemberRecord) : undefined,
    extra: extraKeys.map((key) => items.find((item) => sameKey(item, key))),
  };
}

/**
 * The one access rule: a caller who is not an active member learns nothing (404);
 * an active member whose role lacks the permission gets 403. While the org's deletion
 * is scheduled it answers 404 to everyone, except what `org:delete` allows its owner
 * (restore, export, read it).
 */
export function assertAccess(
  member: MemberRecord | undefined,
  permission: Permission,
  org?: OrgRecord | null,
): asserts member is MemberRecord {
  if (member?.status !== 'active') throw notFound('Organization');
  if (org === null) throw notFound('Organization');
  if (org && isDeletionScheduled(org) && !(permission === 'org:delete' && member.role === 'owner'))
    throw notFound('Organization');
  // a custom role's permissions are on the org item, read with the membership: no extra read
  if (!holds(member.role, permission, org)) throw forbidden();
}

export const mfaRequired = () =>
  new ApiError(
    'MFA_REQUIRED',
    'Your organization requires multi-factor sign-in. Sign in again with a second factor, then retry.',
  );

/**
 * What `route()` checks for a route's `permission`, before anything else runs: the
 * caller's membership and the org as they are now. With `ownerWhileDeleting` the
 * owner still passes while the deletion is scheduled (to read the org and restore it).
 * `extraKeys` are read in the same batch (see `RouteOptions.readWithAccess`).
 */
export async function accessOf(
  orgId: string,
  caller: Caller,
  permission: Permission,
  ownerWhileDeleting = false,
  extraKeys: readonly Key[] = [],
): Promise<{ member: MemberRecord; org: OrgRecord; extra: (Item | undefined)[] }> {
  const { member, org, extra } = await getMemberAndOrg(orgId, caller.userId, extraKeys);
  const needed = ownerWhileDeleting && org && isDeletionScheduled(org) ? 'org:delete' : permission;
  assertAccess(member, needed, org ?? null);
  if (!org) throw notFound('Organization');
  // the security policy is on the org item too: no extra read (leaving uses ownMembership, not this)
  if (securityPolicyOf(org).requireMfa && !satisfiesMfa(caller.amr)) throw mfaRequired();
  return { member, org, extra };
}

/**
 * The caller's own membership, active or blocked: what leaving needs. A blocked
 * member loses every access but may still leave (their data stays). Nobody leaves
 * an org whose deletion is scheduled: restore would not bring them back as they were.
 */
export async function ownMembership(
  orgId: string,
  caller: Caller,
): Promise<{ member: MemberRecord; org: OrgRecord }> {
  const { member, org } = await getMemberAndOrg(orgId, caller.userId);
  if (!member || !org || isDeletionScheduled(org)) throw notFound('Organization');
  return { member, org };
}

/**
 * Transaction item: the org exists and no deletion is scheduled. Every write that
 * could bring someone into the org (invite, accept, unblock) carries it, so a
 * concurrent deletion never leaves a member in a deleted org.
 */
export function orgStillLive(orgId: string): Conditioned {
  return {
    item: {
      ConditionCheck: {
        TableName: tableName(),
        Key: keys.org(orgId),
        ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(deleteAt)',
      },
    },
    onConditionFailed: () => notFound('Organization'),
  };
}

/**
 * Transaction item that fails if the actor was blocked, removed or had their role
 * changed since `authorize` read it, so a write never outlives the access it was granted on.
 * Its failure answers like `assertAccess` for a non-member: 404, the org reveals nothing.
 */
export function actorStillAllowed(member: MemberRecord): Conditioned {
  return {
    item: {
      ConditionCheck: {
        TableName: tableName(),
        Key: keys.member(member.orgId, member.userId),
        ConditionExpression: '#status = :active AND #role = :role',
        ExpressionAttributeNames: { '#status': 'status', '#role': 'role' },
        ExpressionAttributeValues: { ':active': 'active', ':role': member.role },
      },
    },
    onConditionFailed: () => notFound('Organization'),
  };
}
