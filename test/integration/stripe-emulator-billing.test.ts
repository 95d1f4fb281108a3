// The Stripe emulator's billing: prices, subscriptions, invoices, the clock, the failing test card, and
// its objects checked field for field against Stripe's published fixtures, read by the real `stripe` SDK.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Stripe from 'stripe';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type StripeEmulator, startStripeEmulator } from '../../infra/local/stripe-emulator/server.ts';

const SECRET = 'whsec_billing_emulator_test';
const DAY = 86_400;
const fixtures = JSON.parse(
  readFileSync(new URL('../fixtures/stripe-fixtures3.json', import.meta.url), 'utf8'),
).resources as Record<string, Record<string, unknown>>;

interface Received {
  id: string;
  type: string;
  created: number;
  data: { object: Record<string, unknown>; previous_attributes?: Record<string, unknown> };
}

let receiver: Server;
let received: Received[] = [];
let emulator: StripeEmulator;
let stripe: Stripe;
let dir: string;

async function startEmulator(stateFile?: string) {
  const { port } = receiver.address() as AddressInfo;
  emulator = await startStripeEmulator({
    port: 0,
    webhookUrl: `http://127.0.0.1:${port}/webhooks/stripe`,
    webhookSecret: SECRET,
    ...(stateFile ? { stateFile } : {}),
  });
  const url = new URL(emulator.url);
  stripe = new Stripe('sk_test_billing', {
    host: url.hostname,
    port: Number(url.port),
    protocol: 'http',
    maxNetworkRetries: 0,
  });
}

