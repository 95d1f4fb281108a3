import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import Stripe from 'stripe';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DROPPED_EVENTS_METRIC, handler } from '../../functions/http/billing/receive-stripe-event.ts';
import { resetEnvForTests } from '../../shared/platform/config/env.ts';
import { countedMetric } from '../../shared/platform/metrics.ts';

process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';

const context = { functionName: 'stripeWebhook', awsRequestId: 'r1', getRemainingTimeInMillis: () => 10_000 };

function webhookEvent(body: string, signature: string): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: 'POST /webhooks/stripe',
    rawPath: '/webhooks/stripe',
    rawQueryString: '',
    headers: { 'content-type': 'application/json', 'stripe-signature': signature },
    requestContext: {
      accountId: '1',
      apiId: 'api',
      domainName: 'api.example.com',
      domainPrefix: 'api',
      http: {
        method: 'POST',
        path: '/webhooks/stripe',
        protocol: 'HTTP/1.1',
        sourceIp: '1.2.3.4',
        userAgent: 'Stripe',
      },
      requestId: 'req-1',
      routeKey: 'POST /webhooks/stripe',
      stage: '$default',
      time: '',
      timeEpoch: 0,
    },
    body,
    isBase64Encoded: false,
  };
}

describe('POST /webhooks/stripe when the webhook secret cannot be read', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    resetEnvForTests();
  });

  it.each([['an empty placeholder and no secrets ARN', { STRIPE_WEBHOOK_SECRET: '', APP_SECRETS_ARN: '' }]])(
    '%s is 503 UNAVAILABLE with Retry-After, not WEBHOOK_SIGNATURE_INVALID',
    async (_, env) => {
      for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
      // the handler's module parsed the environment when it was imported
      resetEnvForTests();
      const payload = JSON.stringify({ id: 'evt_1', type: 'invoice.paid', created: 1, data: { object: {} } });
      const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: 'whsec_any' });
      const invoke = handler as unknown as (
        event: APIGatewayProxyEventV2,
        context: Context,
      ) => Promise<APIGatewayProxyStructuredResultV2>;
      const result = await invoke(webhookEvent(payload, signature), context as unknown as Context);
      expect(result.statusCode).toBe(503);
      expect(result.headers?.['retry-after']).toBe('60');
      expect(JSON.parse(result.body ?? '{}')).toMatchObject({ code: 'UNAVAILABLE' });
    },
  );
});

describe('the dropped-event metric', () => {
  it('is an embedded-metric-format count in the Orgs namespace', () => {
    const line = countedMetric(DROPPED_EVENTS_METRIC) as Record<string, unknown> & {
      _aws: { CloudWatchMetrics: { Namespace: string; Metrics: { Name: string; Unit: string }[] }[] };
    };
    expect(line[DROPPED_EVENTS_METRIC]).toBe(1);
    expect(line._aws.CloudWatchMetrics[0]).toMatchObject({
      Namespace: 'Orgs',
      Metrics: [{ Name: DROPPED_EVENTS_METRIC, Unit: 'Count' }],
    });
  });
});
