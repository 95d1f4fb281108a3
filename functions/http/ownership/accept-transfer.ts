import { OrgIdParams } from '../../../shared/orgs/schemas.ts';
import { acceptTransfer, type TransferRecord } from '../../../shared/ownership/transfers.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';

const completed = (transfer: TransferRecord) => ({ body: { ...transfer, status: 'completed' } });

export const handler = route(
  { params: OrgIdParams, idempotent: true },
  async ({ caller, params, idempotency }) =>
    idempotently(idempotency, completed, (append) => acceptTransfer(params.orgId, caller.userId, append)),
);
