// Invoices: built from a subscription's lines, finalized, charged with a card (the test card decides),
// retried three times a day apart; `GET /v1/invoices`, `GET /v1/invoices/{id}`, `POST /v1/invoices/{id}/pay`.
import type Stripe from 'stripe';
import { chargeSucceeds } from './cards.ts';
import { ApiError, invalidRequest, paramResourceMissing, resourceMissing } from './errors.ts';
import type { FormHash } from './form.ts';
import { emptyAddress, readString, rejectUnknown } from './params.ts';
import { decimalJson, type EmulatorInvoice, type EmulatorState, newId, randomToken } from './state.ts';
import { buildEvent } from './webhooks.ts';

/** Retries after the first failed attempt, a day apart (Stripe's dunning settings, simplified). */
export const RETRY_SECONDS = 86_400;
export const MAX_ATTEMPTS = 4;

/** Records an event produced by this call; the server sends the outbox once the call has answered. */
export function emit(
  state: EmulatorState,
  type: string,
  object: object,
  previous?: Record<string, unknown>,
): void {
  const event = buildEvent(type, object);
  if (previous && Object.keys(previous).length > 0)
    event.data.previous_attributes = structuredClone(previous);
  state.events.set(event.id, event);
  state.outbox.push(event);
}

export interface LineInput {
  amount: number;
  description: string;
  price: Stripe.Price;
  start: number;
  end: number;
  proration: boolean;
  subscriptionItem: string;
}

function buildLine(invoiceId: string, subscriptionId: string, input: LineInput): Stripe.InvoiceLineItem {
  return {
    id: newId('il'),
    object: 'line_item',
    amount: input.amount,
    currency: input.price.currency,
    description: input.description,
    discount_amounts: [],
    discountable: !input.proration,
    discounts: [],
    invoice: invoiceId,
    livemode: false,
    metadata: {},
    parent: {
      invoice_item_details: null,
      subscription_item_details: {
        invoice_item: null,
        proration: input.proration,
        proration_details: { credited_items: null },
        subscription: subscriptionId,
        subscription_item: input.subscriptionItem,
      },
      type: 'subscription_item_details',
    },
    period: { end: input.end, start: input.start },
    pretax_credit_amounts: [],
    pricing: {
      price_details: { price: input.price.id, product: String(input.price.product) },
      type: 'price_details',
      unit_amount_decimal: input.price.unit_amount_decimal,
    },
    quantity: 1,
    quantity_decimal: decimalJson(1),
    subscription: subscriptionId,
    subtotal: input.amount,
    taxes: [],
  };
}

/** A draft invoice of the subscription with these lines (amounts in the price's currency). */
export function createInvoice(
  state: EmulatorState,
  subscription: Stripe.Subscription,
  lines: readonly LineInput[],
  reason: Stripe.Invoice.BillingReason,
): EmulatorInvoice {
  const customerId = String(subscription.customer);
  const customer = state.customers.get(customerId);
  const id = newId('in');
  const now = state.now();
  const total = lines.reduce((sum, line) => sum + line.amount, 0);
  const periods = lines.filter((line) => !line.proration);
  const invoice: EmulatorInvoice = {
    id,
    object: 'invoice',
    account_country: 'DE',
    account_name: 'Orgs (Stripe emulator)',
    account_tax_ids: null,
    amount_due: total,
    amount_overpaid: 0,
    amount_paid: 0,
    amount_remaining: total,
    amount_shipping: 0,
    application: null,
    attempt_count: 0,
    attempted: false,
    auto_advance: true,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null },
    automatically_finalizes_at: null,
    billing_reason: reason,
    collection_method: 'charge_automatically',
    created: now,
    currency: lines[0]?.price.currency ?? subscription.currency,
    custom_fields: null,
    customer: customerId,
    customer_account: null,
    customer_address: customer?.address ?? emptyAddress(),
    customer_email: customer?.email ?? null,
    customer_name: customer?.name ?? null,
    customer_phone: customer?.phone ?? null,
    customer_shipping: null,
    customer_tax_exempt: 'none',
    customer_tax_ids: [],
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    due_date: null,
    effective_at: null,
    ending_balance: null,
    footer: null,
    from_invoice: null,
    hosted_invoice_url: null,
    invoice_pdf: null,
    issuer: { type: 'self' },
    last_finalization_error: null,
    latest_revision: null,
    lines: {
      object: 'list',
      data: lines.map((line) => buildLine(id, subscription.id, line)),
      has_more: false,
      url: `/v1/invoices/${id}/lines`,
    },
    livemode: false,
    metadata: {},
    next_payment_attempt: null,
    number: null,
    on_behalf_of: null,
    parent: {
      quote_details: null,
      subscription_details: { metadata: { ...subscription.metadata }, subscription: subscription.id },
      type: 'subscription_details',
    },
    payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
    period_end: periods[0]?.end ?? now,
    period_start: periods[0]?.start ?? now,
    post_payment_credit_notes_amount: 0,
    pre_payment_credit_notes_amount: 0,
    receipt_number: null,
    rendering: null,
    shipping_cost: null,
    shipping_details: null,
    starting_balance: 0,
    statement_descriptor: null,
    status: 'draft',
    status_transitions: { finalized_at: null, marked_uncollectible_at: null, paid_at: null, voided_at: null },
    subscription: null,
    subtotal: total,
    subtotal_excluding_tax: total,
    test_clock: null,
    total,
    total_discount_amounts: [],
    total_excluding_tax: total,
    total_pretax_credit_amounts: [],
    total_taxes: [],
    webhooks_delivered_at: null,
  };
  state.invoices.set(id, invoice);
  return invoice;
}

