/**
 * GET /plans' prices: read from Stripe once per container (one list call), none per request;
 * Stripe unreachable answers `price: null` and is asked again only after a minute.
 */
import type Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const stripeCalls = vi.hoisted(() => ({ list: 0, retrieve: 0, fail: false }));

const price = (id: string, unitAmount: number): Partial<Stripe.Price> => ({
  id,
  currency: 'eur',
  unit_amount: unitAmount,
  recurring: { interval: 'month' } as Stripe.Price.Recurring,
});

vi.mock('../../shared/billing/stripe-client.ts', () => ({
  callStripe: async (call: (client: unknown) => Promise<unknown>) => {
    if (stripeCalls.fail) throw new Error('unreachable');
    return call({
      prices: {
        list: async () => {
          stripeCalls.list++;
          // an account with more prices than one page holds: the enterprise price is not on it
          return { data: [price('price_b', 900), price('price_p', 4900), price('price_other', 1)] };
        },
        retrieve: async (id: string) => {
          stripeCalls.retrieve++;
          return price(id, 19900);
        },
      },
    });
  },
}));

const { listPricedPlans, resetPlanPrices } = await import('../../shared/billing/plan-prices.ts');
const { resetEnvForTests } = await import('../../shared/platform/config/env.ts');

beforeEach(() => {
  vi.stubEnv('STRIPE_PRICE_BASIC', 'price_b');
  vi.stubEnv('STRIPE_PRICE_PRO', 'price_p');
  vi.stubEnv('STRIPE_PRICE_ENTERPRISE', 'price_e');
  resetEnvForTests();
  resetPlanPrices();
  Object.assign(stripeCalls, { list: 0, retrieve: 0, fail: false });
});
afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvForTests();
});

describe('plan prices', () => {
  it('one list call per container (a price not listed read alone), none per request', async () => {
    const first = await listPricedPlans();
    expect(first.map((plan) => [plan.id, plan.price])).toEqual([
      ['basic', { unitAmount: 900, currency: 'eur', interval: 'month' }],
      ['pro', { unitAmount: 4900, currency: 'eur', interval: 'month' }],
      ['enterprise', { unitAmount: 19900, currency: 'eur', interval: 'month' }],
    ]);
    await Promise.all([listPricedPlans(), listPricedPlans(), listPricedPlans()]);
    expect(stripeCalls).toMatchObject({ list: 1, retrieve: 1 });
  });

  it('Stripe unreachable: price null, asked again after a minute, not on every request', async () => {
    stripeCalls.fail = true;
    const now = Date.now();
    expect((await listPricedPlans(now)).map((plan) => plan.price)).toEqual([null, null, null]);
    stripeCalls.fail = false;
    expect((await listPricedPlans(now + 59_000)).every((plan) => plan.price === null)).toBe(true);
    expect(stripeCalls.list).toBe(0);
    expect((await listPricedPlans(now + 60_000))[1]?.price).toEqual({
      unitAmount: 4900,
      currency: 'eur',
      interval: 'month',
    });
    expect(stripeCalls.list).toBe(1);
  });
});
