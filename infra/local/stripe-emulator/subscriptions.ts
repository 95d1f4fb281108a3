// Subscriptions (one recurring price each): create (first invoice charged at once), retrieve, list by
// customer, update (price with proration, cancel_at_period_end, default card), cancel; and what the
// clock does when time passes (renewals, retries of failed invoices, cancellation at period end).
import type Stripe from 'stripe';
import { invalidRequest, paramResourceMissing, resourceMissing } from './errors.ts';
import type { FormHash } from './form.ts';
import { attemptPayment, createInvoice, emit, finalizeInvoice, type LineInput } from './invoices.ts';
import { mergeMetadata, readHash, readMetadata, readString, rejectUnknown } from './params.ts';
import { periodSeconds } from './prices.ts';
import { type EmulatorState, newId } from './state.ts';

const CREATE_PARAMS = [
  'customer',
  'items',
  'default_payment_method',
  'metadata',
  'payment_behavior',
  'proration_behavior',
  'off_session',
  'description',
  'collection_method',
] as const;
const UPDATE_PARAMS = [
  'items',
  'default_payment_method',
  'metadata',
  'payment_behavior',
  'proration_behavior',
  'off_session',
  'cancel_at_period_end',
  'description',
] as const;
const PRORATION = ['create_prorations', 'always_invoice', 'none'];

function readItems(params: FormHash): FormHash[] | undefined {
  const items = readHash(params, 'items');
  if (!items) return undefined;
  return Object.keys(items)
    .sort((a, b) => Number(a) - Number(b))
    .map((key) => {
      const item = items[key];
      if (typeof item !== 'object') throw invalidRequest('Invalid array', { param: 'items' });
      return item;
    });
}

function priceOf(state: EmulatorState, id: string | null | undefined, param: string): Stripe.Price {
  if (!id)
    throw invalidRequest('Missing required param: items[0][price].', { code: 'parameter_missing', param });
  const price = state.prices.get(id);
  if (!price) throw paramResourceMissing('price', id, param);
  if (!price.recurring) throw invalidRequest(`The price specified is not recurring: ${id}.`, { param });
  return price;
}

function planOf(price: Stripe.Price): Stripe.Plan {
  return {
    id: price.id,
    object: 'plan',
    active: price.active,
    amount: price.unit_amount,
    amount_decimal: price.unit_amount_decimal,
    billing_scheme: price.billing_scheme,
    created: price.created,
    currency: price.currency,
    interval: price.recurring?.interval ?? 'month',
    interval_count: price.recurring?.interval_count ?? 1,
    livemode: false,
    metadata: price.metadata,
    meter: null,
    nickname: price.nickname,
    product: price.product as string,
    tiers_mode: null,
    transform_usage: null,
    trial_period_days: null,
    usage_type: 'licensed',
  };
}

function attachedCard(state: EmulatorState, customerId: string, id: string, param: string): string {
  const method = state.paymentMethods.get(id);
  if (!method || method.customer !== customerId) {
    throw invalidRequest(
      `The customer does not have a payment method with the ID ${id}. The payment method must be attached to the customer.`,
      { code: 'resource_missing', param },
    );
  }
  return id;
}

export const itemOf = (subscription: Stripe.Subscription): Stripe.SubscriptionItem => {
  const item = subscription.items.data[0];
  if (!item) throw new Error(`subscription ${subscription.id} has no item`);
  return item;
};

const amountOf = (price: Stripe.Price) => price.unit_amount ?? 0;

function periodLine(
  subscription: Stripe.Subscription,
  price: Stripe.Price,
  start: number,
  end: number,
): LineInput {
  return {
    amount: amountOf(price),
    description: `1 × ${price.nickname ?? price.id} (at ${(amountOf(price) / 100).toFixed(2)} ${price.currency.toUpperCase()} / ${price.recurring?.interval ?? 'month'})`,
    price,
    start,
    end,
    proration: false,
    subscriptionItem: itemOf(subscription).id,
  };
}

/** Invoices the lines now: finalized and charged; the subscription's status follows the payment. */
function invoiceNow(
  state: EmulatorState,
  subscription: Stripe.Subscription,
  lines: LineInput[],
  reason: Stripe.Invoice.BillingReason,
): void {
  const invoice = createInvoice(state, subscription, lines, reason);
  subscription.latest_invoice = invoice.id;
  finalizeInvoice(state, invoice);
  attemptPayment(state, invoice);
}

