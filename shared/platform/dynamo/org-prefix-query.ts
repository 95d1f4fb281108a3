import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from './client.ts';
import { orgPk } from './keys.ts';

export interface PrefixFilter {
  /** a FilterExpression over the items (its placeholders in `names` and `values`) */
  expression: string;
  names?: Record<string, string>;
  values: Record<string, unknown>;
}

export interface PrefixQueryOptions {
  filter?: PrefixFilter;
  /** a ProjectionExpression (plain attribute names) */
  projection?: string;
  consistentRead?: boolean;
}

/**
 * The items of an org whose sort key starts with `prefix` (and that pass `filter`, which
 * applies within a page), page by page: one Query of the org's partition, followed to its end.
 */
export async function* orgPrefixPages(
  orgId: string,
  prefix: string,
  options: PrefixQueryOptions = {},
): AsyncGenerator<Record<string, unknown>[]> {
  const { filter } = options;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        FilterExpression: filter?.expression,
        ExpressionAttributeNames: filter?.names,
        ExpressionAttributeValues: { ...filter?.values, ':pk': orgPk(orgId), ':prefix': prefix },
        ProjectionExpression: options.projection,
        ConsistentRead: options.consistentRead,
        ExclusiveStartKey: startKey,
      }),
    );
    yield page.Items ?? [];
    startKey = page.LastEvaluatedKey;
  } while (startKey);
}

/** Every item of an org whose sort key starts with `prefix` and that passes `filter`. */
export async function orgItemsWithPrefix(
  orgId: string,
  prefix: string,
  filter: PrefixFilter,
  options: { consistentRead?: boolean } = {},
): Promise<Record<string, unknown>[]> {
  const found: Record<string, unknown>[] = [];
  for await (const page of orgPrefixPages(orgId, prefix, { ...options, filter })) found.push(...page);
  return found;
}