/**
 * Finalizes a draft: a number from the customer's sequence, the customer's balance applied
 * (a credit from a downgrade lowers what is due; what is left stays on the balance), `invoice.finalized`.
 */
export function finalizeInvoice(state: EmulatorState, invoice: EmulatorInvoice): void {
  const customer = state.customers.get(String(invoice.customer));
  const now = state.now();
  const balance = customer?.balance ?? 0;
  const due = Math.max(0, invoice.total + balance);
  invoice.starting_balance = balance;
  invoice.ending_balance = Math.min(0, invoice.total + balance);
  invoice.amount_due = due;
  invoice.amount_remaining = due;
  if (customer) {
    customer.balance = invoice.ending_balance;
    invoice.number = `${customer.invoice_prefix}-${String(customer.next_invoice_sequence ?? 1).padStart(4, '0')}`;
    customer.next_invoice_sequence = (customer.next_invoice_sequence ?? 1) + 1;
  }
  invoice.status = 'open';
  invoice.effective_at = now;
  invoice.status_transitions.finalized_at = now;
  invoice.hosted_invoice_url = `${state.baseUrl}/__emulator/hosted_invoices/${invoice.id}_${randomToken(12)}`;
  invoice.invoice_pdf = `${invoice.hosted_invoice_url}/pdf`;
  emit(state, 'invoice.finalized', invoice);
}

/** The card an invoice is charged with: the given one, the subscription's default, else the customer's. */
function paymentMethodFor(state: EmulatorState, invoice: EmulatorInvoice, given?: string): string | null {
  if (given) return given;
  const subscriptionId = invoice.parent?.subscription_details?.subscription;
  const subscription =
    typeof subscriptionId === 'string' ? state.subscriptions.get(subscriptionId) : undefined;
  const fromSubscription = subscription?.default_payment_method;
  if (typeof fromSubscription === 'string') return fromSubscription;
  const customer = state.customers.get(String(invoice.customer));
  const fromCustomer = customer?.invoice_settings.default_payment_method;
  return typeof fromCustomer === 'string' ? fromCustomer : null;
}

/** After a payment or a final failure, the subscription's status follows (`customer.subscription.updated`). */
function settleSubscription(state: EmulatorState, invoice: EmulatorInvoice, paid: boolean): void {
  const subscriptionId = invoice.parent?.subscription_details?.subscription;
  const subscription =
    typeof subscriptionId === 'string' ? state.subscriptions.get(subscriptionId) : undefined;
  if (!subscription || subscription.status === 'canceled') return;
  let next: Stripe.Subscription.Status = subscription.status;
  if (paid) {
    const stillOpen = [...state.invoices.values()].some(
      (other) =>
        other.status === 'open' &&
        other.amount_remaining > 0 &&
        other.parent?.subscription_details?.subscription === subscription.id,
    );
    if (!stillOpen) next = 'active';
  } else if (invoice.next_payment_attempt === null) {
    next = 'unpaid';
  } else if (invoice.billing_reason === 'subscription_create' && subscription.status === 'incomplete') {
    next = 'incomplete';
  } else if (subscription.status === 'active' || subscription.status === 'incomplete') {
    next = invoice.billing_reason === 'subscription_create' ? 'incomplete' : 'past_due';
  }
  if (next === subscription.status) return;
  const previous = { status: subscription.status };
  subscription.status = next;
  emit(state, 'customer.subscription.updated', subscription, previous);
}

