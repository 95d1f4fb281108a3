import path from 'node:path';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { SQSClient } from '@aws-sdk/client-sqs';
import { backgroundFunctions } from '../../functions/background.ts';
import { notifyRecordFilters } from '../../shared/notifications/stream-filter.ts';
import { webhookRecordFilters } from '../../shared/webhooks/stream-filter.ts';
import { readLocalEndpoints } from '../local/endpoints-file.ts';
import { projectRoot } from '../local/handler-loader.ts';
import { type RedriveSummary, redrive } from './redrive.ts';

/** The stream consumers with a dead-letter queue, by the name the command takes. */
export const redriveConsumers = {
  notify: { functionId: backgroundFunctions.notify.id, filters: notifyRecordFilters, output: 'Notify' },
  'webhook-events': {
    functionId: backgroundFunctions.webhookEvents.id,
    filters: webhookRecordFilters,
    output: 'WebhookEvents',
  },
} as const;

export interface RedriveOptions {
  /** a deployed stack (`--table` given): queue and function come from its outputs */
  deployed: boolean;
  queueUrl?: string;
  functionName?: string;
  lambdaEndpoint?: string;
  limit?: number;
}

export class RedriveUsageError extends Error {}

/**
 * `redrive <notify|webhook-events>`: against the local stack, its queues and Lambda
 * endpoint are found in `.local/endpoints.json` (or given); against a deployed stack,
 * `--queue-url` and `--function` are the stack outputs `<Consumer>DeadLetterQueueUrl`
 * and `<Consumer>FunctionName`, and the AWS credentials come from the environment.
 */
export async function redriveCommand(consumerName: string, options: RedriveOptions): Promise<RedriveSummary> {
  const consumer = redriveConsumers[consumerName as keyof typeof redriveConsumers];
  if (!consumer) {
    throw new RedriveUsageError(`redrive takes one of: ${Object.keys(redriveConsumers).join(', ')}`);
  }
  const local = options.deployed
    ? undefined
    : readLocalEndpoints(process.env.LOCAL_DATA_DIR ?? path.join(projectRoot, '.local'));
  const queueUrl = options.queueUrl ?? local?.deadLetterQueues[consumer.functionId];
  const lambdaEndpoint = options.deployed ? undefined : (options.lambdaEndpoint ?? local?.lambdaEndpoint);
  const functionName = options.functionName ?? (options.deployed ? undefined : consumer.functionId);
  if (!queueUrl || !functionName || (!options.deployed && !lambdaEndpoint)) {
    throw new RedriveUsageError(
      options.deployed
        ? `redrive on a deployed stack needs --queue-url (output ${consumer.output}DeadLetterQueueUrl) and --function (output ${consumer.output}FunctionName)`
        : 'no running local stack found (.local/endpoints.json): start it with npm start, or give --queue-url and --lambda-endpoint',
    );
  }
  const streamsEndpoint = options.deployed ? undefined : process.env.DYNAMODB_ENDPOINT;
  const clients = {
    sqs: new SQSClient(options.deployed ? {} : { endpoint: new URL(queueUrl).origin }),
    streams: new DynamoDBStreamsClient(streamsEndpoint ? { endpoint: streamsEndpoint } : {}),
    lambda: new LambdaClient(lambdaEndpoint ? { endpoint: lambdaEndpoint } : {}),
  };
  try {
    return await redrive({ queueUrl, functionName, filters: consumer.filters }, clients, {
      limit: options.limit,
    });
  } finally {
    for (const client of Object.values(clients)) client.destroy();
  }
}
