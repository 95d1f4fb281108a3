import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import {
  releaseTtlDeletedInvitation,
  ttlDeletedPendingInvitation,
} from '../../shared/invitations/ttl-release.ts';
import { notifyLogger as logger } from '../../shared/notifications/logger.ts';
import { processRecord } from '../../shared/notifications/process-record.ts';

async function recordHandler(record: DynamoDBRecord) {
  try {
    // before the emails: a redelivery (after a failed send, say) finds the marker and releases nothing
    const ttlDeleted = ttlDeletedPendingInvitation(record);
    if (ttlDeleted) await releaseTtlDeletedInvitation(ttlDeleted);
    return await processRecord(record);
  } catch (error) {
    logger.error('stream record failed', {
      eventID: record.eventID,
      sequenceNumber: record.dynamodb?.SequenceNumber,
      error,
    });
    throw error;
  }
}

/**
 * Table stream → notification emails. A pending invitation TTL deleted first frees
 * its slot of the org's pending-invitation cap (shared/invitations/ttl-release.ts).
 * Each record is detected, and each email
 * claimed, sent and (on failure) released; failed records are reported in
 * `batchItemFailures` so only they (and what follows them) are retried, and a
 * record that keeps failing goes to the on-failure destination.
 * Records go one after another, in stream order (an invitation's email before
 * its revocation's).
 */
export const handler = async (
  event: DynamoDBStreamEvent,
  context: Context,
): Promise<DynamoDBBatchResponse> => {
  // a processor per invocation: the local stack runs handlers in-process, where
  // invocations may overlap, and a processor holds the batch's state
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  return processPartialResponse(event, recordHandler, processor, {
    context,
    processInParallel: false,
    throwOnFullBatchFailure: false,
  });
};
