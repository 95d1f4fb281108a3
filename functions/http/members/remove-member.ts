import { authorize, ownMembership } from '../../../shared/data/access.ts';
import { removeMember } from '../../../shared/data/members.ts';
import { route } from '../../../shared/http/route.ts';
import { MemberParams } from '../../../shared/schemas/members.ts';

/** Owner and admin remove others; any member, even a blocked one, may remove themself (leave). */
export const handler = route({ params: MemberParams }, async ({ caller, params }) => {
  const leaving = params.userId === caller.userId;
  const actor = leaving
    ? await ownMembership(params.orgId, caller)
    : await authorize(params.orgId, caller, 'members:manage');
  await removeMember(actor, params.userId);
  return { status: 204 };
});
