import { authorize } from '../../../shared/data/access.ts';
import { idempotently } from '../../../shared/data/idempotency.ts';
import { startTransfer, type TransferRecord } from '../../../shared/data/transfers.ts';
import { route } from '../../../shared/http/route.ts';
import { StartTransferSchema } from '../../../shared/schemas/members.ts';
import { OrgIdParams } from '../../../shared/schemas/orgs.ts';

const started = (transfer: TransferRecord) => ({ status: 201, body: { ...transfer, status: 'pending' } });

export const handler = route(
  { params: OrgIdParams, body: StartTransferSchema, idempotent: true },
  async ({ caller, params, body, idempotency }) => {
    const owner = await authorize(params.orgId, caller, 'org:transfer');
    return idempotently(idempotency, started, (append) => startTransfer(owner, body.toUserId, append));
  },
);
