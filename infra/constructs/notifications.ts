import { Duration, Stack } from 'aws-cdk-lib';
import { Stats } from 'aws-cdk-lib/aws-cloudwatch';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { backgroundFunctions } from '../../functions/background.ts';
import { notifyRecordFilters } from '../../shared/notifications/stream-filter.ts';
import type { ApiFunction } from './api-function.ts';
import type { AreaStack } from './area-stack.ts';
import { consumeTableStream } from './table-stream-consumer.ts';

/**
 * Table stream → notify → SES: the notify function, its event source mapping (partial batch
 * failures, bisect, an SQS on-failure destination), its SES send permission, and alarms on
 * the dead-letter queue and on the stream falling behind.
 */
export class Notifications extends Construct {
  readonly fn: ApiFunction;
  readonly deadLetterQueue: Queue;

  constructor(area: AreaStack, id: string) {
    super(area, id);
    const { table, alarmTopic, sender, addOutput } = area.resources;

    this.fn = area.addFunction(backgroundFunctions.notify, {
      description: 'Table stream → notification emails (SES)',
      timeout: Duration.seconds(60),
    });
    // only records that can notify invoke it (shared/notifications/stream-filter.ts)
    this.deadLetterQueue = consumeTableStream(
      this,
      'NotifyDeadLetterQueue',
      this.fn,
      table,
      notifyRecordFilters,
      { prefix: 'Notify', add: addOutput },
    );
    // SES authorizes sends on the sending identity: the verified domain of EMAIL_FROM, or
    // the address itself when only that address is verified. (In the SES sandbox the
    // recipients are verified identities too and must be added here.)
    const stack = Stack.of(this);
    if (!this.fn.def.sendsEmail)
      throw new Error('Notifications: the notify definition must declare sendsEmail');
    this.fn.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail', 'ses:SendRawEmail'],
        resources: [sender.domain, sender.address].map((identity) =>
          stack.formatArn({ service: 'ses', resource: 'identity', resourceName: identity }),
        ),
      }),
    );
    alarmTopic.add(this, 'StreamIteratorAge', {
      metric: this.fn.fn.metric('IteratorAge', { period: Duration.minutes(5), statistic: Stats.MAXIMUM }),
      description: 'notify is more than 15 minutes behind the table stream',
      threshold: Duration.minutes(15).toMilliseconds(),
    });
    // "≥ 1": one message is one stream batch that exhausted its retries (emails not sent).
    alarmTopic.add(this, 'DeadLetterQueueNotEmpty', {
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(1),
        statistic: Stats.MAXIMUM,
      }),
      description:
        'Stream records failed every retry and were sent to the DLQ (their notifications were not sent)',
    });
  }
}
