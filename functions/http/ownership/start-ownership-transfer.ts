import { startTransfer, type TransferRecord } from '../../../shared/ownership/transfers.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';
import { ownershipRoutes } from './routes.ts';

const started = (transfer: TransferRecord) => ({ status: 201, body: { ...transfer, status: 'pending' } });

export const handler = route(
  ownershipRoutes.startOwnershipTransfer,
  async ({ actor: owner, body, idempotency }) => {
    return idempotently(idempotency, started, (append) => startTransfer(owner, body.toUserId, append));
  },
);