export function createSubscription(state: EmulatorState, params: FormHash): Stripe.Subscription {
  rejectUnknown(params, CREATE_PARAMS);
  const customerId = readString(params, 'customer');
  if (!customerId)
    throw invalidRequest('Missing required param: customer.', {
      code: 'parameter_missing',
      param: 'customer',
    });
  const customer = state.customers.get(customerId);
  if (!customer) throw paramResourceMissing('customer', customerId, 'customer');
  const items = readItems(params) ?? [];
  if (items.length !== 1)
    throw invalidRequest('The Stripe emulator models subscriptions with exactly one item.', {
      param: 'items',
    });
  const price = priceOf(state, readString(items[0] ?? {}, 'price'), 'items[0][price]');
  const behavior = readString(params, 'payment_behavior') ?? 'allow_incomplete';
  const given = readString(params, 'default_payment_method');
  const defaultPaymentMethod = given
    ? attachedCard(state, customerId, given, 'default_payment_method')
    : null;
  if (
    !defaultPaymentMethod &&
    !customer.invoice_settings.default_payment_method &&
    behavior !== 'default_incomplete'
  ) {
    throw invalidRequest('This customer has no attached payment source or default payment method.', {
      code: 'resource_missing',
    });
  }
  const now = state.now();
  const id = newId('sub');
  const end = now + periodSeconds(price);
  const subscription: Stripe.Subscription = {
    id,
    object: 'subscription',
    application: null,
    application_fee_percent: null,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null },
    billing_cycle_anchor: now,
    billing_cycle_anchor_config: null,
    billing_mode: { flexible: null, type: 'classic' },
    billing_schedules: [],
    billing_thresholds: null,
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    cancellation_details: { comment: null, feedback: null, feedback_option: null, reason: null },
    collection_method: 'charge_automatically',
    created: now,
    currency: price.currency,
    customer: customerId,
    customer_account: null,
    days_until_due: null,
    default_payment_method: defaultPaymentMethod,
    default_source: null,
    default_tax_rates: [],
    description: readString(params, 'description') ?? null,
    discounts: [],
    ended_at: null,
    invoice_settings: {
      account_tax_ids: null,
      custom_fields: null,
      description: null,
      footer: null,
      issuer: { type: 'self' },
    },
    items: {
      object: 'list',
      data: [
        {
          id: newId('si'),
          object: 'subscription_item',
          billing_thresholds: null,
          created: now,
          current_period_end: end,
          current_period_start: now,
          current_trial: null,
          discounts: [],
          metadata: {},
          plan: planOf(price),
          price: structuredClone(price),
          quantity: 1,
          subscription: id,
          tax_rates: [],
        },
      ],
      has_more: false,
      url: `/v1/subscription_items?subscription=${id}`,
    },
    latest_invoice: null,
    livemode: false,
    managed_payments: null,
    metadata: mergeMetadata({}, readMetadata(params)),
    next_pending_invoice_item_invoice: null,
    on_behalf_of: null,
    pause_collection: null,
    payment_settings: {
      payment_method_options: null,
      payment_method_types: null,
      save_default_payment_method: 'off',
    },
    pending_invoice_item_interval: null,
    pending_setup_intent: null,
    pending_update: null,
    schedule: null,
    start_date: now,
    status: 'incomplete',
    test_clock: null,
    transfer_data: null,
    trial_end: null,
    trial_settings: {
      end_behavior: { billing_cycle_anchor: null, missing_payment_method: 'create_invoice' },
    },
    trial_start: null,
  };
  state.subscriptions.set(id, subscription);
  const invoice = createInvoice(
    state,
    subscription,
    [periodLine(subscription, price, now, end)],
    'subscription_create',
  );
  subscription.latest_invoice = invoice.id;
  const outbox = state.outbox.length;
  finalizeInvoice(state, invoice);
  const paid = attemptPayment(state, invoice);
  if (paid) subscription.status = 'active';
  // `customer.subscription.created` carries the status after the first payment, before the payment events
  const created = structuredClone(subscription);
  const later = state.outbox.splice(outbox);
  emit(state, 'customer.subscription.created', created);
  state.outbox.push(...later.filter((event) => event.type !== 'customer.subscription.updated'));
  return subscription;
}

export function retrieveSubscription(
  state: EmulatorState,
  id: string,
  params: FormHash,
): Stripe.Subscription {
  rejectUnknown(params, []);
  const subscription = state.subscriptions.get(id);
  if (!subscription) throw resourceMissing('subscription', id);
  return subscription;
}

/** `GET /v1/subscriptions?customer=&status=`: newest first; `status` defaults to every one but `canceled`. */
export function listSubscriptions(
  state: EmulatorState,
  _id: string,
  params: FormHash,
): Stripe.ApiList<Stripe.Subscription> {
  rejectUnknown(params, ['customer', 'status', 'price', 'limit']);
  const customer = readString(params, 'customer');
  const status = readString(params, 'status');
  const price = readString(params, 'price');
  const data = [...state.subscriptions.values()]
    .filter((sub) => !customer || sub.customer === customer)
    .filter((sub) => (status === 'all' ? true : status ? sub.status === status : sub.status !== 'canceled'))
    .filter((sub) => !price || itemOf(sub).price.id === price)
    .sort((a, b) => b.created - a.created);
  return { object: 'list', data, has_more: false, url: '/v1/subscriptions' };
}

