import { securityPolicyOf } from '../access/domain/security-policy.ts';
import { planHasFeature } from '../billing/domain/plans.ts';
import { featureUseChange } from '../billing/plan-features.ts';
import { actorStillAllowed } from '../members/access.ts';
import type { MemberRecord } from '../members/domain/membership.ts';
import { auditBy } from '../orgs/audit.ts';
import { isDeletionScheduled, type OrgRecord } from '../orgs/domain/org.ts';
import { newId } from '../platform/domain/ids.ts';
import { batchGetAll } from '../platform/dynamo/batch-get.ts';
import { tableName } from '../platform/dynamo/client.ts';
import { getItem } from '../platform/dynamo/get-item.ts';
import { nowIso, recordOf } from '../platform/dynamo/items.ts';
import { keys, prefixes } from '../platform/dynamo/keys.ts';
import { inOrg, queryPage } from '../platform/dynamo/query.ts';
import { type Conditioned, type TransactStep, transactWrite } from '../platform/dynamo/transact.ts';
import { ApiError, notFound } from '../platform/errors.ts';
import { generateScimToken, hashScimToken, isScimToken } from './domain/token-format.ts';

/** The org-partition item of a SCIM token: never the secret, never its hash. */
export interface ScimTokenRecord {
  id: string;
  orgId: string;
  name: string;
  start: string;
  createdBy: string;
  createdAt: string;
  revokedAt?: string;
  revokedBy?: string;
  /** the last provisioning change made with it (shared/scim/activity.ts) */
  lastActivityAt?: string;
  lastActivity?: string;
}

export interface ScimTokenLookup {
  orgId: string;
  tokenId: string;
  revokedAt?: string;
}

/** Who a verified SCIM token acts for: the organization is the token's. */
export interface ScimPrincipal {
  orgId: string;
  tokenId: string;
  /** the org's security policy as read with the token (it limits whom SCIM may provision) */
  allowedInviteDomains: string[];
}

export const toScimTokenResponse = (record: ScimTokenRecord) => ({
  id: record.id,
  name: record.name,
  start: record.start,
  status: record.revokedAt ? ('revoked' as const) : ('active' as const),
  createdBy: record.createdBy,
  createdAt: record.createdAt,
  revokedAt: record.revokedAt ?? null,
  lastActivityAt: record.lastActivityAt ?? null,
  lastActivity: record.lastActivity ?? null,
});

const put = (Item: Record<string, unknown>): TransactStep => ({
  Put: { TableName: tableName(), Item, ConditionExpression: 'attribute_not_exists(PK)' },
});

/**
 * A new token: its item, hash reference and lookup item, the `scim` feature counted in use on
 * the org item, and the audit entry, in one transaction. The secret exists only in the answer.
 */
export async function createScimToken(
  actor: MemberRecord,
  name: string,
  append: (created: { record: ScimTokenRecord; token: string }) => Conditioned[] = () => [],
) {
  const generated = generateScimToken();
  const record: ScimTokenRecord = {
    id: newId('scimtok'),
    orgId: actor.orgId,
    name,
    start: generated.start,
    createdBy: actor.userId,
    createdAt: nowIso(),
  };
  const created = { record, token: generated.token };
  await transactWrite([
    ...append(created),
    actorStillAllowed(actor),
    put({ ...keys.scimToken(record.orgId, record.id), type: 'scimToken', ...record }),
    put({
      ...keys.scimTokenHashRef(record.orgId, record.id),
      type: 'scimTokenRef',
      tokenId: record.id,
      hash: generated.hash,
    }),
    put({
      ...keys.scimTokenLookup(generated.hash),
      type: 'scimTokenLookup',
      orgId: record.orgId,
      tokenId: record.id,
    }),
    featureUseChange(record.orgId, 'scim', 1),
    auditBy(actor, {
      action: 'scim_token.created',
      target: { type: 'scimToken', id: record.id },
      details: { name, start: record.start },
      at: record.createdAt,
    }),
  ]);
  return created;
}

