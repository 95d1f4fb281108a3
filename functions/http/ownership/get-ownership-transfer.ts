import { getTransfer } from '../../../shared/ownership/transfers.ts';
import { notFound } from '../../../shared/platform/errors.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { ownershipRoutes } from './routes.ts';

/** The pending offer, for the two people it concerns: the owner (to cancel it) and its target (to accept it). */
export const handler = route(ownershipRoutes.getOwnershipTransfer, async ({ actor: member, params }) => {
  const transfer = await getTransfer(params.orgId);
  if (!transfer || (member.role !== 'owner' && transfer.toUserId !== member.userId)) {
    throw notFound('Ownership transfer');
  }
  return { status: 200, body: { ...transfer, status: 'pending' } };
});
