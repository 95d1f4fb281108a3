import { createHash } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../dynamo/client.ts';
import { ifConditionHolds } from '../dynamo/conditions.ts';
import { getItem } from '../dynamo/get-item.ts';
import { keys } from '../dynamo/keys.ts';
import { AppendedItemFailed, type Conditioned } from '../dynamo/transact.ts';
import { ApiError, validationFailed } from '../errors.ts';
import type { RouteResult } from '../http/request.ts';

const WINDOW_SECONDS = 24 * 3600;

export interface Idempotency {
  scope: string;
  keyHash: string;
  requestHash: string;
  /** the route already looked for a stored response before running the handler */
  replayChecked?: boolean;
  /** the response is stored, or its record is part of the handler's transaction */
  recorded?: boolean;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

/** From the `Idempotency-Key` header; keys are scoped to the caller and the route. */
export function idempotencyOf(
  headers: Record<string, string | undefined>,
  scope: string,
  body: unknown,
): Idempotency | undefined {
  const key = headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (key.length < 1 || key.length > 255) {
    throw validationFailed([{ path: 'headers.idempotency-key', message: 'Use 1 to 255 characters.' }]);
  }
  return { scope, keyHash: sha256(key), requestHash: sha256(JSON.stringify(body ?? null)) };
}

/**
 * The record is written inside the transaction that performs the request, so the
 * change and "this key was used" commit together. An expired record may be replaced.
 * Its condition fails when a twin request with the same key committed first.
 */
export function idempotencyPut(idempotency: Idempotency, result: RouteResult): Conditioned {
  const now = Math.floor(Date.now() / 1000);
  const item = {
    Put: {
      TableName: tableName(),
      Item: {
        ...keys.idempotency(idempotency.scope, idempotency.keyHash),
        type: 'idempotency',
        requestHash: idempotency.requestHash,
        result,
        ttl: now + WINDOW_SECONDS,
      },
      ConditionExpression: 'attribute_not_exists(PK) OR #ttl < :now',
      ExpressionAttributeNames: { '#ttl': 'ttl' },
      ExpressionAttributeValues: { ':now': now },
    },
  };
  return { item, onConditionFailed: () => new AppendedItemFailed() };
}

/** Where the first response for this key is kept (read with the access check by `route()`). */
export const idempotencyKeyOf = (idempotency: Idempotency) =>
  keys.idempotency(idempotency.scope, idempotency.keyHash);

/** The first response for this key, or undefined; the same key with another body is refused. */
export async function replayOf(idempotency: Idempotency | undefined): Promise<RouteResult | undefined> {
  if (!idempotency) return undefined;
  return replayFrom(idempotency, await getItem(idempotencyKeyOf(idempotency)));
}

/** `replayOf` on the record as already read (undefined: there is none). */
export function replayFrom(
  idempotency: Idempotency,
  item: Record<string, unknown> | undefined,
): RouteResult | undefined {
  if (!item || (item.ttl as number) < Math.floor(Date.now() / 1000)) return undefined;
  if (item.requestHash !== idempotency.requestHash) {
    throw new ApiError(
      'IDEMPOTENCY_KEY_REUSED',
      'This Idempotency-Key was used with a different request body.',
    );
  }
  const result = item.result as RouteResult;
  return { ...result, headers: { ...result.headers, 'idempotent-replayed': 'true' } };
}

/**
 * Stores the response of a request that changed nothing through a transaction of its
 * own (e.g. a Stripe call, or a change that was already in place). A record stored
 * meanwhile by a twin request wins.
 */
export async function recordResponse(idempotency: Idempotency, result: RouteResult): Promise<void> {
  const { Put } = idempotencyPut(idempotency, result).item;
  // a record a twin stored meanwhile wins: this one is not recorded
  if (Put && !(await ifConditionHolds(db().send(new PutCommand(Put))))) return;
  idempotency.recorded = true;
}

/**
 * Answers a keyed request once: a stored response is replayed; otherwise `perform`
 * runs and adds the response record to its own transaction (`append`). When `perform`
 * fails and a twin request with the same key committed meanwhile (its record made our
 * transaction fail, or our conditions no longer hold because of its change), the
 * twin's response is the answer: every client learns what was done.
 * Put the appended steps first in the transaction: the twin's commit fails the
 * other guards too, and the first failed item's meaning decides.
 */
export async function idempotently<T>(
  idempotency: Idempotency | undefined,
  respond: (value: T) => RouteResult,
  perform: (append: (value: T) => Conditioned[]) => Promise<T>,
): Promise<RouteResult> {
  const replay = idempotency?.replayChecked ? undefined : await replayOf(idempotency);
  if (replay) return replay;
  const append = (value: T) => {
    if (!idempotency) return [];
    idempotency.recorded = true;
    return [idempotencyPut(idempotency, respond(value))];
  };
  try {
    return respond(await perform(append));
  } catch (error) {
    if (!idempotency) throw error;
    // a lookup that fails too (the table is unreachable) leaves the original error
    const raced = await replayOf(idempotency).catch(() => undefined);
    if (raced) return raced;
    if (error instanceof AppendedItemFailed) {
      throw new ApiError('CONFLICT', 'A request with this Idempotency-Key is in progress. Retry.');
    }
    throw error;
  }
}
