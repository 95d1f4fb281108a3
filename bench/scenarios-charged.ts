import Stripe from 'stripe';
import { measureHttp } from './http-scenario.ts';
import { progress } from './progress.ts';
import { type BenchContext, request, type ScenarioResult } from './scenario.ts';
import type { OwnedOrg } from './scenarios-orgs.ts';
import { sizes } from './sizes.ts';
import { countStripeCalls } from './stripe-call-counter.ts';
import { setupFailedEvents, signedEvents } from './stripe-webhooks.ts';

/** Orgs activated for the group (each: a subscription, then an invoice per month). */
const CHARGED_ORGS = 5;
const MONTHS = 2;
const DAY = 86_400;
/** events per event scenario (each may call Stripe: fewer than the setup-intent scenario's 1,000) */
const EVENTS = 300;

const stripeSdk = (stripeUrl: string) => {
  const url = new URL(stripeUrl);
  return new Stripe('sk_test_bench', {
    host: url.hostname,
    port: Number(url.port),
    protocol: 'http',
    maxNetworkRetries: 0,
  });
};

async function emulator(stripeUrl: string, path: string, body: unknown) {
  const response = await fetch(`${stripeUrl}/__emulator/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`emulator ${path}: ${response.status} ${await response.text()}`);
}

/** Plan, settings, billing, card (the emulator plays Stripe.js): activation subscribes and charges. */
async function activate(context: BenchContext, { owner, orgId }: OwnedOrg, i: number) {
  const { token } = owner;
  await context.api.expect(200, 'PUT', `/orgs/${orgId}/plan`, { token, body: { planId: 'pro' } });
  await context.api.expect(200, 'PATCH', `/orgs/${orgId}`, { token, body: { timeZone: 'Europe/Berlin' } });
  await context.api.expect(200, 'PUT', `/orgs/${orgId}/billing`, {
    token,
    body: {
      customerName: `Charged ${i}`,
      billingEmail: `charged-${i}@example.com`,
      address: { line1: 'Hauptstr. 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
    },
  });
  const intent = await context.api.expect(201, 'POST', `/orgs/${orgId}/billing/setup-intent`, { token });
  await emulator(context.stack.stripeUrl, `setup_intents/${intent.setupIntentId}/confirm`, {
    card: '4242424242424242',
    client_secret: intent.clientSecret,
  });
  return (await context.api.expect(200, 'GET', `/orgs/${orgId}/billing`, { token })).customerId as string;
}

/** An HTTP scenario with the Stripe calls its requests made (the emulator's /v1 requests meanwhile). */
async function withStripeCalls(context: BenchContext, run: () => Promise<ScenarioResult>) {
  const { value: result, calls } = await countStripeCalls(context.stack.stripeUrl, run);
  const perRequest = result.ddb.operations > 0 ? calls / result.ddb.operations : 0;
  return {
    result: { ...result, note: `${result.note}; Stripe calls per request ${perRequest}` },
    perRequest,
  };
}

/**
 * The charged plan: the invoices page (DynamoDB only, never Stripe) and Stripe's subscription and
 * invoice events per event, beside the setup-intent event of the same run.
 */
export async function chargedScenarios(context: BenchContext, orgs: OwnedOrg[]) {
  const charged = orgs.slice(0, CHARGED_ORGS);
  if (charged.length === 0) throw new Error('billing: no org to activate');
  const customerIds = await Promise.all(charged.map((org, i) => activate(context, org, i)));
  await emulator(context.stack.stripeUrl, 'clock/advance', { seconds: MONTHS * 30 * DAY + 60 });
  progress(`billing: ${charged.length} orgs activated, ${MONTHS} renewals each`);

  const stripe = stripeSdk(context.stack.stripeUrl);
  const subscriptions: Stripe.Subscription[] = [];
  const paidInvoices: Stripe.Invoice[] = [];
  for (const customer of customerIds) {
    subscriptions.push(...(await stripe.subscriptions.list({ customer })).data);
    paidInvoices.push(...(await stripe.invoices.list({ customer, status: 'paid' })).data);
  }
  if (subscriptions.length < charged.length || paidInvoices.length < charged.length * (MONTHS + 1))
    throw new Error(`billing: ${subscriptions.length} subscriptions, ${paidInvoices.length} paid invoices`);

  const invoicesPage = await withStripeCalls(context, () =>
    measureHttp(context, {
      name: 'GET /orgs/{id}/invoices',
      method: 'GET',
      route: '/orgs/{orgId}/invoices',
      requests: charged.map(({ owner, orgId }) => request('GET', `/orgs/${orgId}/invoices`, owner.token)),
      duration: sizes.durationSeconds,
      note: `${charged.length} orgs of ${MONTHS + 1} invoices each, first page`,
    }),
  );
  const event = (name: string, type: string, objects: readonly object[]) =>
    withStripeCalls(context, () =>
      measureHttp(context, {
        name: `POST /webhooks/stripe (${name})`,
        method: 'POST',
        route: '/webhooks/stripe',
        requests: signedEvents(type, objects, EVENTS, context.webhookSecret),
        amount: EVENTS,
        maxSeconds: sizes.capSeconds,
        note: `unique event ids, real ${name.split('.')[0]} objects of ${charged.length} orgs in rotation`,
      }),
    );
  const setupFailed = await withStripeCalls(context, () =>
    measureHttp(context, {
      name: 'POST /webhooks/stripe (setup_failed)',
      method: 'POST',
      route: '/webhooks/stripe',
      requests: setupFailedEvents(customerIds, EVENTS, context.webhookSecret),
      amount: EVENTS,
      maxSeconds: sizes.capSeconds,
      note: `unique event ids, ${customerIds.length} customers in rotation (the reference)`,
    }),
  );
  const paid = await event('invoice.paid', 'invoice.paid', paidInvoices);
  const updated = await event('subscription.updated', 'customer.subscription.updated', subscriptions);

  const results = [invoicesPage.result, setupFailed.result, paid.result, updated.result];
  const ratios: Record<string, number> = {
    'invoices page: DynamoDB calls per request': invoicesPage.result.ddb.perOperation,
    'invoices page: Stripe calls per request': invoicesPage.perRequest,
    'invoice.paid: DynamoDB calls per event': paid.result.ddb.perOperation,
    'invoice.paid: Stripe calls per event': paid.perRequest,
    'subscription.updated: DynamoDB calls per event': updated.result.ddb.perOperation,
    'subscription.updated: Stripe calls per event': updated.perRequest,
    'setup_failed: DynamoDB calls per event': setupFailed.result.ddb.perOperation,
    'invoice.paid ÷ setup_failed event, p50 latency': paid.result.p50Ms / setupFailed.result.p50Ms,
    'subscription.updated ÷ setup_failed event, p50 latency': updated.result.p50Ms / setupFailed.result.p50Ms,
  };
  return { results, ratios, soak: undefined };
}
