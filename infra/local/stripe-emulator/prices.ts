// Prices (recurring, per unit): seeded at start for the plans, `GET /v1/prices/{id}`, `GET /v1/prices`.
import type Stripe from 'stripe';
import { resourceMissing } from './errors.ts';
import type { FormHash } from './form.ts';
import { rejectUnknown } from './params.ts';
import { decimalJson, type EmulatorState, newId, nowUnix } from './state.ts';

export interface PriceSeed {
  id: string;
  unitAmount: number;
  currency: string;
  interval: 'day' | 'week' | 'month' | 'year';
  nickname?: string;
}

/** The plans' prices the local stack configures (`STRIPE_PRICE_<PLAN>`): monthly, in EUR. */
export const DEFAULT_PRICES: readonly PriceSeed[] = [
  { id: 'price_local_basic', unitAmount: 900, currency: 'eur', interval: 'month', nickname: 'Basic' },
  { id: 'price_local_pro', unitAmount: 4900, currency: 'eur', interval: 'month', nickname: 'Pro' },
  {
    id: 'price_local_enterprise',
    unitAmount: 19900,
    currency: 'eur',
    interval: 'month',
    nickname: 'Enterprise',
  },
];

export function buildPrice(seed: PriceSeed): Stripe.Price {
  return {
    id: seed.id,
    object: 'price',
    active: true,
    billing_scheme: 'per_unit',
    created: nowUnix(),
    currency: seed.currency,
    custom_unit_amount: null,
    livemode: false,
    lookup_key: null,
    metadata: {},
    nickname: seed.nickname ?? null,
    product: newId('prod'),
    recurring: {
      interval: seed.interval,
      interval_count: 1,
      meter: null,
      usage_type: 'licensed',
      trial_period_days: null,
    },
    tax_behavior: 'unspecified',
    tiers_mode: null,
    transform_quantity: null,
    type: 'recurring',
    unit_amount: seed.unitAmount,
    unit_amount_decimal: decimalJson(seed.unitAmount),
  };
}

/** Creates the seeded prices that do not exist yet (a restart keeps the stored ones). */
export function seedPrices(state: EmulatorState, seeds: readonly PriceSeed[]): void {
  for (const seed of seeds) if (!state.prices.has(seed.id)) state.prices.set(seed.id, buildPrice(seed));
}

export function retrievePrice(state: EmulatorState, id: string, params: FormHash): Stripe.Price {
  rejectUnknown(params, []);
  const price = state.prices.get(id);
  if (!price) throw resourceMissing('price', id);
  return price;
}

export function listPrices(
  state: EmulatorState,
  _id: string,
  params: FormHash,
): Stripe.ApiList<Stripe.Price> {
  rejectUnknown(params, ['limit', 'active']);
  return { object: 'list', data: [...state.prices.values()], has_more: false, url: '/v1/prices' };
}

/** Seconds in one billing period of the price (a month is 30 days in the emulator). */
export function periodSeconds(price: Stripe.Price): number {
  const interval = price.recurring?.interval ?? 'month';
  const count = price.recurring?.interval_count ?? 1;
  const units: Record<string, number> = {
    day: 86_400,
    week: 7 * 86_400,
    month: 30 * 86_400,
    year: 365 * 86_400,
  };
  const unit = units[interval] ?? 30 * 86_400;
  return unit * count;
}
