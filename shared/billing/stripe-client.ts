import Stripe from 'stripe';
import { secret } from '../config/secrets.ts';
import { ApiError } from '../http/errors.ts';

let current: { key: string; client: Stripe } | undefined;

/**
 * The Stripe SDK, created once per container and again when the key changes (the secret is
 * re-read every few minutes, so a rotated key is picked up). `STRIPE_API_BASE` (local stack
 * and tests) points it at the Stripe emulator through the SDK's own host/port/protocol
 * options; unset, it talks to api.stripe.com.
 */
export async function stripe(): Promise<Stripe> {
  const key = await secret('stripeSecretKey');
  if (current?.key !== key) current = { key, client: createStripe(key) };
  return current.client;
}

function createStripe(key: string): Stripe {
  const base = process.env.STRIPE_API_BASE ? new URL(process.env.STRIPE_API_BASE) : undefined;
  return new Stripe(key, {
    maxNetworkRetries: 2,
    timeout: 10_000,
    ...(base
      ? {
          host: base.hostname,
          port: base.port || (base.protocol === 'https:' ? 443 : 80),
          protocol: base.protocol.replace(':', '') as 'http' | 'https',
        }
      : {}),
  });
}

/** Runs a Stripe call; Stripe being down or refusing becomes 502 BAD_GATEWAY, never a 500 with its message. */
export async function callStripe<T>(call: (client: Stripe) => Promise<T>): Promise<T> {
  const client = await stripe();
  try {
    return await call(client);
  } catch (error) {
    if (error instanceof Stripe.errors.StripeError) {
      throw new ApiError('BAD_GATEWAY', 'The payment provider did not accept the request. Try again later.');
    }
    throw error;
  }
}
