import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { unavailable } from '../dependency-faults.ts';
import { db, tableName } from './client.ts';

type Item = Record<string, unknown>;
type Key = Record<string, unknown>;

export interface BatchGetOptions {
  consistentRead?: boolean;
  /** a ProjectionExpression (its placeholders in `names`) */
  projection?: string;
  names?: Record<string, string>;
}

/** BatchGetItem takes at most this many keys a call. */
const KEYS_PER_CALL = 100;

/**
 * The one retry policy of keys DynamoDB leaves unprocessed (throttling, the 16 MB answer
 * limit): at most this many calls per chunk, the first included, with an exponential
 * backoff and full jitter between them (a random wait below 50, 100, 200, 400 ms): under
 * a second in all, well inside an API function's budget.
 */
const MAX_ATTEMPTS = 5;
const BASE_DELAY_MS = 50;

const backoff = (retry: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * BASE_DELAY_MS * 2 ** (retry - 1)));

/**
 * The items of `keys` that exist in the table, in no particular order (as DynamoDB
 * answers), missing ones left out. One BatchGetItem per 100 keys (none for no key),
 * repeated only for what DynamoDB leaves unprocessed; keys still unprocessed after
 * the last attempt are a busy dependency: 503 UNAVAILABLE with Retry-After, never a
 * partial answer.
 */
export async function batchGetAll(keys: readonly Key[], options: BatchGetOptions = {}): Promise<Item[]> {
  const unique = [...new Map(keys.map((key) => [JSON.stringify(key), key])).values()];
  const items: Item[] = [];
  for (let start = 0; start < unique.length; start += KEYS_PER_CALL) {
    items.push(...(await getChunk(unique.slice(start, start + KEYS_PER_CALL), options)));
  }
  return items;
}

async function getChunk(chunk: Key[], options: BatchGetOptions): Promise<Item[]> {
  const table = tableName();
  const items: Item[] = [];
  let pending = chunk;
  for (let attempt = 1; pending.length > 0; attempt++) {
    if (attempt > MAX_ATTEMPTS) throw unavailable('busy');
    if (attempt > 1) await backoff(attempt - 1);
    const { Responses, UnprocessedKeys } = await db().send(
      new BatchGetCommand({
        RequestItems: {
          [table]: {
            Keys: pending,
            ConsistentRead: options.consistentRead,
            ProjectionExpression: options.projection,
            ExpressionAttributeNames: options.names,
          },
        },
      }),
    );
    items.push(...(Responses?.[table] ?? []));
    pending = (UnprocessedKeys?.[table]?.Keys ?? []) as Key[];
  }
  return items;
}
