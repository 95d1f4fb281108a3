import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { DeliveryRef } from '../../shared/webhooks/deliveries.ts';
import { detectWebhookEvents } from '../../shared/webhooks/events.ts';
import { fanOut } from '../../shared/webhooks/fan-out.ts';
import { handOff } from '../../shared/webhooks/invoke.ts';
import { webhookLogger as logger } from '../../shared/webhooks/logger.ts';

/**
 * Table stream → webhook deliveries. Each record's events get one delivery per
 * matching endpoint (conditional puts: a redelivered record creates nothing twice);
 * records whose deliveries could not be written are reported in `batchItemFailures`.
 * The new deliveries' first attempts are handed to the deliverer asynchronously,
 * so no endpoint can hold this consumer up.
 */
export const handler = async (
  event: DynamoDBStreamEvent,
  context: Context,
): Promise<DynamoDBBatchResponse> => {
  const created: DeliveryRef[] = [];
  const recordHandler = async (record: DynamoDBRecord) => {
    try {
      created.push(...(await fanOut(detectWebhookEvents(record))));
    } catch (error) {
      logger.error('webhook stream record failed', {
        sequenceNumber: record.dynamodb?.SequenceNumber,
        error,
      });
      throw error;
    }
  };
  // a processor per invocation: locally invocations may overlap in one process
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  const response = await processPartialResponse(event, recordHandler, processor, {
    context,
    // a batch's records fan out together: on a busy table one record's reads no longer wait
    // for the previous one's (deliveries carry no order; a redelivered record creates nothing twice)
    processInParallel: true,
    throwOnFullBatchFailure: false,
  });
  if (created.length > 0) {
    const handedOff = await handOff(created);
    logger.info('webhook deliveries created', {
      records: event.Records.length,
      created: created.length,
      handedOff,
    });
  }
  return response;
};
