import { toMemberResponse } from '../../../shared/members/domain/membership.ts';
import { changeRole } from '../../../shared/members/members.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { membersRoutes } from './routes.ts';

export const handler = route(membersRoutes.changeMemberRole, async ({ actor, org, params, body }) => {
  return { body: toMemberResponse(await changeRole(actor, org, params.userId, body.role)) };
});
