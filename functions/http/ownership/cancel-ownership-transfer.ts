import { cancelTransfer } from '../../../shared/ownership/transfers.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { ownershipRoutes } from './routes.ts';

export const handler = route(ownershipRoutes.cancelOwnershipTransfer, async ({ actor: owner }) => {
  await cancelTransfer(owner);
  return { status: 204 };
});
