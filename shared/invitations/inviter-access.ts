import { domainIdOfInviter } from '../domains/domain/domain.ts';
import { roleAttribute } from '../members/domain/custom-roles.ts';
import { isBuiltInRole, rolesWith } from '../members/domain/permissions.ts';
import type { OrgPart } from '../members/role-holders.ts';
import { auditPut } from '../orgs/audit.ts';
import { tableName } from '../platform/dynamo/client.ts';
import { nowIso } from '../platform/dynamo/items.ts';
import { keys } from '../platform/dynamo/keys.ts';
import { answer, type Conditioned } from '../platform/dynamo/transact.ts';
import { ApiError } from '../platform/errors.ts';
import { freeGuard } from './invitations.ts';
import { releasingPendingSlot } from './pending-count.ts';

/** The inviter was removed, blocked or lost the invite permission since inviting. */
export class InviterLostAccess extends Error {}

const INVITING_ROLES = rolesWith('members:invite');

/**
 * A custom role still holds `members:invite`: a condition on the org item (where the role
 * lives), joined with the accept's own update of it. Undefined for a built-in role.
 */
export function inviterRoleStillInvites(inviterRole: string | undefined): OrgPart | undefined {
  if (!inviterRole || isBuiltInRole(inviterRole)) return undefined;
  return {
    set: [],
    conditions: ['contains(#inviterRole.#permissions, :invitePermission)'],
    names: { '#inviterRole': roleAttribute(inviterRole), '#permissions': 'permissions' },
    values: { ':invitePermission': 'members:invite' },
    failed: (stored) => {
      const role = stored?.[roleAttribute(inviterRole)] as { permissions?: string[] } | undefined;
      return role?.permissions?.includes('members:invite') ? undefined : new InviterLostAccess();
    },
  };
}

/**
 * Access ends with the people who granted it: accepting checks, in the accept
 * transaction, that the inviter is still an active member with the invite permission:
 * a built-in role that holds it, or the same custom role as read (whose permissions
 * `inviterRoleStillInvites` checks on the org item in the same transaction).
 */
export function inviterStillAllowed(orgId: string, inviterId: string, inviterRole?: string): Conditioned {
  // an auto-invitation's inviter is its domain's enrollment: it holds while still verified and auto-inviting
  const domainId = domainIdOfInviter(inviterId);
  if (domainId) {
    return {
      item: {
        ConditionCheck: {
          TableName: tableName(),
          Key: keys.domain(orgId, domainId),
          ConditionExpression: '#status = :verified AND enrollment = :auto',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':verified': 'verified', ':auto': 'auto_invite' },
        },
      },
      onConditionFailed: () => new InviterLostAccess(),
    };
  }
  const custom = inviterRole !== undefined && !isBuiltInRole(inviterRole);
  const allowed = custom ? [inviterRole] : INVITING_ROLES;
  const names = allowed.map((_, index) => `:role${index}`);
  return {
    item: {
      ConditionCheck: {
        TableName: tableName(),
        Key: keys.member(orgId, inviterId),
        ConditionExpression: `#status = :active AND #role IN (${names.join(', ')})`,
        ExpressionAttributeNames: { '#status': 'status', '#role': 'role' },
        ExpressionAttributeValues: {
          ':active': 'active',
          ...Object.fromEntries(allowed.map((role, index) => [`:role${index}`, role])),
        },
      },
    },
    onConditionFailed: () => new InviterLostAccess(),
  };
}

export const revokedWithInviter = () =>
  new ApiError(
    'INVITATION_REVOKED',
    'This invitation was revoked: the person who sent it no longer may invite to this organization.',
  );

/**
 * Marks a pending invitation whose inviter lost access as revoked (listed as such,
 * its guard freed), so that it can be neither accepted nor mistaken for pending.
 */
export async function revokeForLostInviter(
  invitation: { orgId: string; id: string; email: string; role?: string },
  inviterId: string,
): Promise<void> {
  const now = nowIso();
  await releasingPendingSlot<undefined>(
    invitation.orgId,
    [
      {
        item: {
          Update: {
            TableName: tableName(),
            Key: keys.invitation(invitation.orgId, invitation.id),
            UpdateExpression:
              'SET #status = :revoked, revokedBy = :system, revokedReason = :reason, revokedAt = :now REMOVE #ttl, GSI2PK, GSI2SK',
            ConditionExpression: '#status = :pending',
            ExpressionAttributeNames: { '#status': 'status', '#ttl': 'ttl' },
            ExpressionAttributeValues: {
              ':revoked': 'revoked',
              ':pending': 'pending',
              ':system': 'system',
              ':reason': 'inviter_lost_access',
              ':now': now,
            },
          },
        },
        // no longer pending: another path decided its fate first
        onConditionFailed: () => answer(undefined),
      },
      { item: freeGuard(invitation).item, onConditionFailed: () => answer(undefined) },
      auditPut({
        orgId: invitation.orgId,
        actorId: 'system',
        action: 'invitation.revoked',
        target: { type: 'invitation', id: invitation.id },
        details: { email: invitation.email, reason: 'inviter_lost_access', inviterId },
        at: now,
      }),
    ],
    invitation.role,
  );
}
