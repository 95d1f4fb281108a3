import { table } from '../../infra/table.ts';
import { actorStillAllowed, orgStillLive } from '../members/access.ts';
import type { MemberRecord } from '../members/domain/membership.ts';
import type { RoleKey } from '../members/domain/permissions.ts';
import {
  actorRoleUnchanged,
  joinParts,
  policyUnchanged,
  roleHolderChange,
  withOrgPart,
} from '../members/role-holders.ts';
import { auditBy, auditPut } from '../orgs/audit.ts';
import { invitationTtlSeconds } from '../platform/config/env.ts';
import { newId } from '../platform/domain/ids.ts';
import { tableName } from '../platform/dynamo/client.ts';
import { oldestDue } from '../platform/dynamo/due-index.ts';
import { getItem } from '../platform/dynamo/get-item.ts';
import { epochSeconds, nowIso, recordOf } from '../platform/dynamo/items.ts';
import { keys, pendingInvitationPartitions, prefixes } from '../platform/dynamo/keys.ts';
import { inOrg, queryPage } from '../platform/dynamo/query.ts';
import { answer, type Conditioned, type TransactStep, transactWrite } from '../platform/dynamo/transact.ts';
import { ApiError, notFound } from '../platform/errors.ts';
import type { Caller } from '../platform/http/auth.ts';
import {
  effectiveStatus,
  type InvitationRecord,
  type InvitationStatus,
  RESEND_LIMIT_PER_DAY,
} from './domain/invitation.ts';
import { pendingSlotTaken, releasingPendingSlot } from './pending-count.ts';

const toRecord = (item: Record<string, unknown>) => recordOf<InvitationRecord>(item);

/** Attributes that exist only while pending: the TTL and the expiry index entry. */
export const pendingAttributes = (invitation: Pick<InvitationRecord, 'orgId' | 'id' | 'expiresAt'>) => ({
  ttl: epochSeconds(invitation.expiresAt),
  ...keys.pendingInvitationExpiry(invitation.expiresAt, invitation.orgId, invitation.id),
});

/** The roster entry of a pending invitee; it also guards "one pending invitation per email". */
export const guardItem = (invitation: InvitationRecord) => ({
  ...keys.inviteeGuard(invitation.orgId, invitation.email),
  type: 'invitee',
  orgId: invitation.orgId,
  invitationId: invitation.id,
  email: invitation.email,
  role: invitation.role,
  invitedAt: invitation.createdAt,
  expiresAt: invitation.expiresAt,
  ttl: epochSeconds(invitation.expiresAt),
});

export async function getInvitation(
  orgId: string,
  invitationId: string,
): Promise<InvitationRecord | undefined> {
  const item = await getItem(keys.invitation(orgId, invitationId));
  return item ? toRecord(item) : undefined;
}

export interface InvitationLookup {
  orgId: string;
  role: RoleKey;
  email: string;
  /** who invited; absent on lookups written before it was recorded there */
  invitedBy?: string;
}

/** The immutable facts of an invitation id (its org, role, email): the invitee's link carries only the id. */
export async function lookupInvitation(invitationId: string): Promise<InvitationLookup> {
  const item = await getItem(keys.invitationLookup(invitationId));
  if (!item) throw notFound('Invitation');
  return {
    orgId: item.orgId as string,
    role: item.role as RoleKey,
    email: item.email as string,
    invitedBy: item.invitedBy as string | undefined,
  };
}

export interface NewInvitation {
  email: string;
  role: RoleKey;
  /** users registered with this email: none of them may already be a member */
  inviteeUserIds: string[];
  /** the invitation allowance it spends (`invitationSpend`): committed only with the invitation */
  spend?: Conditioned[];
}

/**
 * One transaction: the allowance spent, actor still allowed, no membership for any user of that email,
 * the pending-invitee guard (free, or left by an invitation that has expired), a
 * slot below the org's pending-invitation cap, the invitation, its id lookup and
 * the audit entry.
 */
