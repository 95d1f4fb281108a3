import { accessOf, ownMembership } from '../../../shared/members/access.ts';
import { removeMember } from '../../../shared/members/members.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { membersRoutes } from './routes.ts';

/** `members:manage` removes others; any member, even a blocked one, may remove themself (leave). */
export const handler = route(membersRoutes.removeMember, async ({ caller, params }) => {
  const leaving = params.userId === caller.userId;
  const { member, org } = leaving
    ? await ownMembership(params.orgId, caller)
    : await accessOf(params.orgId, caller, 'members:manage');
  await removeMember(member, org, params.userId);
  return { status: 204 };
});
