import { callStripe, StripeCallFailed } from './stripe-client.ts';

const listPage = (customerId: string) =>
  callStripe((stripe) => stripe.customers.listPaymentMethods(customerId, { limit: 100 }));

/**
 * Detaches every payment method of a Stripe customer (a purged organization keeps
 * no card on file). The first page is listed again after its cards went, so a
 * retry after any failure continues with what is still attached.
 */
export async function detachAllPaymentMethods(customerId: string): Promise<number> {
  let detached = 0;
  for (;;) {
    let page: Awaited<ReturnType<typeof listPage>>;
    try {
      page = await listPage(customerId);
    } catch (error) {
      // the customer is gone from Stripe (deleted there): no card is left to detach
      if (error instanceof StripeCallFailed && error.stripeCode === 'resource_missing') return detached;
      throw error;
    }
    if (page.data.length === 0) return detached;
    for (const paymentMethod of page.data) {
      await callStripe((stripe) => stripe.paymentMethods.detach(paymentMethod.id));
      detached++;
    }
  }
}
