import { authorize } from '../../../shared/members/access.ts';
import { OrgIdParams } from '../../../shared/orgs/schemas.ts';
import { cancelTransfer } from '../../../shared/ownership/transfers.ts';
import { route } from '../../../shared/platform/http/route.ts';

export const handler = route({ params: OrgIdParams }, async ({ caller, params }) => {
  const owner = await authorize(params.orgId, caller, 'org:transfer');
  await cancelTransfer(owner);
  return { status: 204 };
});
