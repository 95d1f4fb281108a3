import { acceptTransfer, type TransferRecord } from '../../../shared/ownership/transfers.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';
import { ownershipRoutes } from './routes.ts';

const completed = (transfer: TransferRecord) => ({ body: { ...transfer, status: 'completed' } });

export const handler = route(
  ownershipRoutes.acceptOwnershipTransfer,
  async ({ caller, params, idempotency }) =>
    idempotently(idempotency, completed, (append) => acceptTransfer(params.orgId, caller.userId, append)),
);
