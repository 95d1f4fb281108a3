import {
  type DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
} from '@aws-sdk/client-dynamodb-streams';
import { InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import {
  DeleteMessageCommand,
  type Message,
  ReceiveMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { DynamoDBBatchResponse, DynamoDBRecord } from 'aws-lambda';
import { type FilterPattern, passesFilters } from '../local/event-filter.ts';
import { toLambdaRecord } from '../local/lambda-stream-record.ts';
import type { StreamBatchInfo, StreamOnFailureRecord } from '../local/on-failure-record.ts';

export interface RedriveTarget {
  /** the consumer's dead-letter queue (its event source mapping's on-failure destination) */
  queueUrl: string;
  /** the consumer function, invoked with the batch as its event source mapping would */
  functionName: string;
  /** the mapping's filter criteria: records of the batch's range they drop were never the function's */
  filters: readonly FilterPattern[];
}

export interface RedriveClients {
  sqs: SQSClient;
  streams: DynamoDBStreamsClient;
  lambda: LambdaClient;
}

export interface RedriveOutcome {
  messageId: string;
  shardId?: string;
  sequenceNumbers?: [string, string];
  records: number;
  status: 'redriven' | 'failed';
  /** why the message stays in the queue */
  reason?: string;
}

export interface RedriveSummary {
  received: number;
  redriven: number;
  failed: number;
  outcomes: RedriveOutcome[];
}

/** A message is left invisible this long after a failed re-drive, then a later run may try it again. */
const RETRY_VISIBILITY_SECONDS = 60;

/**
 * Re-drives a stream consumer's dead-letter queue. Each message holds only where the failed
 * batch is (shard and sequence range, as Lambda's on-failure record does): its records are
 * read back from the table's stream, filtered as the mapping filters, and the consumer is
 * invoked with them. A message is deleted only once the consumer took every record; a
 * failure leaves it in the queue. Consumers are idempotent (emails are claimed once per
 * event), so records of the batch that had succeeded before are not sent twice. Stream
 * records live 24 h: older batches cannot be re-read and are reported as such.
 */
export async function redrive(
  target: RedriveTarget,
  clients: RedriveClients,
  options: { limit?: number } = {},
): Promise<RedriveSummary> {
  const limit = options.limit ?? 100;
  const outcomes: RedriveOutcome[] = [];
  while (outcomes.length < limit) {
    const { Messages = [] } = await clients.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: target.queueUrl,
        MaxNumberOfMessages: Math.min(10, limit - outcomes.length),
        VisibilityTimeout: RETRY_VISIBILITY_SECONDS,
        WaitTimeSeconds: 0,
      }),
    );
    if (Messages.length === 0) break;
    for (const message of Messages) outcomes.push(await redriveOne(target, clients, message));
  }
  const redriven = outcomes.filter((outcome) => outcome.status === 'redriven').length;
  return { received: outcomes.length, redriven, failed: outcomes.length - redriven, outcomes };
}

async function redriveOne(
  target: RedriveTarget,
  clients: RedriveClients,
  message: Message,
): Promise<RedriveOutcome> {
  const messageId = message.MessageId ?? '';
  const info = batchInfo(message.Body);
  if (!info) {
    return { messageId, records: 0, status: 'failed', reason: 'not a stream on-failure record' };
  }
  const where = {
    messageId,
    shardId: info.shardId,
    sequenceNumbers: [info.startSequenceNumber, info.endSequenceNumber] as [string, string],
  };
  let records: DynamoDBRecord[];
  try {
    records = (await readBatch(clients.streams, info))
      .map((record) => toLambdaRecord(record, info.streamArn))
      .filter((record) => passesFilters(target.filters, record));
  } catch (error) {
    const name = (error as Error).name;
    const gone = name === 'TrimmedDataAccessException' || name === 'ResourceNotFoundException';
    return {
      ...where,
      records: 0,
      status: 'failed',
      reason: gone ? 'the records are no longer in the stream (it keeps them 24 h)' : String(error),
    };
  }
  if (records.length > 0) {
    const failure = await invoke(clients.lambda, target.functionName, records);
    if (failure) return { ...where, records: records.length, status: 'failed', reason: failure };
  }
  await clients.sqs.send(
    new DeleteMessageCommand({ QueueUrl: target.queueUrl, ReceiptHandle: message.ReceiptHandle }),
  );
  return { ...where, records: records.length, status: 'redriven' };
}

function batchInfo(body: string | undefined): StreamBatchInfo | undefined {
  try {
    const info = (JSON.parse(body ?? '') as Partial<StreamOnFailureRecord>).DDBStreamBatchInfo;
    const valid =
      typeof info?.shardId === 'string' &&
      /^\d+$/.test(info.startSequenceNumber ?? '') &&
      /^\d+$/.test(info.endSequenceNumber ?? '') &&
      typeof info.streamArn === 'string';
    return valid ? info : undefined;
  } catch {
    return undefined;
  }
}

/** The batch's records: from its first sequence number to its last, in order. */
async function readBatch(streams: DynamoDBStreamsClient, info: StreamBatchInfo): Promise<StreamRecord[]> {
  const end = BigInt(info.endSequenceNumber);
  const { ShardIterator } = await streams.send(
    new GetShardIteratorCommand({
      StreamArn: info.streamArn,
      ShardId: info.shardId,
      ShardIteratorType: 'AT_SEQUENCE_NUMBER',
      SequenceNumber: info.startSequenceNumber,
    }),
  );
  const records: StreamRecord[] = [];
  let iterator = ShardIterator;
  // an open shard answers empty pages past its last record: stop at the range's end, or after a few empty pages
  for (let emptyPages = 0; iterator && emptyPages < 3; ) {
    const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 100 }));
    const inRange = (page.Records ?? []).filter(
      (record) => BigInt(record.dynamodb?.SequenceNumber ?? '0') <= end,
    );
    records.push(...inRange);
    if (inRange.length < (page.Records ?? []).length) break;
    if (records.at(-1)?.dynamodb?.SequenceNumber === info.endSequenceNumber) break;
    emptyPages = page.Records?.length ? 0 : emptyPages + 1;
    iterator = page.NextShardIterator;
  }
  return records;
}

/** Invokes the consumer synchronously; a reason when it failed or reported any record failed. */
async function invoke(
  lambda: LambdaClient,
  functionName: string,
  records: DynamoDBRecord[],
): Promise<string | undefined> {
  const result = await lambda.send(
    new InvokeCommand({
      FunctionName: functionName,
      InvocationType: 'RequestResponse',
      Payload: new TextEncoder().encode(JSON.stringify({ Records: records })),
    }),
  );
  const payload = result.Payload ? new TextDecoder().decode(result.Payload) : '';
  if (result.FunctionError) return `the consumer failed: ${payload.slice(0, 300)}`;
  const response = (payload ? JSON.parse(payload) : {}) as DynamoDBBatchResponse | null;
  const failures = response?.batchItemFailures ?? [];
  return failures.length > 0
    ? `the consumer reported ${failures.length} of ${records.length} record(s) failed again`
    : undefined;
}
