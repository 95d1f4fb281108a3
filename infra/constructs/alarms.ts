import { Duration } from 'aws-cdk-lib';
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
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { METRIC_NAMESPACE } from '../../shared/http/metrics.ts';

export interface AlarmsProps {
  /** Every function, by its route-table id. */
  readonly functions: ReadonlyMap<string, IFunction>;
  /** Failed stream batches end up here. */
  readonly deadLetterQueue: IQueue;
  readonly table: ITable;
  readonly apiStage: IHttpStage;
  /** The stream consumer, for an iterator-age alarm (the stream falling behind). */
  readonly streamConsumer?: IFunction;
  /** Optional address subscribed to the alarm topic. */
  readonly email?: string;
}

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

const PERIOD = Duration.minutes(5);

/**
 * Alarms on what means "someone should look": function errors and throttles, anything in
 * the stream DLQ, table throttling and system errors, API 5xx. All notify one SNS topic,
 * encrypted with a customer-managed key (CloudWatch cannot publish to a topic under the
 * AWS-managed SNS key) that CloudWatch may use, and refusing non-TLS publishes.
 */
export class Alarms extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);

    const key = new Key(this, 'TopicKey', {
      description: 'Encrypts the orgs alarm topic',
      enableKeyRotation: true,
    });
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.topic = new Topic(this, 'Topic', { masterKey: key, enforceSSL: true, displayName: 'orgs alarms' });
    if (props.email) this.topic.addSubscription(new EmailSubscription(props.email));
    const action = new SnsAction(this.topic);

    const add = (alarmId: string, metric: IMetric, description: string, threshold = 1) => {
      const alarm = new Alarm(this, alarmId, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
      this.alarms.push(alarm);
      return alarm;
    };

    for (const [fnId, fn] of props.functions) {
      add(
        `${fnId}Errors`,
        fn.metricErrors({ period: PERIOD, statistic: Stats.SUM }),
        `${fnId}: the function failed (unhandled error or timeout)`,
      );
      add(
        `${fnId}Throttles`,
        fn.metricThrottles({ period: PERIOD, statistic: Stats.SUM }),
        `${fnId}: invocations throttled (account or reserved concurrency reached)`,
      );
    }

    if (props.streamConsumer) {
      add(
        'StreamIteratorAge',
        props.streamConsumer.metric('IteratorAge', { period: PERIOD, statistic: Stats.MAXIMUM }),
        'notify is more than 15 minutes behind the table stream',
        Duration.minutes(15).toMilliseconds(),
      );
    }

    // "> 0": one message is one stream batch that exhausted its retries (emails not sent).
    add(
      'DeadLetterQueueNotEmpty',
      props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(1),
        statistic: Stats.MAXIMUM,
      }),
      'Stream records failed every retry and were sent to the DLQ (their notifications were not sent)',
    );

    add(
      'TableThrottles',
      props.table.metricThrottledRequestsForOperations({ operations: TABLE_OPERATIONS, period: PERIOD }),
      'DynamoDB throttled requests on the orgs table',
    );
    add(
      'TableSystemErrors',
      props.table.metricSystemErrorsForOperations({ operations: TABLE_OPERATIONS, period: PERIOD }),
      'DynamoDB returned 5xx (system errors) for the orgs table',
    );

    // Counted by the Stripe webhook (an embedded-metric log line) for each event it acknowledged
    // without applying, because Stripe refused a call it needed (e.g. resource_missing).
    add(
      'StripeEventsDropped',
      new Metric({
        namespace: METRIC_NAMESPACE,
        metricName: 'StripeEventsDropped',
        period: PERIOD,
        statistic: Stats.SUM,
      }),
      'A signed Stripe event was acknowledged but not applied (Stripe refused a call it needs): check the warning log with its event id',
    );

    add(
      'Api5xx',
      props.apiStage.metricServerError({ period: PERIOD, statistic: Stats.SUM }),
      'The HTTP API answered 5xx (handlers map every known failure to 4xx, so 5xx is a bug or an outage)',
    );
  }
}
