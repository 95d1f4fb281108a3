// Drives the Stripe emulator with the real `stripe` SDK and plain fetch, with a real HTTP webhook receiver.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { StripeErrorBody } from '../../infra/local/stripe-emulator/errors.ts';
import { type StripeEmulator, startStripeEmulator } from '../../infra/local/stripe-emulator/server.ts';
import type { StripeEventJson } from '../../infra/local/stripe-emulator/state.ts';
import type { DeliveryRecord, DispatchResult } from '../../infra/local/stripe-emulator/webhooks.ts';

const WEBHOOK_SECRET = 'whsec_emulator_integration_test';
const API_KEY = 'sk_test_emulator_integration';
const DEADLINE_MS = 5_000;

interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
}

/** Resolves once `isDone()` holds; `poke()` re-checks. Rejects after `deadlineMs` with `describe()` in the message. */
class Waiters {
  private readonly pending = new Set<() => void>();

  wait(isDone: () => boolean, describe: () => string, deadlineMs = DEADLINE_MS): Promise<void> {
    if (isDone()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!isDone()) return;
        clearTimeout(timer);
        this.pending.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        this.pending.delete(check);
        reject(new Error(`Deadline of ${deadlineMs} ms passed: ${describe()}`));
      }, deadlineMs);
      this.pending.add(check);
    });
  }

  poke(): void {
    for (const check of [...this.pending]) check();
  }
}

