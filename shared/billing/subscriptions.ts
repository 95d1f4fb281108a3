import type Stripe from 'stripe';
import { auditPut } from '../orgs/audit.ts';
import { tableName } from '../platform/dynamo/client.ts';
import { getItem } from '../platform/dynamo/get-item.ts';
import { nowIso, recordOf } from '../platform/dynamo/items.ts';
import { keys } from '../platform/dynamo/keys.ts';
import { answer, transactWrite } from '../platform/dynamo/transact.ts';
import { logger } from '../platform/logger.ts';
import { getBilling } from './billing.ts';
import { listPlans, type Plan, type PlanId, planById } from './domain/plans.ts';
import { callStripe } from './stripe-client.ts';

/** The org's Stripe subscription as last read from Stripe (`GET /orgs/{orgId}/subscription`). */
export interface SubscriptionRecord {
  orgId: string;
  id: string;
  itemId: string;
  priceId: string;
  planId: PlanId | null;
  status: Stripe.Subscription.Status;
  currentPeriodStart: string;
  currentPeriodEnd: string;
  cancelAtPeriodEnd: boolean;
  /** when (epoch ms) this state was read from Stripe: a state read earlier never replaces it */
  syncedAt: number;
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

export const planOfPrice = (priceId: string): PlanId | null =>
  listPlans().find((plan) => plan.priceId === priceId)?.id ?? null;

export function toSubscriptionRecord(
  orgId: string,
  subscription: Stripe.Subscription,
  syncedAt: number,
): SubscriptionRecord {
  const item = subscription.items.data[0];
  const priceId = item?.price.id ?? '';
  return {
    orgId,
    id: subscription.id,
    itemId: item?.id ?? '',
    priceId,
    planId: planOfPrice(priceId),
    status: subscription.status,
    currentPeriodStart: iso(item?.current_period_start ?? subscription.start_date),
    currentPeriodEnd: iso(item?.current_period_end ?? subscription.start_date),
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    syncedAt,
  };
}

export const toSubscriptionResponse = (record: SubscriptionRecord) => ({
  id: record.id,
  planId: record.planId,
  status: record.status,
  currentPeriodStart: record.currentPeriodStart,
  currentPeriodEnd: record.currentPeriodEnd,
  cancelAtPeriodEnd: record.cancelAtPeriodEnd,
});

export async function getSubscription(orgId: string): Promise<SubscriptionRecord | undefined> {
  const item = await getItem(keys.subscription(orgId));
  return item && recordOf<SubscriptionRecord>(item);
}

/**
 * Records the subscription as read from Stripe at `readAt` (epoch ms), with its status on the org
 * item (billingStatus follows it). A state read earlier than the stored one is dropped by the
 * condition: whatever order events and calls land in, the latest read wins.
 */
export async function recordSubscription(
  orgId: string,
  subscription: Stripe.Subscription,
  readAt: number,
  actorId: string,
): Promise<'applied' | 'superseded'> {
  const record = toSubscriptionRecord(orgId, subscription, readAt);
  const stored = await getSubscription(orgId);
  // the same state again (another event about it, a redelivery): nothing to write, nothing to audit
  if (stored && sameState(stored, record)) return 'applied';
  const now = nowIso();
  const result = await transactWrite<'superseded'>([
    {
      item: {
        Put: {
          TableName: tableName(),
          Item: { ...keys.subscription(orgId), type: 'subscription', ...record, updatedAt: now },
          ConditionExpression: 'attribute_not_exists(PK) OR syncedAt < :readAt',
          ExpressionAttributeValues: { ':readAt': readAt },
        },
      },
      onConditionFailed: () => answer('superseded'),
    },
    {
      item: {
        Update: {
          TableName: tableName(),
          Key: keys.org(orgId),
          UpdateExpression:
            'SET subscriptionId = :id, subscriptionStatus = :status, updatedAt = :now, #version = #version + :one',
          ConditionExpression: 'attribute_exists(PK)',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':id': record.id, ':status': record.status, ':now': now, ':one': 1 },
        },
      },
      onConditionFailed: () => answer('superseded'),
    },
    auditPut({
      orgId,
      actorId,
      action: 'billing.subscription_updated',
      target: { type: 'billing', id: record.id },
      details: {
        status: record.status,
        planId: record.planId,
        cancelAtPeriodEnd: record.cancelAtPeriodEnd,
        currentPeriodEnd: record.currentPeriodEnd,
      },
      at: now,
    }),
  ]);
  return result.committed ? 'applied' : 'superseded';
}

const sameState = (a: SubscriptionRecord, b: SubscriptionRecord) =>
  a.id === b.id &&
  a.status === b.status &&
  a.priceId === b.priceId &&
  a.cancelAtPeriodEnd === b.cancelAtPeriodEnd &&
  a.currentPeriodStart === b.currentPeriodStart &&
  a.currentPeriodEnd === b.currentPeriodEnd;

