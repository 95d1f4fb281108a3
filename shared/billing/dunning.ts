import { env } from '../platform/config/env.ts';
import { ApiError } from '../platform/errors.ts';

export type BillingStatus = 'none' | 'ok' | 'past_due' | 'restricted';

/** What of the org item decides its billing status (all written by Stripe's events). */
export interface DunningFacts {
  activatedAt?: string;
  /** Stripe's status of the org's subscription, as last read */
  subscriptionStatus?: string;
  /** the first payment failure not yet followed by a payment */
  pastDueSince?: string;
  /**
   * Read as "restricted" and removed by a payment; nothing writes it yet. A restriction reached by
   * the grace period alone is decided at read time (billingStatusOf) and sends no email.
   */
  restrictedAt?: string;
}

/** Stripe has given up on the subscription: restricted whatever the grace period. */
const ENDED = ['unpaid', 'canceled', 'incomplete_expired'];
const FAILING = ['past_due', 'incomplete'];

/** Whether the unpaid grace period is over at `now`. */
export const graceOver = (pastDueSince: string | undefined, now = Date.now()) =>
  pastDueSince !== undefined && now - Date.parse(pastDueSince) >= env().PAYMENT_GRACE_SECONDS * 1000;

/**
 * `none` before activation; `restricted` when Stripe marks the subscription unpaid or canceled, or
 * the first failure is older than PAYMENT_GRACE_SECONDS (decided here, at use, so it holds to the
 * second); `past_due` while a payment is failing; `ok`.
 */
export function billingStatusOf(org: DunningFacts, now = Date.now()): BillingStatus {
  const recorded = recordedBillingStatus(org);
  return recorded === 'past_due' && graceOver(org.pastDueSince, now) ? 'restricted' : recorded;
}

/**
 * The status the stored facts alone give (no clock): what a change of the org item moved it
 * between, so the stream emails each dunning step once (past_due, restricted, restored).
 */
export function recordedBillingStatus(org: DunningFacts & { paymentFailedAt?: string }): BillingStatus {
  if (!org.activatedAt) return 'none';
  if (org.restrictedAt || (org.subscriptionStatus && ENDED.includes(org.subscriptionStatus)))
    return 'restricted';
  if (org.pastDueSince || (org.subscriptionStatus && FAILING.includes(org.subscriptionStatus)))
    return 'past_due';
  return 'ok';
}

/** Production API keys, creating them, and inviting: 402 while the org is restricted. */
export function assertNotRestricted(org: DunningFacts, what: string): void {
  if (billingStatusOf(org) !== 'restricted') return;
  throw new ApiError(
    'PAYMENT_REQUIRED',
    `The organization's payment is overdue: ${what} is unavailable until it is paid. Update the card in Billing.`,
  );
}
