import { authorize, ownMembership } from '../../../shared/members/access.ts';
import { removeMember } from '../../../shared/members/members.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { membersRoutes } from './routes.ts';

/** Owner and admin remove others; any member, even a blocked one, may remove themself (leave). */
export const handler = route(membersRoutes.removeMember, async ({ caller, params }) => {
  const leaving = params.userId === caller.userId;
  const actor = leaving
    ? await ownMembership(params.orgId, caller)
    : await authorize(params.orgId, caller, 'members:manage');
  await removeMember(actor, params.userId);
  return { status: 204 };
});
