import { randomUUID } from 'node:crypto';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { db, tableName } from '../../shared/platform/dynamo/client.ts';
import type { StoredItem } from '../../shared/platform/dynamo/conditions.ts';
import { keys } from '../../shared/platform/dynamo/keys.ts';
import { answer, type TransactItem, transactWrite } from '../../shared/platform/dynamo/transact.ts';
import { ApiError } from '../../shared/platform/errors.ts';

/** transactWrite against DynamoDB Local: each item's failed condition answers with its own meaning. */

const orgId = () => `org_tx_${randomUUID()}`;
const put = (item: Record<string, unknown>) =>
  db().send(new PutCommand({ TableName: tableName(), Item: item }));
const read = async (key: Record<string, string>) =>
  (await db().send(new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }))).Item;

/** Creates the item only if absent; asks for the stored item when that fails. */
const createOnce = (key: Record<string, string>, value: string): TransactItem => ({
  Put: {
    TableName: tableName(),
    Item: { ...key, value },
    ConditionExpression: 'attribute_not_exists(PK)',
    ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
  },
});

const taken = (what: string) => (stored: StoredItem) =>
  new ApiError('CONFLICT', `${what} taken by ${String(stored?.value)}`);

describe('transactWrite with named failure meanings', () => {
  it('commits when every condition holds', async () => {
    const org = orgId();
    const result = await transactWrite([
      { item: createOnce(keys.workspaceName(org, 'a'), 'first'), onConditionFailed: taken('a') },
      createOnce(keys.workspaceName(org, 'b'), 'first'),
    ]);
    expect(result).toEqual({ committed: true });
    expect((await read(keys.workspaceName(org, 'b')))?.value).toBe('first');
  });

  it('throws the meaning of the item whose condition failed, given the stored item, and writes nothing', async () => {
    const org = orgId();
    await put({ ...keys.workspaceName(org, 'b'), value: 'earlier' });
    const attempt = transactWrite([
      { item: createOnce(keys.workspaceName(org, 'a'), 'second'), onConditionFailed: taken('a') },
      { item: createOnce(keys.workspaceName(org, 'b'), 'second'), onConditionFailed: taken('b') },
    ]);
    await expect(attempt).rejects.toMatchObject({ code: 'CONFLICT', message: 'b taken by earlier' });
    expect(await read(keys.workspaceName(org, 'a'))).toBeUndefined();
  });

  it('lets the first failed item in list order decide when several fail', async () => {
    const org = orgId();
    await put({ ...keys.workspaceName(org, 'a'), value: 'x' });
    await put({ ...keys.workspaceName(org, 'b'), value: 'y' });
    const steps = (first: 'a' | 'b', second: 'a' | 'b') =>
      [first, second].map((name) => ({
        item: createOnce(keys.workspaceName(org, name), 'z'),
        onConditionFailed: taken(name),
      }));
    await expect(transactWrite(steps('a', 'b'))).rejects.toThrow('a taken by x');
    await expect(transactWrite(steps('b', 'a'))).rejects.toThrow('b taken by y');
  });

  it('returns an answer instead of throwing when the failure means the work is not needed', async () => {
    const org = orgId();
    await put({ ...keys.workspaceName(org, 'a'), value: 'done' });
    const result = await transactWrite<string>([
      {
        item: createOnce(keys.workspaceName(org, 'a'), 'again'),
        onConditionFailed: (s) => answer(`already ${s?.value}`),
      },
    ]);
    expect(result).toEqual({ committed: false, answer: 'already done' });
  });

  it('skips a failed bare item for a failed item that has a meaning', async () => {
    const org = orgId();
    await put({ ...keys.workspaceName(org, 'a'), value: 'x' });
    await put({ ...keys.workspaceName(org, 'b'), value: 'y' });
    const attempt = transactWrite([
      createOnce(keys.workspaceName(org, 'a'), 'z'),
      { item: createOnce(keys.workspaceName(org, 'b'), 'z'), onConditionFailed: taken('b') },
    ]);
    await expect(attempt).rejects.toThrow('b taken by y');
  });

  it('rethrows the cancellation when only bare items failed', async () => {
    const org = orgId();
    await put({ ...keys.workspaceName(org, 'b'), value: 'y' });
    const attempt = transactWrite([
      { item: createOnce(keys.workspaceName(org, 'a'), 'z'), onConditionFailed: taken('a') },
      createOnce(keys.workspaceName(org, 'b'), 'z'),
    ]);
    await expect(attempt).rejects.toBeInstanceOf(TransactionCanceledException);
    expect(await read(keys.workspaceName(org, 'a'))).toBeUndefined();
  });

  it('retries transaction conflicts until the conditions decide: one of many racers wins', async () => {
    const org = orgId();
    const key = keys.workspaceName(org, 'race');
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) =>
        transactWrite([{ item: createOnce(key, `racer ${i}`), onConditionFailed: taken('race') }]),
      ),
    );
    const winners = results.filter((r) => r.status === 'fulfilled');
    const losers = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(5);
    const stored = (await read(key))?.value;
    for (const loser of losers)
      expect(loser).toMatchObject({ code: 'CONFLICT', message: `race taken by ${stored}` });
  });
});
