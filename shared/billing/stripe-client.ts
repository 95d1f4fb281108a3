import Stripe from 'stripe';
import { stripeBudget } from '../platform/config/budgets.ts';
import { env } from '../platform/config/env.ts';
import { secret } from '../platform/config/secrets.ts';
import { unavailable } from '../platform/dependency-faults.ts';
import { ApiError } from '../platform/errors.ts';

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
  const apiBase = env().STRIPE_API_BASE;
  const base = apiBase ? new URL(apiBase) : undefined;
  const budget = stripeBudget();
  return new Stripe(key, {
    maxNetworkRetries: budget.maxNetworkRetries,
    timeout: budget.timeoutMs,
    ...(base
      ? {
          host: base.hostname,
          port: base.port || (base.protocol === 'https:' ? 443 : 80),
          protocol: base.protocol.replace(':', '') as 'http' | 'https',
        }
      : {}),
  });
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

/**
 * Runs a Stripe call. Stripe unreachable, slower than its budget, rate limiting or failing
 * on its side is 503 UNAVAILABLE (retry later); Stripe refusing the request is 502
 * BAD_GATEWAY. Never a 500 with its message.
 */
export async function callStripe<T>(call: (client: Stripe) => Promise<T>): Promise<T> {
  const client = await stripe();
  try {
    return await call(client);
  } catch (error) {
    if (error instanceof Stripe.errors.StripeConnectionError) throw unavailable('unreachable');
    if (
      error instanceof Stripe.errors.StripeRateLimitError ||
      error instanceof Stripe.errors.StripeAPIError
    ) {
      throw unavailable('busy');
    }
    if (error instanceof Stripe.errors.StripeError) {
      throw new StripeCallFailed(isPermanent(error), error.code);
    }
    throw error;
  }
}
