import { Duration } from 'aws-cdk-lib';
import { Metric, Stats } from 'aws-cdk-lib/aws-cloudwatch';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { FilterPattern, MetricFilter } from 'aws-cdk-lib/aws-logs';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { backgroundFunctions } from '../../functions/background.ts';
import { webhookRecordFilters } from '../../shared/webhooks/stream-filter.ts';
import { tableIndexes } from '../table.ts';
import type { ApiFunction } from './api-function.ts';
import type { AreaStack } from './area-stack.ts';
import { consumeTableStream } from './table-stream-consumer.ts';

/**
 * Webhook delivery, deployed: the stream consumer (its own event source mapping with
 * filter criteria and a DLQ), the deliverer (the only reader of webhook secrets, invoked
 * asynchronously per delivery), the dispatcher on a one-minute schedule, the grants
 * between them, and alarms on failed deliveries and on the consumer's DLQ.
 */
export class Webhooks extends Construct {
  readonly deliverer: ApiFunction;
  readonly consumer: ApiFunction;
  readonly dispatcher: ApiFunction;
  readonly deadLetterQueue: Queue;

  constructor(area: AreaStack, id: string) {
    super(area, id);
    const { table, alarmTopic } = area.resources;
    // every function of the app so far (all areas), before these three join the same map
    const others = [...area.resources.functions.values()];
    const { webhookDeliver, webhookEvents, webhookDispatcher } = backgroundFunctions;
    // 10 s per attempt, plus the reads and writes around it
    this.deliverer = area.addFunction(webhookDeliver, {
      description: 'One webhook delivery attempt (reads the signing secret)',
      timeout: Duration.seconds(30),
    });
    this.deliverer.fn.configureAsyncInvoke({ retryAttempts: 0, maxEventAge: Duration.hours(1) });
    this.consumer = area.addFunction(webhookEvents, {
      description: 'Table stream → webhook deliveries',
      timeout: Duration.seconds(60),
    });
    this.dispatcher = area.addFunction(webhookDispatcher, {
      description: 'Due webhook deliveries → deliverer',
      timeout: Duration.seconds(60),
    });

    // who may invoke the deliverer: exactly the defs that say so (no `:*` qualifier)
    const invokers = [...others, this.consumer, this.dispatcher].filter((fn) =>
      fn.def.invokes?.includes('webhookDeliver'),
    );
    for (const fn of invokers) {
      fn.fn.addEnvironment('WEBHOOK_DELIVER_FUNCTION', this.deliverer.fn.functionName);
      fn.role.addToPrincipalPolicy(
        new PolicyStatement({
          actions: ['lambda:InvokeFunction'],
          resources: [this.deliverer.fn.functionArn],
        }),
      );
    }

    // secrets: no function but the deliverer may read a `WEBHOOK_SECRET#` item
    for (const fn of [...others, this.consumer, this.dispatcher]) {
      fn.role.addToPrincipalPolicy(
        new PolicyStatement({
          effect: Effect.DENY,
          actions: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:Scan'],
          resources: [
            table.tableArn,
            ...tableIndexes.map((index) => `${table.tableArn}/index/${index.name}`),
          ],
          conditions: { 'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': ['WEBHOOK_SECRET#*'] } },
        }),
      );
    }

    // only records that can be events reach the consumer (never secrets, deliveries, audit entries)
    this.deadLetterQueue = consumeTableStream(
      this,
      'EventsDeadLetterQueue',
      this.consumer,
      table,
      webhookRecordFilters,
      { prefix: 'WebhookEvents', add: area.resources.addOutput },
    );
    new Rule(this, 'DispatcherSchedule', {
      description: 'Hands due webhook deliveries (retries) to the deliverer',
      schedule: Schedule.rate(Duration.minutes(1)),
      targets: [new LambdaFunction(this.dispatcher.fn, { retryAttempts: 2 })],
    });

    // failed deliveries: the deliverer logs each attempt; a metric counts those that end `failed`
    new MetricFilter(this, 'FailedDeliveries', {
      logGroup: this.deliverer.logGroup,
      metricNamespace: 'orgs',
      metricName: 'WebhookDeliveriesFailed',
      filterPattern: FilterPattern.all(
        FilterPattern.stringValue('$.message', '=', 'webhook attempt'),
        FilterPattern.stringValue('$.status', '=', 'failed'),
      ),
      metricValue: '1',
    });
    alarmTopic.add(this, 'WebhookDeliveriesFailed', {
      metric: new Metric({
        namespace: 'orgs',
        metricName: 'WebhookDeliveriesFailed',
        period: Duration.minutes(5),
        statistic: Stats.SUM,
      }),
      description:
        'Webhook deliveries ended failed (every retry exhausted, or the endpoint was disabled/deleted)',
    });
    alarmTopic.add(this, 'WebhookEventsDeadLetters', {
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(1),
        statistic: Stats.MAXIMUM,
      }),
      description: 'Stream records whose webhook deliveries could not be created went to the DLQ',
    });
    alarmTopic.add(this, 'WebhookEventsIteratorAge', {
      metric: this.consumer.fn.metric('IteratorAge', {
        period: Duration.minutes(5),
        statistic: Stats.MAXIMUM,
      }),
      description: 'The webhook events consumer is more than 5 minutes behind the table stream',
      threshold: Duration.minutes(5).toMilliseconds(),
    });
  }
}
