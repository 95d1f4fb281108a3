import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../platform/dynamo/client.ts';
import { keys } from '../platform/dynamo/keys.ts';
import { ApiError } from '../platform/errors.ts';

/** What someone outside an organization may see of it on an invitation: its name and logo. */
export interface OrgCard {
  name: string;
  logoUrl: string | null;
}

/** Name and logo of each organization, in one BatchGetItem (100 ids at most: one page). */
export async function orgCards(orgIds: readonly string[]): Promise<Map<string, OrgCard>> {
  const cards = new Map<string, OrgCard>();
  let pending: Record<string, unknown>[] = [...new Set(orgIds)].map((orgId) => keys.org(orgId));
  for (let attempt = 0; pending.length > 0 && attempt < 3; attempt++) {
    const { Responses, UnprocessedKeys } = await db().send(
      new BatchGetCommand({
        RequestItems: {
          [tableName()]: {
            Keys: pending,
            ProjectionExpression: 'id, #name, branding',
            ExpressionAttributeNames: { '#name': 'name' },
          },
        },
      }),
    );
    for (const org of Responses?.[tableName()] ?? []) {
      const branding = org.branding as { logoUrl?: string | null } | undefined;
      cards.set(org.id as string, { name: org.name as string, logoUrl: branding?.logoUrl ?? null });
    }
    pending = (UnprocessedKeys?.[tableName()]?.Keys as Record<string, unknown>[] | undefined) ?? [];
  }
  if (pending.length > 0) {
    throw new ApiError('UNAVAILABLE', 'The service is busy. Retry shortly.', {
      headers: { 'retry-after': '1' },
    });
  }
  return cards;
}
