import { randomUUID } from 'node:crypto';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureTable, localDynamoClient } from '../../infra/local/dynamodb-local.ts';
import { startStreamPoller } from '../../infra/local/stream-poller.ts';
import { recordedBatches } from '../support/recording-stream-handler.ts';
import { until } from '../support/wait.ts';

/**
 * The local event source mapping on a busy stream: it reads pages of up to 1,000 records and
 * hands the records that pass the filters to the handler in batches of at most `batchSize`,
 * each once, an item's changes in order. Its own table, so nothing else writes to its stream.
 */
const stack = inject('stack');
const table = `stream-poller-${randomUUID().slice(0, 8)}`;
const client = localDynamoClient(stack.dynamodbEndpoint);
const docs = DynamoDBDocumentClient.from(client);
let poller: { stop: () => Promise<void> } | undefined;
/** the poller's own lines (backoff, handler failures): shown when a wait gives up */
const pollerLines: string[] = [];

const kept = () => recordedBatches.flat().map((record) => record.dynamodb?.NewImage?.PK?.S);

beforeAll(async () => {
  const streamArn = await ensureTable(stack.dynamodbEndpoint, table);
  poller = startStreamPoller({
    endpoint: stack.dynamodbEndpoint,
    streamArn,
    function: {
      id: 'streamPollerTest',
      handler: 'test/support/recording-stream-handler.ts',
      tableActions: [],
    },
    functionName: 'streamPollerTest',
    batchSize: 100,
    filters: [{ dynamodb: { NewImage: { type: { S: ['kept'] } } } }],
    log: (line) => pollerLines.push(line),
  });
});

afterAll(async () => {
  await poller?.stop();
  await client.send(new DeleteTableCommand({ TableName: table }));
  client.destroy();
});

describe('the local stream poller', () => {
  it('delivers every passing record of a backlog larger than a page once, in batches of at most batchSize', async () => {
    const written: string[] = [];
    const chunks = Array.from({ length: 44 }, (_, chunk) =>
      Array.from({ length: 25 }, (_, i) => {
        const n = chunk * 25 + i;
        return { PK: `ITEM#${n}`, SK: 'A', type: n % 2 === 0 ? 'kept' : 'skipped' };
      }),
    );
    for (const items of chunks)
      written.push(...items.filter((item) => item.type === 'kept').map((item) => item.PK));
    // 1,100 writes: more than one page of 1,000, four batch writes at a time
    for (let i = 0; i < chunks.length; i += 4) {
      await Promise.all(
        chunks.slice(i, i + 4).map((items) =>
          docs.send(
            new BatchWriteCommand({
              RequestItems: { [table]: items.map((Item) => ({ PutRequest: { Item } })) },
            }),
          ),
        ),
      );
    }
    await until(
      async () => ({ kept: kept().length, poller: pollerLines.slice(-5) }),
      ({ kept }) => kept >= written.length,
      `${written.length} kept records`,
    );
    const seen = kept();
    expect(seen).toHaveLength(written.length);
    expect(new Set(seen)).toEqual(new Set(written));
    expect(recordedBatches.every((batch) => batch.length > 0 && batch.length <= 100)).toBe(true);
    // 550 kept records in batches of at most 100
    expect(recordedBatches.length).toBeGreaterThanOrEqual(6);
  });

  it("hands an item's successive changes to the handler in the order they were written", async () => {
    recordedBatches.length = 0;
    for (let version = 1; version <= 20; version++) {
      await docs.send(
        new PutCommand({ TableName: table, Item: { PK: 'ORDERED', SK: 'A', type: 'kept', version } }),
      );
    }
    await until(
      async () => ({ kept: kept().length, poller: pollerLines.slice(-5) }),
      ({ kept }) => kept >= 20,
      '20 changes of one item',
    );
    const versions = recordedBatches.flat().map((record) => Number(record.dynamodb?.NewImage?.version?.N));
    expect(versions).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});
