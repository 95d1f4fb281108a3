import type { BillingRecord } from './billing.ts';

export const toBillingResponse = (billing: BillingRecord | undefined) => ({
  customerName: billing?.customerName ?? null,
  billingEmail: billing?.billingEmail ?? null,
  address: billing?.address ?? null,
  customerId: billing?.customerId ?? null,
  paymentMethod: billing?.paymentMethod ?? null,
});
