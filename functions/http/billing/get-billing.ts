import { getBilling } from '../../../shared/billing/billing.ts';
import { toBillingResponse } from '../../../shared/billing/billing-response.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { billingRoutes } from './routes.ts';

export const handler = route(billingRoutes.getBilling, async ({ params }) => {
  return { body: toBillingResponse(await getBilling(params.orgId)) };
});
