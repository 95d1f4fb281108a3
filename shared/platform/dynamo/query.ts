import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from './client.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { orgPk } from './keys.ts';

type Item = Record<string, unknown>;
type Key = Record<string, unknown>;

/** Which items: a KeyConditionExpression with its values, on the table or one of its indexes. */
export interface KeyCondition {
  expression: string;
  values: Record<string, unknown>;
  /** an index's name; none: the table */
  index?: string;
}

export interface QueryFilter {
  /** a FilterExpression over the items (its placeholders in `names` and `values`); it applies within a page */
  expression: string;
  names?: Record<string, string>;
  values?: Record<string, unknown>;
}

export interface QuerySpec {
  key: KeyCondition;
  filter?: QueryFilter;
  /** a ProjectionExpression (plain attribute names) */
  projection?: string;
  consistentRead?: boolean;
  /** sort keys in descending order (newest first where they start with a time) */
  descending?: boolean;
  /** items read per Query, before the filter: a page's size */
  limit?: number;
}

/** The items of an org's partition, or those whose sort key starts with `prefix`. */
export const inOrg = (orgId: string, prefix?: string): KeyCondition =>
  prefix === undefined
    ? { expression: 'PK = :pk', values: { ':pk': orgPk(orgId) } }
    : {
        expression: 'PK = :pk AND begins_with(SK, :prefix)',
        values: { ':pk': orgPk(orgId), ':prefix': prefix },
      };

/** One Query from `startKey`: its items, and where the next page starts (none after the last page). */
export async function queryFrom(
  spec: QuerySpec,
  startKey: Key | undefined,
): Promise<{ items: Item[]; lastKey: Key | undefined }> {
  const { key, filter } = spec;
  const names = filter?.names && Object.keys(filter.names).length > 0 ? filter.names : undefined;
  const { Items = [], LastEvaluatedKey } = await db().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: key.index,
      KeyConditionExpression: key.expression,
      FilterExpression: filter?.expression,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: { ...filter?.values, ...key.values },
      ProjectionExpression: spec.projection,
      ConsistentRead: spec.consistentRead,
      ScanIndexForward: spec.descending ? false : undefined,
      Limit: spec.limit,
      ExclusiveStartKey: startKey,
    }),
  );
  return { items: Items, lastKey: LastEvaluatedKey };
}

export interface Page<T = Item> {
  items: T[];
  /** where the next page starts, opaque to the client; null after the last page */
  nextCursor: string | null;
}

/**
 * One page of a list the API returns: one Query (`limit` items read) from the client's
 * cursor, its items as `toItem` makes them, and the next cursor. A cursor is bound to
 * `scope` (the list: route, org, filter; see cursor.ts): one from another list fails as 400.
 */
export async function queryPage<T = Item>(
  spec: QuerySpec,
  page: { scope: string; cursor?: string },
  toItem: (item: Item) => T = (item) => item as T,
): Promise<Page<T>> {
  const { items, lastKey } = await queryFrom(spec, await decodeCursor(page.cursor, page.scope));
  return { items: items.map(toItem), nextCursor: await encodeCursor(lastKey, page.scope) };
}

/** Every page, in order: one Query each, followed to the end. The next page is read when asked for. */
export async function* queryPages(spec: QuerySpec): AsyncGenerator<Item[]> {
  let startKey: Key | undefined;
  do {
    const { items, lastKey } = await queryFrom(spec, startKey);
    yield items;
    startKey = lastKey;
  } while (startKey);
}

/** Every item of every page. */
export async function queryAll(spec: QuerySpec): Promise<Item[]> {
  const found: Item[] = [];
  for await (const page of queryPages(spec)) found.push(...page);
  return found;
}
