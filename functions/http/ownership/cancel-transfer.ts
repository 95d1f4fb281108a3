import { authorize } from '../../../shared/data/access.ts';
import { cancelTransfer } from '../../../shared/data/transfers.ts';
import { route } from '../../../shared/http/route.ts';
import { OrgIdParams } from '../../../shared/schemas/orgs.ts';

export const handler = route({ params: OrgIdParams }, async ({ caller, params }) => {
  const owner = await authorize(params.orgId, caller, 'org:transfer');
  await cancelTransfer(owner);
  return { status: 204 };
});
