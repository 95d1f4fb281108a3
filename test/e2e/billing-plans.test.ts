import { describe, expect, it } from 'vitest';
import { api } from '../support/http.ts';
import { stripeSdk } from '../support/stripe.ts';

describe('GET /plans', () => {
  it("shows each plan's price as Stripe holds it, and its features", async () => {
    const plans = await api('GET', '/plans');
    expect(plans.status).toBe(200);
    const stripe = stripeSdk();
    for (const plan of plans.body as {
      id: string;
      priceId: string;
      price: { unitAmount: number; currency: string; interval: string };
      features: string[];
    }[]) {
      const atStripe = await stripe.prices.retrieve(plan.priceId);
      expect(plan.price, plan.id).toEqual({
        unitAmount: atStripe.unit_amount,
        currency: atStripe.currency,
        interval: atStripe.recurring?.interval,
      });
      expect(Array.isArray(plan.features)).toBe(true);
    }
    expect(plans.body.map((plan: { id: string }) => plan.id)).toEqual(['basic', 'pro', 'enterprise']);
  });
});
