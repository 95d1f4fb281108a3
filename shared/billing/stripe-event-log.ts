import { auditPut } from '../orgs/audit.ts';
import { tableName } from '../platform/dynamo/client.ts';
import { nowIso } from '../platform/dynamo/items.ts';
import { keys } from '../platform/dynamo/keys.ts';
import {
  answer,
  type Conditioned,
  type TransactItem,
  type TransactStep,
  transactWrite,
} from '../platform/dynamo/transact.ts';
import type { PaymentMethodSummary } from './billing.ts';

export interface StripeEventRef {
  id: string;
  type: string;
  /** Stripe's event creation time, ISO */
  createdAt: string;
}

type Unapplied = 'duplicate' | 'superseded';

/** The record that an event id was used: its condition makes each event apply once. */
const eventRecord = (
  event: StripeEventRef,
  orgId: string,
  extra: Record<string, unknown> = {},
): Conditioned<Unapplied> => ({
  item: {
    Put: {
      TableName: tableName(),
      Item: {
        ...keys.stripeEvent(event.id),
        type: 'stripeEvent',
        eventType: event.type,
        orgId,
        receivedAt: nowIso(),
        ttl: Math.floor(Date.now() / 1000) + 90 * 24 * 3600,
        ...extra,
      },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  },
  onConditionFailed: () => answer('duplicate'),
});

/** A state change guarded by event time: its condition fails when a later state is already recorded. */
const unlessLaterState = (item: TransactItem): Conditioned<Unapplied> => ({
  item,
  onConditionFailed: () => answer('superseded'),
});

/** Applies a Stripe event's writes together with its id record: once, whatever the deliveries. */
async function applyOnce(
  event: StripeEventRef,
  orgId: string,
  steps: TransactStep<Unapplied>[],
): Promise<'applied' | 'duplicate'> {
  const result = await transactWrite<Unapplied>([eventRecord(event, orgId), ...steps]);
  if (result.committed) return 'applied';
  if (result.answer === 'duplicate') return 'duplicate';
  // a later state already recorded (events out of order): the event is spent, nothing to change
  await transactWrite([eventRecord(event, orgId, { superseded: true })]).catch(() => undefined);
  return 'applied';
}

const audit = (orgId: string, event: StripeEventRef, action: string, details: Record<string, unknown>) =>
  auditPut({ orgId, actorId: 'stripe', action, target: { type: 'billing', id: event.id }, details });

/** setup_intent.succeeded: the card is on file; the payment step is done and failures clear. */
export function recordPaymentMethod(orgId: string, event: StripeEventRef, method: PaymentMethodSummary) {
  return applyOnce(event, orgId, [
    unlessLaterState({
      Update: {
        TableName: tableName(),
        Key: keys.billing(orgId),
        UpdateExpression: 'SET paymentMethod = :method, paymentMethodAt = :at',
        ConditionExpression:
          'attribute_exists(PK) AND (attribute_not_exists(paymentMethodAt) OR paymentMethodAt <= :at)',
        ExpressionAttributeValues: { ':method': method, ':at': event.createdAt },
      },
    }),
    unlessLaterState({
      Update: {
        TableName: tableName(),
        Key: keys.org(orgId),
        UpdateExpression:
          'SET paymentMethodAt = if_not_exists(paymentMethodAt, :at), updatedAt = :now, #version = #version + :one REMOVE paymentFailure',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':at': event.createdAt, ':now': nowIso(), ':one': 1 },
      },
    }),
    audit(orgId, event, 'billing.payment_method_added', { brand: method.brand, last4: method.last4 }),
  ]);
}

/** setup_intent.setup_failed: shown in onboarding, unless a card was confirmed (a later state). */
export function recordSetupFailure(orgId: string, event: StripeEventRef, reason: string) {
  return applyOnce(event, orgId, [
    unlessLaterState({
      Update: {
        TableName: tableName(),
        Key: keys.org(orgId),
        UpdateExpression: 'SET paymentFailure = :failure, updatedAt = :now, #version = #version + :one',
        // a late, older decline must not replace a newer one: compare event times, not arrival order
        ConditionExpression:
          'attribute_exists(PK) AND attribute_not_exists(paymentMethodAt) AND (attribute_not_exists(paymentFailure) OR paymentFailure.#at <= :at)',
        ExpressionAttributeNames: { '#version': 'version', '#at': 'at' },
        ExpressionAttributeValues: {
          ':failure': { reason, at: event.createdAt },
          ':at': event.createdAt,
          ':now': nowIso(),
          ':one': 1,
        },
      },
    }),
    audit(orgId, event, 'billing.payment_method_failed', { reason }),
  ]);
}

/** invoice.payment_failed: flagged on the org (the stream emails owner and finance). */
export function recordPaymentFailed(orgId: string, event: StripeEventRef, details: Record<string, unknown>) {
  return applyOnce(event, orgId, [
    unlessLaterState({
      Update: {
        TableName: tableName(),
        Key: keys.org(orgId),
        UpdateExpression:
          'SET paymentFailedAt = :at, pastDueSince = if_not_exists(pastDueSince, :at), paymentFailedEventId = :event, updatedAt = :now, #version = #version + :one',
        // a payment that succeeded later (events out of order) wins
        ConditionExpression:
          'attribute_exists(PK) AND (attribute_not_exists(paymentRecoveredAt) OR paymentRecoveredAt <= :at)',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: {
          ':at': event.createdAt,
          ':event': event.id,
          ':now': nowIso(),
          ':one': 1,
        },
      },
    }),
    audit(orgId, event, 'billing.payment_failed', details),
  ]);
}

/** invoice.paid: clears the payment-failed flag, unless a newer failure was recorded. */
export function recordPaymentSucceeded(
  orgId: string,
  event: StripeEventRef,
  details: Record<string, unknown>,
) {
  return applyOnce(event, orgId, [
    unlessLaterState({
      Update: {
        TableName: tableName(),
        Key: keys.org(orgId),
        UpdateExpression:
          'SET paymentRecoveredAt = :at, updatedAt = :now, #version = #version + :one REMOVE paymentFailedAt, paymentFailedEventId, pastDueSince, restrictedAt',
        ConditionExpression:
          'attribute_exists(PK) AND (attribute_not_exists(paymentFailedAt) OR paymentFailedAt <= :at)',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':at': event.createdAt, ':now': nowIso(), ':one': 1 },
      },
    }),
    audit(orgId, event, 'billing.payment_succeeded', details),
  ]);
}