export async function createInvitation(
  actor: MemberRecord,
  org: object,
  input: NewInvitation,
  append: (invitation: InvitationRecord) => Conditioned[] = () => [],
): Promise<InvitationRecord> {
  const now = nowIso();
  const expiresAt = new Date(Date.now() + invitationTtlSeconds() * 1000).toISOString();
  const invitation: InvitationRecord = {
    id: newId('inv'),
    orgId: actor.orgId,
    email: input.email,
    role: input.role,
    status: 'pending',
    invitedBy: actor.userId,
    inviterName: actor.name,
    createdAt: now,
    expiresAt,
    lastSentAt: now,
    resendCount: 0,
    resendWindowStart: now,
  };
  const alreadyMember = () =>
    new ApiError('ALREADY_MEMBER', 'This person is already a member of the organization.');
  const steps: TransactStep[] = [
    // first: a raced twin with the same Idempotency-Key also holds the guard below
    ...append(invitation),
    // then the caps: over one is 429 whatever else would have failed
    ...(input.spend ?? []),
    actorStillAllowed(actor),
    orgStillLive(actor.orgId),
    ...input.inviteeUserIds.map((userId) => ({
      item: {
        ConditionCheck: {
          TableName: tableName(),
          Key: keys.member(actor.orgId, userId),
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      onConditionFailed: alreadyMember,
    })),
    {
      item: {
        Put: {
          TableName: tableName(),
          Item: guardItem(invitation),
          ConditionExpression: 'attribute_not_exists(PK) OR expiresAt <= :now',
          ExpressionAttributeValues: { ':now': now },
        },
      },
      onConditionFailed: () =>
        new ApiError(
          'INVITATION_PENDING',
          'A pending invitation for this email already exists. Resend it instead.',
        ),
    },
    // after the guard: an email already invited says so rather than the org being full
    pendingSlotTaken(actor.orgId),
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...keys.invitation(actor.orgId, invitation.id),
          ...keys.invitationByEmail(invitation.email, actor.orgId, invitation.id),
          ...pendingAttributes(invitation),
          type: 'invitation',
          ...invitation,
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...keys.invitationLookup(invitation.id),
          type: 'invitationLookup',
          orgId: actor.orgId,
          role: invitation.role,
          email: invitation.email,
          invitedBy: actor.userId,
        },
      },
    },
    auditBy(actor, {
      action: 'invitation.created',
      target: { type: 'invitation', id: invitation.id },
      details: { email: invitation.email, role: invitation.role },
      at: now,
    }),
  ];
  // a custom role is held from now on: counted on the org item, given only while it exists
  await transactWrite(
    withOrgPart(
      steps,
      actor.orgId,
      // the policy's allowed domains, checked by the handler, are still the same at the write
      joinParts(
        actorRoleUnchanged(actor, org),
        policyUnchanged(org),
        roleHolderChange(undefined, input.role),
      ),
    ),
  );
  return invitation;
}

/** Translates the stored state of an invitation that failed a "pending" condition. */
export function notPendingError(stored: Record<string, unknown> | undefined, now = new Date()): ApiError {
  if (!stored) return new ApiError('INVITATION_EXPIRED', 'This invitation has expired.');
  const invitation = toRecord(stored);
  switch (effectiveStatus(invitation, now)) {
    case 'expired':
      return new ApiError('INVITATION_EXPIRED', 'This invitation has expired.');
    case 'revoked':
      return new ApiError('INVITATION_REVOKED', 'This invitation was revoked.');
    default:
      return new ApiError('INVITATION_ALREADY_USED', `This invitation was already ${invitation.status}.`);
  }
}

const pendingCondition = {
  ConditionExpression: '#status = :pending AND expiresAt > :now',
  names: { '#status': 'status' },
};

