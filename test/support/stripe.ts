import Stripe from 'stripe';
import { expect, inject } from 'vitest';
import type { Address } from '../../shared/billing/billing.ts';
import { apiUrl } from './http.ts';

/** The real Stripe SDK pointed at the emulator (any `sk_` key works there). */
export function stripeSdk(key = 'sk_test_suite'): Stripe {
  const url = new URL(inject('stack').stripeUrl);
  return new Stripe(key, {
    host: url.hostname,
    port: Number(url.port),
    protocol: 'http',
    maxNetworkRetries: 0,
  });
}

/** An address as Stripe keeps it: every field, those not given null. */
export const stripeAddress = (address: Address) => ({
  line1: address.line1,
  line2: address.line2 ?? null,
  city: address.city,
  state: address.state ?? null,
  postal_code: address.postalCode,
  country: address.country,
});

/** Signs an event as Stripe does, with the stack's webhook secret, and POSTs it; expects 200. */
export async function deliverSignedEvent(
  type: string,
  object: Record<string, unknown>,
  options: { id?: string; createdSecondsAgo?: number } = {},
) {
  const payload = JSON.stringify({
    id: options.id ?? `evt_${crypto.randomUUID().replaceAll('-', '')}`,
    object: 'event',
    type,
    created: Math.floor(Date.now() / 1000) - (options.createdSecondsAgo ?? 0),
    livemode: false,
    data: { object },
  });
  const secret = inject('stack').env.STRIPE_WEBHOOK_SECRET ?? '';
  const response = await fetch(`${apiUrl()}/webhooks/stripe`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload, secret }),
    },
    body: payload,
  });
  expect(response.status).toBe(200);
  return response.json();
}

/**
 * The emulator's first attempt of a confirm's webhook: accepted (200), or refused with 503 when a
 * machine loaded past the handler's deadline made it give up — Stripe (and the emulator, 200 ms
 * later) retries that, so the caller waits for the outcome. Anything else (a 400 for a bad
 * signature, a 500) fails.
 */
export function expectFirstAttemptAcceptedOrRetried(webhook: { deliveries: { status: number }[] }) {
  expect([200, 503], JSON.stringify(webhook)).toContain(webhook.deliveries[0]?.status);
}
