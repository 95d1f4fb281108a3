import { env } from '../../platform/config/env.ts';

export const planIds = ['basic', 'pro', 'enterprise'] as const;
export type PlanId = (typeof planIds)[number];

/** What a plan unlocks beyond its member limit (the contract's plan features). */
export const planFeatures = ['custom_roles', 'domains', 'scim'] as const;
export type PlanFeature = (typeof planFeatures)[number];

export interface Plan {
  id: PlanId;
  name: string;
  memberLimit: number;
  features: readonly PlanFeature[];
  /** the Stripe price, when the deployment configures one (`STRIPE_PRICE_<PLAN>`) */
  priceId?: string;
}

const catalog: readonly Omit<Plan, 'priceId'>[] = [
  { id: 'basic', name: 'Basic', memberLimit: 10, features: [] },
  { id: 'pro', name: 'Pro', memberLimit: 50, features: ['custom_roles', 'domains'] },
  { id: 'enterprise', name: 'Enterprise', memberLimit: 1000, features: ['custom_roles', 'domains', 'scim'] },
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

/** Whether the plan an org is on (any `planId` it stores; unknown ones unlock nothing) has the feature. */
export function planHasFeature(planId: string | undefined, feature: PlanFeature): boolean {
  return catalog.find((plan) => plan.id === (planId ?? DEFAULT_PLAN))?.features.includes(feature) ?? false;
}

/** The features a plan does not have (none of them may be in use when an org moves to it). */
export const featuresOutside = (planId: PlanId): PlanFeature[] =>
  planFeatures.filter((feature) => !planHasFeature(planId, feature));
