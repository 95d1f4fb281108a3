import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from './client.ts';

/**
 * One item by key, or undefined when there is none. Strongly consistent unless the caller
 * says otherwise: most reads decide something (access, a condition, a state machine).
 */
export async function getItem(
  key: Record<string, unknown>,
  options: { consistentRead?: boolean } = {},
): Promise<Record<string, unknown> | undefined> {
  const { Item } = await db().send(
    new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: options.consistentRead ?? true }),
  );
  return Item;
}
