import Stripe from 'stripe';
import { secret } from '../config/secrets.ts';
import { ApiError } from '../http/errors.ts';

let client: Promise<Stripe> | undefined;

/**
 * The Stripe SDK, created once per container. `STRIPE_API_BASE` (local stack and
 * tests) points it at the Stripe emulator through the SDK's own host/port/protocol
 * options; unset, it talks to api.stripe.com.
 */
export function stripe(): Promise<Stripe> {
  client ??= secret('stripeSecretKey').then((key) => {
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
  });
  return client;
}

/**
 * A Stripe call that failed. `permanent`: Stripe refused the request itself (an
 * unknown or deleted object such as `resource_missing`, invalid parameters), so
 * asking again gives the same answer. Otherwise (network, Stripe 5xx, 429, our key
 * refused) a later attempt can succeed.
 */
export class StripeCallFailed extends ApiError {
  constructor(
    readonly permanent: boolean,
    readonly stripeCode: string | undefined,
  ) {
    super('BAD_GATEWAY', 'The payment provider did not accept the request. Try again later.');
  }
}

const isPermanent = (error: InstanceType<typeof Stripe.errors.StripeError>) =>
  error instanceof Stripe.errors.StripeInvalidRequestError ||
  error instanceof Stripe.errors.StripeCardError ||
  error instanceof Stripe.errors.StripeIdempotencyError;

/** Runs a Stripe call; Stripe being down or refusing becomes 502 BAD_GATEWAY, never a 500 with its message. */
export async function callStripe<T>(call: (client: Stripe) => Promise<T>): Promise<T> {
  const client = await stripe();
  try {
    return await call(client);
  } catch (error) {
    if (error instanceof Stripe.errors.StripeError) {
      throw new StripeCallFailed(isPermanent(error), error.code);
    }
    throw error;
  }
}
