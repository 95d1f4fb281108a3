import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { FunctionDef } from '../../shared/platform/http/route-definition.ts';
import { localCredentials, localRegion } from './dynamodb-local.ts';
import { type FilterPattern, passesFilters } from './event-filter.ts';
import { loadHandler } from './handler-loader.ts';
import { lambdaContext } from './lambda-context.ts';
import { toLambdaRecord } from './lambda-stream-record.ts';
import { onFailureRecord, type StreamOnFailureRecord } from './on-failure-record.ts';
import { sourceBackoff } from './source-backoff.ts';
import { streamLagLine } from './stream-lag.ts';

export interface StreamPollerOptions {
  endpoint: string;
  streamArn: string;
  /** the function it runs (its handler, and the grants it runs with) */
  function: FunctionDef;
  functionName: string;
  batchSize?: number;
  pollIntervalMs?: number;
  /** attempts per record before it is set aside (the deployed on-failure destination) */
  maxAttempts?: number;
  log?: (line: string) => void;
  /** Lambda filter criteria of the deployed mapping: other records are dropped, as Lambda does */
  filters?: readonly FilterPattern[];
  /** the on-failure destination: gets Lambda's on-failure record of each dead-lettered record */
  onFailure?: (record: StreamOnFailureRecord) => Promise<void>;
  /**
   * Logs `stream lag:` for a batch whose oldest record was written this long before the
   * handler got it, and `slow stream batch:` for a handler that took this long (unset: no lines).
   */
  slowMs?: number;
}

interface ShardState {
  iterator?: string;
  closed: boolean;
  pending: DynamoDBRecord[];
  attempts: number;
}

/**
 * Plays Lambda's DynamoDB event source mapping: polls every shard, invokes the
 * handler with Lambda-shaped batches, retries from the first reported failure,
 * and after `maxAttempts` sends the failing record's place to `onFailure` (the local
 * dead-letter queue, as Lambda's on-failure destination) and moves on.
 */
export function startStreamPoller(options: StreamPollerOptions) {
  const client = new DynamoDBStreamsClient({
    endpoint: options.endpoint,
    region: localRegion,
    credentials: localCredentials,
  });
  const shards = new Map<string, ShardState>();
  const log = options.log ?? (() => undefined);
  const maxAttempts = options.maxAttempts ?? 5;
  let running = true;
  let lastDiscovery = 0;

  async function discoverShards() {
    if (Date.now() - lastDiscovery < 1000) return;
    lastDiscovery = Date.now();
    const { StreamDescription } = await client.send(
      new DescribeStreamCommand({ StreamArn: options.streamArn }),
    );
    for (const shard of StreamDescription?.Shards ?? []) {
      if (!shard.ShardId || shards.has(shard.ShardId)) continue;
      const { ShardIterator } = await client.send(
        new GetShardIteratorCommand({
          StreamArn: options.streamArn,
          ShardId: shard.ShardId,
          ShardIteratorType: 'TRIM_HORIZON',
        }),
      );
      shards.set(shard.ShardId, { iterator: ShardIterator, closed: false, pending: [], attempts: 0 });
    }
  }

  async function pollShard(shardId: string, state: ShardState) {
    if (state.pending.length === 0) {
      if (state.closed || !state.iterator) return;
      try {
        const page = await client.send(
          new GetRecordsCommand({ ShardIterator: state.iterator, Limit: options.batchSize ?? 100 }),
        );
        state.iterator = page.NextShardIterator;
        if (!page.NextShardIterator) state.closed = true;
        state.pending = (page.Records ?? [])
          .map((record) => toLambdaRecord(record, options.streamArn))
          .filter((record) => passesFilters(options.filters, record));
      } catch (error) {
        if (!(error instanceof ExpiredIteratorException)) throw error;
        shards.delete(shardId);
        lastDiscovery = 0;
        return;
      }
    }
    if (state.pending.length > 0) await invoke(shardId, state);
  }

  async function invoke(shardId: string, state: ShardState) {
    const batch = state.pending;
    let failedFrom = batch.length;
    try {
      const handler = await loadHandler(options.function);
      const event: DynamoDBStreamEvent = { Records: batch };
      const started = Date.now();
      const lag =
        options.slowMs === undefined
          ? undefined
          : streamLagLine(options.functionName, batch, started, options.slowMs);
      if (lag) log(lag);
      const response = (await handler(event, lambdaContext(options.functionName))) as
        | DynamoDBBatchResponse
        | undefined;
      const tookMs = Date.now() - started;
      if (options.slowMs !== undefined && tookMs >= options.slowMs) {
        log(`slow stream batch: ${options.functionName} ${batch.length} record(s) in ${tookMs} ms`);
      }
      for (const failure of response?.batchItemFailures ?? []) {
        const index = batch.findIndex((record) => record.dynamodb?.SequenceNumber === failure.itemIdentifier);
        failedFrom = Math.min(failedFrom, index === -1 ? 0 : index);
      }
    } catch (error) {
      log(`stream handler threw: ${String(error)}`);
      failedFrom = 0;
    }
    if (failedFrom >= batch.length) {
      state.pending = [];
      state.attempts = 0;
      return;
    }
    state.pending = batch.slice(failedFrom);
    state.attempts += 1;
    if (state.attempts >= maxAttempts) {
      const [poison, ...rest] = state.pending;
      if (poison) {
        log(
          `stream record dead-lettered after ${maxAttempts} attempts: ${JSON.stringify({ eventID: poison.eventID, keys: poison.dynamodb?.Keys })}`,
        );
        await options
          .onFailure?.(onFailureRecord(options.functionName, shardId, poison, maxAttempts))
          .catch((error) => log(`on-failure destination refused a record: ${String(error)}`));
      }
      state.pending = rest;
      state.attempts = 0;
    }
  }

  const backoff = sourceBackoff(log);
  const done = (async () => {
    while (running) {
      let delay: number;
      try {
        await discoverShards();
        for (const [shardId, state] of shards) {
          if (!running) break;
          await pollShard(shardId, state);
        }
        backoff.succeeded();
        const idle = [...shards.values()].every((state) => state.pending.length === 0);
        delay = idle ? (options.pollIntervalMs ?? 200) : 100;
      } catch (error) {
        delay = running ? backoff.failed(error) : 0;
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  })();

  return {
    stop: async () => {
      running = false;
      await done;
      client.destroy();
    },
  };
}
