import { randomUUID } from 'node:crypto';
import type { DynamoDBRecord } from 'aws-lambda';

/** What Lambda sends a stream event source mapping's on-failure destination: where the batch is, not the records. */
export interface StreamBatchInfo {
  shardId: string;
  startSequenceNumber: string;
  endSequenceNumber: string;
  approximateArrivalOfFirstRecord?: string;
  approximateArrivalOfLastRecord?: string;
  batchSize: number;
  streamArn: string;
}

export interface StreamOnFailureRecord {
  requestContext: {
    requestId: string;
    functionArn: string;
    condition: 'RetryAttemptsExhausted' | 'RecordAgeExceeded';
    approximateInvokeCount: number;
  };
  responseContext: { statusCode: number; executedVersion: string; functionError?: string };
  version: '1.0';
  timestamp: string;
  DDBStreamBatchInfo: StreamBatchInfo;
}

const arrival = (record: DynamoDBRecord) => {
  const seconds = record.dynamodb?.ApproximateCreationDateTime;
  return seconds ? new Date(seconds * 1000).toISOString() : undefined;
};

/** The local stream poller's on-failure message for one record that used up its attempts, shaped as Lambda's. */
export function onFailureRecord(
  functionName: string,
  shardId: string,
  record: DynamoDBRecord,
  attempts: number,
): StreamOnFailureRecord {
  const sequenceNumber = record.dynamodb?.SequenceNumber ?? '';
  return {
    requestContext: {
      requestId: randomUUID(),
      functionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
      condition: 'RetryAttemptsExhausted',
      approximateInvokeCount: attempts,
    },
    responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
    version: '1.0',
    timestamp: new Date().toISOString(),
    DDBStreamBatchInfo: {
      shardId,
      startSequenceNumber: sequenceNumber,
      endSequenceNumber: sequenceNumber,
      approximateArrivalOfFirstRecord: arrival(record),
      approximateArrivalOfLastRecord: arrival(record),
      batchSize: 1,
      streamArn: record.eventSourceARN ?? '',
    },
  };
}
