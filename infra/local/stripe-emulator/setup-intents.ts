// `POST /v1/setup_intents`, `GET /v1/setup_intents/{id}`, and the confirm step the browser would do.
import type Stripe from 'stripe';
import { findTestCard, GENERIC_DECLINE, SUPPORTED_CARD_NUMBERS } from './cards.ts';
import { invalidParameter, invalidRequest, paramResourceMissing, resourceMissing } from './errors.ts';
import type { FormHash } from './form.ts';
import { mergeMetadata, readList, readMetadata, readString, rejectUnknown } from './params.ts';
import { buildCardPaymentMethod, type CardExpiry } from './payment-methods.ts';
import { type EmulatorState, newClientSecret, newId, nowUnix } from './state.ts';

/**
 * stripe-node 23 (API 2026-09-30 and later) types `allowed_payment_method_types`; `payment_method_types` is what
 * older API versions and hand-written form bodies send. Both are accepted; only `card` is modelled.
 */
const CREATE_PARAMS = [
  'allowed_payment_method_types',
  'customer',
  'description',
  'metadata',
  'payment_method_types',
  'usage',
] as const;
const USAGES = ['off_session', 'on_session'];
const CONFIRMABLE: readonly string[] = ['requires_payment_method', 'requires_confirmation'];

function readPaymentMethodTypes(params: FormHash, key: string): string[] | undefined {
  const types = readList(params, key);
  if (types === undefined || types.length === 0) return undefined;
  const unsupported = types.find((type) => type !== 'card');
  if (unsupported !== undefined) {
    throw invalidParameter(
      key,
      `The payment method type "${unsupported}" is not supported by the Stripe emulator (only "card").`,
    );
  }
  return types;
}

export function createSetupIntent(state: EmulatorState, params: FormHash): Stripe.SetupIntent {
  rejectUnknown(params, CREATE_PARAMS);
  const customer = readString(params, 'customer') ?? null;
  if (customer !== null && !state.customers.has(customer)) {
    throw paramResourceMissing('customer', customer, 'customer');
  }
  const allowed = readPaymentMethodTypes(params, 'allowed_payment_method_types');
  const legacy = readPaymentMethodTypes(params, 'payment_method_types');
  if (allowed !== undefined && legacy !== undefined) {
    throw invalidRequest(
      'You may only specify one of these parameters: allowed_payment_method_types, payment_method_types.',
      {
        code: 'parameters_exclusive',
        param: 'payment_method_types',
      },
    );
  }
  const usage = readString(params, 'usage') ?? 'off_session';
  if (!USAGES.includes(usage)) {
    throw invalidParameter('usage', `Invalid usage: must be one of ${USAGES.join(' or ')}`);
  }
  const id = newId('seti');
  const setupIntent: Stripe.SetupIntent = {
    id,
    object: 'setup_intent',
    allowed_payment_method_types: allowed ?? null,
    application: null,
    automatic_payment_methods: null,
    cancellation_reason: null,
    client_secret: newClientSecret(id),
    created: nowUnix(),
    customer,
    description: readString(params, 'description') ?? null,
    excluded_payment_method_types: null,
    flow_directions: null,
    last_setup_error: null,
    latest_attempt: null,
    livemode: false,
    mandate: null,
    metadata: mergeMetadata({}, readMetadata(params)),
    next_action: null,
    on_behalf_of: null,
    payment_method: null,
    payment_method_configuration_details: null,
    payment_method_options: {
      card: { mandate_options: null, network: null, request_three_d_secure: 'automatic' },
    },
    payment_method_types: allowed ?? legacy ?? ['card'],
    single_use_mandate: null,
    status: 'requires_payment_method',
    usage,
  };
  state.setupIntents.set(id, setupIntent);
  return setupIntent;
}

export function retrieveSetupIntent(state: EmulatorState, id: string, params: FormHash): Stripe.SetupIntent {
  rejectUnknown(params, ['client_secret']);
  const setupIntent = state.setupIntents.get(id);
  if (!setupIntent) throw resourceMissing('setup_intent', id);
  return setupIntent;
}

export interface ConfirmInput {
  card: string;
  clientSecret?: string;
  expiry: CardExpiry;
}

export interface ConfirmOutcome {
  setupIntent: Stripe.SetupIntent;
  eventType: 'setup_intent.succeeded' | 'setup_intent.setup_failed';
}

/**
 * What Stripe.js `confirmCardSetup` does against Stripe: tokenises the card into a PaymentMethod and
 * confirms the SetupIntent. On success the PaymentMethod is attached to the customer and becomes the
 * customer's `invoice_settings.default_payment_method` (an emulator convenience; real Stripe leaves that
 * to the integration). On a decline the SetupIntent goes back to `requires_payment_method`.
 */
export function confirmSetupIntent(state: EmulatorState, id: string, input: ConfirmInput): ConfirmOutcome {
  const current = state.setupIntents.get(id);
  if (!current) throw resourceMissing('setup_intent', id);
  if (input.clientSecret !== undefined && input.clientSecret !== current.client_secret) {
    throw invalidRequest(
      'The client_secret provided does not match the client_secret associated with the SetupIntent.',
      { param: 'client_secret' },
    );
  }
  if (!CONFIRMABLE.includes(current.status)) {
    throw invalidRequest(
      `You cannot confirm this SetupIntent because it has a status of ${current.status}, which is not one of ${CONFIRMABLE.join(', ')}.`,
      { code: 'setup_intent_unexpected_state' },
    );
  }
  const card = findTestCard(input.card);
  if (!card) {
    throw invalidParameter(
      'card',
      `Unsupported card number. The Stripe emulator knows these test cards: ${SUPPORTED_CARD_NUMBERS.join(', ')}.`,
    );
  }

  const paymentMethod = buildCardPaymentMethod(card, input.expiry);
  const setupIntent = structuredClone(current);
  const attaches = card.outcome !== 'declined';
  if (attaches) {
    const customer =
      typeof setupIntent.customer === 'string' ? state.customers.get(setupIntent.customer) : undefined;
    if (customer) {
      paymentMethod.customer = customer.id;
      customer.invoice_settings.default_payment_method = paymentMethod.id;
    }
    setupIntent.status = 'succeeded';
    setupIntent.payment_method = paymentMethod.id;
    setupIntent.last_setup_error = null;
  } else {
    setupIntent.status = 'requires_payment_method';
    setupIntent.payment_method = null;
    setupIntent.last_setup_error = { ...GENERIC_DECLINE, payment_method: structuredClone(paymentMethod) };
  }
  state.paymentMethods.set(paymentMethod.id, paymentMethod);
  state.setupIntents.set(id, setupIntent);
  return {
    setupIntent,
    eventType: attaches ? 'setup_intent.succeeded' : 'setup_intent.setup_failed',
  };
}
