import { Duration, Validations } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  Metric,
  Stats,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { FilterPattern, MetricFilter } from 'aws-cdk-lib/aws-logs';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { backgroundFunctions, type FunctionDef } from '../routes.ts';
import type { ApiFunction } from './api-function.ts';
import { indexNames } from './table.ts';

export interface WebhooksProps {
  readonly table: ITable;
  /** the stack's function factory (defaults, grants from the def) */
  readonly makeFunction: (
    def: FunctionDef,
    description: string,
    extra?: { timeout?: Duration },
  ) => ApiFunction;
  /** every function of the stack so far (the routes): those whose def `invokes` the deliverer get the grant */
  readonly functions: ReadonlyMap<string, ApiFunction>;
}

/** The item types the webhook events come from (`shared/webhooks/events.ts`). */
const SOURCE_TYPES = ['invitation', 'member', 'org'];

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
  private readonly metrics: { id: string; metric: IMetric; description: string; threshold: number }[] = [];

  constructor(scope: Construct, id: string, props: WebhooksProps) {
    super(scope, id);
    // the stack's functions before these three are added to the same map
    const others = [...props.functions.values()];
    const { webhookDeliver, webhookEvents, webhookDispatcher } = backgroundFunctions;
    // 10 s per attempt, plus the reads and writes around it
    this.deliverer = props.makeFunction(
      webhookDeliver,
      'One webhook delivery attempt (reads the signing secret)',
      {
        timeout: Duration.seconds(30),
      },
    );
    this.deliverer.fn.configureAsyncInvoke({ retryAttempts: 0, maxEventAge: Duration.hours(1) });
    this.consumer = props.makeFunction(webhookEvents, 'Table stream → webhook deliveries', {
      timeout: Duration.seconds(60),
    });
    this.dispatcher = props.makeFunction(webhookDispatcher, 'Due webhook deliveries → deliverer', {
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
            props.table.tableArn,
            ...indexNames.map((name) => `${props.table.tableArn}/index/${name}`),
          ],
          conditions: { 'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': ['WEBHOOK_SECRET#*'] } },
        }),
      );
    }

    this.deadLetterQueue = new Queue(this, 'EventsDeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself a dead-letter queue: the on-failure destination of the webhook events stream event ' +
        'source mapping (cdk-nag only recognises queue redrive policies and function DeadLetterConfig as DLQ use).',
    });
    this.consumer.fn.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.LATEST,
        batchSize: 100,
        reportBatchItemFailures: true,
        bisectBatchOnError: true,
        retryAttempts: 5,
        maxRecordAge: Duration.hours(12),
        onFailure: new SqsDlq(this.deadLetterQueue),
        // only records that can be events reach the function (never secrets, deliveries, audit entries)
        filters: [
          FilterCriteria.filter({ dynamodb: { NewImage: { type: { S: FilterRule.or(...SOURCE_TYPES) } } } }),
          FilterCriteria.filter({ dynamodb: { OldImage: { type: { S: FilterRule.or(...SOURCE_TYPES) } } } }),
          FilterCriteria.filter({ dynamodb: { Keys: { SK: { S: FilterRule.beginsWith('APIKEY#') } } } }),
        ],
      }),
    );
    const consumerPolicy = this.consumer.role.node.tryFindChild('DefaultPolicy');
    if (consumerPolicy) {
      Validations.of(consumerPolicy).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'dynamodb:ListStreams, granted by the CDK DynamoEventSource, does not support resource-level permissions ' +
          '(it lists stream ARNs); reading the records themselves is limited to this table’s stream ARN.',
      });
    }
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
    this.metrics.push(
      {
        id: 'WebhookDeliveriesFailed',
        metric: new Metric({
          namespace: 'orgs',
          metricName: 'WebhookDeliveriesFailed',
          period: Duration.minutes(5),
          statistic: Stats.SUM,
        }),
        description:
          'Webhook deliveries ended failed (every retry exhausted, or the endpoint was disabled/deleted)',
        threshold: 1,
      },
      {
        id: 'WebhookEventsDeadLetters',
        metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
          period: Duration.minutes(1),
          statistic: Stats.MAXIMUM,
        }),
        description: 'Stream records whose webhook deliveries could not be created went to the DLQ',
        threshold: 1,
      },
      {
        id: 'WebhookEventsIteratorAge',
        metric: this.consumer.fn.metric('IteratorAge', {
          period: Duration.minutes(5),
          statistic: Stats.MAXIMUM,
        }),
        description: 'The webhook events consumer is more than 5 minutes behind the table stream',
        threshold: Duration.minutes(5).toMilliseconds(),
      },
    );
  }

  /** The webhook alarms, notifying `topic` (the stack's alarm topic). Dispatcher errors: the per-function alarms. */
  alarmTo(topic: ITopic): Alarm[] {
    const action = new SnsAction(topic);
    return this.metrics.map(({ id, metric, description, threshold }) => {
      const alarm = new Alarm(this, `${id}Alarm`, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
      return alarm;
    });
  }
}