/** Reads the subscription from Stripe now and records it (the read time orders concurrent syncs). */
export async function syncSubscription(orgId: string, subscriptionId: string, actorId: string) {
  const readAt = Date.now();
  const subscription = await callStripe((client) => client.subscriptions.retrieve(subscriptionId));
  return recordSubscription(orgId, subscription, readAt, actorId);
}

/**
 * Creates the org's one subscription (called once activation committed; again harmlessly): the
 * plan's price, the confirmed card as default, an idempotency key derived from the org so a retried
 * activation never makes two. The first invoice is charged at once by Stripe.
 */
export async function ensureSubscription(orgId: string, planId: PlanId, actorId: string): Promise<void> {
  const existing = await getSubscription(orgId);
  if (existing) return;
  const plan = planById(planId);
  const billing = await getBilling(orgId);
  if (!plan.priceId || !billing?.customerId) {
    logger.warn('no subscription created: the plan has no Stripe price or the org no customer', {
      orgId,
      planId,
    });
    return;
  }
  const priceId = plan.priceId;
  const readAt = Date.now();
  const subscription = await callStripe((client) =>
    client.subscriptions.create(
      {
        customer: billing.customerId,
        items: [{ price: priceId }],
        ...(billing.paymentMethod ? { default_payment_method: billing.paymentMethod.id } : {}),
        metadata: { orgId },
      },
      { idempotencyKey: `orgs-subscription-${orgId}` },
    ),
  );
  await recordSubscription(orgId, subscription, readAt, actorId);
}

/**
 * Moves the subscription to the plan's price after the plan change committed (a refused change
 * never gets here): an upgrade is invoiced at once, a downgrade credits the rest of the period on
 * the next invoice. Nothing to do before activation or when it already has that price.
 */
export async function moveSubscription(orgId: string, plan: Plan, actorId: string): Promise<void> {
  const current = await getSubscription(orgId);
  const priceId = plan.priceId;
  if (!current || !priceId || current.priceId === priceId) return;
  if (current.status === 'canceled' || current.status === 'incomplete_expired') return;
  const upgrade = (planById(current.planId ?? 'basic').memberLimit ?? 0) < plan.memberLimit;
  const readAt = Date.now();
  const subscription = await callStripe((client) =>
    client.subscriptions.update(current.id, {
      items: [{ id: current.itemId, price: priceId }],
      proration_behavior: upgrade ? 'always_invoice' : 'create_prorations',
    }),
  );
  await recordSubscription(orgId, subscription, readAt, actorId);
}

/** Deletion scheduled: the subscription ends with its period (restore undoes it). */
export async function setCancelAtPeriodEnd(orgId: string, cancel: boolean, actorId: string) {
  const current = await getSubscription(orgId);
  if (!current || current.status === 'canceled' || current.cancelAtPeriodEnd === cancel) return;
  const readAt = Date.now();
  const subscription = await callStripe((client) =>
    client.subscriptions.update(current.id, { cancel_at_period_end: cancel }),
  );
  await recordSubscription(orgId, subscription, readAt, actorId);
}

/**
 * The purge: every subscription of the customer still running ends now. Read from Stripe (not the
 * table), so a purge resumed after its items went still finds them; none left: nothing to do.
 */
export async function cancelCustomerSubscriptions(customerId: string): Promise<number> {
  const running = await callStripe((client) => client.subscriptions.list({ customer: customerId }));
  for (const subscription of running.data) {
    await callStripe((client) => client.subscriptions.cancel(subscription.id));
  }
  return running.data.length;
}

/**
 * A card confirmed after activation: the default of the customer and the subscription, and every
 * open invoice is paid with it now (a decline leaves the invoice open; Stripe's events tell).
 */
export async function useNewCard(orgId: string, customerId: string, paymentMethodId: string) {
  await callStripe((client) =>
    client.customers.update(customerId, { invoice_settings: { default_payment_method: paymentMethodId } }),
  );
  const current = await getSubscription(orgId);
  if (current && current.status !== 'canceled') {
    await callStripe((client) =>
      client.subscriptions.update(current.id, { default_payment_method: paymentMethodId }),
    );
  }
  const open = await callStripe((client) => client.invoices.list({ customer: customerId, status: 'open' }));
  for (const invoice of open.data) {
    try {
      await callStripe((client) => client.invoices.pay(invoice.id, { payment_method: paymentMethodId }));
    } catch (error) {
      logger.warn('open invoice not paid with the new card', { orgId, invoiceId: invoice.id, error });
    }
  }
  if (current) await syncSubscription(orgId, current.id, 'stripe');
}
