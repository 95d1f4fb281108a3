import Stripe from 'stripe';
import { applyStripeEvent } from '../../shared/billing/webhook-events.ts';
import { secret } from '../../shared/config/secrets.ts';
import { ApiError } from '../../shared/http/errors.ts';
import { route } from '../../shared/http/route.ts';

/** Stripe's default tolerance: an older signed timestamp is a replay. */
const TOLERANCE_SECONDS = 300;

export const handler = route({ auth: false }, async ({ event, headers }) => {
  const signature = headers['stripe-signature'];
  const raw = event.body
    ? event.isBase64Encoded
      ? Buffer.from(event.body, 'base64').toString('utf8')
      : event.body
    : '';
  if (!signature) throw new ApiError('WEBHOOK_SIGNATURE_INVALID', 'The Stripe-Signature header is missing.');
  // outside the try: a secret not set yet is 503 (Stripe retries), never a signature error
  const signingSecret = await secret('stripeWebhookSecret');
  let stripeEvent: Stripe.Event;
  try {
    stripeEvent = Stripe.webhooks.constructEvent(raw, signature, signingSecret, TOLERANCE_SECONDS);
  } catch {
    throw new ApiError('WEBHOOK_SIGNATURE_INVALID', 'The Stripe signature does not verify (or is too old).');
  }
  const outcome = await applyStripeEvent(stripeEvent);
  return { body: { received: true, duplicate: outcome === 'duplicate', ignored: outcome === 'ignored' } };
});
