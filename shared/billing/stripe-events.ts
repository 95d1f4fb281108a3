import type Stripe from 'stripe';
import type { OrgRecord } from '../orgs/domain/org.ts';
import { getItem } from '../platform/dynamo/get-item.ts';
import { keys } from '../platform/dynamo/keys.ts';
import { logger } from '../platform/logger.ts';
import { tryActivate } from './activation.ts';
import { orgOfCustomer } from './billing.ts';
import { isFullInvoice, recordInvoice } from './invoices.ts';
import { callStripe } from './stripe-client.ts';
import {
  recordPaymentFailed,
  recordPaymentMethod,
  recordPaymentSucceeded,
  recordSetupFailure,
  type StripeEventRef,
} from './stripe-event-log.ts';
import { ensureSubscription, getSubscription, syncSubscription, useNewCard } from './subscriptions.ts';

export type Outcome = 'applied' | 'duplicate' | 'ignored';

const idOf = (value: string | { id: string } | null | undefined) =>
  typeof value === 'string' ? value : value?.id;

async function orgOf(customer: string | undefined): Promise<string | undefined> {
  return customer ? orgOfCustomer(customer) : undefined;
}

/** Routes a verified Stripe event to its applier; unknown types and unknown customers are ignored. */
export async function applyStripeEvent(event: Stripe.Event): Promise<Outcome> {
  const ref: StripeEventRef = {
    id: event.id,
    type: event.type,
    createdAt: new Date(event.created * 1000).toISOString(),
  };
  switch (event.type) {
    case 'setup_intent.succeeded': {
      const intent = event.data.object;
      const orgId = await orgOf(idOf(intent.customer));
      const methodId = idOf(intent.payment_method);
      if (!orgId || !methodId) return ignored(event, 'no org or payment method');
      const method = await callStripe((client) => client.paymentMethods.retrieve(methodId));
      const outcome = await recordPaymentMethod(orgId, ref, {
        id: method.id,
        brand: method.card?.brand ?? method.type,
        last4: method.card?.last4 ?? '',
      });
      const activated = await tryActivate(orgId, 'stripe');
      // best effort: the card is recorded whatever Stripe answers to what follows it
      await afterCardConfirmed(orgId, idOf(intent.customer) ?? '', method.id, activated, outcome).catch(
        (error: unknown) => logger.warn('after a confirmed card: Stripe follow-up failed', { orgId, error }),
      );
      return outcome;
    }
    case 'setup_intent.setup_failed': {
      const intent = event.data.object;
      const orgId = await orgOf(idOf(intent.customer));
      if (!orgId) return ignored(event, 'no org');
      return recordSetupFailure(
        orgId,
        ref,
        intent.last_setup_error?.message ?? 'The card could not be set up.',
      );
    }
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted': {
      const subscription = event.data.object;
      const orgId = subscription.metadata?.orgId ?? (await orgOf(idOf(subscription.customer)));
      if (!orgId) return ignored(event, 'no org');
      // the subscription as Stripe holds it now, not as the event saw it: order of arrival cannot matter
      await syncSubscription(orgId, subscription.id, 'stripe');
      return 'applied';
    }
    case 'invoice.finalized': {
      const invoice = event.data.object;
      const orgId = await orgOf(idOf(invoice.customer));
      if (!orgId) return ignored(event, 'no org');
      if (!isFullInvoice(invoice)) return ignored(event, 'not a whole invoice');
      await recordInvoice(orgId, invoice, event.created);
      return 'applied';
    }
    case 'invoice.payment_failed': {
      const invoice = event.data.object;
      const orgId = await orgOf(idOf(invoice.customer));
      if (!orgId) return ignored(event, 'no org');
      if (isFullInvoice(invoice)) await recordInvoice(orgId, invoice, event.created);
      return recordPaymentFailed(orgId, ref, {
        invoiceId: invoice.id,
        amountDue: invoice.amount_due,
        currency: invoice.currency,
      });
    }
    case 'invoice.paid': {
      const invoice = event.data.object;
      const orgId = await orgOf(idOf(invoice.customer));
      if (!orgId) return ignored(event, 'no org');
      if (isFullInvoice(invoice)) await recordInvoice(orgId, invoice, event.created);
      const outcome = await recordPaymentSucceeded(orgId, ref, {
        invoiceId: invoice.id,
        amountPaid: invoice.amount_paid,
      });
      // a payment restores at once: the subscription's status as Stripe has it after the payment
      const subscription = await getSubscription(orgId);
      if (subscription) await syncSubscription(orgId, subscription.id, 'stripe');
      return outcome;
    }
    default:
      return ignored(event, 'unhandled type');
  }
}

/**
 * After a confirmed card: the activation that just committed creates the subscription; a card
 * confirmed on an active org becomes the default and pays what is open. A redelivered event
 * (duplicate) repeats neither, but a subscription still missing (an earlier attempt failed) is created.
 */
async function afterCardConfirmed(
  orgId: string,
  customerId: string,
  paymentMethodId: string,
  activated: boolean,
  outcome: Outcome | 'applied' | 'duplicate',
): Promise<void> {
  const org = (await getItem(keys.org(orgId))) as OrgRecord | undefined;
  if (org?.mode !== 'production') return;
  const subscription = await getSubscription(orgId);
  if (!subscription) {
    await ensureSubscription(orgId, org.planId, 'stripe');
    return;
  }
  if (!activated && outcome === 'applied' && customerId) await useNewCard(orgId, customerId, paymentMethodId);
}

function ignored(event: Stripe.Event, why: string): Outcome {
  logger.info('stripe event ignored', { eventId: event.id, type: event.type, why });
  return 'ignored';
}
