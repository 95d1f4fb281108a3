import { Aws, Duration } from 'aws-cdk-lib';
import type { IHttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  Metric,
  Stats,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { type ITable, Operation } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { SECRET_UNAVAILABLE_METRIC } from '../../shared/platform/config/secrets.ts';
import { METRIC_NAMESPACE } from '../../shared/platform/metrics.ts';

/** Operations the code uses (there are at most 10 metrics in one alarm's math expression). */
const TABLE_OPERATIONS = [
  Operation.GET_ITEM,
  Operation.BATCH_GET_ITEM,
  Operation.QUERY,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.DELETE_ITEM,
  Operation.TRANSACT_WRITE_ITEMS,
  Operation.TRANSACT_GET_ITEMS,
];

export const ALARM_PERIOD = Duration.minutes(5);

export interface AlarmSpec {
  readonly metric: IMetric;
  readonly description: string;
  /** Alarm when the metric is ≥ this (default 1). */
  readonly threshold?: number;
}

const CLOUDWATCH = new ServicePrincipal('cloudwatch.amazonaws.com');

/**
 * The one SNS topic every alarm of the app notifies (ALARM and OK), in whichever stack the
 * alarm lives. Encrypted with a customer-managed key (CloudWatch cannot publish to a topic
 * under the AWS-managed SNS key) and refusing non-TLS publishes.
 *
 * `enforceSSL` creates a topic policy, and a topic policy replaces SNS's default one, so
 * CloudWatch must be allowed to publish explicitly — without that statement every alarm
 * action fails with "no resource-based policy allows the SNS:Publish action". Both the
 * topic policy and the key policy admit CloudWatch only on behalf of alarms of this account.
 */
export class AlarmTopic extends Construct {
  readonly key: Key;
  readonly topic: Topic;
  private readonly action: SnsAction;

  constructor(scope: Construct, id: string, props: { email?: string } = {}) {
    super(scope, id);
    const fromOurAlarms = {
      StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
      ArnLike: { 'aws:SourceArn': `arn:${Aws.PARTITION}:cloudwatch:${Aws.REGION}:${Aws.ACCOUNT_ID}:alarm:*` },
    };

    this.key = new Key(this, 'TopicKey', {
      description: 'Encrypts the orgs alarm topic',
      enableKeyRotation: true,
    });
    this.key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchAlarmsPublishToTheAlarmTopic',
        principals: [CLOUDWATCH],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'], // in a key policy, "*" is this key
        conditions: fromOurAlarms,
      }),
    );

    this.topic = new Topic(this, 'Topic', {
      masterKey: this.key,
      enforceSSL: true,
      displayName: 'orgs alarms',
    });
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchAlarmsPublish',
        principals: [CLOUDWATCH],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: fromOurAlarms,
      }),
    );
    if (props.email) this.topic.addSubscription(new EmailSubscription(props.email));
    this.action = new SnsAction(this.topic);
  }

  /** An alarm in `scope` (any stack of the app) on "metric ≥ threshold" over one period. */
  add(scope: Construct, id: string, spec: AlarmSpec): Alarm {
    const alarm = new Alarm(scope, id, {
      metric: spec.metric,
      threshold: spec.threshold ?? 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: spec.description,
    });
    alarm.addAlarmAction(this.action);
    alarm.addOkAction(this.action);
    return alarm;
  }

  /** Errors and throttles of one function, beside it (in its stack). */
  addFunctionAlarms(scope: Construct, fnId: string, fn: IFunction): Alarm[] {
    return [
      this.add(scope, `${fnId}Errors`, {
        metric: fn.metricErrors({ period: ALARM_PERIOD, statistic: Stats.SUM }),
        description: `${fnId}: the function failed (unhandled error or timeout)`,
      }),
      this.add(scope, `${fnId}Throttles`, {
        metric: fn.metricThrottles({ period: ALARM_PERIOD, statistic: Stats.SUM }),
        description: `${fnId}: invocations throttled (account or reserved concurrency reached)`,
      }),
    ];
  }
}

/** Alarms on what the whole app shares: table throttling and system errors, a missing secret, API 5xx. */
export class SharedAlarms extends Construct {
  constructor(
    scope: Construct,
    id: string,
    props: { topic: AlarmTopic; table: ITable; apiStage: IHttpStage },
  ) {
    super(scope, id);
    const { topic, table } = props;
    topic.add(this, 'TableThrottles', {
      metric: table.metricThrottledRequestsForOperations({
        operations: TABLE_OPERATIONS,
        period: ALARM_PERIOD,
      }),
      description: 'DynamoDB throttled requests on the orgs table',
    });
    topic.add(this, 'TableSystemErrors', {
      metric: table.metricSystemErrorsForOperations({ operations: TABLE_OPERATIONS, period: ALARM_PERIOD }),
      description: 'DynamoDB returned 5xx (system errors) for the orgs table',
    });
    topic.add(this, 'SecretUnavailable', {
      metric: new Metric({
        namespace: METRIC_NAMESPACE,
        metricName: SECRET_UNAVAILABLE_METRIC,
        period: ALARM_PERIOD,
        statistic: Stats.SUM,
      }),
      description:
        'A function needed a value of the AppSecrets secret that is not set (requests answered 503): set it, see README "Deploy"',
    });
    // Counted by the Stripe webhook (an embedded-metric log line) for each event it acknowledged
    // without applying because Stripe refused a call it needs (e.g. resource_missing).
    topic.add(this, 'StripeEventsDropped', {
      metric: new Metric({
        namespace: METRIC_NAMESPACE,
        metricName: 'StripeEventsDropped',
        period: ALARM_PERIOD,
        statistic: Stats.SUM,
      }),
      description:
        'A signed Stripe event was acknowledged but not applied (Stripe refused a call it needs): see the warning log with its event id',
    });
    topic.add(this, 'Api5xx', {
      metric: props.apiStage.metricServerError({ period: ALARM_PERIOD, statistic: Stats.SUM }),
      description:
        'The HTTP API answered 5xx (handlers map every known failure to 4xx, so 5xx is a bug or an outage)',
    });
  }
}
