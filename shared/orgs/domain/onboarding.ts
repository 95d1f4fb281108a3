export const onboardingStepIds = ['plan', 'settings', 'billing', 'payment'] as const;
export type OnboardingStepId = (typeof onboardingStepIds)[number];
export type OrgStatus = 'sandbox' | 'pending_payment' | 'active';

/** The stored facts onboarding is derived from (timestamps of when each happened). */
export interface OnboardingFacts {
  planSelectedAt?: string;
  settingsConfirmedAt?: string;
  billingDetailsAt?: string;
  paymentMethodAt?: string;
  paymentFailure?: { reason: string; at: string } | null;
}

export interface Onboarding {
  status: OrgStatus;
  steps: { id: OnboardingStepId; done: boolean }[];
  paymentFailure: { reason: string; at: string } | null;
}

const factOf: Record<OnboardingStepId, keyof OnboardingFacts> = {
  plan: 'planSelectedAt',
  settings: 'settingsConfirmedAt',
  billing: 'billingDetailsAt',
  payment: 'paymentMethodAt',
};

/** Active once all four steps are done; pending payment once only the card is missing. */
export function onboardingOf(facts: OnboardingFacts): Onboarding {
  const steps = onboardingStepIds.map((id) => ({ id, done: Boolean(facts[factOf[id]]) }));
  const done = (id: OnboardingStepId) => steps.find((step) => step.id === id)?.done ?? false;
  const status: OrgStatus = steps.every((step) => step.done)
    ? 'active'
    : done('plan') && done('settings') && done('billing')
      ? 'pending_payment'
      : 'sandbox';
  return { status, steps, paymentFailure: facts.paymentFailure ?? null };
}
