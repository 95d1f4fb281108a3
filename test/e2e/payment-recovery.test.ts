import { describe, expect, it } from 'vitest';
import { api, newUser } from '../support/http.ts';
import { deliverSignedEvent } from '../support/stripe.ts';

const deliver = (type: string, customer: string, createdSecondsAgo: number) =>
  deliverSignedEvent(
    type,
    {
      id: `in_${crypto.randomUUID().slice(0, 8)}`,
      object: 'invoice',
      customer,
      amount_due: 1000,
      amount_paid: 1000,
      currency: 'eur',
    },
    { createdSecondsAgo },
  );

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
