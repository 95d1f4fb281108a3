import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { scheduleDeletion } from '../shared/lifecycle/lifecycle.ts';
import { purgeOrg } from '../shared/lifecycle/purge.ts';
import { getMemberAndOrg } from '../shared/members/access.ts';
import { db, tableName } from '../shared/platform/dynamo/client.ts';
import { totalCalls } from './ddb-call-counter.ts';
import { progress } from './progress.ts';
import { type BenchContext, ddbOf, type ScenarioResult } from './scenario.ts';
import type { OwnedOrg } from './scenarios-orgs.ts';
import { summarize } from './stats.ts';

/** BatchWriteItem puts of `count` small items, 25 a call: the raw write cost a purge cannot go below. */
async function writeItems(count: number, label: string) {
  const puts = Array.from({ length: count }, (_, i) => ({
    PutRequest: { Item: { PK: `BENCH#${label}`, SK: `ITEM#${String(i).padStart(5, '0')}`, type: 'bench' } },
  }));
  for (let start = 0; start < puts.length; start += 25) {
    let pending = puts.slice(start, start + 25);
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 6) throw new Error('BatchWriteItem kept leaving items unprocessed');
      const { UnprocessedItems } = await db().send(
        new BatchWriteCommand({ RequestItems: { [tableName()]: pending } }),
      );
      pending = (UnprocessedItems?.[tableName()] ?? []) as typeof pending;
    }
  }
}

const row = (
  name: string,
  elapsedMs: number,
  tally: Parameters<typeof ddbOf>[0],
  note: string,
): ScenarioResult => ({
  name,
  unit: 'call',
  ...summarize([elapsedMs], elapsedMs),
  ok: 1,
  failed: 0,
  ddb: ddbOf(tally, 1),
  note,
});

/**
 * The purge of an org of 1,000 members (the roster benchmark's large org, 999 seeded
 * members and its owner), against a baseline measured just before in the same run:
 * BatchWriteItem of as many items as the org holds. Both run in this process through
 * the handlers' client, so the counter sees every call.
 */
export async function purgeScenario(context: BenchContext, large: OwnedOrg) {
  const { org, member } = await getMemberAndOrg(large.orgId, large.owner.userId);
  if (!org || !member) throw new Error('the large roster org is gone');
  await scheduleDeletion(member, org, org.version);
  await context.counter.quiesce();

  const itemCount = 1000 + 10; // members, workspace and its name guard, audit entries, the org item
  const baselineStart = performance.now();
  const baseline = await context.counter.local(() => writeItems(itemCount, large.orgId));
  const baselineMs = performance.now() - baselineStart;

  const later = new Date(Date.now() + 365 * 24 * 3600 * 1000);
  const purgeStart = performance.now();
  const purge = await context.counter.local(() => purgeOrg(large.orgId, { now: later }));
  const purgeMs = performance.now() - purgeStart;
  if (purge.value.outcome !== 'purged') throw new Error(`purge ended ${purge.value.outcome}`);
  const deleted = 'deletedItems' in purge.value ? purge.value.deletedItems : 0;
  progress(`purge of ${deleted} items: ${purgeMs.toFixed(0)} ms, ${totalCalls(purge.tally)} DynamoDB calls`);

  const results = [
    row(
      `baseline: BatchWriteItem of ${itemCount.toLocaleString('en')} items`,
      baselineMs,
      baseline.tally,
      'puts, 25 per call, sequential: the write volume of the purge below',
    ),
    row(
      'purge: org of 1,000 members',
      purgeMs,
      purge.tally,
      `${deleted} items of the org's partition and what they own elsewhere, then the org item, the creator's count and the tombstone in one transaction`,
    ),
  ];
  const ratios = {
    'purge of 1,000 members ÷ BatchWriteItem of as many items, time': purgeMs / baselineMs,
    'purge of 1,000 members ÷ BatchWriteItem of as many items, DynamoDB calls':
      totalCalls(purge.tally) / totalCalls(baseline.tally),
  };
  return { results, ratios };
}
