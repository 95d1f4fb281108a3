import type { DynamoDBStreamEvent } from 'aws-lambda';

/** Every batch a stream poller handed to this handler, in order (test/integration/stream-poller.test.ts). */
export const recordedBatches: DynamoDBStreamEvent['Records'][] = [];

export const handler = async (event: DynamoDBStreamEvent) => {
  recordedBatches.push(event.Records);
};
