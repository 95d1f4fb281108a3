import { tableName } from './client.ts';
import type { Conditioned } from './transact.ts';

/**
 * A counter item's `count` one up while it is below `limit`, in the transaction that adds
 * what it counts: concurrent additions can never pass the limit together. An absent
 * counter counts as `absentAs` (what existed before there was a counter).
 */
export function countedUpTo(
  key: Record<string, unknown>,
  limit: number,
  options: { absentAs: number; onFull: () => Error },
): Conditioned {
  return {
    item: {
      Update: {
        TableName: tableName(),
        Key: key,
        UpdateExpression: 'SET #count = if_not_exists(#count, :absent) + :one',
        ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
        ExpressionAttributeNames: { '#count': 'count' },
        ExpressionAttributeValues: { ':absent': options.absentAs, ':one': 1, ':limit': limit },
      },
    },
    onConditionFailed: options.onFull,
  };
}
