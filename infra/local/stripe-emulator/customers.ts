// `POST /v1/customers`, `GET /v1/customers/{id}`, `POST /v1/customers/{id}`.
import type Stripe from 'stripe';
import { invalidRequest, resourceMissing } from './errors.ts';
import type { FormHash } from './form.ts';
import {
  mergeMetadata,
  readAddress,
  readEmail,
  readHash,
  readList,
  readMetadata,
  readString,
  rejectUnknown,
} from './params.ts';
import { type EmulatorState, newId, nowUnix, randomToken } from './state.ts';

/** The parameters this emulator models; anything else gets Stripe's `parameter_unknown` error. */
const CUSTOMER_PARAMS = [
  'address',
  'description',
  'email',
  'invoice_settings',
  'metadata',
  'name',
  'phone',
  'preferred_locales',
] as const;

const INVOICE_SETTINGS_PARAMS = ['default_payment_method', 'footer'] as const;

function newCustomer(): Stripe.Customer {
  return {
    id: newId('cus'),
    object: 'customer',
    address: null,
    balance: 0,
    created: nowUnix(),
    currency: null,
    default_source: null,
    delinquent: false,
    description: null,
    discount: null,
    email: null,
    invoice_prefix: randomToken(8).toUpperCase(),
    invoice_settings: {
      custom_fields: null,
      default_payment_method: null,
      footer: null,
      rendering_options: null,
    },
    livemode: false,
    metadata: {},
    name: null,
    next_invoice_sequence: 1,
    phone: null,
    preferred_locales: [],
    shipping: null,
    tax_exempt: 'none',
    test_clock: null,
  };
}

/** Applies create/update parameters to `customer` in place. Validates everything it reads. */
function applyParams(customer: Stripe.Customer, params: FormHash, state: EmulatorState): void {
  rejectUnknown(params, CUSTOMER_PARAMS);
  for (const field of ['name', 'description', 'phone'] as const) {
    const value = readString(params, field);
    if (value !== undefined) customer[field] = value;
  }
  const email = readEmail(params, 'email');
  if (email !== undefined) customer.email = email;
  const address = readAddress(params, 'address', customer.address);
  if (address !== undefined) customer.address = address;
  customer.metadata = mergeMetadata(customer.metadata, readMetadata(params));
  const locales = readList(params, 'preferred_locales');
  if (locales !== undefined) customer.preferred_locales = locales;

  const invoiceSettings = readHash(params, 'invoice_settings');
  if (invoiceSettings === null) {
    customer.invoice_settings = { ...customer.invoice_settings, default_payment_method: null, footer: null };
  } else if (invoiceSettings !== undefined) {
    rejectUnknown(invoiceSettings, INVOICE_SETTINGS_PARAMS, 'invoice_settings');
    const footer = readString(invoiceSettings, 'footer', 'invoice_settings');
    if (footer !== undefined) customer.invoice_settings.footer = footer;
    const paymentMethodId = readString(invoiceSettings, 'default_payment_method', 'invoice_settings');
    if (paymentMethodId) {
      const paymentMethod = state.paymentMethods.get(paymentMethodId);
      if (!paymentMethod || paymentMethod.customer !== customer.id) {
        throw invalidRequest(
          `The customer does not have a payment method with the ID ${paymentMethodId}. The payment method must be attached to the customer.`,
          { code: 'resource_missing', param: 'invoice_settings[default_payment_method]' },
        );
      }
    }
    if (paymentMethodId !== undefined) customer.invoice_settings.default_payment_method = paymentMethodId;
  }
}

export function createCustomer(state: EmulatorState, params: FormHash): Stripe.Customer {
  const customer = newCustomer();
  applyParams(customer, params, state);
  state.customers.set(customer.id, customer);
  return customer;
}

export function retrieveCustomer(state: EmulatorState, id: string, params: FormHash): Stripe.Customer {
  rejectUnknown(params, []);
  const customer = state.customers.get(id);
  if (!customer) throw resourceMissing('customer', id);
  return customer;
}

/** Works on a copy and stores it only when every parameter validated, so a 400 never half-applies. */
export function updateCustomer(state: EmulatorState, id: string, params: FormHash): Stripe.Customer {
  const current = state.customers.get(id);
  if (!current) throw resourceMissing('customer', id);
  const next = structuredClone(current);
  applyParams(next, params, state);
  state.customers.set(id, next);
  return next;
}
