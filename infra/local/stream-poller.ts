import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  TrimmedDataAccessException,
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

/** DynamoDB Streams' most records per GetRecords: a busy table's stream is read in large pages. */
const READ_LIMIT = 1000;
const RETRY_PAUSE_MS = 100;

interface ShardState {
  iterator?: string;
  parentShardId?: string;
  closed: boolean;
  /** the last read filled a page */
  behind: boolean;
  /** the sequence number of the last record read (undefined: none yet) */
  lastSequence?: string;
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
  const batchSize = options.batchSize ?? 100;
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
      shards.set(shard.ShardId, {
        iterator: ShardIterator,
        parentShardId: shard.ParentShardId,
        closed: false,
        behind: false,
        pending: [],
        attempts: 0,
      });
    }
  }

  /** An iterator after `lastSequence`, or at the oldest record when there is none (or it is gone). */
  async function freshIterator(shardId: string, lastSequence: string | undefined) {
    const at = (type: 'AFTER_SEQUENCE_NUMBER' | 'TRIM_HORIZON') =>
      client.send(
        new GetShardIteratorCommand({
          StreamArn: options.streamArn,
          ShardId: shardId,
          ShardIteratorType: type,
          SequenceNumber: type === 'AFTER_SEQUENCE_NUMBER' ? lastSequence : undefined,
        }),
      );
    if (lastSequence) {
      try {
        return (await at('AFTER_SEQUENCE_NUMBER')).ShardIterator;
      } catch (error) {
        if (!(error instanceof TrimmedDataAccessException)) throw error;
      }
    }
    return (await at('TRIM_HORIZON')).ShardIterator;
  }

  const finished = (state: ShardState | undefined) => !state || (state.closed && state.pending.length === 0);

  /**
   * The shards to poll now: every open one, at once, as Lambda reads shards in parallel —
   * except a child whose parent still has records, which waits (an item's records stay in order).
   */
  function shardsToPoll(): [string, ShardState][] {
    return [...shards].filter(
      ([, state]) => !finished(state) && (!state.parentShardId || finished(shards.get(state.parentShardId))),
    );
  }

  /** What a shard needs next: more work at once ('more'), a retry after a pause, or the next poll. */
  type Next = 'more' | 'retry' | 'idle';

  async function pollShard(shardId: string, state: ShardState): Promise<Next> {
    if (state.pending.length === 0) {
      if (state.closed || !state.iterator) return 'idle';
      try {
        const page = await client.send(
          new GetRecordsCommand({ ShardIterator: state.iterator, Limit: READ_LIMIT }),
        );
        state.iterator = page.NextShardIterator;
        if (!page.NextShardIterator) state.closed = true;
        state.lastSequence = page.Records?.at(-1)?.dynamodb?.SequenceNumber ?? state.lastSequence;
        // a full page: the shard holds more already; a short one: it is read up to now
        state.behind = page.Records?.length === READ_LIMIT;
        state.pending = (page.Records ?? [])
          .map((record) => toLambdaRecord(record, options.streamArn))
          .filter((record) => passesFilters(options.filters, record));
      } catch (error) {
        // the iterator is no good any more (seen under load in CI: DynamoDB Local answered
        // TrimmedDataAccessException to a young stream's iterator, and a poller that took it for an
        // outage retried the same iterator for minutes): take a new one after the last record read
        if (!(error instanceof ExpiredIteratorException || error instanceof TrimmedDataAccessException))
          throw error;
        log(
          `stream poller: ${options.functionName} takes a new iterator for shard ${shardId} (${error.name})`,
        );
        state.iterator = await freshIterator(shardId, state.lastSequence);
        return 'retry'; // a pause, not a spin, should DynamoDB Local refuse the new one too
      }
    }
    if (state.pending.length > 0 && !(await invoke(shardId, state))) return 'retry';
    return state.behind || state.pending.length > 0 ? 'more' : 'idle';
  }

  /** Runs the handler on the next batch; false when a record of it failed (it stays, to retry). */
  async function invoke(shardId: string, state: ShardState): Promise<boolean> {
    const batch = state.pending.slice(0, batchSize);
    let failedFrom = batch.length;
    try {
      const handler = await loadHandler(options.function);
      const event: DynamoDBStreamEvent = { Records: batch };
      const started = Date.now();
      const { slowMs } = options;
      const lag =
        slowMs === undefined ? undefined : streamLagLine(options.functionName, batch, started, slowMs);
      if (lag) log(lag);
      const response = (await handler(event, lambdaContext(options.functionName))) as
        | DynamoDBBatchResponse
        | undefined;
      const tookMs = Date.now() - started;
      if (slowMs !== undefined && tookMs >= slowMs)
        log(`slow stream batch: ${options.functionName} ${batch.length} record(s) in ${tookMs} ms`);
      for (const failure of response?.batchItemFailures ?? []) {
        const index = batch.findIndex((record) => record.dynamodb?.SequenceNumber === failure.itemIdentifier);
        failedFrom = Math.min(failedFrom, index === -1 ? 0 : index);
      }
    } catch (error) {
      log(`stream handler threw: ${String(error)}`);
      failedFrom = 0;
    }
    if (failedFrom >= batch.length) {
      state.pending = state.pending.slice(batch.length);
      state.attempts = 0;
      return true;
    }
    state.pending = state.pending.slice(failedFrom);
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
    return false;
  }

  const backoff = sourceBackoff(log);
  const done = (async () => {
    while (running) {
      let delay: number;
      const started = Date.now();
      try {
        await discoverShards();
        const polled = shardsToPoll();
        const next = await Promise.all(polled.map(([shardId, state]) => pollShard(shardId, state)));
        const tookMs = Date.now() - started;
        if (options.slowMs !== undefined && tookMs >= options.slowMs)
          log(
            `slow stream poll: ${options.functionName} one cycle over ${polled.length} of ${shards.size} shard(s) took ${tookMs} ms`,
          );
        backoff.succeeded();
        delay = next.includes('more')
          ? 0
          : next.includes('retry')
            ? RETRY_PAUSE_MS
            : (options.pollIntervalMs ?? 200);
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
