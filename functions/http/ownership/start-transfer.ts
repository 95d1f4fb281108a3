import { authorize } from '../../../shared/members/access.ts';
import { StartTransferSchema } from '../../../shared/members/schemas.ts';
import { OrgIdParams } from '../../../shared/orgs/schemas.ts';
import { startTransfer, type TransferRecord } from '../../../shared/ownership/transfers.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';

const started = (transfer: TransferRecord) => ({ status: 201, body: { ...transfer, status: 'pending' } });

export const handler = route(
  { params: OrgIdParams, body: StartTransferSchema, idempotent: true },
  async ({ caller, params, body, idempotency }) => {
    const owner = await authorize(params.orgId, caller, 'org:transfer');
    return idempotently(idempotency, started, (append) => startTransfer(owner, body.toUserId, append));
  },
);
