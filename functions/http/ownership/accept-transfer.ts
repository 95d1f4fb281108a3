import { acceptTransfer } from '../../../shared/data/transfers.ts';
import { route } from '../../../shared/http/route.ts';
import { OrgIdParams } from '../../../shared/schemas/orgs.ts';

export const handler = route({ params: OrgIdParams }, async ({ caller, params }) => {
  const transfer = await acceptTransfer(params.orgId, caller.userId);
  return { body: { ...transfer, status: 'completed' } };
});
