import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { MemberRecord } from '../shared/members/domain/membership.ts';
import { db, tableName } from '../shared/platform/dynamo/client.ts';
import { keys } from '../shared/platform/dynamo/keys.ts';

type PutRequest = { PutRequest: { Item: Record<string, unknown> } };

/**
 * Writes `count` active memberships of `orgId` straight into the table with
 * BatchWriteItem (25 per call), shaped like the ones accepting an invitation
 * writes. A shortcut for the roster benchmark only: the org's activeMemberCount
 * is left as it is.
 */
export async function seedMembers(orgId: string, count: number, label: string): Promise<number> {
  const now = new Date().toISOString();
  const requests: PutRequest[] = Array.from({ length: count }, (_, i) => {
    const userId = `user_seed_${label}_${String(i).padStart(5, '0')}`;
    const member: MemberRecord = {
      orgId,
      userId,
      email: `seed-${label}-${i}@example.com`,
      name: `Seeded ${i}`,
      role: 'member',
      status: 'active',
      joinedAt: now,
      updatedAt: now,
    };
    const item = {
      ...keys.member(orgId, userId),
      ...keys.memberOfUser(userId, orgId),
      type: 'member',
      ...member,
    };
    return { PutRequest: { Item: item } };
  });
  let calls = 0;
  for (let start = 0; start < requests.length; start += 25) {
    let pending = requests.slice(start, start + 25);
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 5) throw new Error('BatchWriteItem kept leaving items unprocessed');
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
      const { UnprocessedItems } = await db().send(
        new BatchWriteCommand({ RequestItems: { [tableName()]: pending } }),
      );
      calls++;
      pending = (UnprocessedItems?.[tableName()] ?? []) as PutRequest[];
    }
  }
  return calls;
}
