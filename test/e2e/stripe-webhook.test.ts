import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { auditEntries, getBilling, onboarding } from '../support/billing.ts';
import { type ApiResponse, api, type TestUser } from '../support/http.ts';
import { getOk, newOrg } from '../support/members.ts';
import { expectProblem } from '../support/orgs.ts';
import { expectFirstAttemptAcceptedOrRetried, stripeSdk } from '../support/stripe.ts';
import { until } from '../support/wait.ts';

/**
 * `POST /webhooks/stripe` as Stripe calls it: events signed by the real `stripe`
 * library with the suite's webhook secret, posted as raw bytes. Ordering and
 * duplication are played by posting the events ourselves (no global emulator
 * switches, which other files would feel); one test uses the emulator's own
 * `times: 2` duplicate delivery for the end-to-end path.
 */

const SECRET = 'whsec_test_suite_secret';
const GOOD_CARD = '4242424242424242';

const stripeUrl = () => inject('stack').stripeUrl;

const nowUnix = () => Math.floor(Date.now() / 1000);

interface EventOptions {
  id?: string;
  created?: number;
}

/** A Stripe event as Stripe serializes it (pretty-printed JSON). */
function eventPayload(type: string, object: Record<string, unknown>, options: EventOptions = {}) {
  const event = {
    id: options.id ?? `evt_test_${randomUUID().replaceAll('-', '')}`,
    object: 'event',
    api_version: Stripe.API_VERSION,
    created: options.created ?? nowUnix(),
    data: { object },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
  };
  return { id: event.id, payload: JSON.stringify(event, null, 2) };
}

/** The SetupIntent a `setup_intent.*` event carries: the customer's, with a new id unless `fields` name one. */
const setupIntent = (customer: string, fields: Record<string, unknown>) => ({
  id: `seti_${randomUUID().replaceAll('-', '').slice(0, 24)}`,
  object: 'setup_intent',
  customer,
  ...fields,
});

/** What a SetupIntent declined with this reason says. */
const declined = (message: string) => ({
  status: 'requires_payment_method',
  payment_method: null,
  last_setup_error: { type: 'card_error', code: 'card_declined', message },
});

const sign = (payload: string, options: { secret?: string; timestamp?: number } = {}) =>
  Stripe.webhooks.generateTestHeaderString({
    payload,
    secret: options.secret ?? SECRET,
    ...(options.timestamp !== undefined ? { timestamp: options.timestamp } : {}),
  });

/** POSTs the exact bytes, as Stripe does. `signature: null` sends no Stripe-Signature header. */
const deliver = (payload: string, signature: string | null = sign(payload)) =>
  api('POST', '/webhooks/stripe', {
    rawBody: payload,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      ...(signature === null ? {} : { 'stripe-signature': signature }),
    },
  });

function expectOk(response: ApiResponse, status = 200) {
  expect(response.status, `${response.status} ${JSON.stringify(response.body)}`).toBe(status);
}

function expectReceipt(response: ApiResponse, receipt: { duplicate: boolean; ignored: boolean }) {
  expectOk(response);
  expect(response.body).toEqual({ received: true, ...receipt });
}

const getOrg = (owner: TestUser, orgId: string) => getOk(owner, `/orgs/${orgId}`);

interface BilledOrg {
  owner: TestUser;
  orgId: string;
  customerId: string;
}

/** A fresh org with plan, settings and billing details done: only the card is missing. */
async function pendingPaymentOrg(): Promise<BilledOrg> {
  const { owner, orgId } = await newOrg();
  expectOk(await api('PUT', `/orgs/${orgId}/plan`, { token: owner.token, body: { planId: 'pro' } }));
  expectOk(await api('PATCH', `/orgs/${orgId}`, { token: owner.token, body: { timeZone: 'Europe/Paris' } }));
  const billing = await api('PUT', `/orgs/${orgId}/billing`, {
    token: owner.token,
    body: {
      customerName: 'Webhook Co',
      billingEmail: 'billing@webhook.example',
      address: { line1: '1 Rue de Rivoli', city: 'Paris', postalCode: '75001', country: 'FR' },
    },
  });
  expectOk(billing);
  expect((await onboarding(owner, orgId)).status).toBe('pending_payment');
  return { owner, orgId, customerId: billing.body.customerId };
}