function readBoolean(params: FormHash, key: string): boolean | undefined {
  const value = readString(params, key);
  if (value === undefined || value === null) return undefined;
  if (value !== 'true' && value !== 'false')
    throw invalidRequest(`Invalid boolean: ${value}`, { param: key });
  return value === 'true';
}

/**
 * `POST /v1/subscriptions/{id}`: a new price (items[0][id] + items[0][price]) prorates the rest of the
 * period by `proration_behavior` (`create_prorations`: lines on the next invoice; `always_invoice`: an
 * invoice now, a credit lowering what is due; `none`); `cancel_at_period_end`; `default_payment_method`.
 */
export function updateSubscription(state: EmulatorState, id: string, params: FormHash): Stripe.Subscription {
  rejectUnknown(params, UPDATE_PARAMS);
  const current = state.subscriptions.get(id);
  if (!current) throw resourceMissing('subscription', id);
  if (current.status === 'canceled' || current.status === 'incomplete_expired') {
    throw invalidRequest(`A canceled subscription can only update its cancellation_details and metadata.`, {
      code: 'resource_missing',
    });
  }
  const subscription = structuredClone(current);
  const previous: Record<string, unknown> = {};
  const now = state.now();
  const proration = readString(params, 'proration_behavior') ?? 'create_prorations';
  if (!PRORATION.includes(proration)) {
    throw invalidRequest(`Invalid proration_behavior: must be one of ${PRORATION.join(', ')}`, {
      param: 'proration_behavior',
    });
  }
  const given = readString(params, 'default_payment_method');
  if (given !== undefined) {
    previous.default_payment_method = subscription.default_payment_method;
    subscription.default_payment_method = given
      ? attachedCard(state, String(subscription.customer), given, 'default_payment_method')
      : null;
  }
  const cancelAtPeriodEnd = readBoolean(params, 'cancel_at_period_end');
  const item = itemOf(subscription);
  if (cancelAtPeriodEnd !== undefined && cancelAtPeriodEnd !== subscription.cancel_at_period_end) {
    previous.cancel_at_period_end = subscription.cancel_at_period_end;
    previous.cancel_at = subscription.cancel_at;
    previous.canceled_at = subscription.canceled_at;
    subscription.cancel_at_period_end = cancelAtPeriodEnd;
    subscription.cancel_at = cancelAtPeriodEnd ? item.current_period_end : null;
    subscription.canceled_at = cancelAtPeriodEnd ? now : null;
    subscription.cancellation_details = {
      comment: null,
      feedback: null,
      feedback_option: null,
      reason: cancelAtPeriodEnd ? 'cancellation_requested' : null,
    };
  }
  const metadata = readMetadata(params);
  if (metadata !== undefined) {
    previous.metadata = subscription.metadata;
    subscription.metadata = mergeMetadata(subscription.metadata, metadata);
  }
  const items = readItems(params);
  const lines: LineInput[] = [];
  if (items) {
    if (items.length !== 1)
      throw invalidRequest('The Stripe emulator models subscriptions with exactly one item.', {
        param: 'items',
      });
    const itemId = readString(items[0] ?? {}, 'id');
    if (itemId && itemId !== item.id) throw paramResourceMissing('subscription_item', itemId, 'items[0][id]');
    const price = priceOf(state, readString(items[0] ?? {}, 'price'), 'items[0][price]');
    const oldPrice = item.price;
    if (price.id !== oldPrice.id) {
      if (price.currency !== oldPrice.currency)
        throw invalidRequest('The price currency must match the subscription currency.', {
          param: 'items[0][price]',
        });
      previous.items = structuredClone(subscription.items);
      const remaining =
        Math.max(0, item.current_period_end - now) / (item.current_period_end - item.current_period_start);
      if (proration !== 'none' && remaining > 0) {
        const common = {
          start: now,
          end: item.current_period_end,
          proration: true,
          subscriptionItem: item.id,
        };
        lines.push(
          {
            ...common,
            price: oldPrice,
            amount: -Math.round(amountOf(oldPrice) * remaining),
            description: `Unused time on ${oldPrice.nickname ?? oldPrice.id}`,
          },
          {
            ...common,
            price,
            amount: Math.round(amountOf(price) * remaining),
            description: `Remaining time on ${price.nickname ?? price.id}`,
          },
        );
      }
      item.price = structuredClone(price);
      item.plan = planOf(price);
    }
  }
  if (Object.keys(previous).length === 0 && lines.length === 0) return current;
  state.subscriptions.set(id, subscription);
  emit(state, 'customer.subscription.updated', subscription, previous);
  if (lines.length > 0 && proration === 'always_invoice') {
    invoiceNow(state, subscription, lines, 'subscription_update');
  } else if (lines.length > 0) {
    const pending = state.pendingLines.get(id) ?? [];
    for (const line of lines)
      pending.push({
        amount: line.amount,
        description: line.description,
        priceId: line.price.id,
        start: line.start,
        end: line.end,
      });
    state.pendingLines.set(id, pending);
  }
  return subscription;
}

