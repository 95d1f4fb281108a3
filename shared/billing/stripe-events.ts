import type Stripe from 'stripe';
import { logger } from '../platform/logger.ts';
import { tryActivate } from './activation.ts';
import { orgOfCustomer } from './billing.ts';
import { callStripe } from './stripe-client.ts';
import {
  recordPaymentFailed,
  recordPaymentMethod,
  recordPaymentSucceeded,
  recordSetupFailure,
  type StripeEventRef,
} from './stripe-event-log.ts';

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
      await tryActivate(orgId, 'stripe');
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
    case 'invoice.payment_failed': {
      const invoice = event.data.object;
      const orgId = await orgOf(idOf(invoice.customer));
      if (!orgId) return ignored(event, 'no org');
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
      return recordPaymentSucceeded(orgId, ref, { invoiceId: invoice.id, amountPaid: invoice.amount_paid });
    }
    default:
      return ignored(event, 'unhandled type');
  }
}

function ignored(event: Stripe.Event, why: string): Outcome {
  logger.info('stripe event ignored', { eventId: event.id, type: event.type, why });
  return 'ignored';
}
