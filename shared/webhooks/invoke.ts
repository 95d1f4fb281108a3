import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { awsClient } from '../platform/aws-clients.ts';
import { env } from '../platform/config/env.ts';
import { delivererFunction } from './config.ts';
import type { DeliveryRef } from './deliveries.ts';
import { webhookLogger as logger } from './logger.ts';

let client: LambdaClient | undefined;

/** One client per container; `LAMBDA_ENDPOINT` points it at the local stack's Lambda endpoint. */
function lambda(): LambdaClient {
  client ??= awsClient('lambda', new LambdaClient({ endpoint: env().LAMBDA_ENDPOINT, maxAttempts: 3 }));
  return client;
}

export interface DeliverPayload {
  deliveries: DeliveryRef[];
}

/**
 * Starts each delivery's attempt in its own asynchronous invocation of the deliverer,
 * so a hanging endpoint holds only its own invocation, never the caller or other
 * endpoints. A hand-off that fails is logged, not thrown: the delivery is due in the
 * due-time index and the dispatcher's next run picks it up.
 */
export async function handOff(refs: DeliveryRef[]): Promise<number> {
  const results = await Promise.allSettled(
    refs.map((ref) =>
      lambda().send(
        new InvokeCommand({
          FunctionName: delivererFunction(),
          InvocationType: 'Event',
          Payload: JSON.stringify({ deliveries: [ref] } satisfies DeliverPayload),
        }),
      ),
    ),
  );
  const failed = results.filter((result) => result.status === 'rejected');
  if (failed.length > 0) {
    logger.warn('webhook hand-off failed; the dispatcher will pick these up', {
      failed: failed.length,
      error: (failed[0] as PromiseRejectedResult).reason,
    });
  }
  return refs.length - failed.length;
}

/** Runs one attempt now and waits for its outcome (the test route): the API never reads a secret itself. */
export async function deliverNow<T>(ref: DeliveryRef): Promise<T | null> {
  const response = await lambda().send(
    new InvokeCommand({
      FunctionName: delivererFunction(),
      InvocationType: 'RequestResponse',
      Payload: JSON.stringify({ deliveries: [ref] } satisfies DeliverPayload),
    }),
  );
  if (response.FunctionError) throw new Error(`webhook deliverer failed: ${response.FunctionError}`);
  const body = JSON.parse(Buffer.from(response.Payload ?? new Uint8Array()).toString('utf8') || '{}') as {
    deliveries?: (T | null)[];
  };
  return body.deliveries?.[0] ?? null;
}
