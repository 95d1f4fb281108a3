import type { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Key = { PK: string; SK: string };
type Answer = { Responses?: Record<string, Key[]>; UnprocessedKeys?: Record<string, { Keys: Key[] }> };

const calls: { Keys: Key[]; ConsistentRead?: boolean; ProjectionExpression?: string }[] = [];
let answer: (keys: Key[], call: number) => Answer = (keys) => ({ Responses: { table: keys } });

vi.mock('../../shared/platform/dynamo/client.ts', () => ({
  tableName: () => 'table',
  db: () => ({
    send: async (command: BatchGetCommand) => {
      const request = command.input.RequestItems?.table as (typeof calls)[number];
      calls.push(request);
      return answer(request.Keys, calls.length);
    },
  }),
}));

const { batchGetAll } = await import('../../shared/platform/dynamo/batch-get.ts');
const { ApiError } = await import('../../shared/platform/errors.ts');

const keysOf = (n: number): Key[] => Array.from({ length: n }, (_, i) => ({ PK: `P#${i}`, SK: 'S' }));

beforeEach(() => {
  calls.length = 0;
  answer = (keys) => ({ Responses: { table: keys } });
});

describe('batchGetAll', () => {
  it('makes no call for no key', async () => {
    expect(await batchGetAll([])).toEqual([]);
    expect(calls).toHaveLength(0);
  });

  it('reads 100 keys a call, each key once, with the options given', async () => {
    const keys = keysOf(250);
    const items = await batchGetAll([...keys, keys[0] as Key], {
      consistentRead: true,
      projection: 'id, #name',
      names: { '#name': 'name' },
    });
    expect(calls.map((call) => call.Keys.length)).toEqual([100, 100, 50]);
    expect(calls[0]).toMatchObject({ ConsistentRead: true, ProjectionExpression: 'id, #name' });
    expect(items).toHaveLength(250);
  });

  it('asks again for what DynamoDB left unprocessed', async () => {
    answer = (keys, call) =>
      call === 1
        ? { Responses: { table: keys.slice(0, 1) }, UnprocessedKeys: { table: { Keys: keys.slice(1) } } }
        : { Responses: { table: keys } };
    const items = await batchGetAll(keysOf(3));
    expect(calls.map((call) => call.Keys.length)).toEqual([3, 2]);
    expect(items.map((item) => item.PK).sort()).toEqual(['P#0', 'P#1', 'P#2']);
  });

  it('keys still unprocessed after the last attempt are 503 UNAVAILABLE with Retry-After', async () => {
    answer = (keys) => ({ Responses: { table: [] }, UnprocessedKeys: { table: { Keys: keys } } });
    const error = await batchGetAll(keysOf(2)).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'UNAVAILABLE', status: 503 });
    expect(Number((error as InstanceType<typeof ApiError>).headers?.['retry-after'])).toBeGreaterThan(0);
    expect(calls).toHaveLength(5);
  });
});
