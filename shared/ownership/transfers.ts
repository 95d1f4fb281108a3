import { actorStillAllowed, getMember } from '../members/access.ts';
import type { MemberRecord } from '../members/domain/membership.ts';
import { auditBy, auditPut } from '../orgs/audit.ts';
import { tableName } from '../platform/dynamo/client.ts';
import { getItem } from '../platform/dynamo/get-item.ts';
import { nowIso, recordOf } from '../platform/dynamo/items.ts';
import { keys } from '../platform/dynamo/keys.ts';
import { type Conditioned, type TransactStep, transactWrite } from '../platform/dynamo/transact.ts';
import { ApiError, notFound } from '../platform/errors.ts';

export interface TransferRecord {
  orgId: string;
  fromUserId: string;
  toUserId: string;
  createdAt: string;
}

const notAllowed = (detail: string) => new ApiError('TRANSFER_NOT_ALLOWED', detail);

const targetIsActiveAdmin = (orgId: string, userId: string): Conditioned => ({
  item: {
    ConditionCheck: {
      TableName: tableName(),
      Key: keys.member(orgId, userId),
      ConditionExpression: '#status = :active AND #role = :admin',
      ExpressionAttributeNames: { '#status': 'status', '#role': 'role' },
      ExpressionAttributeValues: { ':active': 'active', ':admin': 'admin' },
    },
  },
  onConditionFailed: () => notAllowed('Ownership can only be transferred to an active admin.'),
});

const staleTransfer = () =>
  notAllowed('The transfer is stale: the target must still be an active admin and the owner unchanged.');

export async function getTransfer(orgId: string): Promise<TransferRecord | undefined> {
  const item = await getItem(keys.ownershipTransfer(orgId));
  return item && recordOf<TransferRecord>(item);
}

const offerChangedMeanwhile = () =>
  new ApiError('CONFLICT', 'An ownership transfer to this member changed meanwhile. Retry.');

/**
 * Items that end a pending ownership offer to `target` in the same transaction
 * that blocks, removes or re-roles them: the offer is deleted if it is theirs;
 * otherwise a check that none to them appeared meanwhile. Only admins can be
 * offered ownership, so other roles need nothing.
 */
export async function offerEndsWith(target: MemberRecord, actorId: string): Promise<TransactStep[]> {
  if (target.role !== 'admin') return [];
  const transfer = await getTransfer(target.orgId);
  const key = keys.ownershipTransfer(target.orgId);
  if (transfer?.toUserId !== target.userId) {
    return [
      {
        item: {
          ConditionCheck: {
            TableName: tableName(),
            Key: key,
            ConditionExpression: 'attribute_not_exists(PK) OR toUserId <> :to',
            ExpressionAttributeValues: { ':to': target.userId },
          },
        },
        onConditionFailed: offerChangedMeanwhile,
      },
    ];
  }
  return [
    {
      item: {
        Delete: {
          TableName: tableName(),
          Key: key,
          ConditionExpression: 'toUserId = :to AND createdAt = :created',
          ExpressionAttributeValues: { ':to': target.userId, ':created': transfer.createdAt },
        },
      },
      onConditionFailed: offerChangedMeanwhile,
    },
    auditPut({
      orgId: target.orgId,
      actorId,
      action: 'ownership.transfer_cancelled',
      target: { type: 'ownership', id: target.userId },
      details: { reason: 'target_membership_changed' },
    }),
  ];
}

/** The owner offers ownership to an active admin; a new offer replaces a pending one. */
export async function startTransfer(
  owner: MemberRecord,
  toUserId: string,
  append: (transfer: TransferRecord) => Conditioned[] = () => [],
): Promise<TransferRecord> {
  if (toUserId === owner.userId) throw notAllowed('You already own this organization.');
  const transfer: TransferRecord = {
    orgId: owner.orgId,
    fromUserId: owner.userId,
    toUserId,
    createdAt: nowIso(),
  };
  await transactWrite([
    ...append(transfer),
    actorStillAllowed(owner),
    targetIsActiveAdmin(owner.orgId, toUserId),
    {
      Put: {
        TableName: tableName(),
        Item: { ...keys.ownershipTransfer(owner.orgId), type: 'ownershipTransfer', ...transfer },
      },
    },
    auditBy(owner, {
      action: 'ownership.transfer_started',
      target: { type: 'ownership', id: toUserId },
      at: transfer.createdAt,
    }),
  ]);
  return transfer;
}

