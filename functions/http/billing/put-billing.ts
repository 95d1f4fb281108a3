import { tryActivate } from '../../../shared/billing/activation.ts';
import { getBilling, saveBilling } from '../../../shared/billing/billing.ts';
import { toBillingResponse } from '../../../shared/billing/billing-response.ts';
import { upsertCustomer } from '../../../shared/billing/customers.ts';
import { BillingDetailsSchema } from '../../../shared/billing/schemas.ts';
import { authorize } from '../../../shared/members/access.ts';
import { OrgIdParams } from '../../../shared/orgs/schemas.ts';
import { route } from '../../../shared/platform/http/route.ts';

export const handler = route(
  { params: OrgIdParams, body: BillingDetailsSchema },
  async ({ caller, params, body }) => {
    const actor = await authorize(params.orgId, caller, 'billing:manage');
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
  },
);
