import { callStripe, StripeCallFailed } from './stripe-client.ts';

/**
 * Detaches every payment method of a Stripe customer (a purged organization keeps
 * no card on file). Each page is listed again after its cards went, so a retry
 * after any failure continues with what is still attached.
 */
export async function detachAllPaymentMethods(customerId: string): Promise<number> {
  let detached = 0;
  for (;;) {
    const page = await callStripe((stripe) =>
      stripe.customers.listPaymentMethods(customerId, { limit: 100 }),
    );
    if (page.data.length === 0) return detached;
    for (const paymentMethod of page.data) {
      await callStripe((stripe) => stripe.paymentMethods.detach(paymentMethod.id));
      detached++;
    }
  }
}

const listPage = (customerId: string) =>
  callStripe((stripe) => stripe.customers.listPaymentMethods(customerId, { limit: 100 }));
