import { authorize } from '../../../shared/members/access.ts';
import { OrgIdParams } from '../../../shared/orgs/schemas.ts';
import { getTransfer } from '../../../shared/ownership/transfers.ts';
import { notFound } from '../../../shared/platform/errors.ts';
import { route } from '../../../shared/platform/http/route.ts';

/** The pending offer, for the two people it concerns: the owner (to cancel it) and its target (to accept it). */
export const handler = route({ params: OrgIdParams }, async ({ caller, params }) => {
  const member = await authorize(params.orgId, caller, 'org:read');
  const transfer = await getTransfer(params.orgId);
  if (!transfer || (member.role !== 'owner' && transfer.toUserId !== member.userId)) {
    throw notFound('Ownership transfer');
  }
  return { status: 200, body: { ...transfer, status: 'pending' } };
});
