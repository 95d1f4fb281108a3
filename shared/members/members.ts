import { assertPlanFeature } from '../billing/plan-features.ts';
import {
  freeGuard,
  getInvitation,
  invitationConditionError,
  lookupInvitation,
  verifiedEmail,
} from '../invitations/invitations.ts';
import {
  InviterLostAccess,
  inviterRoleStillInvites,
  inviterStillAllowed,
  revokedWithInviter,
  revokeForLostInviter,
} from '../invitations/inviter-access.ts';
import { releasingPendingSlot } from '../invitations/pending-count.ts';
import { auditBy, auditPut } from '../orgs/audit.ts';
import { offerEndsWith } from '../ownership/transfers.ts';
import { tableName } from '../platform/dynamo/client.ts';
import type { StoredItem } from '../platform/dynamo/conditions.ts';
import { nowIso, withoutKeys } from '../platform/dynamo/items.ts';
import { keys, prefixes } from '../platform/dynamo/keys.ts';
import { inOrg, queryPage } from '../platform/dynamo/query.ts';
import {
  type Conditioned,
  type TransactItem,
  type TransactStep,
  transactWrite,
} from '../platform/dynamo/transact.ts';
import { ApiError, forbidden, notFound } from '../platform/errors.ts';
import type { Caller } from '../platform/http/auth.ts';
import { actorStillAllowed, getMember, memberItem } from './access.ts';
import { permissionSetOf, permissionsOf, roleExists } from './domain/custom-roles.ts';
import { type MemberRecord, type MemberStatus, toMemberResponse } from './domain/membership.ts';
import { isBuiltInRole, mayAssign, mayManage, type RoleKey } from './domain/permissions.ts';
import { actorRoleUnchanged, joinParts, roleGone, roleHolderChange, withOrgPart } from './role-holders.ts';

const memberLimitReached = () =>
  new ApiError(
    'MEMBER_LIMIT_REACHED',
    'The plan’s member limit is reached. Upgrade the plan or free a seat.',
  );

const ownerRequired = (detail: string) => new ApiError('OWNER_REQUIRED', detail);

/** activeMemberCount moves with every seat change, guarded by the plan limit when it grows. */
export const seatTaken = (orgId: string): Conditioned => ({
  item: {
    Update: {
      TableName: tableName(),
      Key: keys.org(orgId),
      // every change of the org item moves its version, so ETags change with it
      UpdateExpression: 'SET activeMemberCount = activeMemberCount + :one, #version = #version + :one',
      // nobody joins an org whose deletion is scheduled, whatever the race
      ConditionExpression: 'activeMemberCount < memberLimit AND attribute_not_exists(deleteAt)',
      ExpressionAttributeNames: { '#version': 'version' },
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    },
  },
  onConditionFailed: (stored) =>
    !stored || stored.deleteAt ? notFound('Organization') : memberLimitReached(),
});

export const seatFreed = (orgId: string): TransactItem => ({
  Update: {
    TableName: tableName(),
    Key: keys.org(orgId),
    UpdateExpression: 'SET activeMemberCount = activeMemberCount - :one, #version = #version + :one',
    ConditionExpression: 'activeMemberCount > :zero',
    ExpressionAttributeNames: { '#version': 'version' },
    ExpressionAttributeValues: { ':one': 1, ':zero': 0 },
  },
});

/**
 * Accepting is one transaction: the invitation must be pending, unexpired and
 * addressed to the caller's verified email; the membership must not exist; the
 * org must have a free seat. The error comes from CancellationReasons.
 */
