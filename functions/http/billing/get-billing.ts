import { toBillingResponse } from '../../../shared/billing/billing-response.ts';
import { authorize } from '../../../shared/data/access.ts';
import { getBilling } from '../../../shared/data/billing.ts';
import { route } from '../../../shared/http/route.ts';
import { OrgIdParams } from '../../../shared/schemas/orgs.ts';

export const handler = route({ params: OrgIdParams }, async ({ caller, params }) => {
  await authorize(params.orgId, caller, 'billing:manage');
  return { body: toBillingResponse(await getBilling(params.orgId)) };
});
