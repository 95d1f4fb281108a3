import { tryActivate } from '../../../shared/billing/activation.ts';
import { getBilling, saveBilling } from '../../../shared/billing/billing.ts';
import { toBillingResponse } from '../../../shared/billing/billing-response.ts';
import { upsertCustomer } from '../../../shared/billing/customers.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { billingRoutes } from './routes.ts';

export const handler = route(billingRoutes.putBilling, async ({ actor, params, body }) => {
  const existing = await getBilling(params.orgId);
  const customerId = await upsertCustomer(params.orgId, body, existing?.customerId);
  await saveBilling(actor, body, customerId);
  // the first billing details may complete onboarding
  if (!existing) await tryActivate(params.orgId, actor.userId);
  return {
    body: toBillingResponse({
      ...body,
      orgId: params.orgId,
      customerId,
      paymentMethod: existing?.paymentMethod,
      updatedAt: new Date().toISOString(),
    }),
  };
});
