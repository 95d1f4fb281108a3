import { actorStillAllowed, memberItem, orgStillLive } from '../members/access.ts';
import type { MemberRecord } from '../members/domain/membership.ts';
import type { AssignableRole } from '../members/domain/permissions.ts';
import { seatTaken } from '../members/members.ts';
import { auditBy, auditPut } from '../orgs/audit.ts';
import type { OrgRecord } from '../orgs/domain/org.ts';
import { newId } from '../platform/domain/ids.ts';
import { batchGetAll } from '../platform/dynamo/batch-get.ts';
import { tableName } from '../platform/dynamo/client.ts';
import { getItem } from '../platform/dynamo/get-item.ts';
import { nowIso, recordOf, withoutKeys } from '../platform/dynamo/items.ts';
import { keys, prefixes } from '../platform/dynamo/keys.ts';
import { inOrg, queryPage } from '../platform/dynamo/query.ts';
import { type Conditioned, transactWrite } from '../platform/dynamo/transact.ts';
import { ApiError, notFound } from '../platform/errors.ts';
import type { Caller } from '../platform/http/auth.ts';
import type { JoinRequestRecord, JoinRequestStatus } from './domain/domain.ts';
import { emailDomain } from './domain/domain-name.ts';
import { type DomainClaim, getClaim } from './domains.ts';

/** The caller's verified email and its domain's claim when that domain suggests its org; else undefined. */
async function suggestingClaim(caller: Caller): Promise<{ email: string; claim: DomainClaim } | undefined> {
  if (!caller.email || !caller.emailVerified) return undefined;
  const domain = emailDomain(caller.email);
  if (!domain) return undefined;
  const claim = await getClaim(domain);
  return claim?.enrollment === 'suggest' ? { email: caller.email, claim } : undefined;
}

/**
 * Orgs with a verified `suggest` domain equal to the caller's verified email's domain, where
 * the caller is not a member (active, blocked or otherwise). One GetItem of the domain's claim
 * and one BatchGetItem, however many domains exist.
 */
export async function suggestedOrganizations(caller: Caller) {
  const found = await suggestingClaim(caller);
  if (!found) return [];
  const { claim } = found;
  const items = await batchGetAll([keys.org(claim.orgId), keys.member(claim.orgId, caller.userId)]);
  const org = items.find((item) => item.SK === 'META');
  const member = items.find((item) => item.SK !== 'META');
  if (!org || member || org.deleteAt !== undefined) return [];
  const record = withoutKeys(org) as unknown as OrgRecord;
  return [
    { orgId: record.id, name: record.name, logoUrl: record.branding?.logoUrl ?? null, domain: claim.domain },
  ];
}

const toRecord = (item: Record<string, unknown>) => recordOf<JoinRequestRecord>(item);