// biome-ignore lint/suspicious/noExplicitAny: the emulator's control replies are plain JSON read by the test
const control = async (pathname: string, body: unknown = {}): Promise<any> => {
  const response = await fetch(`${emulator.url}/__emulator/${pathname}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return response.json();
};
const advance = (seconds: number) => control('clock/advance', { seconds });
const idle = () => control('webhooks/idle');
const raw = async (pathname: string) =>
  (
    await fetch(`${emulator.url}${pathname}`, { headers: { authorization: 'Bearer sk_test_billing' } })
  ).json() as Promise<Record<string, unknown>>;

/** A customer with a confirmed card (`4242…` pays, `4000000000000341` attaches and every charge fails). */
async function customerWithCard(card = '4242424242424242') {
  const customer = await stripe.customers.create({ name: 'Acme', email: 'billing@acme.test' });
  const intent = await stripe.setupIntents.create({
    customer: customer.id,
    allowed_payment_method_types: ['card'],
  });
  const confirmed = await control(`setup_intents/${intent.id}/confirm`, { card });
  expect(confirmed.setup_intent.status).toBe('succeeded');
  return { customer: customer.id, paymentMethod: confirmed.setup_intent.payment_method as string };
}

const eventsOf = (subscriptionOrInvoice: (e: Received) => boolean) =>
  received.filter(subscriptionOrInvoice).map((e) => e.type);
const aboutCustomer = (customer: string) => (e: Received) => e.data.object.customer === customer;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const event = Stripe.webhooks.constructEvent(body, String(req.headers['stripe-signature']), SECRET);
      received.push(event as unknown as Received);
      res.writeHead(200).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  dir = mkdtempSync(path.join(tmpdir(), 'stripe-emulator-billing-'));
  await startEmulator(path.join(dir, 'state.json'));
});

afterAll(async () => {
  await emulator.close();
  await new Promise((resolve) => receiver.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  received = [];
});

type Json = Record<string, unknown>;
const kind = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** Fields of the fixture (top level and one level into objects) the emulator's object has, with compatible types. */
function compare(
  fixture: Json,
  actual: Json,
  prefix = '',
): { total: number; missing: string[]; mismatched: string[] } {
  const result = { total: 0, missing: [] as string[], mismatched: [] as string[] };
  for (const [key, expected] of Object.entries(fixture)) {
    result.total++;
    const name = `${prefix}${key}`;
    if (!(key in actual)) {
      result.missing.push(name);
      continue;
    }
    const value = actual[key];
    // null stands for "not set" on either side (the fixture fills optional fields, the emulator leaves them null)
    if (kind(expected) !== kind(value) && kind(expected) !== 'null' && kind(value) !== 'null') {
      result.mismatched.push(`${name}: ${kind(expected)} vs ${kind(value)}`);
    }
  }
  return result;
}

describe('Stripe emulator: subscriptions and invoices', () => {
  it('matches Stripe’s fixtures field for field, read through the real SDK', async () => {
    const { customer, paymentMethod } = await customerWithCard();
    const created = await stripe.subscriptions.create({
      customer,
      items: [{ price: 'price_local_pro' }],
      default_payment_method: paymentMethod,
    });
    const subscription = await stripe.subscriptions.retrieve(created.id);
    const invoice = await stripe.invoices.retrieve(String(subscription.latest_invoice));
    const price = await stripe.prices.retrieve('price_local_pro');
    expect(subscription.items.data[0]?.price.id).toBe('price_local_pro');
    expect(invoice.status).toBe('paid');

    const objects: Record<string, Json> = {
      subscription: await raw(`/v1/subscriptions/${subscription.id}`),
      invoice: await raw(`/v1/invoices/${invoice.id}`),
      price: await raw(`/v1/prices/${price.id}`),
    };
    objects.subscription_item = (objects.subscription as { items: { data: Json[] } }).items.data[0] as Json;
    objects.line_item = (objects.invoice as { lines: { data: Json[] } }).lines.data[0] as Json;
    const lines: string[] = [];
    for (const [name, actual] of Object.entries(objects)) {
      const { total, missing, mismatched } = compare(fixtures[name] ?? {}, actual);
      lines.push(`${name} ${total - missing.length}/${total}`);
      expect({ name, missing, mismatched }).toEqual({ name, missing: [], mismatched: [] });
    }
    console.info(`Stripe fixtures (fields matched / total): ${lines.join(', ')}`);
  });

  it('creates once per idempotency key and charges the first invoice at once', async () => {
    const { customer } = await customerWithCard();
    const params = { customer, items: [{ price: 'price_local_basic' }] };
    const first = await stripe.subscriptions.create(params, { idempotencyKey: `sub-${customer}` });
    const second = await stripe.subscriptions.create(params, { idempotencyKey: `sub-${customer}` });
    expect(second.id).toBe(first.id);
    expect(first.status).toBe('active');
    const listed = await stripe.subscriptions.list({ customer });
    expect(listed.data.map((s) => s.id)).toEqual([first.id]);
    const invoices = await stripe.invoices.list({ customer });
    expect(invoices.data).toHaveLength(1);
    expect(invoices.data[0]).toMatchObject({
      status: 'paid',
      amount_paid: 900,
      billing_reason: 'subscription_create',
    });
    await idle();
    expect(eventsOf(aboutCustomer(customer))).toEqual(
      expect.arrayContaining(['customer.subscription.created', 'invoice.finalized', 'invoice.paid']),
    );
  });

  it('renews when the clock passes the period end: invoice created, finalized, charged, events sent', async () => {
    const { customer } = await customerWithCard();
    const subscription = await stripe.subscriptions.create({
      customer,
      items: [{ price: 'price_local_basic' }],
    });
    const periodEnd = subscription.items.data[0]?.current_period_end ?? 0;
    await idle();
    received = [];
    await advance(30 * DAY + 60);
    const renewed = await stripe.subscriptions.retrieve(subscription.id);
    expect(renewed.items.data[0]?.current_period_start).toBe(periodEnd);
    expect(renewed.latest_invoice).not.toBe(subscription.latest_invoice);
    const invoices = await stripe.invoices.list({ customer });
    expect(invoices.data.map((i) => [i.billing_reason, i.status])).toEqual([
      ['subscription_cycle', 'paid'],
      ['subscription_create', 'paid'],
    ]);
    expect(eventsOf(aboutCustomer(customer))).toEqual([
      'customer.subscription.updated',
      'invoice.finalized',
      'invoice.paid',
    ]);
  });

  it('card 4000000000000341 attaches, every charge fails: three retries a day apart, then unpaid; paying restores', async () => {
    const { customer } = await customerWithCard('4000000000000341');
    const subscription = await stripe.subscriptions.create({
      customer,
      items: [{ price: 'price_local_basic' }],
    });
    expect(subscription.status).toBe('incomplete');
    const invoice = await stripe.invoices.retrieve(String(subscription.latest_invoice));
    expect(invoice).toMatchObject({ status: 'open', attempt_count: 1 });
    expect(invoice.next_payment_attempt).toBe(invoice.created + DAY);
    for (const attempt of [2, 3, 4]) {
      await advance(DAY);
      expect((await stripe.invoices.retrieve(invoice.id)).attempt_count).toBe(attempt);
    }
    const after = await stripe.invoices.retrieve(invoice.id);
    expect(after.next_payment_attempt).toBeNull();
    expect((await stripe.subscriptions.retrieve(subscription.id)).status).toBe('unpaid');
    expect(eventsOf(aboutCustomer(customer)).filter((t) => t === 'invoice.payment_failed')).toHaveLength(4);
    await expect(stripe.invoices.pay(invoice.id)).rejects.toMatchObject({ code: 'card_declined' });

    // a new card, made the default, pays the open invoice; the subscription is active again
    const intent = await stripe.setupIntents.create({ customer, allowed_payment_method_types: ['card'] });
    const confirmed = await control(`setup_intents/${intent.id}/confirm`, { card: '4242424242424242' });
    await stripe.subscriptions.update(subscription.id, {
      default_payment_method: confirmed.setup_intent.payment_method,
    });
    const paid = await stripe.invoices.pay(invoice.id);
    expect(paid.status).toBe('paid');
    expect((await stripe.subscriptions.retrieve(subscription.id)).status).toBe('active');
  });

  it('a renewal that fails makes the subscription past_due', async () => {
    const { customer, paymentMethod } = await customerWithCard();
    const subscription = await stripe.subscriptions.create({
      customer,
      items: [{ price: 'price_local_basic' }],
    });
    // the card the renewal uses is the customer's default; point it at a failing one of this customer
    const intent = await stripe.setupIntents.create({ customer, allowed_payment_method_types: ['card'] });
    const confirmed = await control(`setup_intents/${intent.id}/confirm`, { card: '4000000000000341' });
    expect(confirmed.setup_intent.payment_method).not.toBe(paymentMethod);
    await advance(30 * DAY + 1);
    const renewed = await stripe.subscriptions.retrieve(subscription.id);
    expect(renewed.status).toBe('past_due');
    const updated = received.find(
      (e) => e.type === 'customer.subscription.updated' && e.data.previous_attributes?.status === 'active',
    );
    expect(updated?.data.object.status).toBe('past_due');
  });

  it('moves to another price with proration; always_invoice charges the difference now', async () => {
    const { customer } = await customerWithCard();
    const subscription = await stripe.subscriptions.create({
      customer,
      items: [{ price: 'price_local_basic' }],
    });
    await advance(15 * DAY);
    const item = subscription.items.data[0];
    const moved = await stripe.subscriptions.update(subscription.id, {
      items: [{ id: item?.id, price: 'price_local_pro' }],
      proration_behavior: 'always_invoice',
    });
    expect(moved.items.data[0]?.price.id).toBe('price_local_pro');
    const proration = await stripe.invoices.retrieve(String(moved.latest_invoice));
    expect(proration.billing_reason).toBe('subscription_update');
    // half the period left: (4900 - 900) / 2, within a rounding of the seconds that passed
    expect(Math.abs(proration.amount_due - 2000)).toBeLessThanOrEqual(2);
    expect(proration.status).toBe('paid');
    // a downgrade credits the customer; the next renewal uses the credit
    await stripe.subscriptions.update(subscription.id, {
      items: [{ id: item?.id, price: 'price_local_basic' }],
      proration_behavior: 'always_invoice',
    });
    expect((await stripe.customers.retrieve(customer)) as Stripe.Customer).toMatchObject({
      balance: expect.any(Number),
    });
    expect(((await stripe.customers.retrieve(customer)) as Stripe.Customer).balance).toBeLessThan(0);
  });

  it('cancel_at_period_end ends it at the period end; undoing it keeps it; cancel ends it now', async () => {
    const { customer } = await customerWithCard();
    const subscription = await stripe.subscriptions.create({
      customer,
      items: [{ price: 'price_local_basic' }],
    });
    const set = await stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true });
    expect(set.cancel_at).toBe(set.items.data[0]?.current_period_end);
    const undone = await stripe.subscriptions.update(subscription.id, { cancel_at_period_end: false });
    expect(undone.cancel_at).toBeNull();
    await stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true });
    await advance(30 * DAY + 1);
    expect((await stripe.subscriptions.retrieve(subscription.id)).status).toBe('canceled');
    expect(eventsOf(aboutCustomer(customer))).toContain('customer.subscription.deleted');

    const other = await stripe.subscriptions.create({ customer, items: [{ price: 'price_local_basic' }] });
    const canceled = await stripe.subscriptions.cancel(other.id);
    expect(canceled.status).toBe('canceled');
    expect((await stripe.subscriptions.list({ customer })).data).toHaveLength(0);
  });

  it('keeps prices, subscriptions, invoices and its clock across a restart', async () => {
    const { customer } = await customerWithCard();
    const subscription = await stripe.subscriptions.create({
      customer,
      items: [{ price: 'price_local_basic' }],
    });
    const before = (await (await fetch(`${emulator.url}/__emulator/clock`)).json()) as { offset: number };
    await emulator.close();
    await startEmulator(path.join(dir, 'state.json'));
    const after = (await (await fetch(`${emulator.url}/__emulator/clock`)).json()) as { offset: number };
    expect(after.offset).toBe(before.offset);
    expect((await stripe.subscriptions.retrieve(subscription.id)).status).toBe('active');
    expect((await stripe.invoices.list({ customer })).data).toHaveLength(1);
    expect((await stripe.prices.retrieve('price_local_enterprise')).unit_amount).toBe(19900);
  });
});