/** pending → revoked, by an owner or admin; the guard is freed and the record kept (no TTL). */
export async function revokeInvitation(actor: MemberRecord, invitationId: string): Promise<void> {
  const invitation = await getInvitation(actor.orgId, invitationId);
  if (!invitation) throw notFound('Invitation');
  if (invitation.status === 'revoked') return;
  const now = nowIso();
  await releasingPendingSlot<undefined>(
    actor.orgId,
    [
      actorStillAllowed(actor),
      {
        item: {
          Update: {
            TableName: tableName(),
            Key: keys.invitation(actor.orgId, invitationId),
            UpdateExpression:
              'SET #status = :revoked, revokedBy = :actor, revokedAt = :now REMOVE #ttl, GSI2PK, GSI2SK',
            ConditionExpression: '#status = :pending',
            ExpressionAttributeNames: { '#status': 'status', '#ttl': 'ttl' },
            ExpressionAttributeValues: {
              ':revoked': 'revoked',
              ':pending': 'pending',
              ':actor': actor.userId,
              ':now': now,
            },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
        // revoked meanwhile: what was asked is done
        onConditionFailed: (stored) =>
          stored?.status === 'revoked' ? answer(undefined) : notPendingError(stored),
      },
      freeGuard(invitation),
      auditBy(actor, {
        action: 'invitation.revoked',
        target: { type: 'invitation', id: invitationId },
        details: { email: invitation.email },
        at: now,
      }),
    ],
    invitation.role,
  );
}

/** The invitee guard belongs to a newer invitation: only possible once this one had expired. */
export const guardRetaken = () =>
  new ApiError('INVITATION_EXPIRED', 'This invitation has expired and the email was invited again.');

/** Deletes the invitee guard only if it still belongs to this invitation; else the guard was retaken. */
export const freeGuard = (invitation: Pick<InvitationRecord, 'orgId' | 'email' | 'id'>): Conditioned => ({
  item: {
    Delete: {
      TableName: tableName(),
      Key: keys.inviteeGuard(invitation.orgId, invitation.email),
      ConditionExpression: 'attribute_not_exists(PK) OR invitationId = :invitation',
      ExpressionAttributeValues: { ':invitation': invitation.id },
    },
  },
  onConditionFailed: guardRetaken,
});

/** An invitation item as read (e.g. with the request's access check), without its keys. */
export const invitationOf = (item: Record<string, unknown> | undefined) =>
  item ? toRecord(item) : undefined;

/**
 * Sends again and renews the validity; at most RESEND_LIMIT_PER_DAY per rolling day.
 * `invitation` is its id, or the invitation as just read; `spend` (the inviter's allowance,
 * `invitationSpend`) commits only with the resend.
 */
export async function resendInvitation(
  actor: MemberRecord,
  invitationOrId: string | InvitationRecord | undefined,
  append: (invitation: InvitationRecord) => Conditioned[] = () => [],
  spend: Conditioned[] = [],
): Promise<InvitationRecord> {
  const invitation =
    typeof invitationOrId === 'string' ? await getInvitation(actor.orgId, invitationOrId) : invitationOrId;
  if (!invitation) throw notFound('Invitation');
  const invitationId = invitation.id;
  // an invitation past its expiry is expired, even before the cleanup or TTL records it
  if (effectiveStatus(invitation) !== 'pending') throw notPendingError({ ...invitation });
  const now = new Date();
  const dayAgo = new Date(now.getTime() - 24 * 3600 * 1000).toISOString();
  const windowOpen = invitation.resendWindowStart > dayAgo;
  if (windowOpen && invitation.resendCount >= RESEND_LIMIT_PER_DAY) {
    throw new ApiError('RATE_LIMITED', `An invitation can be resent ${RESEND_LIMIT_PER_DAY} times a day.`, {
      headers: {
        'retry-after': String(
          Math.ceil((Date.parse(invitation.resendWindowStart) + 86_400_000 - now.getTime()) / 1000),
        ),
      },
    });
  }
  const renewed: InvitationRecord = {
    ...invitation,
    expiresAt: new Date(now.getTime() + invitationTtlSeconds() * 1000).toISOString(),
    lastSentAt: now.toISOString(),
    resendCount: windowOpen ? invitation.resendCount + 1 : 1,
    resendWindowStart: windowOpen ? invitation.resendWindowStart : now.toISOString(),
  };
  const pending = pendingAttributes(renewed);
  await transactWrite([
    ...append(renewed),
    ...spend,
    actorStillAllowed(actor),
    {
      item: {
        Update: {
          TableName: tableName(),
          Key: keys.invitation(actor.orgId, invitationId),
          UpdateExpression:
            'SET expiresAt = :expiresAt, lastSentAt = :sentAt, resendCount = :count, resendWindowStart = :window, #ttl = :ttl, GSI2PK = :gsi2pk, GSI2SK = :gsi2sk, totalSends = if_not_exists(totalSends, :one) + :one',
          // the count read above is the one replaced: concurrent resends cannot exceed the cap
          ConditionExpression: '#status = :pending AND resendCount = :previousCount AND expiresAt > :now',
          ExpressionAttributeNames: { '#status': 'status', '#ttl': 'ttl' },
          ExpressionAttributeValues: {
            ':expiresAt': renewed.expiresAt,
            ':sentAt': renewed.lastSentAt,
            ':count': renewed.resendCount,
            ':window': renewed.resendWindowStart,
            ':ttl': pending.ttl,
            ':gsi2pk': pending.GSI2PK,
            ':gsi2sk': pending.GSI2SK,
            ':pending': 'pending',
            ':now': now.toISOString(),
            ':previousCount': invitation.resendCount,
            ':one': 1,
          },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      onConditionFailed: (stored) =>
        stored?.status === 'pending'
          ? new ApiError('CONFLICT', 'The invitation was resent concurrently. Retry.')
          : notPendingError(stored),
    },
    {
      item: {
        Put: {
          TableName: tableName(),
          Item: guardItem(renewed),
          ConditionExpression: 'attribute_not_exists(PK) OR invitationId = :invitation',
          ExpressionAttributeValues: { ':invitation': invitationId },
        },
      },
      onConditionFailed: () =>
        new ApiError('INVITATION_PENDING', 'Another invitation to this email is pending.'),
    },
    auditBy(actor, {
      action: 'invitation.resent',
      target: { type: 'invitation', id: invitationId },
      details: { email: invitation.email, expiresAt: renewed.expiresAt },
    }),
  ]);
  return renewed;
}

export async function listInvitations(
  orgId: string,
  options: { limit: number; cursor?: string; status?: InvitationStatus },
) {
  const scope = `invitations:${orgId}:${options.status ?? ''}`;
  const now = nowIso();
  const names = { '#status': 'status' };
  // "pending" and "expired" differ only by time for invitations TTL has not removed yet
  const filter =
    options.status === 'pending'
      ? {
          expression: '#status = :pending AND expiresAt > :now',
          names,
          values: { ':pending': 'pending', ':now': now },
        }
      : options.status === 'expired'
        ? {
            expression: '#status = :expired OR (#status = :pending AND expiresAt <= :now)',
            names,
            values: { ':expired': 'expired', ':pending': 'pending', ':now': now },
          }
        : options.status
          ? { expression: '#status = :status', names, values: { ':status': options.status } }
          : undefined;
  return queryPage(
    { key: inOrg(orgId, prefixes.invitation), filter, limit: options.limit },
    { scope, cursor: options.cursor },
    toRecord,
  );
}

/** Pending, unexpired invitations addressed to this (verified) email, across orgs. */
export async function listInvitationsForEmail(email: string, options: { limit: number; cursor?: string }) {
  return queryPage(
    {
      key: {
        index: table.indexes.byGsi1.name,
        expression: 'GSI1PK = :pk AND begins_with(GSI1SK, :prefix)',
        values: { ':pk': keys.userByEmail(email).GSI1PK, ':prefix': 'INVITE#' },
      },
      filter: {
        expression: '#status = :pending AND expiresAt > :now',
        names: { '#status': 'status' },
        values: { ':pending': 'pending', ':now': nowIso() },
      },
      limit: options.limit,
    },
    { scope: `my-invitations:${email}`, cursor: options.cursor },
    toRecord,
  );
}

/** pending → declined by the invitee (the caller's verified email must match). */
export async function declineInvitation(
  caller: Caller,
  invitationId: string,
  append: (declined: undefined) => Conditioned[] = () => [],
): Promise<void> {
  const { orgId, role } = await lookupInvitation(invitationId);
  const email = verifiedEmail(caller);
  const now = nowIso();
  await releasingPendingSlot(
    orgId,
    [
      ...append(undefined),
      {
        item: {
          Update: {
            TableName: tableName(),
            Key: keys.invitation(orgId, invitationId),
            UpdateExpression: 'SET #status = :declined, declinedAt = :now REMOVE #ttl, GSI2PK, GSI2SK',
            ConditionExpression: `${pendingCondition.ConditionExpression} AND email = :email`,
            ExpressionAttributeNames: { ...pendingCondition.names, '#ttl': 'ttl' },
            ExpressionAttributeValues: {
              ':declined': 'declined',
              ':pending': 'pending',
              ':now': now,
              ':email': email,
            },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
        onConditionFailed: (stored) => invitationConditionError(stored, email),
      },
      freeGuard({ orgId, email, id: invitationId }),
      auditPut({
        orgId,
        actorId: caller.userId,
        action: 'invitation.declined',
        target: { type: 'invitation', id: invitationId },
        details: { email },
        at: now,
      }),
    ],
    role,
  );
}

export function verifiedEmail(caller: Caller): string {
  if (!caller.email || !caller.emailVerified) {
    throw new ApiError(
      'INVITATION_EMAIL_MISMATCH',
      'Sign in with a verified email address to answer invitations.',
    );
  }
  return caller.email;
}

/** Why the invitation update's condition failed, from the stored item DynamoDB returned. */
export function invitationConditionError(
  stored: Record<string, unknown> | undefined,
  email: string,
): ApiError {
  if (stored && stored.email !== email) {
    return new ApiError('INVITATION_EMAIL_MISMATCH', 'This invitation was sent to another email address.');
  }
  return notPendingError(stored);
}

/** Marks an overdue pending invitation expired (the cleanup's path; TTL may lag by days). */
export async function expireInvitation(
  invitation: Pick<InvitationRecord, 'orgId' | 'id' | 'email'> & { role?: string },
): Promise<boolean> {
  const now = nowIso();
  const expire: Conditioned<false> = {
    item: {
      Update: {
        TableName: tableName(),
        Key: keys.invitation(invitation.orgId, invitation.id),
        UpdateExpression: 'SET #status = :expired, expiredAt = :now REMOVE #ttl, GSI2PK, GSI2SK',
        ConditionExpression: '#status = :pending AND expiresAt <= :now',
        ExpressionAttributeNames: { '#status': 'status', '#ttl': 'ttl' },
        ExpressionAttributeValues: { ':expired': 'expired', ':pending': 'pending', ':now': now },
      },
    },
    // answered, revoked or resent meanwhile: nothing to expire
    onConditionFailed: () => answer(false),
  };
  const audit = auditPut({
    orgId: invitation.orgId,
    actorId: 'system',
    action: 'invitation.expired',
    target: { type: 'invitation', id: invitation.id },
    details: { email: invitation.email },
    at: now,
  });
  const freeGuardUnlessRetaken = {
    ...freeGuard(invitation),
    onConditionFailed: () => answer('guardRetaken' as const),
  };
  const freed = await releasingPendingSlot<false | 'guardRetaken'>(
    invitation.orgId,
    [expire, freeGuardUnlessRetaken, audit],
    invitation.role,
  );
  if (freed.committed || freed.answer === false) return freed.committed;
  // the guard already belongs to a newer invitation to the same email: expire this one, keep that guard
  return (await releasingPendingSlot(invitation.orgId, [expire, audit], invitation.role)).committed;
}

/**
 * Overdue pending invitations, oldest first, from the sparse expiry index: one
 * Query per shard (and the pre-sharding partition), never a Scan. The oldest
 * `limit` of all shards are among the oldest `limit` of each.
 */
export async function findOverdueInvitations(limit: number) {
  return (await oldestDue(pendingInvitationPartitions(), nowIso(), limit)).map(toRecord);
}