export async function listScimTokens(orgId: string, limit: number, cursor?: string) {
  return queryPage(
    { key: inOrg(orgId, prefixes.scimToken), limit },
    { scope: `scimTokens:${orgId}`, cursor },
    (item) => recordOf<ScimTokenRecord>(item),
  );
}

const changedMeanwhile = () => new ApiError('CONFLICT', 'The SCIM token changed meanwhile. Retry.');

/**
 * Revokes a token: its lookup item carries `revokedAt`, so the very next SCIM call with it is
 * refused; the `scim` feature's use ends in the same transaction. Revoking twice answers the same.
 */
export async function revokeScimToken(actor: MemberRecord, tokenId: string): Promise<void> {
  const items = await batchGetAll(
    [keys.scimToken(actor.orgId, tokenId), keys.scimTokenHashRef(actor.orgId, tokenId)],
    { consistentRead: true },
  );
  const token = items.find((item) => item.type === 'scimToken');
  const ref = items.find((item) => item.type === 'scimTokenRef');
  if (!token || typeof ref?.hash !== 'string') throw notFound('SCIM token');
  if (token.revokedAt) return;
  const now = nowIso();
  const revoke = (Key: Record<string, string>): Conditioned => ({
    item: {
      Update: {
        TableName: tableName(),
        Key,
        UpdateExpression: 'SET revokedAt = :now, revokedBy = :by',
        ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(revokedAt)',
        ExpressionAttributeValues: { ':now': now, ':by': actor.userId },
      },
    },
    onConditionFailed: changedMeanwhile,
  });
  try {
    await transactWrite([
      actorStillAllowed(actor),
      revoke(keys.scimToken(actor.orgId, tokenId)),
      revoke(keys.scimTokenLookup(ref.hash)),
      featureUseChange(actor.orgId, 'scim', -1),
      auditBy(actor, {
        action: 'scim_token.revoked',
        target: { type: 'scimToken', id: tokenId },
        details: { name: token.name, start: token.start },
        at: now,
      }),
    ]);
  } catch (error) {
    // a concurrent revoke got there first: revoked, as asked
    if (error instanceof ApiError && error.code === 'CONFLICT') {
      const again = await getItem(keys.scimToken(actor.orgId, tokenId));
      if (again?.revokedAt) return;
    }
    throw error;
  }
}

/** The org of a known token hash, per container: immutable, so a revocation still takes effect at once. */
const orgOfHash = new Map<string, string>();

/**
 * Verifies a presented SCIM token: format and checksum without I/O; then the lookup item and
 * the org in ONE BatchGetItem once this container knows the token's org (the first time, the
 * lookup item is read first). Refused: unknown, revoked, an org gone or scheduled for deletion,
 * or a plan without `scim`.
 */
export async function verifyScimToken(candidate: string): Promise<ScimPrincipal | undefined> {
  if (!isScimToken(candidate)) return undefined;
  const hash = hashScimToken(candidate);
  let orgId = orgOfHash.get(hash);
  let lookup: ScimTokenLookup | undefined;
  if (!orgId) {
    lookup = (await getItem(keys.scimTokenLookup(hash))) as ScimTokenLookup | undefined;
    if (!lookup) return undefined;
    orgId = lookup.orgId;
    if (orgOfHash.size >= 10_000) orgOfHash.clear();
    orgOfHash.set(hash, orgId);
  }
  const wanted = lookup ? [keys.org(orgId)] : [keys.org(orgId), keys.scimTokenLookup(hash)];
  const items = await batchGetAll(wanted, { consistentRead: true });
  lookup ??= items.find((item) => item.type === 'scimTokenLookup') as ScimTokenLookup | undefined;
  const org = items.find((item) => item.type === 'org') as (OrgRecord & { type: string }) | undefined;
  if (!lookup || lookup.revokedAt || !org || isDeletionScheduled(org)) return undefined;
  if (!planHasFeature(org.planId, 'scim')) return undefined;
  return {
    orgId,
    tokenId: lookup.tokenId,
    allowedInviteDomains: securityPolicyOf(org).allowedInviteDomains,
  };
}
