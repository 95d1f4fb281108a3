import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import type { LoadRequest } from './load-types.ts';

/**
 * `count` signed `setup_intent.setup_failed` events, each with its own id, for
 * the customers given in rotation. Signed now: send them within Stripe's 5-minute tolerance.
 */
export function setupFailedEvents(customerIds: string[], count: number, secret: string): LoadRequest[] {
  const run = randomUUID().slice(0, 8);
  const created = Math.floor(Date.now() / 1000);
  return Array.from({ length: count }, (_, i) => {
    const payload = JSON.stringify({
      id: `evt_bench_${run}_${i}`,
      object: 'event',
      api_version: '2025-01-27.acacia',
      created,
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type: 'setup_intent.setup_failed',
      data: {
        object: {
          id: `seti_bench_${run}_${i}`,
          object: 'setup_intent',
          customer: customerIds[i % customerIds.length],
          status: 'requires_payment_method',
          last_setup_error: { message: 'Your card was declined.', type: 'card_error', code: 'card_declined' },
        },
      },
    });
    return {
      method: 'POST',
      path: '/webhooks/stripe',
      headers: {
        'content-type': 'application/json',
        'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload, secret }),
      },
      body: payload,
    };
  });
}

/**
 * `count` signed events of `type`, each with its own id, carrying the given Stripe objects in
 * rotation (real ones read from the emulator, so the handler finds their org and re-reads them).
 */
export function signedEvents(
  type: string,
  objects: readonly object[],
  count: number,
  secret: string,
): LoadRequest[] {
  const run = randomUUID().slice(0, 8);
  const created = Math.floor(Date.now() / 1000);
  return Array.from({ length: count }, (_, i) => {
    const payload = JSON.stringify({
      id: `evt_bench_${type.replaceAll('.', '_')}_${run}_${i}`,
      object: 'event',
      api_version: '2025-01-27.acacia',
      created,
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
      data: { object: objects[i % objects.length] },
    });
    return {
      method: 'POST',
      path: '/webhooks/stripe',
      headers: {
        'content-type': 'application/json',
        'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload, secret }),
      },
      body: payload,
    };
  });
}
