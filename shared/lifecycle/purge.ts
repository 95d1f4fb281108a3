import { BatchWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { getBilling } from '../billing/billing.ts';
import type { OrgRecord } from '../orgs/domain/org.ts';
import { orgLimitReleased } from '../orgs/org-limit.ts';
import { getOrg } from '../orgs/orgs.ts';
import { db, tableName } from '../platform/dynamo/client.ts';
import { ifConditionHolds } from '../platform/dynamo/conditions.ts';
import { oldestDue } from '../platform/dynamo/due-index.ts';
import { withoutKeys } from '../platform/dynamo/items.ts';
import { keys, orgDeletionPartitions, prefixes } from '../platform/dynamo/keys.ts';
import { inOrg, queryFrom } from '../platform/dynamo/query.ts';
import { transactWrite } from '../platform/dynamo/transact.ts';
import { outsideKeysOf } from './purge-plan.ts';
import { getTombstone } from './tombstones.ts';

type Key = { PK: string; SK: string };

/** Items per Query page of the org's partition; their deletes go out 25 per BatchWriteItem. */
const PAGE_SIZE = 100;
const BATCH_WRITE_MAX = 25;

export interface PurgeOptions {
  /** the purge's clock (tests and the operator's dry runs pass a later one) */
  now?: Date;
  /** stop (resumably) once this epoch-ms time passes */
  deadline?: number;
  /** stop (resumably) after this many pages: how tests interrupt a purge midway */
  maxPages?: number;
  /** detaches the Stripe customer's payment methods; the purge waits for it before deleting the billing link */
  detachPaymentMethods?: (customerId: string) => Promise<number>;
  /** deletes the org's stored files (branding images); the purge waits for it before the org item goes */
  deleteStoredObjects?: (orgId: string) => Promise<number>;
}

export type PurgeResult =
  | { orgId: string; outcome: 'purged'; deletedItems: number; detachedPaymentMethods: number }
  | { orgId: string; outcome: 'in_progress'; deletedItems: number; detachedPaymentMethods: number }
  | { orgId: string; outcome: 'already_purged' | 'not_due' | 'not_found' };

/**
 * Purges one organization whose grace period is over: every item of its partition
 * and what they own elsewhere (`purge-plan.ts`), by Query and batched deletes (never
 * a Scan), and its stored files (`deleteStoredObjects`: branding images); then, in one
 * transaction, the org item goes, its creator's organization count is released and the
 * tombstone `{ id, deletedAt, by }` is written.
 *
 * Resumable and idempotent: it starts by marking the org `purgeStartedAt` (from then
 * on restore is refused), every step deletes only what is still there, and the org
 * item — which the cleanup finds it by — goes last. Run again after any interruption,
 * it continues where the last run stopped.
 */
export async function purgeOrg(orgId: string, options: PurgeOptions = {}): Promise<PurgeResult> {
  const now = (options.now ?? new Date()).toISOString();
  const org = await getOrg(orgId);
  if (!org) return { orgId, outcome: (await getTombstone(orgId)) ? 'already_purged' : 'not_found' };
  if (!org.deleteAt || org.deleteAt > now) return { orgId, outcome: 'not_due' };
  const started = await markPurgeStarted(org, now);
  if (!started) return { orgId, outcome: 'not_due' };

  let detachedPaymentMethods = 0;
  const billing = await getBilling(orgId);
  if (billing?.customerId && options.detachPaymentMethods) {
    detachedPaymentMethods = await options.detachPaymentMethods(billing.customerId);
  }

  let deletedItems = 0;
  let pages = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    if (
      (options.deadline && Date.now() > options.deadline) ||
      (options.maxPages && pages >= options.maxPages)
    ) {
      return { orgId, outcome: 'in_progress', deletedItems, detachedPaymentMethods };
    }
    // one page at a time, not queryPages: the deadline is checked before each page is read
    const page = await queryFrom({ key: inOrg(orgId), limit: PAGE_SIZE }, startKey);
    pages++;
    const items = page.items.filter((item) => item.SK !== keys.org(orgId).SK);
    // what an item owns elsewhere goes first: a crash between the two leaves nothing unreachable
    await batchDelete(items.flatMap((item) => outsideKeysOf(item)));
    await batchDelete(items.map((item) => ({ PK: item.PK as string, SK: item.SK as string })));
    deletedItems += items.length;
    startKey = page.lastKey;
  } while (startKey);

  // before the org item (what the cleanup finds the purge by) goes: an interrupted purge retries it
  await options.deleteStoredObjects?.(orgId);
  await finish(org, started.creator, now);
  return { orgId, outcome: 'purged', deletedItems, detachedPaymentMethods };
}

