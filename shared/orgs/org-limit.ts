import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../platform/dynamo/client.ts';
import { getItem } from '../platform/dynamo/get-item.ts';
import { keys } from '../platform/dynamo/keys.ts';
import type { Conditioned, TransactItem } from '../platform/dynamo/transact.ts';
import { ApiError } from '../platform/errors.ts';

/**
 * How many organizations a user may create unless an operator raised it for them
 * (`npm run ops -- raise-org-limit`): seed 001's "contact us".
 */
export const DEFAULT_ORG_LIMIT = 1;

/**
 * The `USER#id / OWNS` guard counts the organizations a user created and not yet
 * purged (`ownedCount`), under their `orgLimit` (absent: the default). Items written
 * before the count existed hold `orgId` and no count: they stand for one organization.
 */
export interface OrgLimitGuard {
  ownedCount: number;
  orgLimit: number;
  /** the one org of a guard written before counting */
  legacyOrgId?: string;
}

export async function getOrgLimit(userId: string): Promise<OrgLimitGuard> {
  const item = await getItem(keys.orgOwnership(userId));
  return toGuard(item);
}

const toGuard = (item: Record<string, unknown> | undefined): OrgLimitGuard => ({
  ownedCount: typeof item?.ownedCount === 'number' ? item.ownedCount : item ? 1 : 0,
  orgLimit: typeof item?.orgLimit === 'number' ? item.orgLimit : DEFAULT_ORG_LIMIT,
  ...(item && typeof item.ownedCount !== 'number' && typeof item.orgId === 'string'
    ? { legacyOrgId: item.orgId }
    : {}),
});

/** The creation transaction's step: one more org, only while under the creator's limit. */
export function orgLimitTaken(userId: string, orgId: string, now: string): Conditioned {
  return {
    item: {
      Update: {
        TableName: tableName(),
        Key: keys.orgOwnership(userId),
        UpdateExpression:
          'SET #type = :type, ownedCount = if_not_exists(ownedCount, :zero) + :one, lastOrgId = :org, updatedAt = :now',
        // a legacy guard (no count) stands for one org: the comparisons with a missing count fail
        ConditionExpression:
          'attribute_not_exists(PK) OR ownedCount < orgLimit OR (attribute_not_exists(orgLimit) AND ownedCount < :default)',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: {
          ':type': 'ownership',
          ':zero': 0,
          ':one': 1,
          ':org': orgId,
          ':now': now,
          ':default': DEFAULT_ORG_LIMIT,
        },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    },
    onConditionFailed: (stored) => {
      const limit = toGuard(stored).orgLimit;
      return new ApiError(
        'ORG_LIMIT_REACHED',
        `You have reached your limit of ${limit} organization${limit === 1 ? '' : 's'}. Contact us to raise it.`,
      );
    },
  };
}

/** The purge's step: the creator's count goes down by the purged org (a legacy guard of that org goes). */
export async function orgLimitReleased(userId: string, orgId: string): Promise<TransactItem | undefined> {
  const guard = await getOrgLimit(userId);
  if (guard.legacyOrgId !== undefined) {
    if (guard.legacyOrgId !== orgId) return undefined;
    return {
      Delete: {
        TableName: tableName(),
        Key: keys.orgOwnership(userId),
        ConditionExpression: 'orgId = :org AND attribute_not_exists(ownedCount)',
        ExpressionAttributeValues: { ':org': orgId },
      },
    };
  }
  if (guard.ownedCount <= 0) return undefined;
  return {
    Update: {
      TableName: tableName(),
      Key: keys.orgOwnership(userId),
      UpdateExpression: 'SET ownedCount = ownedCount - :one',
      ConditionExpression: 'ownedCount > :zero',
      ExpressionAttributeValues: { ':one': 1, ':zero': 0 },
    },
  };
}

/**
 * An operator raises (or lowers) a user's limit. A legacy guard gets its count
 * (1) written at the same time, conditioned on it still being legacy.
 */
export async function setOrgLimit(userId: string, orgLimit: number): Promise<OrgLimitGuard> {
  if (!Number.isInteger(orgLimit) || orgLimit < 0) throw new Error('orgLimit must be a whole number ≥ 0');
  const guard = await getOrgLimit(userId);
  const { Attributes } = await db().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.orgOwnership(userId),
      UpdateExpression:
        'SET #type = :type, orgLimit = :limit, ownedCount = if_not_exists(ownedCount, :count), updatedAt = :now',
      ConditionExpression:
        guard.legacyOrgId !== undefined
          ? 'orgId = :legacy'
          : 'attribute_not_exists(PK) OR attribute_exists(ownedCount)',
      ExpressionAttributeNames: { '#type': 'type' },
      ExpressionAttributeValues: {
        ':type': 'ownership',
        ':limit': orgLimit,
        ':count': guard.ownedCount,
        ':now': new Date().toISOString(),
        ...(guard.legacyOrgId !== undefined ? { ':legacy': guard.legacyOrgId } : {}),
      },
      ReturnValues: 'ALL_NEW',
    }),
  );
  return toGuard(Attributes);
}
