import { env } from '../../platform/config/env.ts';

export const planIds = ['basic', 'pro', 'enterprise'] as const;
export type PlanId = (typeof planIds)[number];

export interface Plan {
  id: PlanId;
  name: string;
  memberLimit: number;
  /** the Stripe price, when the deployment configures one (`STRIPE_PRICE_<PLAN>`) */
  priceId?: string;
}

const catalog: readonly Omit<Plan, 'priceId'>[] = [
  { id: 'basic', name: 'Basic', memberLimit: 10 },
  { id: 'pro', name: 'Pro', memberLimit: 50 },
  { id: 'enterprise', name: 'Enterprise', memberLimit: 1000 },
];

export const DEFAULT_PLAN: PlanId = 'basic';

export function listPlans(): Plan[] {
  const prices: Record<PlanId, string | undefined> = {
    basic: env().STRIPE_PRICE_BASIC,
    pro: env().STRIPE_PRICE_PRO,
    enterprise: env().STRIPE_PRICE_ENTERPRISE,
  };
  return catalog.map((plan) => {
    const priceId = prices[plan.id];
    return priceId ? { ...plan, priceId } : { ...plan };
  });
}

export function planById(id: PlanId): Plan {
  const plan = listPlans().find((candidate) => candidate.id === id);
  if (!plan) throw new Error(`Unknown plan ${id}`);
  return plan;
}