/** Sets `purgeStartedAt` once (and who created the org, while the audit log still says so). */
async function markPurgeStarted(org: OrgRecord, now: string) {
  const creator = org.createdBy ?? (await creatorFromAudit(org.id)) ?? org.ownerId;
  const marked = await ifConditionHolds(
    db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.org(org.id),
        UpdateExpression:
          'SET purgeStartedAt = if_not_exists(purgeStartedAt, :now), purgeCreator = if_not_exists(purgeCreator, :creator)',
        ConditionExpression: 'deleteAt <= :now',
        ExpressionAttributeValues: { ':now': now, ':creator': creator },
        ReturnValues: 'ALL_NEW',
      }),
    ),
  );
  // none: restored (or never due) since it was read
  return marked && { creator: marked.Attributes?.purgeCreator as string };
}

/** Orgs created before `createdBy` was recorded: the oldest audit entry is their creation. */
async function creatorFromAudit(orgId: string): Promise<string | undefined> {
  const { items } = await queryFrom({ key: inOrg(orgId, prefixes.audit), limit: 1 }, undefined);
  const first = items[0];
  return first?.action === 'org.created' ? (first.actorId as string) : undefined;
}

/** The org item, the creator's count and the tombstone: once, together. */
async function finish(org: OrgRecord, creator: string, now: string) {
  const released = await orgLimitReleased(creator, org.id);
  await transactWrite([
    {
      Delete: {
        TableName: tableName(),
        Key: keys.org(org.id),
        ConditionExpression: 'attribute_exists(purgeStartedAt)',
      },
    },
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...keys.orgTombstone(org.id),
          type: 'orgTombstone',
          id: org.id,
          deletedAt: now,
          by: org.deletionScheduledBy ?? org.ownerId,
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    ...(released ? [released] : []),
  ]);
}

/** BatchWriteItem deletes, 25 a call, retrying what DynamoDB leaves unprocessed. */
async function batchDelete(keyList: Key[]) {
  for (let index = 0; index < keyList.length; index += BATCH_WRITE_MAX) {
    let pending = keyList
      .slice(index, index + BATCH_WRITE_MAX)
      .map((key) => ({ DeleteRequest: { Key: { PK: key.PK, SK: key.SK } } }));
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 25 * 2 ** Math.min(attempt, 6)));
      if (attempt > 8) throw new Error('BatchWriteItem kept leaving deletes unprocessed');
      const { UnprocessedItems } = await db().send(
        new BatchWriteCommand({ RequestItems: { [tableName()]: pending } }),
      );
      pending = (UnprocessedItems?.[tableName()] ?? []) as typeof pending;
    }
  }
}

/** Orgs whose grace period is over, oldest first: one Query per shard of the deletion index. */
export async function findDueDeletions(now = new Date(), limit = 25): Promise<string[]> {
  const due = await oldestDue(orgDeletionPartitions(), now.toISOString(), limit);
  return due.map((item) => withoutKeys(item).id as string);
}

export interface DuePurges {
  found: number;
  purged: number;
  inProgress: number;
  failed: number;
}

/**
 * The cleanup's part: purges the orgs whose grace period is over, one after another,
 * until none is due or the deadline passes (the next run continues). One org failing
 * (e.g. Stripe down) does not stop the others; it stays due and is tried next run.
 */
export async function purgeDueOrgs(
  options: Omit<PurgeOptions, 'maxPages'> & {
    deadline: number;
    onError?: (orgId: string, error: unknown) => void;
  },
): Promise<DuePurges> {
  const result: DuePurges = { found: 0, purged: 0, inProgress: 0, failed: 0 };
  const due = await findDueDeletions(options.now);
  result.found = due.length;
  for (const orgId of due) {
    if (Date.now() > options.deadline) break;
    try {
      const outcome = await purgeOrg(orgId, options);
      if (outcome.outcome === 'purged') result.purged++;
      if (outcome.outcome === 'in_progress') result.inProgress++;
    } catch (error) {
      result.failed++;
      options.onError?.(orgId, error);
    }
  }
  return result;
}
