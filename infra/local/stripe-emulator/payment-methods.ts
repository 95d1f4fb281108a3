// PaymentMethod objects (type `card` only): creation from a test card, and `GET /v1/payment_methods/{id}`.
import { createHash } from 'node:crypto';
import type Stripe from 'stripe';
import type { TestCard } from './cards.ts';
import { invalidRequest, resourceMissing } from './errors.ts';
import type { FormHash } from './form.ts';
import { emptyAddress, rejectUnknown } from './params.ts';
import { type EmulatorState, newId, nowUnix } from './state.ts';

export interface CardExpiry {
  exp_month: number;
  exp_year: number;
}

export function defaultExpiry(): CardExpiry {
  return { exp_month: 12, exp_year: new Date().getUTCFullYear() + 3 };
}

/** Stripe fingerprints identify a card number within an account; a hash of the number plays that role. */
function fingerprint(number: string): string {
  return createHash('sha256').update(number).digest('base64url').replace(/[-_]/g, '').slice(0, 16);
}

export function buildCardPaymentMethod(card: TestCard, expiry: CardExpiry): Stripe.PaymentMethod {
  return {
    id: newId('pm'),
    object: 'payment_method',
    allow_redisplay: 'unspecified',
    billing_details: { address: emptyAddress(), email: null, name: null, phone: null, tax_id: null },
    card: {
      brand: card.brand,
      checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: 'pass' },
      country: card.country,
      display_brand: card.brand,
      exp_month: expiry.exp_month,
      exp_year: expiry.exp_year,
      fingerprint: fingerprint(card.number),
      funding: card.funding,
      generated_from: null,
      last4: card.last4,
      networks: { available: [card.brand], preferred: null },
      regulated_status: 'unregulated',
      three_d_secure_usage: { supported: true },
      wallet: null,
    },
    created: nowUnix(),
    customer: null,
    customer_account: null,
    livemode: false,
    metadata: {},
    type: 'card',
  };
}

export function retrievePaymentMethod(
  state: EmulatorState,
  id: string,
  params: FormHash,
): Stripe.PaymentMethod {
  rejectUnknown(params, []);
  const paymentMethod = state.paymentMethods.get(id);
  if (!paymentMethod) throw resourceMissing('payment_method', id);
  return paymentMethod;
}

/** `GET /v1/customers/{id}/payment_methods`: the customer's attached cards, newest first, in one page. */
export function listCustomerPaymentMethods(
  state: EmulatorState,
  customerId: string,
  params: FormHash,
): Stripe.ApiList<Stripe.PaymentMethod> {
  rejectUnknown(params, ['type', 'limit']);
  if (!state.customers.has(customerId)) throw resourceMissing('customer', customerId);
  const data = [...state.paymentMethods.values()]
    .filter((paymentMethod) => paymentMethod.customer === customerId)
    .sort((a, b) => b.created - a.created);
  return {
    object: 'list',
    data,
    has_more: false,
    url: `/v1/customers/${customerId}/payment_methods`,
  };
}

/**
 * `POST /v1/payment_methods/{id}/detach`: the card leaves its customer (and stops being the
 * customer's default). Detaching one not attached is Stripe's 400, as here.
 */
export function detachPaymentMethod(
  state: EmulatorState,
  id: string,
  params: FormHash,
): Stripe.PaymentMethod {
  rejectUnknown(params, []);
  const paymentMethod = state.paymentMethods.get(id);
  if (!paymentMethod) throw resourceMissing('payment_method', id);
  const customer =
    typeof paymentMethod.customer === 'string' ? state.customers.get(paymentMethod.customer) : undefined;
  if (!customer)
    throw invalidRequest(
      `The payment method you provided is not attached to a customer so detachment is impossible.`,
      {
        code: 'payment_method_unexpected_state',
      },
    );
  if (customer.invoice_settings.default_payment_method === id)
    customer.invoice_settings.default_payment_method = null;
  paymentMethod.customer = null;
  return paymentMethod;
}