export async function acceptInvitation(
  caller: Caller,
  invitationId: string,
  profile: { name: string | null },
  append: (member: MemberRecord) => Conditioned[] = () => [],
): Promise<MemberRecord> {
  const lookup = await lookupInvitation(invitationId);
  const { orgId, role } = lookup;
  const email = verifiedEmail(caller);
  const inviterId = lookup.invitedBy ?? (await getInvitation(orgId, invitationId))?.invitedBy;
  if (!inviterId) throw notFound('Invitation');
  // the inviter's role as it is now (a custom role's invite permission is checked on the org item)
  const inviterRole = (await getMember(orgId, inviterId))?.role;
  const now = nowIso();
  const member: MemberRecord = {
    orgId,
    userId: caller.userId,
    email,
    name: profile.name ?? caller.name ?? null,
    role,
    status: 'active',
    joinedAt: now,
    updatedAt: now,
    invitationId,
  };
  const accepting: TransactStep[] = [
    // first: a raced twin with the same Idempotency-Key also fails the guards below
    ...append(member),
    {
      item: {
        Update: {
          TableName: tableName(),
          Key: keys.invitation(orgId, invitationId),
          UpdateExpression:
            'SET #status = :accepted, acceptedBy = :user, acceptedAt = :now REMOVE #ttl, GSI2PK, GSI2SK',
          ConditionExpression: '#status = :pending AND expiresAt > :now AND email = :email',
          ExpressionAttributeNames: { '#status': 'status', '#ttl': 'ttl' },
          ExpressionAttributeValues: {
            ':accepted': 'accepted',
            ':pending': 'pending',
            ':user': caller.userId,
            ':now': now,
            ':email': email,
          },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      onConditionFailed: (stored) => invitationConditionError(stored, email),
    },
    // after the invitation's own state: an expired or used invitation says so first
    inviterStillAllowed(orgId, inviterId, inviterRole),
    {
      item: {
        Put: {
          TableName: tableName(),
          Item: memberItem(member),
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      onConditionFailed: () =>
        new ApiError('ALREADY_MEMBER', 'You are already a member of this organization.'),
    },
    seatTaken(orgId),
    freeGuard({ orgId, email, id: invitationId }),
    {
      Update: {
        TableName: tableName(),
        Key: keys.user(caller.userId),
        UpdateExpression: 'SET defaultOrgId = if_not_exists(defaultOrgId, :org)',
        ExpressionAttributeValues: { ':org': orgId },
      },
    },
    auditPut({
      orgId,
      actorId: caller.userId,
      action: 'member.joined',
      target: { type: 'member', id: caller.userId },
      details: { invitationId, email, role },
      at: now,
    }),
  ];
  const inviterPart = inviterRoleStillInvites(inviterRole);
  try {
    await releasingPendingSlot(orgId, inviterPart ? withOrgPart(accepting, orgId, inviterPart) : accepting);
  } catch (error) {
    if (!(error instanceof InviterLostAccess)) throw error;
    await revokeForLostInviter({ orgId, id: invitationId, email, role }, inviterId);
    throw revokedWithInviter();
  }
  return member;
}

/** The target of a management action, checked against what the actor may do to them. */
async function manageableTarget(
  actor: MemberRecord,
  org: object,
  userId: string,
  action: string,
): Promise<MemberRecord> {
  const ownerOnly = () =>
    ownerRequired('The owner’s role and membership change only through an ownership transfer.');
  if (userId === actor.userId)
    throw actor.role === 'owner' ? ownerOnly() : forbidden(`You cannot ${action} yourself.`);
  const target = await getMember(actor.orgId, userId);
  if (!target) throw notFound('Member');
  if (target.role === 'owner') throw ownerOnly();
  const actorHolds = { role: actor.role, permissions: permissionSetOf(actor.role, org) };
  if (!mayManage(actorHolds, { role: target.role, permissions: permissionsOf(target.role, org) })) {
    throw forbidden(
      'Your role does not allow managing this member: their role holds permissions yours does not.',
    );
  }
  return target;
}

/** A change of the target's membership, only from the state read; else it changed meanwhile. */
function memberUpdate(
  target: MemberRecord,
  set: string,
  condition: string,
  values: Record<string, unknown>,
): Conditioned {
  const item = {
    Update: {
      TableName: tableName(),
      Key: keys.member(target.orgId, target.userId),
      UpdateExpression: `SET ${set}, updatedAt = :now`,
      ConditionExpression: `${condition} AND #role <> :owner`,
      // DynamoDB refuses names an expression does not use (a role change never mentions #status)
      ExpressionAttributeNames: {
        '#role': 'role',
        ...(`${set} ${condition}`.includes('#status') ? { '#status': 'status' } : {}),
      },
      ExpressionAttributeValues: { ':owner': 'owner', ':now': nowIso(), ...values },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
    },
  };
  return { item, onConditionFailed: changedMeanwhile };
}

/** Runs a member change after re-checking the actor. */
async function runMemberChange(actor: MemberRecord, steps: TransactStep[]) {
  await transactWrite([actorStillAllowed(actor), ...steps]);
}

const changedMeanwhile = (stored: StoredItem) =>
  stored
    ? new ApiError('CONFLICT', 'The membership changed meanwhile. Fetch it and retry.')
    : notFound('Member');

/** active → blocked: access ends on their next request; the seat is freed; they stay listed. */
export async function blockMember(
  actor: MemberRecord,
  org: object,
  userId: string,
  append: (member: MemberRecord) => Conditioned[] = () => [],
): Promise<MemberRecord> {
  const target = await manageableTarget(actor, org, userId, 'block');
  if (target.status === 'blocked') return target;
  const blocked: MemberRecord = { ...target, status: 'blocked' };
  await runMemberChange(actor, [
    ...append(blocked),
    memberUpdate(target, '#status = :blocked', '#status = :active', {
      ':blocked': 'blocked',
      ':active': 'active',
    }),
    seatFreed(actor.orgId),
    ...(await offerEndsWith(target, actor.userId)),
    auditBy(actor, {
      action: 'member.blocked',
      target: { type: 'member', id: userId },
    }),
  ]);
  return blocked;
}

/** blocked → active: needs a free seat, like an accept. */
export async function unblockMember(
  actor: MemberRecord,
  org: object,
  userId: string,
  append: (member: MemberRecord) => Conditioned[] = () => [],
): Promise<MemberRecord> {
  const target = await manageableTarget(actor, org, userId, 'unblock');
  if (target.status === 'active') return target;
  const unblocked: MemberRecord = { ...target, status: 'active' };
  await runMemberChange(actor, [
    ...append(unblocked),
    memberUpdate(target, '#status = :active', '#status = :blocked', {
      ':blocked': 'blocked',
      ':active': 'active',
    }),
    seatTaken(actor.orgId),
    auditBy(actor, {
      action: 'member.unblocked',
      target: { type: 'member', id: userId },
    }),
  ]);
  return unblocked;
}

/**
 * Whether `actor` may give `role` in this org (it exists, it is not `owner`, no escalation,
 * a custom role only on a plan with the feature); throws the refusal.
 */
export function assertMayGive(
  actor: MemberRecord,
  org: object,
  role: RoleKey,
  via: 'members:manage' | 'members:invite' = 'members:manage',
): void {
  if (role === 'owner') {
    throw ownerRequired('Ownership moves only through the ownership transfer.');
  }
  if (!roleExists(role, org)) throw roleGone(role);
  const actorHolds = { role: actor.role, permissions: permissionSetOf(actor.role, org) };
  if (!mayAssign(actorHolds, role, permissionsOf(role, org), via)) {
    throw forbidden(`You cannot give the role "${role}": it holds permissions you do not.`);
  }
  if (!isBuiltInRole(role)) assertPlanFeature(org as { planId: never }, 'custom_roles');
}

export async function changeRole(
  actor: MemberRecord,
  org: object,
  userId: string,
  role: RoleKey,
): Promise<MemberRecord> {
  const target = await manageableTarget(actor, org, userId, 'change the role of');
  assertMayGive(actor, org, role);
  if (target.role === role) return target;
  const steps: TransactStep[] = [
    memberUpdate(target, '#role = :role', '#role = :previous', { ':role': role, ':previous': target.role }),
    ...(await offerEndsWith(target, actor.userId)),
    auditBy(actor, {
      action: 'member.role_changed',
      target: { type: 'member', id: userId },
      details: { from: target.role, to: role },
    }),
  ];
  await runMemberChange(
    actor,
    withOrgPart(
      steps,
      actor.orgId,
      joinParts(actorRoleUnchanged(actor, org), roleHolderChange(target.role, role)),
    ),
  );
  return { ...target, role };
}

/** Removes a membership (or leaves, when actor = target). The owner can do neither. */
export async function removeMember(actor: MemberRecord, org: object, userId: string): Promise<void> {
  const leaving = userId === actor.userId;
  if (leaving && actor.role === 'owner') {
    throw ownerRequired('The owner cannot leave; transfer ownership first.');
  }
  const target = leaving ? actor : await manageableTarget(actor, org, userId, 'remove');
  const remove: Conditioned = {
    item: {
      Delete: {
        TableName: tableName(),
        Key: keys.member(actor.orgId, userId),
        ConditionExpression: '#status = :status AND #role = :role AND #role <> :owner',
        ExpressionAttributeNames: { '#status': 'status', '#role': 'role' },
        ExpressionAttributeValues: { ':status': target.status, ':role': target.role, ':owner': 'owner' },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    },
    // one's own membership that changed (or went) meanwhile is a conflict, never a 404
    onConditionFailed: (stored) => changedMeanwhile(leaving ? {} : stored),
  };
  const audit = auditBy(actor, {
    action: leaving ? 'member.left' : 'member.removed',
    target: { type: 'member', id: userId },
    details: { email: target.email, role: target.role },
  });
  const seat = target.status === 'active' ? [seatFreed(actor.orgId)] : [];
  const offer = await offerEndsWith(target, actor.userId);
  // a custom role held is released in the same transaction (ROLE_IN_USE counts holders)
  const steps = withOrgPart(
    [remove, ...seat, ...offer, audit],
    actor.orgId,
    roleHolderChange(target.role, undefined),
  );
  if (leaving) await transactWrite(steps);
  else await runMemberChange(actor, steps);
}

export interface RosterFilter {
  status?: 'invited' | MemberStatus;
  role?: RoleKey;
  limit: number;
  cursor?: string;
}

/** Members and pending invitees in one Query over the `MEMBER#` roster prefix: O(page), not O(org). */
export async function listRoster(orgId: string, filter: RosterFilter) {
  const scope = `roster:${orgId}:${filter.status ?? ''}:${filter.role ?? ''}`;
  const prefix =
    filter.status === 'invited' ? prefixes.invitee : filter.status ? prefixes.member : prefixes.roster;
  const conditions = ['(attribute_not_exists(#expiresAt) OR #expiresAt > :now)'];
  const values: Record<string, unknown> = { ':now': nowIso() };
  if (filter.status && filter.status !== 'invited') {
    conditions.push('#status = :status');
    values[':status'] = filter.status;
  }
  if (filter.role) {
    conditions.push('#role = :role');
    values[':role'] = filter.role;
  }
  const names = {
    '#expiresAt': 'expiresAt',
    ...(filter.status && filter.status !== 'invited' ? { '#status': 'status' } : {}),
    ...(filter.role ? { '#role': 'role' } : {}),
  };
  return queryPage(
    {
      key: inOrg(orgId, prefix),
      filter: { expression: conditions.join(' AND '), names, values },
      limit: filter.limit,
    },
    { scope, cursor: filter.cursor },
    toRosterEntry,
  );
}

function toRosterEntry(item: Record<string, unknown>) {
  const entry = withoutKeys(item);
  if (entry.type === 'invitee') {
    return {
      invitationId: entry.invitationId as string,
      email: entry.email as string,
      role: entry.role as RoleKey,
      status: 'invited' as const,
      invitedAt: entry.invitedAt as string,
      expiresAt: entry.expiresAt as string,
    };
  }
  return toMemberResponse(entry as unknown as MemberRecord);
}
