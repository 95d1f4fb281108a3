/** The CloudWatch namespace of the service's own metrics (embedded metric format). */
export const METRIC_NAMESPACE = 'Orgs';

/**
 * The keys that turn a structured log line into a CloudWatch metric (embedded
 * metric format, as Powertools Metrics writes it): log them with the line and
 * CloudWatch counts `name` in `METRIC_NAMESPACE`, no API call, no extra latency.
 */
export function countedMetric(name: string, count = 1): Record<string, unknown> {
  return {
    _aws: {
      Timestamp: Date.now(),
      CloudWatchMetrics: [
        { Namespace: METRIC_NAMESPACE, Dimensions: [[]], Metrics: [{ Name: name, Unit: 'Count' }] },
      ],
    },
    [name]: count,
  };
}
