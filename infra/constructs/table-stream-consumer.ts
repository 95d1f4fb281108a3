import { Duration, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { FilterCriteria, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { FilterPattern } from '../../shared/notifications/stream-filter.ts';
import type { ApiFunction } from './api-function.ts';
import type { AppResources } from './app-resources.ts';

/**
 * A function reading the table stream the one way every consumer here does: batches of
 * 100 with partial batch failures and bisect, 5 retries within 12 h, only the records
 * `filters` let through, and an encrypted, TLS-only SQS dead-letter queue (`queueId` in
 * `scope`) as the on-failure destination. Returns that queue for alarms. The stack outputs
 * `<outputPrefix>DeadLetterQueueUrl` and `<outputPrefix>FunctionName` are what
 * `npm run ops -- redrive` needs.
 */
export function consumeTableStream(
  scope: Construct,
  queueId: string,
  consumer: ApiFunction,
  table: ITable,
  filters: readonly FilterPattern[],
  outputs: { prefix: string; add: AppResources['addOutput'] },
): Queue {
  const deadLetterQueue = new Queue(scope, queueId, {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  Validations.of(deadLetterQueue).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason:
      `This queue is itself a dead-letter queue: the on-failure destination of ${consumer.fn.node.id}'s stream ` +
      'event source mapping (cdk-nag only recognises queue redrive policies and function DeadLetterConfig as DLQ use).',
  });
  consumer.fn.addEventSource(
    new DynamoEventSource(table, {
      startingPosition: StartingPosition.LATEST,
      batchSize: 100,
      reportBatchItemFailures: true,
      bisectBatchOnError: true,
      retryAttempts: 5,
      maxRecordAge: Duration.hours(12),
      onFailure: new SqsDlq(deadLetterQueue),
      filters: filters.map((pattern) => FilterCriteria.filter({ ...pattern })),
    }),
  );
  const policy = consumer.role.node.tryFindChild('DefaultPolicy');
  if (policy) {
    Validations.of(policy).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'dynamodb:ListStreams, granted by the CDK DynamoEventSource, does not support resource-level permissions ' +
        '(it lists stream ARNs); reading the records themselves is limited to this table’s stream ARN.',
    });
  }
  outputs.add(`${outputs.prefix}DeadLetterQueueUrl`, {
    value: deadLetterQueue.queueUrl,
    description: `Dead-letter queue of ${consumer.fn.node.id}'s stream mapping (npm run ops -- redrive --queue-url)`,
  });
  outputs.add(`${outputs.prefix}FunctionName`, {
    value: consumer.fn.functionName,
    description: 'The stream consumer that npm run ops -- redrive invokes (--function)',
  });
  return deadLetterQueue;
}
