import path from 'node:path';
import { CreateQueueCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { LocalConfig } from './config.ts';
import { localCredentials, localRegion } from './dynamodb-local.ts';
import type { StreamOnFailureRecord } from './on-failure-record.ts';
import { startQueueServer } from './queue-server.ts';

export const deadLetterQueueName = (consumerId: string) => `orgs-${consumerId}-dead-letters`;

/**
 * The stream consumers' dead-letter queues, as deployed (one SQS queue per event source
 * mapping, its on-failure destination): an SQS-compatible server on a free port, one
 * queue per consumer, kept under the data directory unless in memory.
 */
export async function startDeadLetterQueues(config: LocalConfig, consumerIds: readonly string[]) {
  const server = await startQueueServer({
    port: 0,
    host: config.host,
    ...(config.inMemory ? {} : { stateFile: path.join(config.dataDir, 'dead-letter-queues.json') }),
  });
  const sqs = new SQSClient({ endpoint: server.url, region: localRegion, credentials: localCredentials });
  const queueUrls: Record<string, string> = {};
  for (const id of consumerIds) {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: deadLetterQueueName(id) }));
    queueUrls[id] = QueueUrl as string;
  }
  return {
    queueUrls,
    /** the on-failure destination of one consumer's stream poller */
    destination: (consumerId: string) => async (record: StreamOnFailureRecord) => {
      await sqs.send(
        new SendMessageCommand({ QueueUrl: queueUrls[consumerId], MessageBody: JSON.stringify(record) }),
      );
    },
    stop: async () => {
      sqs.destroy();
      await server.stop();
    },
  };
}