/** What the emulator's control endpoints answer (`/__emulator/...`). */
interface EmulatorReply {
  setup_intent?: Stripe.SetupIntent;
  event?: { id: string; created: number };
  webhook: { event_id: string; held: boolean; deliveries: { attempt: number; status: number }[] };
}

async function emulator(path: string, body: unknown): Promise<EmulatorReply> {
  const response = await fetch(`${stripeUrl()}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as EmulatorReply;
  expect(response.status, JSON.stringify(json)).toBe(200);
  return json;
}

/** The emulator's setup intent after a confirm (fails the test if the reply has none). */
function intentOf(reply: EmulatorReply): Stripe.SetupIntent {
  expect(reply.setup_intent).toBeDefined();
  return reply.setup_intent as Stripe.SetupIntent;
}

/** The card flow through the API and the emulator (its webhook activates the org). */
async function activateWithCard(org: BilledOrg) {
  const intent = await api('POST', `/orgs/${org.orgId}/billing/setup-intent`, { token: org.owner.token });
  expectOk(intent, 201);
  const confirmed = await emulator(`/__emulator/setup_intents/${intent.body.setupIntentId}/confirm`, {
    card: GOOD_CARD,
  });
  expectFirstAttemptAcceptedOrRetried(confirmed.webhook);
  await until(
    () => getOrg(org.owner, org.orgId),
    (body) => body.mode === 'production',
    'activation',
  );
  return intentOf(confirmed);
}

/**
 * A real card PaymentMethod in the emulator that no org has seen: confirmed on a
 * SetupIntent of a Stripe customer that is linked to no org (the emulator's webhook
 * for it is answered 200 `ignored`).
 */
async function strayPaymentMethod(): Promise<string> {
  const stripe = stripeSdk('sk_test_stripe_webhook_suite');
  const customer = await stripe.customers.create({
    name: 'Not an org',
    metadata: { purpose: 'webhook-test' },
  });
  const intent = await stripe.setupIntents.create({
    customer: customer.id,
    allowed_payment_method_types: ['card'],
  });
  const confirmed = await emulator(`/__emulator/setup_intents/${intent.id}/confirm`, { card: GOOD_CARD });
  expectFirstAttemptAcceptedOrRetried(confirmed.webhook);
  const paymentMethod = intentOf(confirmed).payment_method;
  expect(paymentMethod).toEqual(expect.stringMatching(/^pm_/));
  return paymentMethod as string;
}

const invoiceFailed = (customerId: string, options: EventOptions = {}) =>
  eventPayload(
    'invoice.payment_failed',
    {
      id: `in_${randomUUID().replaceAll('-', '').slice(0, 24)}`,
      object: 'invoice',
      customer: customerId,
      amount_due: 4900,
      currency: 'eur',
      status: 'open',
    },
    options,
  );

describe('POST /webhooks/stripe: signatures', () => {
  let org: BilledOrg;
  beforeAll(async () => {
    org = await pendingPaymentOrg();
  }, 60_000);

  /** The org as a refused delivery must leave it. */
  async function expectUnchanged(before: Record<string, unknown>) {
    expect(await getOrg(org.owner, org.orgId)).toEqual(before);
    expect(await auditEntries(org.owner, org.orgId, 'billing.payment_failed')).toHaveLength(0);
  }

  it('a delivery without Stripe-Signature is 400 WEBHOOK_SIGNATURE_INVALID', async () => {
    const before = await getOrg(org.owner, org.orgId);
    const response = await deliver(invoiceFailed(org.customerId).payload, null);
    expectProblem(response, 400, 'WEBHOOK_SIGNATURE_INVALID');
    await expectUnchanged(before);
  });

  it('a forged signature (another secret) is 400 and records nothing, not even the event id', async () => {
    const before = await getOrg(org.owner, org.orgId);
    const event = invoiceFailed(org.customerId);
    const forged = await deliver(event.payload, sign(event.payload, { secret: 'whsec_attacker' }));
    expectProblem(forged, 400, 'WEBHOOK_SIGNATURE_INVALID');
    await expectUnchanged(before);

    // a body altered after signing does not verify either
    const tampered = event.payload.replace('"amount_due": 4900', '"amount_due": 1');
    expect(tampered).not.toBe(event.payload);
    expectProblem(await deliver(tampered, sign(event.payload)), 400, 'WEBHOOK_SIGNATURE_INVALID');
    // garbage in the header
    expectProblem(await deliver(event.payload, 't=abc,v1=zzz'), 400, 'WEBHOOK_SIGNATURE_INVALID');
    await expectUnchanged(before);

    // the same event id, properly signed, is still new: the refusals did not spend it
    expectReceipt(await deliver(event.payload), { duplicate: false, ignored: false });
    expect((await getOrg(org.owner, org.orgId)).paymentFailed).toBe(true);
  });

  it('a signature timestamped 10 minutes ago is 400 (replay window)', async () => {
    const fresh = await pendingPaymentOrg();
    const before = await getOrg(fresh.owner, fresh.orgId);
    const event = invoiceFailed(fresh.customerId);
    const old = await deliver(event.payload, sign(event.payload, { timestamp: nowUnix() - 600 }));
    expectProblem(old, 400, 'WEBHOOK_SIGNATURE_INVALID');
    expect(await getOrg(fresh.owner, fresh.orgId)).toEqual(before);
    expect(await auditEntries(fresh.owner, fresh.orgId, 'billing.payment_failed')).toHaveLength(0);
    // inside the 5 minute tolerance it is accepted
    expectReceipt(await deliver(event.payload, sign(event.payload, { timestamp: nowUnix() - 60 })), {
      duplicate: false,
      ignored: false,
    });
  });
});

describe('POST /webhooks/stripe: each event applied once', () => {
  it('a replayed event (same id twice) is applied once; the second answer says duplicate', async () => {
    const org = await pendingPaymentOrg();
    const event = invoiceFailed(org.customerId);
    expectReceipt(await deliver(event.payload), { duplicate: false, ignored: false });
    const afterFirst = await getOrg(org.owner, org.orgId);
    expect(afterFirst.paymentFailed).toBe(true);

    // Stripe re-signs each attempt: a fresh signature over the same bytes
    expectReceipt(await deliver(event.payload, sign(event.payload)), { duplicate: true, ignored: false });
    expect(await getOrg(org.owner, org.orgId)).toEqual(afterFirst);
    const entries = await auditEntries(org.owner, org.orgId, 'billing.payment_failed');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: 'stripe', target: { type: 'billing', id: event.id } });
  });

  it('invoice.payment_failed for the org customer shows paymentFailed on GET org', async () => {
    const org = await pendingPaymentOrg();
    expect((await getOrg(org.owner, org.orgId)).paymentFailed).toBe(false);
    expectReceipt(await deliver(invoiceFailed(org.customerId).payload), { duplicate: false, ignored: false });
    expect((await getOrg(org.owner, org.orgId)).paymentFailed).toBe(true);
    expect(await auditEntries(org.owner, org.orgId, 'billing.payment_failed')).toEqual([
      expect.objectContaining({
        details: { invoiceId: expect.stringMatching(/^in_/), amountDue: 4900, currency: 'eur' },
      }),
    ]);
  });

  it('an unknown event type is 200 ignored and changes nothing', async () => {
    const org = await pendingPaymentOrg();
    const before = await getOrg(org.owner, org.orgId);
    const event = eventPayload('customer.subscription.deleted', {
      id: 'sub_123',
      object: 'subscription',
      customer: org.customerId,
    });
    expectReceipt(await deliver(event.payload), { duplicate: false, ignored: true });
    expect(await getOrg(org.owner, org.orgId)).toEqual(before);
  });

  it('an event for a customer no org knows is 200 ignored', async () => {
    const event = invoiceFailed('cus_nobody_knows_this_one');
    expectReceipt(await deliver(event.payload), { duplicate: false, ignored: true });
  });

  it('two declines delivered newest first: onboarding shows the newest reason', async () => {
    const org = await pendingPaymentOrg();
    const failed = (reason: string, created: number) =>
      eventPayload('setup_intent.setup_failed', setupIntent(org.customerId, declined(reason)), { created });
    const now = nowUnix();
    expectReceipt(await deliver(failed('Your card has insufficient funds.', now).payload), {
      duplicate: false,
      ignored: false,
    });
    expectReceipt(await deliver(failed('Your card was declined.', now - 60).payload), {
      duplicate: false,
      ignored: false,
    });
    const shown = await onboarding(org.owner, org.orgId);
    expect(shown).toMatchObject({ status: 'pending_payment' });
    expect(shown.paymentFailure).toEqual({
      reason: 'Your card has insufficient funds.',
      at: new Date(now * 1000).toISOString(),
    });
  });

  it('setup_intent.succeeded then an OLDER setup_intent.setup_failed: payment stays done, no failure shown', async () => {
    const org = await pendingPaymentOrg();
    const intent = await activateWithCard(org);
    const activated = await onboarding(org.owner, org.orgId);
    expect(activated).toMatchObject({ status: 'active', paymentFailure: null });

    const older = eventPayload(
      'setup_intent.setup_failed',
      setupIntent(org.customerId, { id: intent.id, ...declined('Your card was declined.') }),
      { created: intent.created - 60 },
    );
    expectReceipt(await deliver(older.payload), { duplicate: false, ignored: false });

    expect(await onboarding(org.owner, org.orgId)).toEqual(activated);
    expect((await getOrg(org.owner, org.orgId)).mode).toBe('production');
    expect((await getBilling(org.owner, org.orgId)).paymentMethod).toMatchObject({ last4: '4242' });
    expect(await auditEntries(org.owner, org.orgId, 'billing.payment_method_failed')).toHaveLength(0);
    // and it is spent: a redelivery is a duplicate
    expectReceipt(await deliver(older.payload), { duplicate: true, ignored: false });
  });

  it('an older setup_intent.succeeded after a newer one does not replace the newer card', async () => {
    const org = await pendingPaymentOrg();
    const newer = await strayPaymentMethod();
    const older = await strayPaymentMethod();
    const succeeded = (paymentMethod: string, created: number) =>
      eventPayload(
        'setup_intent.succeeded',
        setupIntent(org.customerId, { status: 'succeeded', payment_method: paymentMethod }),
        { created },
      );
    expectReceipt(await deliver(succeeded(newer, nowUnix()).payload), { duplicate: false, ignored: false });
    expectReceipt(await deliver(succeeded(older, nowUnix() - 120).payload), {
      duplicate: false,
      ignored: false,
    });
    expect((await getBilling(org.owner, org.orgId)).paymentMethod).toMatchObject({ id: newer });
    expect(await auditEntries(org.owner, org.orgId, 'org.activated')).toHaveLength(1);
  });

  // 20 at once contend on the same items as 50 would; 50 held the shared stack's every request for
  // ~15 s in CI (each of them 12–18 s), slowing the other worker's tests past their deadlines
  it('a burst of 20 concurrent deliveries of one succeeded event applies it exactly once', async () => {
    const org = await pendingPaymentOrg();
    const paymentMethod = await strayPaymentMethod();
    const event = eventPayload(
      'setup_intent.succeeded',
      setupIntent(org.customerId, {
        status: 'succeeded',
        payment_method: paymentMethod,
        usage: 'off_session',
      }),
    );

    const responses = await Promise.all(Array.from({ length: 20 }, () => deliver(event.payload)));
    const statuses = responses.map((response) => response.status);
    expect(
      statuses.filter((status) => status !== 200),
      JSON.stringify(statuses),
    ).toEqual([]);
    const applied = responses.filter((response) => response.body.duplicate === false);
    expect(applied).toHaveLength(1);
    expect(responses.every((response) => response.body.ignored === false)).toBe(true);

    expect(await getOrg(org.owner, org.orgId)).toMatchObject({ mode: 'production', status: 'active' });
    expect((await getBilling(org.owner, org.orgId)).paymentMethod).toEqual({
      id: paymentMethod,
      brand: 'visa',
      last4: '4242',
    });
    expect(await auditEntries(org.owner, org.orgId, 'billing.payment_method_added')).toHaveLength(1);
    expect(await auditEntries(org.owner, org.orgId, 'org.activated')).toHaveLength(1);
  });

  // A regression guard for a race seen before org writes were versioned: PATCH decided
  // whether to activate from a read taken before the card landed, so 1 org in 20 stayed
  // in sandbox with all four steps done. Many orgs make the interleaving likely.
  it('the settings PATCH racing the card webhook still activates every org', async () => {
    const paymentMethod = await strayPaymentMethod();
    const orgs = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const { owner, orgId } = await newOrg();
        expectOk(await api('PUT', `/orgs/${orgId}/plan`, { token: owner.token, body: { planId: 'pro' } }));
        const billing = await api('PUT', `/orgs/${orgId}/billing`, {
          token: owner.token,
          body: {
            customerName: 'Race Co',
            billingEmail: 'billing@race.example',
            address: { line1: '1 Rue de la Paix', city: 'Paris', postalCode: '75002', country: 'FR' },
          },
        });
        expectOk(billing);
        return { owner, orgId, customerId: billing.body.customerId as string };
      }),
    );
    await Promise.all(
      orgs.map(async (org) => {
        const event = eventPayload(
          'setup_intent.succeeded',
          setupIntent(org.customerId, { status: 'succeeded', payment_method: paymentMethod }),
        );
        const [settings, hook] = await Promise.all([
          api('PATCH', `/orgs/${org.orgId}`, { token: org.owner.token, body: { timeZone: 'Europe/Paris' } }),
          deliver(event.payload),
        ]);
        expectOk(settings);
        expectReceipt(hook, { duplicate: false, ignored: false });
      }),
    );
    const states = await Promise.all(
      orgs.map(async (org) => {
        const { mode, status } = await getOrg(org.owner, org.orgId);
        return { orgId: org.orgId, mode, status };
      }),
    );
    expect(states.filter((state) => state.mode !== 'production' || state.status !== 'active')).toEqual([]);
  });

  it("the emulator's own duplicate delivery (times: 2) is applied once, end to end", async () => {
    const org = await pendingPaymentOrg();
    const eventId = `evt_dup_${randomUUID().replaceAll('-', '')}`;
    const sent = await emulator('/__emulator/events/invoice.payment_failed', {
      id: eventId,
      object: {
        id: 'in_emulator_dup',
        object: 'invoice',
        customer: org.customerId,
        amount_due: 1200,
        currency: 'usd',
      },
      times: 2,
    });
    expect(sent.webhook).toMatchObject({ event_id: eventId, held: false });
    expect(sent.webhook.deliveries).toEqual([
      { attempt: 1, status: 200 },
      { attempt: 1, status: 200 },
    ]);
    const log = (await (await fetch(`${stripeUrl()}/__emulator/deliveries`)).json()) as {
      data: { eventId: string; status: number; attempt: number }[];
    };
    const ours = log.data.filter((row) => row.eventId === eventId);
    expect(ours).toEqual([
      { eventId, type: 'invoice.payment_failed', status: 200, attempt: 1 },
      { eventId, type: 'invoice.payment_failed', status: 200, attempt: 1 },
    ]);

    expect((await getOrg(org.owner, org.orgId)).paymentFailed).toBe(true);
    const entries = await auditEntries(org.owner, org.orgId, 'billing.payment_failed');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      target: { id: eventId },
      details: { amountDue: 1200, currency: 'usd' },
    });
  });
});