/** A real node:http webhook endpoint that records requests and answers with scripted statuses. */
class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  /** Statuses for the next requests, consumed in order; 200 once empty. */
  readonly statuses: number[] = [];
  private readonly waiters = new Waiters();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<WebhookReceiver> {
    let receiver: WebhookReceiver | undefined;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const status = receiver?.statuses.shift() ?? 200;
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ received: status < 300 }));
        receiver?.received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        receiver?.waiters.poke();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    receiver = new WebhookReceiver(server, `http://127.0.0.1:${port}/webhooks/stripe`);
    return receiver;
  }

  async waitFor(count: number): Promise<ReceivedWebhook[]> {
    await this.waiters.wait(
      () => this.received.length >= count,
      () => `expected ${count} webhook(s), received ${this.received.length}`,
    );
    return this.received.slice(0, count);
  }

  reset(): void {
    this.received.length = 0;
    this.statuses.length = 0;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Collects `options.log` lines so tests can await a line instead of sleeping. */
class LogCollector {
  readonly lines: string[] = [];
  private readonly waiters = new Waiters();
  readonly log = (line: string): void => {
    this.lines.push(line);
    this.waiters.poke();
  };

  waitForLine(pattern: RegExp): Promise<void> {
    return this.waiters.wait(
      () => this.lines.some((line) => pattern.test(line)),
      () => `no log line matched ${pattern}; got:\n${this.lines.join('\n')}`,
    );
  }
}

/**
 * Union of what the emulator's replies contain; each test reads the part its endpoint returns (a missing
 * part is `undefined` at runtime and fails the assertion that reads it).
 */
interface ReplyBody {
  [key: string]: unknown;
  error: StripeErrorBody;
  setup_intent: Stripe.SetupIntent;
  event: StripeEventJson;
  webhook: DispatchResult;
  data: DeliveryRecord[];
  held: number;
  released: number;
}

interface JsonReply {
  status: number;
  headers: Headers;
  body: ReplyBody;
}

let receiver: WebhookReceiver;
let emulator: StripeEmulator;
let stripe: Stripe;
let logs: LogCollector;

async function call(
  method: string,
  path: string,
  init: { body?: string; headers?: Record<string, string> } = {},
) {
  const response = await fetch(`${emulator.url}${path}`, { method, body: init.body, headers: init.headers });
  return { status: response.status, headers: response.headers, body: await response.json() } as JsonReply;
}

function emulatorPost(path: string, body: unknown = {}): Promise<JsonReply> {
  return call('POST', path, { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
}

function formPost(path: string, form: string, headers: Record<string, string> = {}): Promise<JsonReply> {
  return call('POST', path, {
    body: form,
    headers: {
      Authorization: `Bearer ${API_KEY}`,
      'Content-Type': 'application/x-www-form-urlencoded',
      ...headers,
    },
  });
}

function verify(webhook: ReceivedWebhook): Stripe.Event {
  const signature = webhook.headers['stripe-signature'];
  if (typeof signature !== 'string') throw new Error('webhook had no Stripe-Signature header');
  return stripe.webhooks.constructEvent(webhook.body, signature, WEBHOOK_SECRET);
}

async function customerWithSetupIntent() {
  const customer = await stripe.customers.create({
    name: 'Acme GmbH',
    email: 'billing@acme.test',
    address: { line1: 'Hauptstr. 1', country: 'DE' },
    metadata: { orgId: 'org_1' },
  });
  const setupIntent = await stripe.setupIntents.create({
    customer: customer.id,
    allowed_payment_method_types: ['card'],
    usage: 'off_session',
    metadata: { orgId: 'org_1' },
  });
  return { customer, setupIntent };
}

beforeAll(async () => {
  receiver = await WebhookReceiver.start();
  logs = new LogCollector();
  emulator = await startStripeEmulator({
    port: 0,
    webhookUrl: receiver.url,
    webhookSecret: WEBHOOK_SECRET,
    log: logs.log,
  });
  stripe = new Stripe(API_KEY, { host: '127.0.0.1', port: emulator.port, protocol: 'http' });
});

afterAll(async () => {
  await emulator?.close();
  await receiver?.close();
});

beforeEach(async () => {
  expect((await emulatorPost('/__emulator/reset')).status).toBe(200);
  receiver.reset();
});

describe('server', () => {
  it('binds a free port for port 0 and reports it', async () => {
    expect(emulator.port).toBeGreaterThan(0);
    expect(emulator.url).toBe(`http://127.0.0.1:${emulator.port}`);
    const health = await call('GET', '/__emulator/health');
    expect(health).toMatchObject({ status: 200, body: { ok: true } });
  });

  it('logs one line per request', async () => {
    await call('GET', '/__emulator/health');
    await logs.waitForLine(/GET \/__emulator\/health -> 200/);
  });
});

describe('authentication and errors', () => {
  it('answers 401 in Stripe error shape without an API key', async () => {
    const reply = await call('GET', '/v1/customers/cus_123');
    expect(reply.status).toBe(401);
    expect(reply.body).toEqual({
      error: {
        type: 'invalid_request_error',
        message: expect.stringContaining('You did not provide an API key'),
      },
    });
  });

  it('rejects keys that are not secret keys', async () => {
    const publishable = new Stripe('pk_test_123', {
      host: '127.0.0.1',
      port: emulator.port,
      protocol: 'http',
    });
    await expect(publishable.customers.create({ name: 'x' })).rejects.toMatchObject({
      type: 'StripeAuthenticationError',
      statusCode: 401,
      message: expect.stringContaining('Invalid API Key provided'),
    });
  });

  it('accepts curl-style basic auth', async () => {
    const reply = await call('POST', '/v1/customers', {
      body: 'name=Curl',
      headers: {
        Authorization: `Basic ${Buffer.from(`${API_KEY}:`).toString('base64')}`,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
    });
    expect(reply).toMatchObject({ status: 200, body: { object: 'customer', name: 'Curl' } });
  });

  it('answers 404 resource_missing for unknown ids', async () => {
    await expect(stripe.customers.retrieve('cus_missing')).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      statusCode: 404,
      code: 'resource_missing',
      param: 'id',
      message: "No such customer: 'cus_missing'",
    });
    for (const path of [
      '/v1/setup_intents/seti_missing',
      '/v1/payment_methods/pm_missing',
      '/v1/events/evt_missing',
    ]) {
      const reply = await call('GET', path, { headers: { Authorization: `Bearer ${API_KEY}` } });
      expect(reply.status).toBe(404);
      expect(reply.body.error).toMatchObject({
        type: 'invalid_request_error',
        code: 'resource_missing',
        param: 'id',
      });
    }
  });

  it('rejects unknown parameters and unknown URLs like Stripe', async () => {
    const unknownParam = await formPost('/v1/customers', 'nmae=Typo');
    expect(unknownParam.status).toBe(400);
    expect(unknownParam.body.error).toMatchObject({
      type: 'invalid_request_error',
      code: 'parameter_unknown',
      param: 'nmae',
      message: 'Received unknown parameter: nmae',
    });
    const nested = await formPost('/v1/customers', 'address[zip]=12345');
    expect(nested.body.error).toMatchObject({ code: 'parameter_unknown', param: 'address[zip]' });
    const unknownUrl = await formPost('/v1/charges', 'amount=100');
    expect(unknownUrl.status).toBe(404);
    expect(unknownUrl.body.error.message).toContain('Unrecognized request URL (POST: /v1/charges)');
  });
});

describe('customers', () => {
  it('creates a customer with Stripe’s shape and retrieves it', async () => {
    const created = await stripe.customers.create(
      {
        name: 'Acme',
        email: 'a@acme.test',
        address: { line1: 'x', country: 'DE' },
        metadata: { orgId: 'o1' },
      },
      { idempotencyKey: 'create-acme' },
    );
    expect(created).toEqual({
      id: expect.stringMatching(/^cus_[A-Za-z0-9]{14}$/),
      object: 'customer',
      address: { city: null, country: 'DE', line1: 'x', line2: null, postal_code: null, state: null },
      balance: 0,
      created: expect.any(Number),
      currency: null,
      default_source: null,
      delinquent: false,
      description: null,
      discount: null,
      email: 'a@acme.test',
      invoice_prefix: expect.stringMatching(/^[A-Z0-9]{8}$/),
      invoice_settings: {
        custom_fields: null,
        default_payment_method: null,
        footer: null,
        rendering_options: null,
      },
      livemode: false,
      metadata: { orgId: 'o1' },
      name: 'Acme',
      next_invoice_sequence: 1,
      phone: null,
      preferred_locales: [],
      shipping: null,
      tax_exempt: 'none',
      test_clock: null,
    });
    expect(Math.abs(created.created - Date.now() / 1000)).toBeLessThan(60);
    expect(await stripe.customers.retrieve(created.id)).toEqual(created);
  });

  it('merges updates into metadata and address; empty values unset', async () => {
    const customer = await stripe.customers.create({
      name: 'Acme',
      address: { line1: 'Old street 1', country: 'DE' },
      metadata: { orgId: 'o1', plan: 'free' },
    });
    const updated = await stripe.customers.update(customer.id, {
      address: { city: 'Berlin' },
      metadata: { plan: 'pro', seats: '5', orgId: '' },
      email: 'new@acme.test',
    });
    expect(updated).toMatchObject({
      id: customer.id,
      name: 'Acme',
      email: 'new@acme.test',
      address: { line1: 'Old street 1', city: 'Berlin', country: 'DE' },
      metadata: { plan: 'pro', seats: '5' },
    });
    expect(updated.metadata).not.toHaveProperty('orgId');
    expect(await stripe.customers.retrieve(customer.id)).toEqual(updated);
  });

  it('refuses a default payment method that is not attached to the customer, changing nothing', async () => {
    const customer = await stripe.customers.create({ name: 'Acme', metadata: { orgId: 'o1' } });
    await expect(
      stripe.customers.update(customer.id, {
        metadata: { orgId: 'changed' },
        invoice_settings: { default_payment_method: 'pm_unknown' },
      }),
    ).rejects.toMatchObject({
      statusCode: 400,
      code: 'resource_missing',
      param: 'invoice_settings[default_payment_method]',
    });
    expect((await stripe.customers.retrieve(customer.id)) as Stripe.Customer).toMatchObject({
      metadata: { orgId: 'o1' },
    });
  });

  it('validates email addresses', async () => {
    await expect(stripe.customers.create({ email: 'not-an-email' })).rejects.toMatchObject({
      statusCode: 400,
      param: 'email',
      message: 'Invalid email address: not-an-email',
    });
  });
});

describe('idempotency', () => {
  it('replays the original response for the same key and parameters', async () => {
    const params = { name: 'Acme', metadata: { orgId: 'o1' } };
    const first = await stripe.customers.create(params, { idempotencyKey: 'org-o1-customer' });
    const second = await stripe.customers.create(params, { idempotencyKey: 'org-o1-customer' });
    expect(second).toEqual(first);
    expect(first.lastResponse.headers['idempotent-replayed']).toBeUndefined();
    expect(second.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect(second.lastResponse.headers['original-request']).toBe(first.lastResponse.requestId);
  });

  it('refuses the same key with different parameters or on another endpoint', async () => {
    await stripe.customers.create({ name: 'Acme' }, { idempotencyKey: 'k-1' });
    await expect(stripe.customers.create({ name: 'Other' }, { idempotencyKey: 'k-1' })).rejects.toMatchObject(
      {
        type: 'StripeIdempotencyError',
        rawType: 'idempotency_error',
        statusCode: 400,
        message: expect.stringContaining('same parameters'),
      },
    );
    const raw = await formPost('/v1/setup_intents', 'usage=off_session', { 'Idempotency-Key': 'k-1' });
    expect(raw.status).toBe(400);
    expect(raw.body.error).toMatchObject({
      type: 'idempotency_error',
      message: expect.stringContaining('same endpoint'),
    });
  });

  it('does not save validation failures, so a corrected retry with the same key succeeds', async () => {
    const bad = await formPost('/v1/customers', 'email=nope', { 'Idempotency-Key': 'k-2' });
    expect(bad.status).toBe(400);
    const fixed = await formPost('/v1/customers', 'email=ok%40acme.test', { 'Idempotency-Key': 'k-2' });
    expect(fixed).toMatchObject({ status: 200, body: { email: 'ok@acme.test' } });
  });

  it('gives distinct objects to calls without an explicit key (the SDK adds its own random key)', async () => {
    const a = await stripe.customers.create({ name: 'Same' });
    const b = await stripe.customers.create({ name: 'Same' });
    expect(a.id).not.toBe(b.id);
    expect(a.lastResponse.idempotencyKey).toMatch(/^stripe-node-retry-/);
  });
});

describe('setup intents and the browser stand-in', () => {
  it('creates a setup intent with Stripe’s shape', async () => {
    const { customer, setupIntent } = await customerWithSetupIntent();
    expect(setupIntent).toMatchObject({
      id: expect.stringMatching(/^seti_/),
      object: 'setup_intent',
      client_secret: expect.stringMatching(new RegExp(`^${setupIntent.id}_secret_[A-Za-z0-9]+$`)),
      status: 'requires_payment_method',
      customer: customer.id,
      payment_method: null,
      allowed_payment_method_types: ['card'],
      payment_method_types: ['card'],
      last_setup_error: null,
      livemode: false,
      metadata: { orgId: 'org_1' },
      usage: 'off_session',
    });
    expect(await stripe.setupIntents.retrieve(setupIntent.id)).toEqual(setupIntent);
  });

  it('accepts the pre-2026-09 payment_method_types[] form and checks the customer exists', async () => {
    const ok = await formPost('/v1/setup_intents', 'payment_method_types[]=card');
    expect(ok).toMatchObject({
      status: 200,
      body: { payment_method_types: ['card'], allowed_payment_method_types: null, customer: null },
    });
    const sepa = await formPost('/v1/setup_intents', 'allowed_payment_method_types[0]=sepa_debit');
    expect(sepa.body.error).toMatchObject({ param: 'allowed_payment_method_types' });
    await expect(stripe.setupIntents.create({ customer: 'cus_nope' })).rejects.toMatchObject({
      statusCode: 400,
      code: 'resource_missing',
      param: 'customer',
    });
  });

  it('4242… succeeds: attaches a visa card, sets the default, delivers a signed setup_intent.succeeded', async () => {
    const { customer, setupIntent } = await customerWithSetupIntent();
    const confirm = await emulatorPost(`/__emulator/setup_intents/${setupIntent.id}/confirm`, {
      card: '4242424242424242',
    });

    // Delivery finished before the confirm response: no waiting needed.
    expect(receiver.received).toHaveLength(1);
    expect(confirm.status).toBe(200);
    const paymentMethodId = confirm.body.setup_intent.payment_method as string;
    expect(paymentMethodId).toMatch(/^pm_/);
    expect(confirm.body).toMatchObject({
      setup_intent: { id: setupIntent.id, status: 'succeeded', last_setup_error: null },
      webhook: { type: 'setup_intent.succeeded', held: false, deliveries: [{ attempt: 1, status: 200 }] },
    });

    const [webhook] = await receiver.waitFor(1);
    if (!webhook) throw new Error('unreachable');
    expect(webhook.headers['content-type']).toBe('application/json');
    const event = verify(webhook);
    expect(event).toMatchObject({
      id: confirm.body.webhook.event_id,
      object: 'event',
      type: 'setup_intent.succeeded',
      livemode: false,
      api_version: Stripe.API_VERSION,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: { object: { id: setupIntent.id, status: 'succeeded', payment_method: paymentMethodId } },
    });

    expect(await stripe.setupIntents.retrieve(setupIntent.id)).toMatchObject({
      status: 'succeeded',
      payment_method: paymentMethodId,
    });
    const paymentMethod = await stripe.paymentMethods.retrieve(paymentMethodId);
    expect(paymentMethod).toMatchObject({
      id: paymentMethodId,
      object: 'payment_method',
      type: 'card',
      customer: customer.id,
      livemode: false,
      card: { brand: 'visa', last4: '4242', exp_month: expect.any(Number), exp_year: expect.any(Number) },
    });
    const updatedCustomer = (await stripe.customers.retrieve(customer.id)) as Stripe.Customer;
    expect(updatedCustomer.invoice_settings.default_payment_method).toBe(paymentMethodId);

    // The delivered event is retrievable through the API, byte-for-byte the same content.
    expect(await stripe.events.retrieve(event.id)).toEqual(JSON.parse(webhook.body));

    const expanded = (await stripe.customers.retrieve(customer.id, {
      expand: ['invoice_settings.default_payment_method'],
    })) as Stripe.Customer;
    expect(expanded.invoice_settings.default_payment_method).toMatchObject({
      id: paymentMethodId,
      card: { last4: '4242' },
    });
    const expandedIntent = await stripe.setupIntents.retrieve(setupIntent.id, {
      expand: ['payment_method.customer'],
    });
    expect(expandedIntent.payment_method).toMatchObject({
      id: paymentMethodId,
      customer: { id: customer.id },
    });
  });

  it('4000…0002 is declined: back to requires_payment_method and setup_intent.setup_failed is delivered', async () => {
    const { customer, setupIntent } = await customerWithSetupIntent();
    const confirm = await emulatorPost(`/__emulator/setup_intents/${setupIntent.id}/confirm`, {
      card: '4000 0000 0000 0002',
    });
    expect(receiver.received).toHaveLength(1);
    const expectedError = {
      code: 'card_declined',
      decline_code: 'generic_decline',
      message: 'Your card was declined.',
      type: 'card_error',
    };
    expect(confirm.body).toMatchObject({
      setup_intent: {
        status: 'requires_payment_method',
        payment_method: null,
        last_setup_error: expectedError,
      },
      webhook: { type: 'setup_intent.setup_failed', deliveries: [{ attempt: 1, status: 200 }] },
    });
    const [webhook] = await receiver.waitFor(1);
    if (!webhook) throw new Error('unreachable');
    const event = verify(webhook);
    expect(event.type).toBe('setup_intent.setup_failed');
    expect(event.data.object).toMatchObject({ id: setupIntent.id, last_setup_error: expectedError });
    const retrieved = await stripe.setupIntents.retrieve(setupIntent.id);
    expect(retrieved.last_setup_error).toMatchObject(expectedError);
    const unchanged = (await stripe.customers.retrieve(customer.id)) as Stripe.Customer;
    expect(unchanged.invoice_settings.default_payment_method).toBeNull();

    // A declined intent can be retried with a good card.
    const retry = await emulatorPost(`/__emulator/setup_intents/${setupIntent.id}/confirm`, {
      card: '4242424242424242',
    });
    expect(retry.body.setup_intent).toMatchObject({ status: 'succeeded', last_setup_error: null });
  });

  it('rejects unknown card numbers, unknown intents and confirming twice', async () => {
    const { setupIntent } = await customerWithSetupIntent();
    const path = `/__emulator/setup_intents/${setupIntent.id}/confirm`;
    const badCard = await emulatorPost(path, { card: '4111111111111111' });
    expect(badCard.status).toBe(400);
    expect(badCard.body.error).toMatchObject({ type: 'invalid_request_error', param: 'card' });
    expect(
      (await emulatorPost('/__emulator/setup_intents/seti_nope/confirm', { card: '4242424242424242' }))
        .status,
    ).toBe(404);
    const wrongSecret = await emulatorPost(path, {
      card: '4242424242424242',
      client_secret: 'seti_x_secret_y',
    });
    expect(wrongSecret.body.error).toMatchObject({ param: 'client_secret' });

    expect((await emulatorPost(path, { card: '4242424242424242' })).status).toBe(200);
    const again = await emulatorPost(path, { card: '4242424242424242' });
    expect(again.status).toBe(400);
    expect(again.body.error).toMatchObject({ code: 'setup_intent_unexpected_state' });
    expect(receiver.received).toHaveLength(1);
  });
});

describe('webhook delivery', () => {
  it('signs with the configured secret only, over the exact bytes', async () => {
    await emulatorPost('/__emulator/events/customer.updated', {
      object: { id: 'cus_1', object: 'customer' },
    });
    const [webhook] = await receiver.waitFor(1);
    if (!webhook) throw new Error('unreachable');
    const signature = webhook.headers['stripe-signature'] as string;
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verify(webhook).type).toBe('customer.updated');
    expect(() => stripe.webhooks.constructEvent(webhook.body, signature, 'whsec_wrong')).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );
    expect(() =>
      stripe.webhooks.constructEvent(webhook.body.replace('cus_1', 'cus_2'), signature, WEBHOOK_SECRET),
    ).toThrow(Stripe.errors.StripeSignatureVerificationError);
  });

  it('builds a full event for the trigger hook, with a caller-chosen id', async () => {
    const reply = await emulatorPost('/__emulator/events/invoice.paid', {
      id: 'evt_custom',
      object: { id: 'in_1', object: 'invoice', customer: 'cus_1' },
    });
    expect(reply.body.event).toEqual({
      id: 'evt_custom',
      object: 'event',
      api_version: Stripe.API_VERSION,
      created: expect.any(Number),
      type: 'invoice.paid',
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: { object: { id: 'in_1', object: 'invoice', customer: 'cus_1' } },
    });
    const [webhook] = await receiver.waitFor(1);
    if (!webhook) throw new Error('unreachable');
    expect(JSON.parse(webhook.body)).toEqual(reply.body.event);
    expect(await stripe.events.retrieve('evt_custom')).toEqual(reply.body.event);
  });

  it('"times" redelivers the identical event (duplicate delivery)', async () => {
    const reply = await emulatorPost('/__emulator/events/customer.updated', {
      id: 'evt_dup',
      object: { id: 'cus_1', object: 'customer' },
      times: 3,
    });
    expect(reply.body.webhook.deliveries).toEqual([
      { attempt: 1, status: 200 },
      { attempt: 1, status: 200 },
      { attempt: 1, status: 200 },
    ]);
    const webhooks = await receiver.waitFor(3);
    expect(new Set(webhooks.map((webhook) => webhook.body)).size).toBe(1);
    expect(webhooks.map((webhook) => verify(webhook).id)).toEqual(['evt_dup', 'evt_dup', 'evt_dup']);
    const deliveries = await call('GET', '/__emulator/deliveries');
    expect(deliveries.body).toEqual({
      data: Array.from({ length: 3 }, () => ({
        eventId: 'evt_dup',
        type: 'customer.updated',
        status: 200,
        attempt: 1,
      })),
      held: 0,
    });
  });

  it('"hold" + release in reverse delivers out of order', async () => {
    for (const id of ['evt_first', 'evt_second', 'evt_third']) {
      const reply = await emulatorPost('/__emulator/events/customer.updated', {
        id,
        object: { id: 'cus_1', object: 'customer' },
        hold: true,
      });
      expect(reply.body.webhook).toMatchObject({ held: true, deliveries: [] });
    }
    expect(receiver.received).toHaveLength(0);
    expect((await call('GET', '/__emulator/deliveries')).body).toEqual({ data: [], held: 3 });

    const release = await emulatorPost('/__emulator/webhooks/release', { order: 'reverse' });
    expect(release.body).toMatchObject({ order: 'reverse', released: 3 });
    const webhooks = await receiver.waitFor(3);
    expect(webhooks.map((webhook) => verify(webhook).id)).toEqual(['evt_third', 'evt_second', 'evt_first']);
  });

  it('global hold also queues events from confirm until released (fifo)', async () => {
    const { setupIntent } = await customerWithSetupIntent();
    expect((await emulatorPost('/__emulator/webhooks/hold', { enabled: true })).body).toEqual({
      enabled: true,
      held: 0,
    });
    const confirm = await emulatorPost(`/__emulator/setup_intents/${setupIntent.id}/confirm`, {
      card: '4242424242424242',
    });
    expect(confirm.body.webhook).toMatchObject({ held: true, deliveries: [] });
    await emulatorPost('/__emulator/events/customer.updated', { id: 'evt_after', object: { id: 'cus_1' } });
    expect(receiver.received).toHaveLength(0);

    await emulatorPost('/__emulator/webhooks/hold', { enabled: false });
    const release = await emulatorPost('/__emulator/webhooks/release', { order: 'fifo' });
    expect(release.body.released).toBe(2);
    const webhooks = await receiver.waitFor(2);
    expect(webhooks.map((webhook) => verify(webhook).type)).toEqual([
      'setup_intent.succeeded',
      'customer.updated',
    ]);
  });

  it('retries a failing endpoint with the same payload until it answers 2xx', async () => {
    receiver.statuses.push(500);
    const reply = await emulatorPost('/__emulator/events/customer.updated', {
      id: 'evt_retry',
      object: { id: 'cus_1' },
    });
    expect(reply.body.webhook.deliveries).toEqual([{ attempt: 1, status: 500 }]);
    const [first, second] = await receiver.waitFor(2);
    if (!first || !second) throw new Error('unreachable');
    expect(second.body).toBe(first.body);
    expect(verify(second).id).toBe('evt_retry');
    await logs.waitForLine(/webhook customer\.updated evt_retry attempt 2 -> 200/);
    const deliveries = await call('GET', '/__emulator/deliveries');
    expect(deliveries.body.data).toEqual([
      { eventId: 'evt_retry', type: 'customer.updated', status: 500, attempt: 1 },
      { eventId: 'evt_retry', type: 'customer.updated', status: 200, attempt: 2 },
    ]);
  });

  it('gives up after 3 attempts and records status 0 when the endpoint is unreachable', async () => {
    const unreachable = await WebhookReceiver.start();
    const deadUrl = unreachable.url;
    await unreachable.close();
    const deadLogs = new LogCollector();
    const lonely = await startStripeEmulator({
      port: 0,
      webhookUrl: deadUrl,
      webhookSecret: WEBHOOK_SECRET,
      log: deadLogs.log,
      retryDelaysMs: [20, 40],
    });
    try {
      const reply = await fetch(`${lonely.url}/__emulator/events/customer.updated`, {
        method: 'POST',
        body: JSON.stringify({ id: 'evt_lost', object: { id: 'cus_1' } }),
      });
      expect(((await reply.json()) as ReplyBody).webhook.deliveries).toEqual([{ attempt: 1, status: 0 }]);
      await deadLogs.waitForLine(/evt_lost attempt 3 -> network error/);
      const deliveries = (await (await fetch(`${lonely.url}/__emulator/deliveries`)).json()) as ReplyBody;
      expect(deliveries.data.map((d) => [d.attempt, d.status])).toEqual([
        [1, 0],
        [2, 0],
        [3, 0],
      ]);
      expect(deliveries.data[0]?.error).toEqual(expect.any(String));
    } finally {
      await lonely.close();
    }
  });
});