/** `DELETE /v1/subscriptions/{id}`: canceled now, retries stop, `customer.subscription.deleted`. */
export function cancelSubscription(state: EmulatorState, id: string, params: FormHash): Stripe.Subscription {
  rejectUnknown(params, ['invoice_now', 'prorate', 'cancellation_details']);
  const subscription = state.subscriptions.get(id);
  if (!subscription) throw resourceMissing('subscription', id);
  if (subscription.status === 'canceled') {
    throw invalidRequest(`No such subscription: '${id}'`, { code: 'resource_missing', param: 'id' });
  }
  endSubscription(state, subscription, 'cancellation_requested');
  return subscription;
}

function endSubscription(
  state: EmulatorState,
  subscription: Stripe.Subscription,
  reason: Stripe.Subscription.CancellationDetails.Reason,
): void {
  const now = state.now();
  subscription.status = 'canceled';
  subscription.canceled_at ??= now;
  subscription.ended_at = now;
  subscription.cancellation_details = { comment: null, feedback: null, feedback_option: null, reason };
  for (const invoice of state.invoices.values()) {
    if (invoice.parent?.subscription_details?.subscription === subscription.id && invoice.status === 'open')
      invoice.next_payment_attempt = null;
  }
  emit(state, 'customer.subscription.deleted', subscription);
}

const RENEWING: readonly Stripe.Subscription.Status[] = ['active', 'past_due', 'trialing'];

/** The earliest moment at or before `until` when something is due (a period end, a retry). */
export function nextDue(state: EmulatorState, until: number): number | undefined {
  let next: number | undefined;
  const consider = (at: number | null | undefined) => {
    if (at !== null && at !== undefined && at <= until && (next === undefined || at < next)) next = at;
  };
  for (const subscription of state.subscriptions.values())
    if (RENEWING.includes(subscription.status)) consider(itemOf(subscription).current_period_end);
  for (const invoice of state.invoices.values())
    if (invoice.status === 'open') consider(invoice.next_payment_attempt);
  return next;
}

/** Does what is due at the emulator's current time: cancellations at period end, renewals, retries. */
export function runDue(state: EmulatorState): void {
  const now = state.now();
  for (const subscription of state.subscriptions.values()) {
    if (!RENEWING.includes(subscription.status)) continue;
    const item = itemOf(subscription);
    if (item.current_period_end > now) continue;
    if (subscription.cancel_at_period_end) {
      endSubscription(state, subscription, 'cancellation_requested');
      continue;
    }
    const start = item.current_period_end;
    const end = start + periodSeconds(item.price);
    const previous = {
      items: structuredClone(subscription.items),
      latest_invoice: subscription.latest_invoice,
    };
    item.current_period_start = start;
    item.current_period_end = end;
    const pending = state.pendingLines.get(subscription.id) ?? [];
    state.pendingLines.delete(subscription.id);
    const lines: LineInput[] = [
      ...pending.map((line) => ({
        amount: line.amount,
        description: line.description,
        price: state.prices.get(line.priceId) ?? item.price,
        start: line.start,
        end: line.end,
        proration: true,
        subscriptionItem: item.id,
      })),
      periodLine(subscription, item.price, start, end),
    ];
    const invoice = createInvoice(state, subscription, lines, 'subscription_cycle');
    subscription.latest_invoice = invoice.id;
    emit(state, 'customer.subscription.updated', subscription, previous);
    finalizeInvoice(state, invoice);
    attemptPayment(state, invoice);
  }
  for (const invoice of state.invoices.values()) {
    if (
      invoice.status !== 'open' ||
      invoice.next_payment_attempt === null ||
      invoice.next_payment_attempt > now
    )
      continue;
    attemptPayment(state, invoice);
  }
}

/** Moves the emulator's clock forward, doing everything due on the way in time order. */
export function advanceClock(state: EmulatorState, seconds: number): void {
  const target = state.now() + seconds;
  for (let guard = 0; guard < 10_000; guard++) {
    const due = nextDue(state, target);
    if (due === undefined) break;
    state.clockOffset += Math.max(0, due - state.now());
    runDue(state);
  }
  state.clockOffset += Math.max(0, target - state.now());
}
