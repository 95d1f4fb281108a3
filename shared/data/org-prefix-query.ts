import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from './client.ts';
import { orgPk } from './keys.ts';

export interface PrefixFilter {
  /** a FilterExpression over the items (its placeholders in `names` and `values`) */
  expression: string;
  names?: Record<string, string>;
  values: Record<string, unknown>;
}

/**
 * Every item of an org whose sort key starts with `prefix` and that passes `filter`:
 * one Query of the org's partition, followed page by page (the filter applies within a page).
 */
export async function orgItemsWithPrefix(
  orgId: string,
  prefix: string,
  filter: PrefixFilter,
  options: { consistentRead?: boolean } = {},
): Promise<Record<string, unknown>[]> {
  const found: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        FilterExpression: filter.expression,
        ExpressionAttributeNames: filter.names,
        ExpressionAttributeValues: { ...filter.values, ':pk': orgPk(orgId), ':prefix': prefix },
        ConsistentRead: options.consistentRead,
        ExclusiveStartKey: startKey,
      }),
    );
    found.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return found;
}
