import type { BillingDetails } from './billing.ts';
import { callStripe } from './stripe-client.ts';

const toStripeAddress = (address: BillingDetails['address']) => ({
  line1: address.line1,
  line2: address.line2 ?? '',
  city: address.city,
  state: address.state ?? '',
  postal_code: address.postalCode,
  country: address.country,
});

/**
 * Creates the org's Stripe customer or updates it. The create carries only the
 * org id and an idempotency key derived from it, so a retried PUT (same or other
 * details) can never create a second customer; the details follow as an update.
 */
export async function upsertCustomer(
  orgId: string,
  details: BillingDetails,
  existingId?: string,
): Promise<string> {
  const customerId =
    existingId ??
    (
      await callStripe((client) =>
        client.customers.create({ metadata: { orgId } }, { idempotencyKey: `orgs-customer-${orgId}` }),
      )
    ).id;
  await callStripe((client) =>
    client.customers.update(customerId, {
      name: details.customerName,
      email: details.billingEmail,
      address: toStripeAddress(details.address),
      metadata: { orgId },
    }),
  );
  return customerId;
}
