import Stripe from 'stripe';
import { StripeCallFailed } from '../../../shared/billing/stripe-client.ts';
import { wellFormedEvent } from '../../../shared/billing/stripe-event-shape.ts';
import { applyStripeEvent } from '../../../shared/billing/stripe-events.ts';
import { secret } from '../../../shared/platform/config/secrets.ts';
import { ApiError } from '../../../shared/platform/errors.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { logger } from '../../../shared/platform/logger.ts';
import { countedMetric } from '../../../shared/platform/metrics.ts';
import { billingRoutes } from './routes.ts';

/** Stripe's default tolerance: an older signed timestamp is a replay. */
const TOLERANCE_SECONDS = 300;
/** Counted once per acknowledged event whose effect could not be applied (alarmed in CDK). */
export const DROPPED_EVENTS_METRIC = 'StripeEventsDropped';

async function webhookSecret(): Promise<string> {
  try {
    return await secret('stripeWebhookSecret');
  } catch (error) {
    // not the sender's fault: 5xx so that Stripe retries once the secret is readable again
    logger.error('stripe webhook secret unavailable: events cannot be verified', { error });
    throw new ApiError('UNAVAILABLE', 'Webhook verification is temporarily unavailable.', {
      headers: { 'retry-after': '60' },
    });
  }
}

export const handler = route(billingRoutes.receiveStripeEvent, async ({ event, headers }) => {
  const signature = headers['stripe-signature'];
  const raw = event.body
    ? event.isBase64Encoded
      ? Buffer.from(event.body, 'base64').toString('utf8')
      : event.body
    : '';
  if (!signature) throw new ApiError('WEBHOOK_SIGNATURE_INVALID', 'The Stripe-Signature header is missing.');
  const key = await webhookSecret();
  let parsed: unknown;
  try {
    parsed = Stripe.webhooks.constructEvent(raw, signature, key, TOLERANCE_SECONDS);
  } catch {
    throw new ApiError('WEBHOOK_SIGNATURE_INVALID', 'The Stripe signature does not verify (or is too old).');
  }
  const stripeEvent = wellFormedEvent(parsed);
  try {
    const outcome = await applyStripeEvent(stripeEvent);
    return { body: { received: true, duplicate: outcome === 'duplicate', ignored: outcome === 'ignored' } };
  } catch (error) {
    // Stripe answers the same refusal however often it is asked: acknowledge, so it stops retrying
    if (!(error instanceof StripeCallFailed) || !error.permanent) throw error;
    logger.warn('stripe event dropped: Stripe refused a call it needs', {
      eventId: stripeEvent.id,
      type: stripeEvent.type,
      stripeCode: error.stripeCode,
      ...countedMetric(DROPPED_EVENTS_METRIC),
    });
    return { body: { received: true, duplicate: false, ignored: true } };
  }
});
