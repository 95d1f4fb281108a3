import type Stripe from 'stripe';
import { logger } from '../platform/logger.ts';
import { listPlans, type Plan } from './domain/plans.ts';
import { callStripe } from './stripe-client.ts';

export interface PlanPrice {
  /** in the currency's smallest unit (cents) */
  unitAmount: number;
  currency: string;
  interval: 'day' | 'week' | 'month' | 'year';
}

export type PricedPlan = Plan & { price: PlanPrice | null };

/** After a failed read, the next request tries Stripe again no sooner than this. */
const RETRY_AFTER_FAILURE_MS = 60_000;

let cached: Map<string, PlanPrice> | undefined;
let inFlight: Promise<Map<string, PlanPrice>> | undefined;
let failedAt = Number.NEGATIVE_INFINITY;

const INTERVALS: readonly string[] = ['day', 'week', 'month', 'year'] satisfies PlanPrice['interval'][];

const toPlanPrice = (price: Stripe.Price): PlanPrice | undefined => {
  const interval = price.recurring?.interval;
  if (price.unit_amount === null || !interval || !INTERVALS.includes(interval)) return undefined;
  return {
    unitAmount: price.unit_amount,
    currency: price.currency,
    interval: interval as PlanPrice['interval'],
  };
};

/** One list call; a configured price the list did not hold (an account with many prices) is read alone. */
async function readPrices(priceIds: string[]): Promise<Map<string, PlanPrice>> {
  const listed = await callStripe((client) => client.prices.list({ active: true, limit: 100 }));
  const byId = new Map(listed.data.map((price) => [price.id, price]));
  const missing = priceIds.filter((id) => !byId.has(id));
  for (const price of await Promise.all(
    missing.map((id) => callStripe((client) => client.prices.retrieve(id))),
  ))
    byId.set(price.id, price);
  const prices = new Map<string, PlanPrice>();
  for (const id of priceIds) {
    const price = byId.get(id);
    const planPrice = price && toPlanPrice(price);
    if (planPrice) prices.set(id, planPrice);
  }
  return prices;
}

/**
 * The plans with their prices as Stripe holds them. Prices are read from Stripe once per container
 * (a price's amount never changes at Stripe: a new amount is a new price id, i.e. a new deployment),
 * so a request costs no Stripe call. Stripe unreachable: `price` is null, and a later request retries.
 */
export async function listPricedPlans(now = Date.now()): Promise<PricedPlan[]> {
  const plans = listPlans();
  const priceIds = plans.flatMap((plan) => (plan.priceId ? [plan.priceId] : []));
  if (!cached && priceIds.length > 0 && now - failedAt >= RETRY_AFTER_FAILURE_MS) {
    inFlight ??= readPrices(priceIds);
    try {
      cached = await inFlight;
    } catch (error) {
      failedAt = now;
      logger.warn('plan prices not read from Stripe: GET /plans answers price null', { error });
    } finally {
      inFlight = undefined;
    }
  }
  return plans.map((plan) => ({ ...plan, price: (plan.priceId && cached?.get(plan.priceId)) || null }));
}

/** Tests: forget the cached prices (as a cold start would). */
export function resetPlanPrices(): void {
  cached = undefined;
  failedAt = Number.NEGATIVE_INFINITY;
}
