import { table } from '../../infra/table.ts';
import type { InvitationRecord } from '../invitations/domain/invitation.ts';
import { guardItem, pendingAttributes } from '../invitations/invitations.ts';
import { pendingSlotTaken } from '../invitations/pending-count.ts';
import { orgStillLive } from '../members/access.ts';
import { auditPut } from '../orgs/audit.ts';
import { invitationTtlSeconds } from '../platform/config/env.ts';
import { newId } from '../platform/domain/ids.ts';
import { tableName } from '../platform/dynamo/client.ts';
import { nowIso } from '../platform/dynamo/items.ts';
import { emailDomainPartitions, keys } from '../platform/dynamo/keys.ts';
import { queryPages } from '../platform/dynamo/query.ts';
import { answer, transactWrite } from '../platform/dynamo/transact.ts';
import { logger } from '../platform/logger.ts';
import { domainInviter } from './domain/domain.ts';
import { emailDomain } from './domain/domain-name.ts';
import { type DomainClaim, getClaim } from './domains.ts';

export type AutoInviteResult = 'invited' | 'alreadyInvited' | 'enrollmentOff' | 'member' | 'pending' | 'full';

const skip = (why: Exclude<AutoInviteResult, 'invited'>) => () => answer(why);

/**
 * One pending invitation from a domain's `auto_invite` enrollment to a registered user with a
 * verified email on it (inviter: the organization). Created once per (org, email): the marker
 * item makes a declined, revoked or expired auto-invitation stay that way. Outside the
 * invitation rate caps; inside the org's pending-invitation cap.
 */
export async function autoInvite(
  claim: DomainClaim,
  user: { userId: string; email: string },
): Promise<AutoInviteResult> {
  const now = nowIso();
  const invitation: InvitationRecord = {
    id: newId('inv'),
    orgId: claim.orgId,
    email: user.email,
    role: claim.role,
    status: 'pending',
    invitedBy: domainInviter(claim.domainId),
    inviterName: null,
    createdAt: now,
    expiresAt: new Date(Date.now() + invitationTtlSeconds() * 1000).toISOString(),
    lastSentAt: now,
    resendCount: 0,
    resendWindowStart: now,
  };
  const result = await transactWrite<Exclude<AutoInviteResult, 'invited'>>([
    {
      item: {
        Put: {
          TableName: tableName(),
          Item: {
            ...keys.autoInvited(claim.orgId, user.email),
            type: 'autoInvited',
            invitationId: invitation.id,
            domainId: claim.domainId,
            at: now,
          },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      onConditionFailed: skip('alreadyInvited'),
    },
    {
      item: {
        ConditionCheck: {
          TableName: tableName(),
          Key: keys.domainClaim(claim.domain),
          ConditionExpression: 'orgId = :org AND domainId = :id AND enrollment = :auto',
          ExpressionAttributeValues: { ':org': claim.orgId, ':id': claim.domainId, ':auto': 'auto_invite' },
        },
      },
      onConditionFailed: skip('enrollmentOff'),
    },
    { ...orgStillLive(claim.orgId), onConditionFailed: skip('enrollmentOff') },
    {
      item: {
        ConditionCheck: {
          TableName: tableName(),
          Key: keys.member(claim.orgId, user.userId),
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      onConditionFailed: skip('member'),
    },
    {
      item: {
        Put: {
          TableName: tableName(),
          Item: guardItem(invitation),
          ConditionExpression: 'attribute_not_exists(PK) OR expiresAt <= :now',
          ExpressionAttributeValues: { ':now': now },
        },
      },
      onConditionFailed: skip('pending'),
    },
    { ...pendingSlotTaken(claim.orgId), onConditionFailed: skip('full') },
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...keys.invitation(claim.orgId, invitation.id),
          ...keys.invitationByEmail(invitation.email, claim.orgId, invitation.id),
          ...pendingAttributes(invitation),
          type: 'invitation',
          ...invitation,
          domainId: claim.domainId,
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
          orgId: claim.orgId,
          role: invitation.role,
          email: invitation.email,
          invitedBy: invitation.invitedBy,
        },
      },
    },
    auditPut({
      orgId: claim.orgId,
      actorId: invitation.invitedBy,
      action: 'invitation.created',
      target: { type: 'invitation', id: invitation.id },
      details: { email: invitation.email, role: invitation.role, domain: claim.domain, auto: true },
      at: now,
    }),
  ]);
  if (!result.committed && result.answer === 'full') {
    logger.warn('auto-invitation skipped: pending-invitation limit reached', { orgId: claim.orgId });
  }
  return result.committed ? 'invited' : result.answer;
}

/** A user who just registered (or verified a new email): invited if their domain's org auto-invites. */
export async function autoInviteOnRegistration(user: {
  id: string;
  email: string | null;
  emailVerified: boolean;
}): Promise<AutoInviteResult | undefined> {
  if (!user.email || !user.emailVerified) return undefined;
  const domain = emailDomain(user.email);
  if (!domain) return undefined;
  const claim = await getClaim(domain);
  if (claim?.enrollment !== 'auto_invite') return undefined;
  return autoInvite(claim, { userId: user.id, email: user.email });
}

const FAN_OUT_CONCURRENCY = 4;

/**
 * Enrollment turned to `auto_invite`: every registered user whose verified email is on the
 * domain is invited, found through the sharded email-domain index (one Query per page per
 * shard, never a Scan). Returns how many invitations were created.
 */
export async function autoInviteDomainUsers(claim: DomainClaim): Promise<number> {
  let invited = 0;
  for (const partition of emailDomainPartitions(claim.domain)) {
    const pages = queryPages({
      key: {
        index: table.indexes.byDue.name,
        expression: 'GSI2PK = :pk',
        values: { ':pk': partition },
      },
      limit: 100,
    });
    for await (const page of pages) {
      const users = page.filter(
        (item) =>
          item.emailVerified === true && typeof item.email === 'string' && typeof item.id === 'string',
      );
      for (let at = 0; at < users.length; at += FAN_OUT_CONCURRENCY) {
        const results = await Promise.all(
          users
            .slice(at, at + FAN_OUT_CONCURRENCY)
            .map((item) => autoInvite(claim, { userId: item.id as string, email: item.email as string })),
        );
        invited += results.filter((result) => result === 'invited').length;
        if (results.includes('enrollmentOff')) return invited;
      }
    }
  }
  return invited;
}
