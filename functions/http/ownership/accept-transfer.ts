import { idempotently } from '../../../shared/data/idempotency.ts';
import { acceptTransfer, type TransferRecord } from '../../../shared/data/transfers.ts';
import { route } from '../../../shared/http/route.ts';
import { OrgIdParams } from '../../../shared/schemas/orgs.ts';

const completed = (transfer: TransferRecord) => ({ body: { ...transfer, status: 'completed' } });

export const handler = route(
  { params: OrgIdParams, idempotent: true },
  async ({ caller, params, idempotency }) =>
    idempotently(idempotency, completed, (append) => acceptTransfer(params.orgId, caller.userId, append)),
);
