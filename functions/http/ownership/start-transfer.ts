import { authorize } from '../../../shared/data/access.ts';
import { startTransfer } from '../../../shared/data/transfers.ts';
import { route } from '../../../shared/http/route.ts';
import { StartTransferSchema } from '../../../shared/schemas/members.ts';
import { OrgIdParams } from '../../../shared/schemas/orgs.ts';

export const handler = route(
  { params: OrgIdParams, body: StartTransferSchema },
  async ({ caller, params, body }) => {
    const owner = await authorize(params.orgId, caller, 'org:transfer');
    const transfer = await startTransfer(owner, body.toUserId);
    return { status: 201, body: { ...transfer, status: 'pending' } };
  },
);
