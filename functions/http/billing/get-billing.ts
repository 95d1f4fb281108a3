import { getBilling } from '../../../shared/billing/billing.ts';
import { toBillingResponse } from '../../../shared/billing/billing-response.ts';
import { authorize } from '../../../shared/members/access.ts';
import { OrgIdParams } from '../../../shared/orgs/schemas.ts';
import { route } from '../../../shared/platform/http/route.ts';

export const handler = route({ params: OrgIdParams }, async ({ caller, params }) => {
  await authorize(params.orgId, caller, 'billing:manage');
  return { body: toBillingResponse(await getBilling(params.orgId)) };
});