/**
 * The target accepts: one transaction makes them owner, the previous owner
 * admin and moves the org's ownerId, only if the offer and both roles are as they were.
 */
export async function acceptTransfer(
  orgId: string,
  userId: string,
  append: (transfer: TransferRecord) => Conditioned[] = () => [],
): Promise<TransferRecord> {
  // a caller who is not an active member (e.g. a blocked target) learns nothing: 404, as everywhere
  const [transfer, member] = await Promise.all([getTransfer(orgId), getMember(orgId, userId)]);
  if (member?.status !== 'active') throw notFound('Organization');
  if (!transfer || transfer.toUserId !== userId) throw notFound('Ownership transfer');
  // an offer made to an earlier membership (removed, then re-joined) is not this member's
  if (member.joinedAt > transfer.createdAt) {
    throw notAllowed('This offer was made before you (re)joined the organization.');
  }
  const now = nowIso();
  await transactWrite([
    ...append(transfer),
    {
      item: {
        Delete: {
          TableName: tableName(),
          Key: keys.ownershipTransfer(orgId),
          ConditionExpression: 'toUserId = :to AND fromUserId = :from AND createdAt = :created',
          ExpressionAttributeValues: {
            ':to': userId,
            ':from': transfer.fromUserId,
            ':created': transfer.createdAt,
          },
        },
      },
      onConditionFailed: () => notFound('Ownership transfer'),
    },
    {
      item: {
        Update: {
          TableName: tableName(),
          Key: keys.member(orgId, userId),
          UpdateExpression: 'SET #role = :owner, updatedAt = :now',
          ConditionExpression: '#status = :active AND #role = :admin AND joinedAt = :joined',
          ExpressionAttributeNames: { '#status': 'status', '#role': 'role' },
          ExpressionAttributeValues: {
            ':owner': 'owner',
            ':admin': 'admin',
            ':active': 'active',
            ':now': now,
            ':joined': member.joinedAt,
          },
        },
      },
      onConditionFailed: staleTransfer,
    },
    {
      item: {
        Update: {
          TableName: tableName(),
          Key: keys.member(orgId, transfer.fromUserId),
          UpdateExpression: 'SET #role = :admin, updatedAt = :now',
          ConditionExpression: '#role = :owner',
          ExpressionAttributeNames: { '#role': 'role' },
          ExpressionAttributeValues: { ':owner': 'owner', ':admin': 'admin', ':now': now },
        },
      },
      onConditionFailed: staleTransfer,
    },
    {
      item: {
        Update: {
          TableName: tableName(),
          Key: keys.org(orgId),
          UpdateExpression: 'SET ownerId = :to, updatedAt = :now, #version = #version + :one',
          // a deletion scheduled meanwhile: the org is gone for everyone but its owner
          ConditionExpression: 'ownerId = :from AND attribute_not_exists(deleteAt)',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':to': userId, ':from': transfer.fromUserId, ':now': now, ':one': 1 },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      onConditionFailed: (stored) => (stored?.deleteAt ? notFound('Organization') : staleTransfer()),
    },
    auditPut({
      orgId,
      actorId: userId,
      action: 'ownership.transferred',
      target: { type: 'ownership', id: userId },
      details: { from: transfer.fromUserId, to: userId },
      at: now,
    }),
  ]);
  return transfer;
}

export async function cancelTransfer(owner: MemberRecord): Promise<void> {
  await transactWrite([
    actorStillAllowed(owner),
    {
      item: {
        Delete: {
          TableName: tableName(),
          Key: keys.ownershipTransfer(owner.orgId),
          ConditionExpression: 'attribute_exists(PK)',
        },
      },
      onConditionFailed: () => notFound('Ownership transfer'),
    },
    auditBy(owner, {
      action: 'ownership.transfer_cancelled',
      target: { type: 'ownership', id: owner.orgId },
    }),
  ]);
}
