import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { api, apiUrl, newUser } from '../support/http.ts';

const secret = 'whsec_test_suite_secret';

async function deliver(type: string, customer: string, createdSecondsAgo: number) {
  const payload = JSON.stringify({
    id: `evt_${crypto.randomUUID().replaceAll('-', '')}`,
    object: 'event',
    type,
    created: Math.floor(Date.now() / 1000) - createdSecondsAgo,
    livemode: false,
    data: {
      object: {
        id: `in_${crypto.randomUUID().slice(0, 8)}`,
        object: 'invoice',
        customer,
        amount_due: 1000,
        amount_paid: 1000,
        currency: 'eur',
      },
    },
  });
  const response = await fetch(`${apiUrl()}/webhooks/stripe`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload, secret }),
    },
    body: payload,
  });
  expect(response.status).toBe(200);
}

describe('invoice.paid clears the payment-failed flag, in event order', () => {
  it('a later payment clears it; an older payment arriving after a newer failure does not', async () => {
    const owner = await newUser();
    const org = (await api('POST', '/orgs', { token: owner.token, body: { name: 'Pay', timeZone: 'UTC' } }))
      .body;
    const billing = await api('PUT', `/orgs/${org.id}/billing`, {
      token: owner.token,
      body: {
        customerName: 'Pay',
        billingEmail: 'pay@example.com',
        address: { line1: 'a', city: 'b', postalCode: '1', country: 'FR' },
      },
    });
    const customer = billing.body.customerId as string;
    const paymentFailed = async () =>
      (await api('GET', `/orgs/${org.id}`, { token: owner.token })).body.paymentFailed;

    await deliver('invoice.payment_failed', customer, 100);
    expect(await paymentFailed()).toBe(true);
    await deliver('invoice.paid', customer, 50);
    expect(await paymentFailed()).toBe(false);
    await deliver('invoice.payment_failed', customer, 10);
    await deliver('invoice.paid', customer, 30);
    expect(await paymentFailed()).toBe(true);
  });
});
