import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import Stripe from 'stripe';
import { describe, expect, inject, it } from 'vitest';
import { db, tableName } from '../../shared/platform/dynamo/client.ts';
import { keys } from '../../shared/platform/dynamo/keys.ts';
import { api, type TestUser } from '../support/http.ts';
import { expectStatus, newOrg } from '../support/members.ts';

const secret = () => inject('stack').env.STRIPE_WEBHOOK_SECRET ?? '';

const deliverRaw = (payload: string) =>
  api('POST', '/webhooks/stripe', {
    rawBody: payload,
    headers: {
      'content-type': 'application/json',
      'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload, secret: secret() }),
    },
  });

const newEventId = () => `evt_hostile_${randomUUID().replaceAll('-', '')}`;
const nowUnix = () => Math.floor(Date.now() / 1000);

const eventRecorded = async (id: string) =>
  (await db().send(new GetCommand({ TableName: tableName(), Key: keys.stripeEvent(id) }))).Item !== undefined;

/** An org with plan, settings and a Stripe customer: only the card is missing. */
async function billedOrg(): Promise<{ owner: TestUser; orgId: string; customerId: string }> {
  const { owner, orgId } = await newOrg();
  expectStatus(await api('PUT', `/orgs/${orgId}/plan`, { token: owner.token, body: { planId: 'pro' } }), 200);
  const billing = await api('PUT', `/orgs/${orgId}/billing`, {
    token: owner.token,
    body: {
      customerName: 'Hostile Co',
      billingEmail: 'billing@hostile.example',
      address: { line1: '1 Main St', city: 'Berlin', postalCode: '10115', country: 'DE' },
    },
  });
  expectStatus(billing, 200);
  return { owner, orgId, customerId: billing.body.customerId };
}

const paymentStep = async (owner: TestUser, orgId: string) => {
  const response = await api('GET', `/orgs/${orgId}/onboarding`, { token: owner.token });
  return response.body.steps.find((step: { id: string }) => step.id === 'payment').done as boolean;
};

describe('signed but malformed Stripe events are 400 and change nothing', () => {
  it('each malformed shape is 400 VALIDATION_FAILED, never applied, never recorded', async () => {
    const { owner, orgId, customerId } = await billedOrg();
    const succeeded = (object: unknown, extra: Record<string, unknown> = {}) => {
      const id = newEventId();
      return {
        id,
        event: {
          id,
          object: 'event',
          type: 'setup_intent.succeeded',
          created: nowUnix(),
          data: { object },
          ...extra,
        },
      };
    };
    const intent = { id: 'seti_1', customer: customerId, payment_method: 'pm_card_visa' };
    const cases = {
      'no id': (() => {
        const { event } = succeeded(intent);
        const { id: _id, ...rest } = event;
        return { id: 'undefined', event: rest };
      })(),
      'data.object null': succeeded(null),
      'no data': (() => {
        const { id, event } = succeeded(intent);
        const { data: _data, ...rest } = event;
        return { id, event: rest };
      })(),
      'created 1e16': succeeded(intent, { created: 1e16 }),
      'created "yesterday"': succeeded(intent, { created: 'yesterday' }),
      'a 3 KB customer id': succeeded({ ...intent, customer: `cus_${'x'.repeat(3000)}` }),
      'a 3 KB event id': (() => {
        const id = `evt_${'y'.repeat(3000)}`;
        return { id, event: { ...succeeded(intent).event, id } };
      })(),
      'a payment method that is a number': succeeded({ ...intent, payment_method: 42 }),
    };
    for (const [what, { id, event }] of Object.entries(cases)) {
      const response = await deliverRaw(JSON.stringify(event));
      expect(response.status, `${what}: ${JSON.stringify(response.body)}`).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      if (id.length < 1000) expect(await eventRecorded(id)).toBe(false);
    }
    expect(await paymentStep(owner, orgId)).toBe(false);
  });

  it('property: any event shape gets 200 or 400, never 5xx', async () => {
    const { customerId } = await billedOrg();
    const anyValue = fc.oneof(
      fc.constant(null),
      fc.string({ maxLength: 40 }),
      fc.double(),
      fc.integer(),
      fc.constant(customerId),
      fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
    );
    const shape = fc.record(
      {
        id: fc.oneof(anyValue, fc.constant(newEventId())),
        type: fc.oneof(
          anyValue,
          fc.constantFrom(
            'setup_intent.succeeded',
            'setup_intent.setup_failed',
            'invoice.paid',
            'invoice.payment_failed',
          ),
        ),
        created: fc.oneof(anyValue, fc.constant(nowUnix())),
        data: fc.oneof(
          anyValue,
          fc.record(
            {
              object: fc.oneof(
                anyValue,
                fc.record(
                  { customer: anyValue, payment_method: anyValue, last_setup_error: anyValue, id: anyValue },
                  { requiredKeys: [] },
                ),
              ),
            },
            { requiredKeys: [] },
          ),
        ),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(shape, async (event) => {
        const response = await deliverRaw(JSON.stringify(event));
        expect([200, 400], JSON.stringify({ event, body: response.body })).toContain(response.status);
      }),
      { numRuns: 60 },
    );
  });
});

describe('Stripe refusing a call the event needs', () => {
  it('a payment method Stripe does not have (resource_missing) is acknowledged 200, not applied', async () => {
    const { owner, orgId, customerId } = await billedOrg();
    const id = newEventId();
    const response = await deliverRaw(
      JSON.stringify({
        id,
        object: 'event',
        type: 'setup_intent.succeeded',
        created: nowUnix(),
        data: { object: { id: 'seti_x', customer: customerId, payment_method: 'pm_never_existed' } },
      }),
    );
    expectStatus(response, 200);
    expect(response.body).toEqual({ received: true, duplicate: false, ignored: true });
    expect(await paymentStep(owner, orgId)).toBe(false);
  });
});

describe('the webhook body limit is Stripe’s, not the API’s 64 KiB', () => {
  it('a signed 200 KB event is accepted; over 1 MiB is 413', async () => {
    const padded = (bytes: number) =>
      JSON.stringify({
        id: newEventId(),
        object: 'event',
        type: 'customer.updated',
        created: nowUnix(),
        data: { object: { id: 'cus_big', metadata: { note: 'x'.repeat(bytes) } } },
      });
    const big = await deliverRaw(padded(200_000));
    expectStatus(big, 200);
    expect(big.body.ignored).toBe(true);
    expectStatus(await deliverRaw(padded(1024 * 1024 + 1)), 413, 'PAYLOAD_TOO_LARGE');
  });
});
