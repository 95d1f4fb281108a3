// Routing table for the Stripe API surface (`/v1/...`). Handlers are synchronous and return the stored object.

import { createCustomer, retrieveCustomer, updateCustomer } from './customers.ts';
import { resourceMissing } from './errors.ts';
import { expandObject } from './expand.ts';
import type { FormHash } from './form.ts';
import { safeDecode } from './http.ts';
import { listInvoices, payInvoice, retrieveInvoice } from './invoices.ts';
import { readExpand, rejectUnknown } from './params.ts';
import { detachPaymentMethod, listCustomerPaymentMethods, retrievePaymentMethod } from './payment-methods.ts';
import { listPrices, retrievePrice } from './prices.ts';
import { createSetupIntent, retrieveSetupIntent } from './setup-intents.ts';
import type { EmulatorState } from './state.ts';
import {
  cancelSubscription,
  createSubscription,
  listSubscriptions,
  retrieveSubscription,
  updateSubscription,
} from './subscriptions.ts';

type Handler = (state: EmulatorState, id: string, params: FormHash) => object;

interface ApiRoute {
  method: 'GET' | 'POST' | 'DELETE';
  pattern: RegExp;
  handler: Handler;
}

const ROUTES: readonly ApiRoute[] = [
  {
    method: 'POST',
    pattern: /^\/v1\/customers$/,
    handler: (state, _id, params) => createCustomer(state, params),
  },
  { method: 'GET', pattern: /^\/v1\/customers\/([^/]+)$/, handler: retrieveCustomer },
  { method: 'POST', pattern: /^\/v1\/customers\/([^/]+)$/, handler: updateCustomer },
  {
    method: 'POST',
    pattern: /^\/v1\/setup_intents$/,
    handler: (state, _id, params) => createSetupIntent(state, params),
  },
  { method: 'GET', pattern: /^\/v1\/setup_intents\/([^/]+)$/, handler: retrieveSetupIntent },
  { method: 'GET', pattern: /^\/v1\/payment_methods\/([^/]+)$/, handler: retrievePaymentMethod },
  { method: 'POST', pattern: /^\/v1\/payment_methods\/([^/]+)\/detach$/, handler: detachPaymentMethod },
  {
    method: 'GET',
    pattern: /^\/v1\/customers\/([^/]+)\/payment_methods$/,
    handler: listCustomerPaymentMethods,
  },
  { method: 'GET', pattern: /^\/v1\/prices$/, handler: listPrices },
  { method: 'GET', pattern: /^\/v1\/prices\/([^/]+)$/, handler: retrievePrice },
  {
    method: 'POST',
    pattern: /^\/v1\/subscriptions$/,
    handler: (state, _id, params) => createSubscription(state, params),
  },
  { method: 'GET', pattern: /^\/v1\/subscriptions$/, handler: listSubscriptions },
  { method: 'GET', pattern: /^\/v1\/subscriptions\/([^/]+)$/, handler: retrieveSubscription },
  { method: 'POST', pattern: /^\/v1\/subscriptions\/([^/]+)$/, handler: updateSubscription },
  { method: 'DELETE', pattern: /^\/v1\/subscriptions\/([^/]+)$/, handler: cancelSubscription },
  { method: 'GET', pattern: /^\/v1\/invoices$/, handler: listInvoices },
  { method: 'GET', pattern: /^\/v1\/invoices\/([^/]+)$/, handler: retrieveInvoice },
  { method: 'POST', pattern: /^\/v1\/invoices\/([^/]+)\/pay$/, handler: payInvoice },
  {
    method: 'GET',
    pattern: /^\/v1\/events\/([^/]+)$/,
    handler: (state, id, params) => {
      rejectUnknown(params, []);
      const event = state.events.get(id);
      if (!event) throw resourceMissing('event', id);
      return event;
    },
  },
];

export type ApiCall = (state: EmulatorState, params: FormHash) => object;

/** Finds the handler for `method path`; the returned call strips `expand`, runs it and applies expansion. */
export function matchApiRoute(method: string, path: string): ApiCall | undefined {
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(path);
    if (!match) continue;
    const id = safeDecode(match[1] ?? '');
    return (state, params) => {
      const expand = readExpand(params);
      const { expand: _expand, ...rest } = params;
      return expandObject(route.handler(state, id, rest), expand, state);
    };
  }
  return undefined;
}
