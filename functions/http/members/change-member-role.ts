import { toMemberResponse } from '../../../shared/members/domain/membership.ts';
import { changeRole } from '../../../shared/members/members.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { membersRoutes } from './routes.ts';

export const handler = route(membersRoutes.changeMemberRole, async ({ actor, params, body }) => {
  return { body: toMemberResponse(await changeRole(actor, params.userId, body.role)) };
});