/** A user on a `suggest` domain of the org asks to join: one pending request at a time. */
export async function createJoinRequest(
  caller: Caller,
  orgId: string,
  profile: { name: string | null },
  append: (request: JoinRequestRecord) => Conditioned[] = () => [],
): Promise<JoinRequestRecord> {
  const found = await suggestingClaim(caller);
  if (!found || found.claim.orgId !== orgId) throw notFound('Organization');
  const { claim, email } = found;
  const now = nowIso();
  const request: JoinRequestRecord = {
    id: newId('jr'),
    orgId,
    userId: caller.userId,
    email,
    name: profile.name ?? caller.name ?? null,
    domain: claim.domain,
    domainId: claim.domainId,
    status: 'pending',
    createdAt: now,
  };
  await transactWrite([
    ...append(request),
    {
      item: {
        ConditionCheck: {
          TableName: tableName(),
          Key: keys.domainClaim(claim.domain),
          ConditionExpression: 'orgId = :org AND enrollment = :suggest',
          ExpressionAttributeValues: { ':org': orgId, ':suggest': 'suggest' },
        },
      },
      onConditionFailed: () => notFound('Organization'),
    },
    orgStillLive(orgId),
    {
      item: {
        ConditionCheck: {
          TableName: tableName(),
          Key: keys.member(orgId, caller.userId),
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      onConditionFailed: () =>
        new ApiError('ALREADY_MEMBER', 'You are already a member of this organization.'),
    },
    {
      item: {
        Put: {
          TableName: tableName(),
          Item: {
            ...keys.joinRequestGuard(orgId, caller.userId),
            type: 'joinRequestGuard',
            requestId: request.id,
          },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      onConditionFailed: () =>
        new ApiError(
          'JOIN_REQUEST_PENDING',
          'You already asked to join this organization; wait for an answer.',
        ),
    },
    {
      Put: {
        TableName: tableName(),
        Item: { ...keys.joinRequest(orgId, request.id), type: 'joinRequest', ...request },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    auditPut({
      orgId,
      actorId: caller.userId,
      action: 'joinRequest.created',
      target: { type: 'joinRequest', id: request.id },
      details: { email, domain: claim.domain },
      at: now,
    }),
  ]);
  return request;
}

export async function listJoinRequests(
  orgId: string,
  options: { limit: number; cursor?: string; status?: JoinRequestStatus },
) {
  return queryPage(
    {
      key: inOrg(orgId, prefixes.joinRequest),
      filter: options.status
        ? {
            expression: '#status = :status',
            names: { '#status': 'status' },
            values: { ':status': options.status },
          }
        : undefined,
      limit: options.limit,
    },
    { scope: `join-requests:${orgId}:${options.status ?? ''}`, cursor: options.cursor },
    toRecord,
  );
}

async function pendingRequest(orgId: string, requestId: string): Promise<JoinRequestRecord> {
  const item = await getItem(keys.joinRequest(orgId, requestId));
  if (!item) throw notFound('Join request');
  const request = toRecord(item);
  if (request.status !== 'pending') throw alreadyDecided(request.status);
  return request;
}

const alreadyDecided = (status: unknown) =>
  new ApiError('CONFLICT', `This join request was already ${String(status ?? 'answered')}.`);

/** pending → decided, conditioned on still pending: one answer per request. */
const decided = (
  actor: MemberRecord,
  request: JoinRequestRecord,
  status: 'approved' | 'denied',
  now: string,
  role?: AssignableRole,
): Conditioned => ({
  item: {
    Update: {
      TableName: tableName(),
      Key: keys.joinRequest(request.orgId, request.id),
      UpdateExpression: `SET #status = :status, decidedAt = :now, decidedBy = :actor${role ? ', #role = :role' : ''}`,
      ConditionExpression: '#status = :pending',
      ExpressionAttributeNames: { '#status': 'status', ...(role ? { '#role': 'role' } : {}) },
      ExpressionAttributeValues: {
        ':status': status,
        ':pending': 'pending',
        ':now': now,
        ':actor': actor.userId,
        ...(role ? { ':role': role } : {}),
      },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    },
  },
  onConditionFailed: (stored) => alreadyDecided(stored?.status),
});

const guardFreed = (request: JoinRequestRecord) => ({
  Delete: { TableName: tableName(), Key: keys.joinRequestGuard(request.orgId, request.userId) },
});

/**
 * Approves: the requester becomes an active member with the domain's role (as it is now; the
 * request's domain gone, `member`), taking a seat under the plan's limit in the same transaction.
 */
export async function approveJoinRequest(
  actor: MemberRecord,
  requestId: string,
  append: (request: JoinRequestRecord) => Conditioned[] = () => [],
): Promise<JoinRequestRecord> {
  const request = await pendingRequest(actor.orgId, requestId);
  const domain = await getItem(keys.domain(actor.orgId, request.domainId));
  const role = ((domain?.role as AssignableRole | undefined) ?? 'member') as AssignableRole;
  const now = nowIso();
  const member: MemberRecord = {
    orgId: actor.orgId,
    userId: request.userId,
    email: request.email,
    name: request.name,
    role,
    status: 'active',
    joinedAt: now,
    updatedAt: now,
  };
  await transactWrite([
    ...append(request),
    decided(actor, request, 'approved', now, role),
    actorStillAllowed(actor),
    {
      item: {
        Put: {
          TableName: tableName(),
          Item: { ...memberItem(member), joinRequestId: request.id },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      onConditionFailed: () =>
        new ApiError('ALREADY_MEMBER', 'This person is already a member of the organization.'),
    },
    seatTaken(actor.orgId),
    guardFreed(request),
    {
      Update: {
        TableName: tableName(),
        Key: keys.user(request.userId),
        UpdateExpression: 'SET defaultOrgId = if_not_exists(defaultOrgId, :org)',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: { ':org': actor.orgId },
      },
    },
    auditBy(actor, {
      action: 'member.joined',
      target: { type: 'member', id: request.userId },
      details: { joinRequestId: request.id, email: request.email, role },
      at: now,
    }),
  ]);
  return { ...request, status: 'approved', decidedAt: now, decidedBy: actor.userId, role };
}

export async function denyJoinRequest(
  actor: MemberRecord,
  requestId: string,
  append: (request: JoinRequestRecord) => Conditioned[] = () => [],
): Promise<JoinRequestRecord> {
  const request = await pendingRequest(actor.orgId, requestId);
  const now = nowIso();
  await transactWrite([
    ...append(request),
    decided(actor, request, 'denied', now),
    actorStillAllowed(actor),
    guardFreed(request),
    auditBy(actor, {
      action: 'joinRequest.denied',
      target: { type: 'joinRequest', id: request.id },
      details: { email: request.email },
      at: now,
    }),
  ]);
  return { ...request, status: 'denied', decidedAt: now, decidedBy: actor.userId };
}
