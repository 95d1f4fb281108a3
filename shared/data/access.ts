import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { MemberRecord } from '../domain/membership.ts';
import { can, type Permission } from '../domain/permissions.ts';
import type { Caller } from '../http/auth.ts';
import { forbidden, notFound } from '../http/errors.ts';
import { db, tableName } from './client.ts';
import { withoutKeys } from './items.ts';
import { keys } from './keys.ts';
import type { Conditioned } from './transact.ts';

export async function getMember(orgId: string, userId: string): Promise<MemberRecord | undefined> {
  const { Item } = await db().send(
    new GetCommand({ TableName: tableName(), Key: keys.member(orgId, userId), ConsistentRead: true }),
  );
  return Item ? (withoutKeys(Item) as unknown as MemberRecord) : undefined;
}

/**
 * The one access rule: a caller who is not an active member learns nothing (404);
 * an active member whose role lacks the permission gets 403.
 */
export function assertAccess(
  member: MemberRecord | undefined,
  permission: Permission,
): asserts member is MemberRecord {
  if (member?.status !== 'active') throw notFound('Organization');
  if (!can(member.role, permission)) throw forbidden();
}

/** Reads the caller's membership now (never from the token) and checks the permission. */
export async function authorize(
  orgId: string,
  caller: Caller,
  permission: Permission,
): Promise<MemberRecord> {
  const member = await getMember(orgId, caller.userId);
  assertAccess(member, permission);
  return member;
}

/**
 * The caller's own membership, active or blocked: what leaving needs. A blocked
 * member loses every access but may still leave (their data stays).
 */
export async function ownMembership(orgId: string, caller: Caller): Promise<MemberRecord> {
  const member = await getMember(orgId, caller.userId);
  if (!member) throw notFound('Organization');
  return member;
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