/**
 * One payment attempt on an open invoice. Success: `paid`, `invoice.paid`. Failure: `invoice.payment_failed`,
 * the next attempt a day later, none after the fourth (the subscription turns `unpaid`).
 */
export function attemptPayment(
  state: EmulatorState,
  invoice: EmulatorInvoice,
  paymentMethodId?: string,
): boolean {
  const now = state.now();
  if (invoice.amount_remaining === 0) {
    markPaid(state, invoice, now);
    return true;
  }
  const methodId = paymentMethodFor(state, invoice, paymentMethodId);
  const method = methodId ? state.paymentMethods.get(methodId) : undefined;
  invoice.attempted = true;
  invoice.attempt_count += 1;
  if (method && chargeSucceeds(method.card?.last4)) {
    markPaid(state, invoice, now);
    return true;
  }
  invoice.next_payment_attempt = invoice.attempt_count < MAX_ATTEMPTS ? now + RETRY_SECONDS : null;
  emit(state, 'invoice.payment_failed', invoice);
  settleSubscription(state, invoice, false);
  return false;
}

function markPaid(state: EmulatorState, invoice: EmulatorInvoice, now: number): void {
  invoice.amount_paid = invoice.amount_due;
  invoice.amount_remaining = 0;
  invoice.status = 'paid';
  invoice.next_payment_attempt = null;
  invoice.status_transitions.paid_at = now;
  emit(state, 'invoice.paid', invoice);
  settleSubscription(state, invoice, true);
}

export function retrieveInvoice(state: EmulatorState, id: string, params: FormHash): EmulatorInvoice {
  rejectUnknown(params, []);
  const invoice = state.invoices.get(id);
  if (!invoice) throw resourceMissing('invoice', id);
  return invoice;
}

/** `GET /v1/invoices?customer=&subscription=&status=&limit=`: newest first. */
export function listInvoices(
  state: EmulatorState,
  _id: string,
  params: FormHash,
): Stripe.ApiList<EmulatorInvoice> {
  rejectUnknown(params, ['customer', 'subscription', 'status', 'limit']);
  const customer = readString(params, 'customer');
  const subscription = readString(params, 'subscription');
  const status = readString(params, 'status');
  const limit = Number(readString(params, 'limit') ?? 10);
  const data = [...state.invoices.values()]
    .filter((invoice) => !customer || invoice.customer === customer)
    .filter((invoice) => !subscription || invoice.parent?.subscription_details?.subscription === subscription)
    .filter((invoice) => !status || invoice.status === status)
    .sort((a, b) => b.created - a.created);
  return {
    object: 'list',
    data: data.slice(0, limit),
    has_more: data.length > limit,
    url: '/v1/invoices',
  };
}

/** `POST /v1/invoices/{id}/pay`: charges now (a failure is Stripe's 402 `card_declined`). */
export function payInvoice(state: EmulatorState, id: string, params: FormHash): EmulatorInvoice {
  rejectUnknown(params, ['payment_method', 'off_session']);
  const invoice = state.invoices.get(id);
  if (!invoice) throw resourceMissing('invoice', id);
  if (invoice.status === 'paid')
    throw invalidRequest('Invoice is already paid.', { code: 'invoice_not_open' });
  if (invoice.status !== 'open') {
    throw invalidRequest(`This invoice can't be paid because it is ${invoice.status}.`, {
      code: 'invoice_not_open',
    });
  }
  const paymentMethod = readString(params, 'payment_method') ?? undefined;
  if (paymentMethod && state.paymentMethods.get(paymentMethod)?.customer !== invoice.customer) {
    throw paramResourceMissing('payment_method', paymentMethod, 'payment_method');
  }
  if (!attemptPayment(state, invoice, paymentMethod)) {
    throw new ApiError(402, {
      type: 'card_error',
      code: 'card_declined',
      decline_code: 'generic_decline',
      message: 'Your card was declined.',
      doc_url: 'https://stripe.com/docs/error-codes/card-declined',
    });
  }
  return invoice;
}
