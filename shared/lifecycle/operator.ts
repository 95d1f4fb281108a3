import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { table } from '../../infra/table.ts';
import { getInvitation, notPendingError } from '../invitations/invitations.ts';
import { findUsersByEmail, getUser } from '../me/users.ts';
import type { MemberRecord } from '../members/domain/membership.ts';
import { auditPut } from '../orgs/audit.ts';
import { getOrgLimit, type OrgLimitGuard, setOrgLimit } from '../orgs/org-limit.ts';
import { getOrg } from '../orgs/orgs.ts';
import { db, tableName } from '../platform/dynamo/client.ts';
import { nowIso, withoutKeys } from '../platform/dynamo/items.ts';
import { keys, userPk } from '../platform/dynamo/keys.ts';
import { transactWrite } from '../platform/dynamo/transact.ts';
import { notFound } from '../platform/errors.ts';
import { restoreOrg } from './lifecycle.ts';
import { getTombstone } from './tombstones.ts';

/**
 * What support staff do on a user's or an org's behalf ("contact us"), for the
 * `npm run ops` commands. Every change is in the org's audit log with the actor
 * `operator:<name>`.
 */
export const operatorActor = (name: string) => {
  if (!/^[A-Za-z0-9._@-]{1,64}$/.test(name)) throw new Error('operator name: 1-64 letters, digits, . _ @ -');
  return `operator:${name}`;
};

/** The user's memberships, from the user → org index. */
async function membershipsOf(userId: string): Promise<MemberRecord[]> {
  const { Items = [] } = await db().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: table.indexes.byGsi1.name,
      KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :prefix)',
      ExpressionAttributeValues: { ':pk': userPk(userId), ':prefix': 'ORG#' },
    }),
  );
  return Items.map((item) => withoutKeys(item) as unknown as MemberRecord);
}

/** A user by id or by verified email: the profile, the organization limit, the memberships. */
export async function lookupUser(idOrEmail: string) {
  const users = idOrEmail.includes('@')
    ? await findUsersByEmail(idOrEmail.trim().toLowerCase())
    : [await getUser(idOrEmail)].filter((user) => user !== undefined);
  return Promise.all(
    users.map(async (user) => ({
      user,
      orgLimit: await getOrgLimit(user.id),
      memberships: (await membershipsOf(user.id)).map(({ orgId, role, status }) => ({ orgId, role, status })),
    })),
  );
}

/** An org by id (or the tombstone of a purged one). */
export async function lookupOrg(orgId: string) {
  const org = await getOrg(orgId);
  if (org) return { org };
  const tombstone = await getTombstone(orgId);
  return tombstone ? { tombstone } : undefined;
}

/** Raises (or lowers) a user's organization limit; the orgs they own record who did it. */
export async function raiseOrgLimit(userId: string, orgLimit: number, actor: string): Promise<OrgLimitGuard> {
  if (!(await getUser(userId))) throw notFound('User');
  const before = await getOrgLimit(userId);
  const after = await setOrgLimit(userId, orgLimit);
  const owned = (await membershipsOf(userId)).filter((member) => member.role === 'owner');
  const at = nowIso();
  for (const member of owned) {
    await transactWrite([
      auditPut({
        orgId: member.orgId,
        actorId: actor,
        action: 'user.org_limit_changed',
        target: { type: 'member', id: userId },
        details: { from: before.orgLimit, to: orgLimit },
        at,
      }),
    ]);
  }
  return after;
}

/** Cancels a scheduled deletion for the owner (before `deleteAt`, purge not begun), as the owner's restore does. */
export async function cancelDeletion(orgId: string, actor: string) {
  const org = await getOrg(orgId);
  if (!org) throw notFound('Organization');
  const owner = { orgId, userId: org.ownerId } as MemberRecord;
  return restoreOrg(owner, org, actor);
}

/** Sends a pending invitation's email again (the stream sends on a new `lastSentAt`), validity unchanged. */
export async function resendInvitationEmail(orgId: string, invitationId: string, actor: string) {
  const invitation = await getInvitation(orgId, invitationId);
  if (!invitation) throw notFound('Invitation');
  const now = nowIso();
  await transactWrite([
    {
      item: {
        Update: {
          TableName: tableName(),
          Key: keys.invitation(orgId, invitationId),
          UpdateExpression: 'SET lastSentAt = :now, totalSends = if_not_exists(totalSends, :one) + :one',
          ConditionExpression: '#status = :pending AND expiresAt > :now',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':now': now, ':pending': 'pending', ':one': 1 },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      onConditionFailed: (stored) => notPendingError(stored),
    },
    auditPut({
      orgId,
      actorId: actor,
      action: 'invitation.resent',
      target: { type: 'invitation', id: invitationId },
      details: { email: invitation.email, by: 'operator' },
      at: now,
    }),
  ]);
  return { ...invitation, lastSentAt: now };
}
